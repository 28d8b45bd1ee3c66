// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 Portique contributors
#pragma once

// Information notices (GDPR art. 13, PRIVACY.md §3, docs/notices.md) written from the station's
// own configuration: the full notice, the same facts in plain words for students, a letter for
// legal representatives and an A4 sign for the gate. Every period, camera use and contact comes from
// the settings read at generation time, never from a sentence written once: change a retention
// period and the next notice says the new one. This file builds the content; reports/noticerender.h
// draws it. It never decides anything about the data itself.

#include "experimentdefinition.h"
#include "retention.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace portique::station {
class SettingsStore;
struct StationServices;
} // namespace portique::station

namespace portique::privacy {

/// @brief The four documents. Ids (noticeKindId) are stable: command line, audit, output log.
enum class NoticeKind {
    Full,    ///< the GDPR art. 13 notice
    Minors,  ///< the same facts in plain words, for students
    Parents, ///< a letter for legal representatives
    Sign,    ///< one A4 page for the gate
};

QList<NoticeKind> noticeKinds();
QString noticeKindId(NoticeKind kind);
std::optional<NoticeKind> noticeKindFromId(const QString &id);
/// @brief The document's name in words ("Full notice (GDPR art. 13)"), translated.
QString noticeKindLabel(NoticeKind kind);

/// @brief Who the controller is and how to reach the DPO, as the DPO set them (settings
/// station.school_head, station.school_address, privacy.dpo_contact, privacy.notice_location).
struct NoticeContacts {
    QString head;           ///< the head of school, who represents the controller
    QString address;        ///< the school's postal address (optional)
    QString dpoContact;     ///< an e-mail address or a phone number
    QString noticeLocation; ///< where the full notice can be read (optional)
};

NoticeContacts loadNoticeContacts(station::SettingsStore &settings);
/// @brief The first problem with @p contacts, in words (translated), or an empty string: the head
/// and the DPO's contact are required, the DPO's contact holds an e-mail address or a phone number,
/// every field is one line of at most a few hundred characters.
QString noticeContactsProblem(const NoticeContacts &contacts);
/// @brief Stores the fields that changed, each audited as a settings change by @p actor. Throws
/// std::invalid_argument (translated) when noticeContactsProblem() finds one; nothing is stored then.
void saveNoticeContacts(station::SettingsStore &settings, const NoticeContacts &contacts, const QString &actor);

/// @brief What the notices state, read from the configuration at one moment.
struct NoticeFacts {
    QDateTime generatedAt;
    QDate today; ///< the station's local day of generatedAt
    QString schoolName;
    QString schoolUai;
    NoticeContacts contacts;
    QList<RetentionRule> retention;
    int gateCameras = 0;                            ///< cameras watching a gate lane
    int indoorCameras = 0;                          ///< indoor cameras that watch a zone: visitor tracking is configured
    std::optional<ExperimentDefinition> experiment; ///< declared and not over yet
    int schoolYearEndMonth = 8;                     ///< badges.expiry_month: a face-lane consent ends with the school year
    bool watchlist = false;                         ///< the watchlist holds entries

    /// @brief The face lane can run: a gate camera and a declared experiment not over yet (outside
    /// it every badge is decided on the badge alone, privacy::faceLaneOpen).
    bool faceLane() const { return gateCameras > 0 && experiment.has_value(); }
    bool visitorTracking() const { return indoorCameras > 0; }
};

/// @brief Reads the facts on the caller's connection (settings, cameras, experiment, whether the
/// watchlist holds entries). A stored experiment that no longer parses counts as none, as the gate
/// treats it.
NoticeFacts collectNoticeFacts(station::StationServices &services);

/// @brief One block of a notice, in reading order.
struct NoticeBlock {
    enum class Type {
        Heading,   ///< a section title
        Paragraph, ///< running text
        Bullet,    ///< one item of a list (on the sign: one camera use)
        Table,     ///< headers, rows and the columns' shares of the width
        Signature, ///< the letter's closing, right-aligned
    };
    Type type = Type::Paragraph;
    QString text;
    QStringList headers;
    QList<QStringList> rows;
    QList<double> widths;
};

/// @brief A notice's content: what the PDF prints and the screen previews.
struct Notice {
    NoticeKind kind = NoticeKind::Full;
    QString title;
    QString subtitle;
    QList<NoticeBlock> blocks;
    /// @brief The camera uses the configuration has, one sentence each, as the sign prints them
    /// (on the sign, "no camera" when there is none).
    QStringList cameraUses;
    /// @brief Missing settings without which the notice must not be printed (translated), shown
    /// in place of the value in the preview.
    QStringList missing;

    /// @brief The notice as text, a line per block (tables as "cell | cell" lines).
    QString plainText() const;
};

/// @brief The notice of @p kind in the interface language. Never throws: a missing contact is
/// written as a visible marker and listed in Notice::missing.
Notice buildNotice(NoticeKind kind, const NoticeFacts &facts);

/// @brief Why @p notice must not be printed yet (translated, naming the missing settings and how to
/// set them), or an empty string.
QString noticeNotReady(const Notice &notice);

/// @brief Records a notice just written: its output log entry and a "notice.generate" audit record
/// with its kind and the SHA-256 of its bytes, in one transaction on the caller's connection.
void recordNoticeGeneration(station::StationServices &services, NoticeKind kind, const QString &path, const QByteArray &sha256,
                            const QString &actor);

/// @brief The audit action of a generation.
inline constexpr QLatin1StringView noticeAuditAction{"notice.generate"};

} // namespace portique::privacy
