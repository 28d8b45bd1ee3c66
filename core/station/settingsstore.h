// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 Portique contributors
#pragma once

#include "setting.h"

namespace portique::storage {
class Database;
}
namespace portique::privacy {
class AuditLog;
}

namespace portique::station {

/// @brief Reads and writes settings in the database; every change is audited in the same transaction.
/// Works on the caller's connection and thread.
class SettingsStore final {
public:
    SettingsStore(storage::Database &database, privacy::AuditLog &audit);

    qint64 value(const IntegerSetting &setting);
    QString value(const TextSetting &setting);
    /// @brief Throws std::invalid_argument (translated message) when @p value is out of bounds.
    void set(const IntegerSetting &setting, qint64 value, const QString &actor);
    void set(const TextSetting &setting, const QString &value, const QString &actor);

private:
    void store(const QString &key, const QString &value, const QString &actor);
    storage::Database &m_database;
    privacy::AuditLog &m_audit;
};

} // namespace portique::station
