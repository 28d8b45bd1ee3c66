// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 Portique contributors
#pragma once

#include "stationcontext.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QTimeEdit;

namespace portique::ui {

/// @brief The administrator's station settings; each change is audited.
class SettingsPage final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SettingsPage)

public:
    /// @brief The values this page edits, read and written together.
    struct Values {
        qint64 autoLockMinutes = 0;
        qint64 lockoutAttempts = 0;
        qint64 lockoutMinutes = 0;
        QString language;
        QString schoolName;
        QString schoolUai;
        qint64 printBadgePhoto = 0;
        qint64 badgeExpiryMonth = 8;
        qint64 visitorsCheckoutMinute = 0;
        qint64 visitorsStayMinutes = 0;
        qint64 visitorsPrintPhoto = 0;
    };

    SettingsPage(const StationContext &context, QString actor, QWidget *parent = nullptr);
    void reload();
    void save();

Q_SIGNALS:
    /// @brief Emitted after a successful save, so the window applies them (auto-lock, title).
    void saved(const portique::ui::SettingsPage::Values &values);

protected:
    void showEvent(QShowEvent *event) override;

private:
    Values current() const;
    void display(const Values &values);

    const StationContext &m_context;
    QString m_actor;
    QLineEdit *m_school;
    QLineEdit *m_uai;
    QCheckBox *m_printPhoto;
    QComboBox *m_expiryMonth;
    QSpinBox *m_autoLock;
    QSpinBox *m_attempts;
    QSpinBox *m_lockMinutes;
    QComboBox *m_language;
    QTimeEdit *m_checkoutTime;
    QSpinBox *m_stayMinutes;
    QCheckBox *m_passPhoto;
    QPushButton *m_save;
    QLabel *m_message;
    Values m_loaded;
};

} // namespace portique::ui
