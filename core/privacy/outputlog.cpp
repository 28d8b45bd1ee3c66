// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 Portique contributors
#include "outputlog.h"

#include "common/clock.h"
#include "common/isotime.h"
#include "storage/database.h"
#include "storage/databasekey.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QHash>
#include <QSet>

#include <sodium.h>

namespace portique::privacy {
namespace {

// crypto_kdf context of the output log's subject hashes (8 characters). Changing it orphans every
// entry: never change it.
constexpr char kdfContext[] = "PQoutput";
constexpr std::size_t tagBytes = 32;

} // namespace

QString outputKindId(OutputKind kind)
{
    switch (kind) {
    case OutputKind::Badge:
        return QStringLiteral("badge");
    case OutputKind::Pass:
        return QStringLiteral("pass");
    case OutputKind::RollCall:
        return QStringLiteral("roll_call");
    case OutputKind::DailyReport:
        return QStringLiteral("daily_report");
    case OutputKind::ExperimentReport:
        return QStringLiteral("experiment_report");
    case OutputKind::Aipd:
        return QStringLiteral("aipd");
    case OutputKind::SubjectExport:
        return QStringLiteral("subject_export");
    case OutputKind::ConsentLetter:
        return QStringLiteral("consent_letter");
    case OutputKind::Notice:
        return QStringLiteral("notice");
    case OutputKind::ConsentRegister:
        break;
    }
    return QStringLiteral("consent_register");
}

QString outputKindLabel(const QString &kindId)
{
    static const QHash<QString, const char *> labels{
        {QStringLiteral("badge"), QT_TRANSLATE_NOOP("portique::privacy", "Badge")},
        {QStringLiteral("pass"), QT_TRANSLATE_NOOP("portique::privacy", "Visitor pass")},
        {QStringLiteral("roll_call"), QT_TRANSLATE_NOOP("portique::privacy", "Roll call")},
        {QStringLiteral("daily_report"), QT_TRANSLATE_NOOP("portique::privacy", "Daily report")},
        {QStringLiteral("experiment_report"), QT_TRANSLATE_NOOP("portique::privacy", "Experiment report")},
        {QStringLiteral("aipd"), QT_TRANSLATE_NOOP("portique::privacy", "AIPD")},
        {QStringLiteral("subject_export"), QT_TRANSLATE_NOOP("portique::privacy", "Subject access export")},
        {QStringLiteral("consent_register"), QT_TRANSLATE_NOOP("portique::privacy", "Consent register")},
        {QStringLiteral("consent_letter"), QT_TRANSLATE_NOOP("portique::privacy", "Consent letters and forms")},
        {QStringLiteral("notice"), QT_TRANSLATE_NOOP("portique::privacy", "Information notice")},
    };
    const auto it = labels.constFind(kindId);
    return it == labels.cend() ? kindId : QCoreApplication::translate("portique::privacy", it.value());
}

OutputLog::OutputLog(storage::Database &database, const common::Clock &clock)
    : m_database(database)
    , m_clock(clock)
    , m_key(std::make_unique<storage::DatabaseKey>(database.derivedKey(1, kdfContext)))
{
}

OutputLog::~OutputLog() = default;

QByteArray OutputLog::subjectTag(const QString &subjectId) const
{
    const QByteArray id = subjectId.toUtf8();
    QByteArray tag(tagBytes, Qt::Uninitialized);
    crypto_generichash(reinterpret_cast<unsigned char *>(tag.data()), tagBytes, reinterpret_cast<const unsigned char *>(id.constData()),
                       std::size_t(id.size()), m_key->data(), storage::DatabaseKey::size);
    return tag;
}

void OutputLog::record(const OutputFile &file)
{
    const QString path = QFileInfo(file.path).absoluteFilePath();
    m_database.transaction([&] {
        m_database.execute(QStringLiteral("DELETE FROM output_files WHERE path = ?1"), {path});
        m_database.execute(QStringLiteral("INSERT INTO output_files (path, kind, written_at) VALUES (?1, ?2, ?3)"),
                           {path, outputKindId(file.kind), common::isoTime(m_clock.now())});
        const qint64 fileId = m_database.lastInsertId();
        QSet<QString> seen;
        for (const QString &subject : file.subjects) {
            if (subject.isEmpty() || seen.contains(subject))
                continue;
            seen.insert(subject);
            m_database.execute(QStringLiteral("INSERT INTO output_subjects (file_id, subject) VALUES (?1, ?2)"),
                               {fileId, subjectTag(subject)});
        }
    });
}

std::vector<WrittenFile> OutputLog::filesOf(const QString &subjectId)
{
    std::vector<WrittenFile> files;
    storage::Statement rows = m_database.prepare(
        QStringLiteral("SELECT f.path, f.kind, f.written_at FROM output_files f JOIN output_subjects s ON s.file_id = f.id "
                       "WHERE s.subject = ?1 ORDER BY f.written_at DESC, f.id DESC"));
    rows.bind(1, subjectTag(subjectId));
    while (rows.next()) {
        // A file the DPO (or anyone) already deleted holds nothing any more: not listed.
        if (QFileInfo::exists(rows.toText(0)))
            files.push_back({rows.toText(0), rows.toText(1), common::parseIsoTime(rows.toText(2))});
    }
    return files;
}

std::vector<WrittenFile> OutputLog::forget(const QString &subjectId, const QRegularExpression &identifying)
{
    std::vector<WrittenFile> files = filesOf(subjectId);
    m_database.transaction([&] {
        const QByteArray tag = subjectTag(subjectId);
        QList<qint64> linked;
        {
            storage::Statement rows = m_database.prepare(QStringLiteral("SELECT file_id FROM output_subjects WHERE subject = ?1"));
            rows.bind(1, tag);
            while (rows.next())
                linked.append(rows.toInt64(0));
        }
        m_database.execute(QStringLiteral("DELETE FROM output_subjects WHERE subject = ?1"), {tag});
        // A file about the subject alone now concerns no one: its entry (and path) go. A path that
        // names the subject ("P1234.pdf") goes too, even when the file concerned others.
        for (qint64 id : std::as_const(linked))
            m_database.execute(QStringLiteral("DELETE FROM output_files WHERE id = ?1 AND NOT EXISTS "
                                              "(SELECT 1 FROM output_subjects WHERE file_id = ?1)"),
                               {id});
        QList<qint64> naming;
        storage::Statement rows = m_database.prepare(QStringLiteral("SELECT id, path FROM output_files"));
        while (rows.next()) {
            if (identifying.isValid() && !identifying.pattern().isEmpty() && rows.toText(1).contains(identifying))
                naming.append(rows.toInt64(0));
        }
        for (qint64 id : naming)
            m_database.execute(QStringLiteral("DELETE FROM output_files WHERE id = ?1"), {id});
    });
    return files;
}

} // namespace portique::privacy
