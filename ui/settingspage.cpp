// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 Portique contributors
#include "settingspage.h"

#include "storage/databasejob.h"
#include "station/stationservices.h"
#include "theme.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTimeEdit>
#include <QVBoxLayout>

namespace portique::ui {

using storage::submitJob;
namespace {

void bound(QSpinBox *box, const station::IntegerSetting &setting, const QString &suffix)
{
    box->setRange(static_cast<int>(setting.minimum), static_cast<int>(setting.maximum));
    box->setSuffix(suffix);
}

} // namespace

SettingsPage::SettingsPage(const StationContext &context, QString actor, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
    , m_actor(std::move(actor))
    , m_school(new QLineEdit(this))
    , m_uai(new QLineEdit(this))
    , m_printPhoto(new QCheckBox(tr("Print the enrolment &photo on badges (never kept: used for that print only)"), this))
    , m_expiryMonth(new QComboBox(this))
    , m_autoLock(new QSpinBox(this))
    , m_attempts(new QSpinBox(this))
    , m_lockMinutes(new QSpinBox(this))
    , m_language(new QComboBox(this))
    , m_checkoutTime(new QTimeEdit(this))
    , m_stayMinutes(new QSpinBox(this))
    , m_passPhoto(new QCheckBox(tr("Print the registration photo on visitor &passes (never kept: used for that print only)"), this))
    , m_save(new QPushButton(tr("&Save"), this))
    , m_message(new QLabel(this))
{
    m_school->setObjectName(QStringLiteral("schoolName"));
    m_uai->setObjectName(QStringLiteral("schoolUai"));
    m_uai->setPlaceholderText(tr("set by the first SIECLE import"));
    m_printPhoto->setObjectName(QStringLiteral("printBadgePhoto"));
    m_expiryMonth->setObjectName(QStringLiteral("badgeExpiryMonth"));
    for (int month = 1; month <= 12; ++month)
        m_expiryMonth->addItem(QLocale().standaloneMonthName(month), month);
    m_autoLock->setObjectName(QStringLiteral("autoLockMinutes"));
    m_attempts->setObjectName(QStringLiteral("lockoutAttempts"));
    m_lockMinutes->setObjectName(QStringLiteral("lockoutMinutes"));
    m_language->setObjectName(QStringLiteral("language"));
    m_checkoutTime->setObjectName(QStringLiteral("visitorsCheckoutTime"));
    m_checkoutTime->setDisplayFormat(QStringLiteral("HH:mm"));
    m_stayMinutes->setObjectName(QStringLiteral("visitorsStayMinutes"));
    bound(m_stayMinutes, station::settings::visitorsStayMinutes, tr(" min"));
    m_stayMinutes->setSingleStep(15);
    m_passPhoto->setObjectName(QStringLiteral("visitorsPrintPhoto"));
    m_save->setObjectName(QStringLiteral("saveSettings"));
    m_message->setObjectName(QStringLiteral("settingsMessage"));
    bound(m_autoLock, station::settings::autoLockMinutes, tr(" min"));
    bound(m_attempts, station::settings::lockoutAttempts, QString());
    bound(m_lockMinutes, station::settings::lockoutMinutes, tr(" min"));
    m_language->addItem(QStringLiteral("Français"), QStringLiteral("fr"));
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_message->setWordWrap(true);

    auto *title = new QLabel(tr("Station settings"), this);
    title->setProperty("role", QStringLiteral("subtitle"));
    auto *form = new QFormLayout;
    // Short values: a form as wide as the screen makes the eye travel for nothing.
    m_school->setMaximumWidth(420);
    m_uai->setMaximumWidth(160);
    for (QWidget *field : std::initializer_list<QWidget *>{m_autoLock, m_attempts, m_lockMinutes, m_language, m_expiryMonth,
                                                           m_checkoutTime, m_stayMinutes})
        field->setMaximumWidth(160);
    form->addRow(tr("School &name"), m_school);
    form->addRow(tr("Lock the station after &inactivity of"), m_autoLock);
    form->addRow(tr("Failed sign-ins before a &lockout"), m_attempts);
    form->addRow(tr("Lockout &duration"), m_lockMinutes);
    form->addRow(tr("Interface &language (at next start)"), m_language);
    form->addRow(tr("School &UAI (SIECLE imports of another school are refused)"), m_uai);
    form->addRow(tr("Badge &expiry month (end of the school year)"), m_expiryMonth);
    form->addRow(QString(), m_printPhoto);
    form->addRow(tr("Visitors still on site are &checked out at"), m_checkoutTime);
    form->addRow(tr("Expected &stay proposed for a visitor"), m_stayMinutes);
    form->addRow(QString(), m_passPhoto);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 20, 24, 20);
    layout->addWidget(title);
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addWidget(m_save, 0, Qt::AlignLeft);
    layout->addStretch(1);
    connect(m_save, &QPushButton::clicked, this, &SettingsPage::save);
}

void SettingsPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    reload();
}

SettingsPage::Values SettingsPage::current() const
{
    return {m_autoLock->value(),        m_attempts->value(),     m_lockMinutes->value(),
            m_language->currentData().toString(), m_school->text().trimmed(), m_uai->text().trimmed().toUpper(),
            m_printPhoto->isChecked() ? 1 : 0, m_expiryMonth->currentData().toInt(),
            m_checkoutTime->time().msecsSinceStartOfDay() / 60'000, m_stayMinutes->value(), m_passPhoto->isChecked() ? 1 : 0};
}

void SettingsPage::display(const Values &values)
{
    m_loaded = values;
    m_school->setText(values.schoolName);
    m_autoLock->setValue(static_cast<int>(values.autoLockMinutes));
    m_attempts->setValue(static_cast<int>(values.lockoutAttempts));
    m_lockMinutes->setValue(static_cast<int>(values.lockoutMinutes));
    m_language->setCurrentIndex(m_language->findData(values.language));
    m_uai->setText(values.schoolUai);
    m_printPhoto->setChecked(values.printBadgePhoto != 0);
    m_expiryMonth->setCurrentIndex(m_expiryMonth->findData(int(values.badgeExpiryMonth)));
    m_checkoutTime->setTime(QTime(0, 0).addSecs(int(values.visitorsCheckoutMinute) * 60));
    m_stayMinutes->setValue(static_cast<int>(values.visitorsStayMinutes));
    m_passPhoto->setChecked(values.visitorsPrintPhoto != 0);
}

void SettingsPage::reload()
{
    const common::Clock *clock = m_context.clock;
    submitJob<Values>(
        *m_context.writer, this,
        [clock](storage::Database &db) {
            station::StationServices services(db, *clock);
            station::SettingsStore &settings = services.settings;
            return Values{settings.value(station::settings::autoLockMinutes), settings.value(station::settings::lockoutAttempts),
                          settings.value(station::settings::lockoutMinutes), settings.value(station::settings::language),
                          settings.value(station::settings::schoolName), settings.value(station::settings::schoolUai),
                          settings.value(station::settings::printBadgePhoto), settings.value(station::settings::badgeExpiryMonth),
                          settings.value(station::settings::visitorsCheckoutMinute), settings.value(station::settings::visitorsStayMinutes),
                          settings.value(station::settings::visitorsPrintPhoto)};
        },
        [this](const Values &values) { display(values); },
        [this](const QString &message) {
            setTextRole(m_message, QStringLiteral("error"));
            m_message->setText(message);
        });
}

void SettingsPage::save()
{
    const Values wanted = current();
    const Values before = m_loaded;
    const common::Clock *clock = m_context.clock;
    const QString actor = m_actor;
    m_save->setEnabled(false);
    submitJob<void>(
        *m_context.writer, this,
        [=](storage::Database &db) {
            station::StationServices services(db, *clock);
            // One transaction: either every changed setting is saved and audited, or none is.
            db.transaction([&] {
                // Only what changed is written, so the audit lists real changes.
                const auto setChanged = [&](const auto &setting, const auto &want, const auto &had) {
                    if (want != had)
                        services.settings.set(setting, want, actor);
                };
                setChanged(station::settings::schoolName, wanted.schoolName, before.schoolName);
                setChanged(station::settings::autoLockMinutes, wanted.autoLockMinutes, before.autoLockMinutes);
                setChanged(station::settings::lockoutAttempts, wanted.lockoutAttempts, before.lockoutAttempts);
                setChanged(station::settings::lockoutMinutes, wanted.lockoutMinutes, before.lockoutMinutes);
                setChanged(station::settings::language, wanted.language, before.language);
                setChanged(station::settings::schoolUai, wanted.schoolUai, before.schoolUai);
                setChanged(station::settings::printBadgePhoto, wanted.printBadgePhoto, before.printBadgePhoto);
                setChanged(station::settings::badgeExpiryMonth, wanted.badgeExpiryMonth, before.badgeExpiryMonth);
                setChanged(station::settings::visitorsCheckoutMinute, wanted.visitorsCheckoutMinute, before.visitorsCheckoutMinute);
                setChanged(station::settings::visitorsStayMinutes, wanted.visitorsStayMinutes, before.visitorsStayMinutes);
                setChanged(station::settings::visitorsPrintPhoto, wanted.visitorsPrintPhoto, before.visitorsPrintPhoto);
            });
        },
        [this, wanted] {
            m_save->setEnabled(true);
            m_loaded = wanted;
            setTextRole(m_message, QStringLiteral("ok"));
            m_message->setText(tr("✓ Settings saved."));
            Q_EMIT saved(wanted);
        },
        [this](const QString &message) {
            m_save->setEnabled(true);
            setTextRole(m_message, QStringLiteral("error"));
            m_message->setText(message);
        });
}

} // namespace portique::ui
