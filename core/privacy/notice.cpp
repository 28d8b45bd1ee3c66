// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 Portique contributors
#include "notice.h"

#include "common/clock.h"
#include "outputlog.h"
#include "station/cameraconfig.h"
#include "station/setting.h"
#include "station/stationservices.h"
#include "storage/database.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QRegularExpression>

#include <stdexcept>

namespace portique::privacy {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("portique::privacy", text);
}

/// A name and its title ("Mme Claire Martin-Dupont, proviseure") with room to spare.
constexpr qsizetype maxHeadChars = 120;
/// An address, a web address or a contact fits on two lines of the sign at its smallest size.
constexpr qsizetype maxLineChars = 240;

bool oneLine(const QString &text)
{
    for (const QChar character : text) {
        if (character.category() == QChar::Other_Control || character == QChar::LineSeparator || character == QChar::ParagraphSeparator)
            return false;
    }
    return true;
}

/// The DPO must be reachable (art. 37(7)): an e-mail address, or a phone number of at least nine
/// digits (French numbers have ten, "+33 1 …" eleven).
bool reachable(const QString &contact)
{
    static const QRegularExpression email(QStringLiteral(R"([^\s@<>()]+@[^\s@<>()]+\.[A-Za-z]{2,})"));
    static const QRegularExpression phone(QStringLiteral(R"(\+?\d(?:[ .\-]?\d){8,})"));
    return email.match(contact).hasMatch() || phone.match(contact).hasMatch();
}

} // namespace

QList<NoticeKind> noticeKinds()
{
    return {NoticeKind::Full, NoticeKind::Minors, NoticeKind::Parents, NoticeKind::Sign};
}

QString noticeKindId(NoticeKind kind)
{
    switch (kind) {
    case NoticeKind::Full:
        return QStringLiteral("full");
    case NoticeKind::Minors:
        return QStringLiteral("minors");
    case NoticeKind::Parents:
        return QStringLiteral("parents");
    case NoticeKind::Sign:
        break;
    }
    return QStringLiteral("sign");
}

std::optional<NoticeKind> noticeKindFromId(const QString &id)
{
    for (const NoticeKind kind : noticeKinds()) {
        if (noticeKindId(kind) == id)
            return kind;
    }
    return std::nullopt;
}

QString noticeKindLabel(NoticeKind kind)
{
    switch (kind) {
    case NoticeKind::Full:
        return tr("Full notice (GDPR art. 13)");
    case NoticeKind::Minors:
        return tr("Notice for students, in plain words");
    case NoticeKind::Parents:
        return tr("Letter to legal representatives");
    case NoticeKind::Sign:
        break;
    }
    return tr("Sign for the gate (A4)");
}

NoticeContacts loadNoticeContacts(station::SettingsStore &settings)
{
    return {settings.value(station::settings::schoolHead), settings.value(station::settings::schoolAddress),
            settings.value(station::settings::dpoContact), settings.value(station::settings::noticeLocation)};
}

QString noticeContactsProblem(const NoticeContacts &contacts)
{
    if (contacts.head.trimmed().isEmpty())
        return tr("The head of school is required: every notice names who represents the controller.");
    if (contacts.dpoContact.trimmed().isEmpty())
        return tr("The DPO's contact is required: every notice says how to reach the data protection officer.");
    const QList<std::tuple<QString, QString, qsizetype>> fields{{tr("The head of school"), contacts.head, maxHeadChars},
                                                                {tr("The school's address"), contacts.address, maxLineChars},
                                                                {tr("The DPO's contact"), contacts.dpoContact, maxLineChars},
                                                                {tr("Where to read the notice"), contacts.noticeLocation, maxLineChars}};
    for (const auto &[label, value, limit] : fields) {
        if (!oneLine(value))
            return tr("%1 must be written on one line.").arg(label);
        if (value.trimmed().size() > limit)
            return tr("%1 is too long: at most %2 characters.").arg(label).arg(limit);
    }
    if (!reachable(contacts.dpoContact))
        return tr("The DPO's contact must hold an e-mail address or a phone number.");
    return {};
}

void saveNoticeContacts(station::SettingsStore &settings, const NoticeContacts &contacts, const QString &actor)
{
    if (const QString problem = noticeContactsProblem(contacts); !problem.isEmpty())
        throw std::invalid_argument(problem.toStdString());
    const NoticeContacts stored = loadNoticeContacts(settings);
    const QList<std::tuple<const station::TextSetting *, QString, QString, QString>> fields{
        {&station::settings::schoolHead, contacts.head.trimmed(), stored.head, tr("The head of school")},
        {&station::settings::schoolAddress, contacts.address.trimmed(), stored.address, tr("The school's address")},
        {&station::settings::dpoContact, contacts.dpoContact.trimmed(), stored.dpoContact, tr("The DPO's contact")},
        {&station::settings::noticeLocation, contacts.noticeLocation.trimmed(), stored.noticeLocation, tr("Where to read the notice")}};
    // Settings hold no empty value (SettingsStore::set): an optional field once set is replaced, not
    // blanked. Checked for every field before any is stored, so a refusal stores nothing.
    for (const auto &[setting, wanted, before, label] : fields) {
        if (wanted.isEmpty() && !before.isEmpty())
            throw std::invalid_argument(tr("%1 cannot be emptied once set: write the new text instead.").arg(label).toStdString());
    }
    for (const auto &[setting, wanted, before, label] : fields) {
        if (wanted != before && !wanted.isEmpty())
            settings.set(*setting, wanted, actor);
    }
}

NoticeFacts collectNoticeFacts(station::StationServices &services)
{
    NoticeFacts facts;
    facts.generatedAt = services.clock.now().toUTC();
    facts.today = facts.generatedAt.toLocalTime().date();
    facts.schoolName = services.settings.value(station::settings::schoolName);
    facts.schoolUai = services.settings.value(station::settings::schoolUai);
    facts.contacts = loadNoticeContacts(services.settings);
    facts.retention = retentionRules(services.settings);
    for (const station::CameraConfig &camera : station::loadCameras(services.settings)) {
        if (camera.role == station::CameraConfig::Role::GateLane)
            ++facts.gateCameras;
        // An indoor camera without a zone follows no one (stationlauncher), nor does a desk camera.
        else if (camera.role == station::CameraConfig::Role::IndoorZone && !camera.zone.trimmed().isEmpty())
            ++facts.indoorCameras;
    }
    try {
        const std::optional<ExperimentDefinition> experiment = loadExperiment(services.settings);
        if (experiment && experiment->end >= facts.today)
            facts.experiment = experiment;
    } catch (const std::invalid_argument &) {
        // An unreadable definition closes the face lane (faceLaneOpen): the notice says so too.
    }
    facts.schoolYearEndMonth = int(services.settings.value(station::settings::badgeExpiryMonth));
    facts.watchlist = services.database.scalar(QStringLiteral("SELECT count(*) FROM watchlist")).toLongLong() > 0;
    return facts;
}

QString Notice::plainText() const
{
    QStringList lines{title, subtitle, QString()};
    for (const NoticeBlock &block : blocks) {
        switch (block.type) {
        case NoticeBlock::Type::Heading:
            lines << QString() << block.text;
            break;
        case NoticeBlock::Type::Paragraph:
        case NoticeBlock::Type::Signature:
            lines << block.text;
            break;
        case NoticeBlock::Type::Bullet:
            lines << QStringLiteral("• ") + block.text;
            break;
        case NoticeBlock::Type::Table:
            lines << block.headers.join(QStringLiteral(" | "));
            for (const QStringList &row : block.rows)
                lines << row.join(QStringLiteral(" | "));
            break;
        }
    }
    return lines.join(u'\n');
}

QString noticeNotReady(const Notice &notice)
{
    if (notice.missing.isEmpty())
        return {};
    return tr("The notice cannot be printed without: %1. Set them in Privacy > Notices, or with portiquectl notice set.")
        .arg(notice.missing.join(QStringLiteral(", ")));
}

void recordNoticeGeneration(station::StationServices &services, NoticeKind kind, const QString &path, const QByteArray &sha256,
                            const QString &actor)
{
    services.database.transaction([&] {
        // A notice names no one but the head of school: recorded so the DPO can find every copy
        // printed, with no subject.
        OutputLog(services.database, services.clock).record({path, OutputKind::Notice, {}});
        services.audit.append(
            actor, QString(noticeAuditAction), noticeKindId(kind),
            {{QStringLiteral("sha256"), QString::fromLatin1(sha256.toHex())}, {QStringLiteral("file"), QFileInfo(path).fileName()}});
    });
}

} // namespace portique::privacy
