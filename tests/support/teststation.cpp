// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 Portique contributors
#include "teststation.h"

#include "storage/keyfile.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>

namespace portique::test {

TestStation::TestStation()
    : m_key(storage::DatabaseKey::generate())
{
    storage::KeyFile::writeRaw(keyPath(), m_key);
    m_database = storage::Database::open(databasePath(), m_key, storage::Database::OpenMode::CreateNew);
    m_audit = std::make_unique<privacy::AuditLog>(*m_database, m_clock);
}

void TestStation::close()
{
    m_audit.reset();
    m_database.reset();
}

void TestStation::reopen()
{
    m_database = storage::Database::open(databasePath(), m_key, storage::Database::OpenMode::Existing);
    m_audit = std::make_unique<privacy::AuditLog>(*m_database, m_clock);
}

QByteArray fileDigest(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(&file);
    return hash.result();
}

QString faceApiDir()
{
    const QString dir = vision::FaceModel::directory() + QStringLiteral("/face-api-1.7.15");
    return QDir(dir).exists() ? dir : QString();
}

QString testDataDir()
{
    const QString dir = QString::fromUtf8(PORTIQUE_TESTDATA_DIR);
    return QDir(dir).exists() ? QDir(dir).absolutePath() : QString();
}

} // namespace portique::test
