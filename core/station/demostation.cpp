// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 Portique contributors
#include "demostation.h"

#include "accounts/userstore.h"
#include "common/clock.h"
#include "demopeople.h"
#include "stationservices.h"
#include "privacy/auditlog.h"
#include "stationsetup.h"
#include "storage/database.h"
#include "storage/keyfile.h"
#include "storage/storageerror.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

namespace portique::station {

const QList<DemoAccount> &demoAccounts()
{
    static const QList<DemoAccount> accounts{
        {QStringLiteral("dpo"), QStringLiteral("Claire Fictive"), accounts::Role::Dpo, QStringLiteral("demo-dpo-2026")},
        {QStringLiteral("accueil"), QStringLiteral("Karim Fictif"), accounts::Role::Agent, QStringLiteral("demo-accueil-2026")},
        {QStringLiteral("proviseur"), QStringLiteral("Anne Fictive"), accounts::Role::Principal,
         QStringLiteral("demo-proviseur-2026")},
    };
    return accounts;
}

DemoStation ensureDemoStation(const QString &folder, const common::Clock &clock)
{
    const QDir dir(folder);
    if (!QDir().mkpath(dir.absolutePath()))
        throw storage::StorageError(storage::StorageErrorKind::Io,
                                    QCoreApplication::translate("Storage", "Cannot create the folder %1.").arg(dir.absolutePath()));
    DemoStation station{dir.absoluteFilePath(QStringLiteral("portique.db")),
                        dir.absoluteFilePath(QStringLiteral("portique.key")), false};
    if (QFileInfo::exists(station.databasePath))
        return station;

    const DemoAccount &admin = demoAccounts().constFirst();
    createStation({station.databasePath, station.keyFilePath, QString(), admin.login, admin.name, admin.password,
                   QStringLiteral("Lycée de démonstration Marie Curie")},
                  clock);
    const auto key = storage::KeyFile::read(station.keyFilePath);
    auto database = storage::Database::open(station.databasePath, key, storage::Database::OpenMode::Existing);
    privacy::AuditLog audit(*database, clock);
    accounts::UserStore users(*database, audit, clock);
    for (const DemoAccount &account : demoAccounts().mid(1))
        users.add(account.login, account.name, account.role, account.password, admin.login);
    // The school's people, imported as a school would (same service, same audit).
    StationServices services(*database, clock);
    const QDate today = clock.now().toLocalTime().date();
    services.imports.apply(demoStudents(today), admin.login);
    services.imports.apply(demoGuardians(today), admin.login);
    services.imports.apply(demoStaff(), admin.login);
    station.created = true;
    return station;
}

} // namespace portique::station
