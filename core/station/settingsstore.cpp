// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 Portique contributors
#include "settingsstore.h"

#include "privacy/auditlog.h"
#include "storage/database.h"

#include <QCoreApplication>
#include <QJsonObject>

#include <stdexcept>

namespace portique::station {

SettingsStore::SettingsStore(storage::Database &database, privacy::AuditLog &audit)
    : m_database(database)
    , m_audit(audit)
{
}

qint64 SettingsStore::value(const IntegerSetting &setting)
{
    const QVariant stored = m_database.scalar(QStringLiteral("SELECT value FROM settings WHERE key = ?1"),
                                              {QString::fromUtf16(setting.key)});
    bool ok = false;
    const qint64 number = stored.toString().toLongLong(&ok);
    // A value outside the bounds can only come from a hand-edited file: fall back to the default.
    return ok && number >= setting.minimum && number <= setting.maximum ? number : setting.defaultValue;
}

QString SettingsStore::value(const TextSetting &setting)
{
    const QVariant stored = m_database.scalar(QStringLiteral("SELECT value FROM settings WHERE key = ?1"),
                                              {QString::fromUtf16(setting.key)});
    const QString text = stored.toString();
    if (!stored.isValid() || (!setting.allowed.isEmpty() && !setting.allowed.contains(text)))
        return QString::fromUtf16(setting.defaultValue);
    return text;
}

void SettingsStore::set(const IntegerSetting &setting, qint64 value, const QString &actor)
{
    if (value < setting.minimum || value > setting.maximum)
        throw std::invalid_argument(QCoreApplication::translate("Settings", "%1 must be between %2 and %3.")
                                        .arg(QString::fromUtf16(setting.key))
                                        .arg(setting.minimum)
                                        .arg(setting.maximum)
                                        .toStdString());
    store(QString::fromUtf16(setting.key), QString::number(value), actor);
}

void SettingsStore::set(const TextSetting &setting, const QString &value, const QString &actor)
{
    if (!setting.allowed.isEmpty() && !setting.allowed.contains(value))
        throw std::invalid_argument(QCoreApplication::translate("Settings", "%1 must be one of: %2.")
                                        .arg(QString::fromUtf16(setting.key), setting.allowed.join(u", "))
                                        .toStdString());
    if (value.trimmed().isEmpty())
        throw std::invalid_argument(
            QCoreApplication::translate("Settings", "%1 cannot be empty.").arg(QString::fromUtf16(setting.key)).toStdString());
    store(QString::fromUtf16(setting.key), value.trimmed(), actor);
}

void SettingsStore::store(const QString &key, const QString &value, const QString &actor)
{
    m_database.transaction([&] {
        const QVariant before = m_database.scalar(QStringLiteral("SELECT value FROM settings WHERE key = ?1"), {key});
        m_database.execute(QStringLiteral("INSERT OR REPLACE INTO settings (key, value) VALUES (?1, ?2)"), {key, value});
        m_audit.append(actor, QStringLiteral("settings.change"), key,
                       {{QStringLiteral("before"), before.isValid() ? before.toString() : QString()},
                        {QStringLiteral("after"), value}});
    });
}

} // namespace portique::station
