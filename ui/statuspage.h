// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 Portique contributors
#pragma once

#include "accounts/userstore.h"
#include "stationcontext.h"

#include <QWidget>

class QLabel;

namespace portique::ui {

/// @brief The "Station" tab every role sees: who is signed in and may do what, and the health of
/// what the station depends on (encrypted database, audit trail, session lock). Shows only real state.
class StatusPage final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StatusPage)

public:
    StatusPage(const StationContext &context, accounts::User user, QWidget *parent = nullptr);
    void reload();

protected:
    void showEvent(QShowEvent *event) override;

private:
    const StationContext &m_context;
    accounts::User m_user;
    QLabel *m_database;
    QLabel *m_audit;
    QLabel *m_session;
};

} // namespace portique::ui
