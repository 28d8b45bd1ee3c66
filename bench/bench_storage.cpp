// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 Portique contributors
// The costs the desk feels in the foundation: opening the encrypted database, one audited write,
// walking the whole audit chain, searching it, and one Argon2id sign-in check.
#include "accounts/passwordhash.h"
#include "common/clock.h"
#include "privacy/auditlog.h"
#include "storage/database.h"
#include "storage/keyfile.h"

#include <QTemporaryDir>
#include <benchmark/benchmark.h>

using namespace portique;

namespace {

struct Station {
    QTemporaryDir dir;
    storage::DatabaseKey key = storage::DatabaseKey::generate();
    common::SystemClock clock;
    QString path() const { return dir.filePath(QStringLiteral("bench.db")); }
};

void openEncryptedDatabase(benchmark::State &state)
{
    Station station;
    storage::Database::open(station.path(), station.key, storage::Database::OpenMode::CreateNew);
    for (auto _ : state)
        benchmark::DoNotOptimize(storage::Database::open(station.path(), station.key, storage::Database::OpenMode::Existing));
}
BENCHMARK(openEncryptedDatabase)->Unit(benchmark::kMillisecond);

void appendAuditRecord(benchmark::State &state)
{
    Station station;
    auto db = storage::Database::open(station.path(), station.key, storage::Database::OpenMode::CreateNew);
    privacy::AuditLog audit(*db, station.clock);
    for (auto _ : state)
        audit.append(QStringLiteral("accueil"), QStringLiteral("bench.event"), QStringLiteral("lane-1"),
                     {{QStringLiteral("outcome"), QStringLiteral("granted")}});
}
BENCHMARK(appendAuditRecord)->Unit(benchmark::kMicrosecond);

void verifyAuditChain(benchmark::State &state)
{
    Station station;
    auto db = storage::Database::open(station.path(), station.key, storage::Database::OpenMode::CreateNew);
    privacy::AuditLog audit(*db, station.clock);
    db->transaction([&] {
        for (int i = 0; i < state.range(0); ++i)
            audit.append(QStringLiteral("accueil"), QStringLiteral("bench.event"), QString::number(i));
    });
    for (auto _ : state)
        benchmark::DoNotOptimize(audit.verify());
    state.SetItemsProcessed(state.iterations() * state.range(0));
}
BENCHMARK(verifyAuditChain)->Arg(10'000)->Arg(100'000)->Unit(benchmark::kMillisecond);

/// The DPO's audit search for a word that is nowhere walks the whole trail on the writer: folded
/// in C++ (accents ignored) against SQL LIKE (ASCII case only), the naive baseline, same records.
void searchAuditTrail(benchmark::State &state)
{
    Station station;
    auto db = storage::Database::open(station.path(), station.key, storage::Database::OpenMode::CreateNew);
    privacy::AuditLog audit(*db, station.clock);
    db->transaction([&] {
        for (int i = 0; i < state.range(0); ++i)
            audit.append(QStringLiteral("accueil"), QStringLiteral("gate.decision"), QStringLiteral("P%1").arg(i),
                         {{QStringLiteral("outcome"), QStringLiteral("granted")}, {QStringLiteral("motif"), QStringLiteral("badge oublié")}});
    });
    const bool folded = state.range(1) == 1;
    for (auto _ : state) {
        if (folded) {
            privacy::AuditQuery query;
            query.text = QStringLiteral("introuvable");
            benchmark::DoNotOptimize(audit.search(query));
        } else {
            benchmark::DoNotOptimize(db->scalar(QStringLiteral("SELECT count(*) FROM audit_log WHERE actor LIKE ?1 OR object LIKE ?1 OR details LIKE ?1"),
                                                {QStringLiteral("%introuvable%")}));
        }
    }
    state.SetItemsProcessed(state.iterations() * state.range(0));
    state.SetLabel(folded ? "folded in C++" : "SQL LIKE (naive)");
}
BENCHMARK(searchAuditTrail)->Args({100'000, 0})->Args({100'000, 1})->Unit(benchmark::kMillisecond);

void checkPassword(benchmark::State &state)
{
    const QString hash = accounts::PasswordHash::hash(QStringLiteral("demo-accueil-2026"));
    for (auto _ : state)
        benchmark::DoNotOptimize(accounts::PasswordHash::verify(hash, QStringLiteral("demo-accueil-2026")));
}
BENCHMARK(checkPassword)->Unit(benchmark::kMillisecond);

void unlockPassphraseKeyFile(benchmark::State &state)
{
    Station station;
    const QString path = station.dir.filePath(QStringLiteral("wrapped.key"));
    storage::KeyFile::writeWrapped(path, station.key, QStringLiteral("une phrase secrète assez longue"));
    for (auto _ : state)
        benchmark::DoNotOptimize(storage::KeyFile::read(path, [] { return QStringLiteral("une phrase secrète assez longue"); }));
}
BENCHMARK(unlockPassphraseKeyFile)->Unit(benchmark::kMillisecond)->Iterations(3);

} // namespace

BENCHMARK_MAIN();
