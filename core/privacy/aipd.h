// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 Portique contributors
#pragma once

// The data protection impact assessment (AIPD, GDPR art. 35, PRIVACY.md §7) pre-filled from the
// live station: what the station itself can state (purposes, data, architectures in use,
// retention, recipients, rights, security measures, cameras and zones, the experiment's bounds and
// measured figures, risks with a proposed severity and likelihood), and the parts only the DPO and
// the controller can write, marked "to be completed by the DPO". Every statement is derived from
// the configuration and the records (issue 15: never a claim the data contradicts). Facts are
// gathered in aipdfacts.cpp, the risks assessed in aipdrisks.cpp, the pages drawn in aipd.cpp and
// aipdsections.cpp.

#include "retention.h"

#include "accounts/role.h"
#include "reports/experiment.h"
#include "reports/padmeasurement.h"
#include "station/cameraconfig.h"
#include "station/setting.h"
#include "visitors/zonemap.h"

#include <QByteArray>
#include <QDateTime>
#include <QImage>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QString>

#include <optional>

namespace portique::station {
struct StationServices;
}

namespace portique::privacy {

/// @brief The number of the last AIPD generated (saved as a PDF) on this station; the next one
/// prints this plus one. A setting rather than a count of audit records: the audit trail's
/// retention purge drops old records, and a version number must never go back.
inline const station::IntegerSetting aipdVersionSetting{u"privacy.aipd_version", 0, 0, 1000000};

/// @brief The audit action of each generation, with the version and the PDF's SHA-256.
inline constexpr QLatin1StringView aipdAuditAction{"aipd.generate"};

/// @brief What the experiment's own report measured (reports::buildExperimentReport), cited by the
/// AIPD: the court's necessity question (badge alone against face lane) and the error rates.
struct AipdMeasuredFigures {
    int days = 0; ///< school days with a passage in the period
    reports::ExperimentReport::EntryTimes badgeOnlyEntry;
    reports::ExperimentReport::EntryTimes faceLaneEntry;
    int genuineAttempts = 0;
    int falseNonMatches = 0;
    int faceGrants = 0;
    int falseMatches = 0;
    std::optional<double> fnmrPercent;
    std::optional<double> fmrPercent;
};

/// @brief What the station states about itself for the AIPD, read at one moment.
struct AipdFacts {
    int version = 0; ///< printed on the document: the last generation's plus one
    QDateTime generatedAt;
    QString generatedBy;
    QString schoolName;
    QString schoolUai;
    QList<QPair<QString, QString>> components; ///< Portique and its libraries, with versions

    // People concerned (active on the day, unless said otherwise).
    int students = 0;
    int staff = 0;
    int others = 0;
    int minors = 0;
    int leftButHeld = 0; ///< people who left, still in the registry
    int restricted = 0;  ///< people whose processing is restricted (GDPR art. 18)
    // Architectures in use: the current badges of active people.
    int typeOne = 0; ///< face lane, template in the badge (CNIL type 1)
    int typeTwo = 0; ///< face lane, template sealed in the station (CNIL type 2)
    int badgeOnly = 0;
    int withoutBadge = 0;
    int typeOneBadges = 0; ///< valid type-1 badges, each sealed under the one station template key
    int templatesHeld = 0; ///< type-2 templates in the database
    int consentsInForce = 0;
    int consentsWithdrawn = 0; ///< ended: withdrawn, objected to or lapsed
    int consentsAtDesk = 0;    ///< of every consent recorded: given in person at the desk
    int consentsOnPaper = 0;   ///< of every consent recorded: a paper form returned
    int visitorsHeld = 0;      ///< visitor records in the database (within their retention)
    int visitorsTracking = 0;  ///< of which consented to indoor tracking
    int visitorTemplates = 0;  ///< templates held now (visitors on site)
    int watchlistEntries = 0;
    int watchlistPhotos = 0; ///< entries holding a reference photo (a face image, in the database)
    int watchlistFaces = 0;  ///< entries with a template made from their photo
    bool passPhoto = false;  ///< passes print the visitor's desk photo (visitors.print_photo)

    QList<station::CameraConfig> cameras;
    visitors::ZoneMap zones;
    std::optional<privacy::ExperimentDefinition> experiment;
    std::optional<AipdMeasuredFigures> measured;           ///< when an experiment is declared
    std::optional<reports::PadMeasurement> padMeasurement; ///< the last `portiquectl bench pad --record`
    qint64 faceWindowMs = 0;                               ///< how long a face lane waits for a live face (gate.face_window_ms)
    QList<RetentionRule> retention;

    // Security measures present.
    QString cipherVersion; ///< SQLCipher, as the open database reports it
    int agents = 0;
    int principals = 0;
    int dpos = 0;
    int admins = 0;
    int lockoutAttempts = 0;
    int lockoutMinutes = 0;
    int autoLockMinutes = 0;
    bool signingKey = false; ///< an Ed25519 key signs badges and passes
    qint64 auditRecords = 0;
    bool auditIntact = false;
    int matchThresholdMilli = 0;
    int mismatchThresholdMilli = 0;
    int visitorMatchThresholdMilli = 0;

    int gateCameras() const;
    int indoorCameras() const;
    QJsonObject toJson() const;
};

/// @brief One risk as the AIPD proposes it, on the CNIL's scale (1 negligible, 2 limited,
/// 3 significant, 4 maximum) for both severity and likelihood, with the reason in words.
struct AipdRisk {
    QString id;       ///< "illegitimate_access", "misidentification", ... (stable, in the JSON)
    QString title;    ///< translated
    QString measures; ///< what is in place, translated
    int severity = 0;
    int likelihood = 0;
    QString reason; ///< why these levels, from the facts (translated)
};

/// @brief Reads the facts from the live configuration and records (walks the audit chain to
/// state whether it is intact; builds the experiment's report when one is declared). On the
/// caller's connection.
AipdFacts collectAipdFacts(station::StationServices &services, const QString &actor);

/// @brief The version the next generation prints: the last recorded plus one.
int nextAipdVersion(station::StationServices &services);

/// @brief Records a generation once its file is written, in one transaction: the version counter
/// moves to @p facts.version (never back), the audit trail gets "aipd.generate" with the version
/// and @p sha256, and the output log the file (it names no one).
void recordAipdGeneration(station::StationServices &services, const AipdFacts &facts, const QString &path, const QByteArray &sha256,
                          const QString &actor);

/// @brief The risks proposed for @p facts, each with both levels and its reason. Pure.
QList<AipdRisk> assessAipdRisks(const AipdFacts &facts);
/// @brief "négligeable", "limitée", "importante", "maximale" (translated) for 1-4.
QString aipdLevelLabel(int level);

/// @brief What an account of @p role sees, one phrase per item, from accounts::roleAllows() and
/// the window every signed-in account has (the alerts column). Translated.
QStringList aipdRoleAccess(accounts::Role role);
/// @brief Whether face images are stored, where and how many (from the watchlist's content).
QString aipdFaceImageStatement(const AipdFacts &facts);
/// @brief What the gate cameras do and do not do, from the cameras configured and the experiment.
QString aipdGateCameraStatement(const AipdFacts &facts);

/// @brief The marker on every part the DPO completes by hand (translated: "À COMPLÉTER PAR LE DPO").
QString aipdToComplete();

/// @brief The pre-filled AIPD as an A4 PDF, replaced only once complete; returns the SHA-256 of
/// the file written; std::runtime_error (translated) when it cannot be written. Any thread but
/// the GUI's.
QByteArray writeAipdPdf(const QString &path, const AipdFacts &facts);
/// @brief The same pages as images, for a preview on screen.
QList<QImage> renderAipdPages(const AipdFacts &facts, int dpi = 96);

} // namespace portique::privacy
