// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 Portique contributors
#include "stationsetup.h"

#include "accounts/userstore.h"
#include "privacy/auditlog.h"
#include "settingsstore.h"
#include "storage/database.h"
#include "storage/keyfile.h"
#include "storage/storageerror.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonObject>

namespace portique::station {

void createStation(const StationSetup &setup, const common::Clock &clock)
{
    using storage::StorageError;
    using storage::StorageErrorKind;
    if (QFileInfo::exists(setup.databasePath))
        throw StorageError(
            StorageErrorKind::AlreadyExists,
            QCoreApplication::translate("Storage", "The database %1 already exists; it is never overwritten.").arg(setup.databasePath));
    storage::DatabaseKey key = storage::DatabaseKey::generate();
    if (setup.passphrase.isEmpty())
        storage::KeyFile::writeRaw(setup.keyFilePath, key);
    else
        storage::KeyFile::writeWrapped(setup.keyFilePath, key, setup.passphrase);
    try {
        auto database = storage::Database::open(setup.databasePath, key, storage::Database::OpenMode::CreateNew);
        privacy::AuditLog audit(*database, clock);
        accounts::UserStore users(*database, audit, clock);
        SettingsStore settings(*database, audit);
        database->transaction([&] {
            audit.append(QStringLiteral("system"), QStringLiteral("station.init"), setup.databasePath,
                         {{QStringLiteral("key"), setup.passphrase.isEmpty() ? QStringLiteral("raw") : QStringLiteral("passphrase")},
                          {QStringLiteral("cipher"), database->cipherVersion()}});
            if (!setup.schoolName.trimmed().isEmpty())
                settings.set(settings::schoolName, setup.schoolName, QStringLiteral("system"));
            users.add(setup.adminLogin, setup.adminName, accounts::Role::Admin, setup.adminPassword, QStringLiteral("system"));
            // The DPO is another person than the administrator (GDPR art. 38(6)): never the same login.
            if (!setup.dpoLogin.isEmpty()) {
                if (setup.dpoLogin.compare(setup.adminLogin, Qt::CaseInsensitive) == 0)
                    throw accounts::AccountError(QCoreApplication::translate("Accounts", "The DPO and the station administrator "
                                                                                         "need two different logins."));
                users.add(setup.dpoLogin, setup.dpoName.isEmpty() ? setup.dpoLogin : setup.dpoName, accounts::Role::Dpo, setup.dpoPassword,
                          QStringLiteral("system"));
            }
        });
    } catch (...) {
        for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
            QFile::remove(setup.databasePath + suffix);
        QFile::remove(setup.keyFilePath);
        throw;
    }
}

} // namespace portique::station
