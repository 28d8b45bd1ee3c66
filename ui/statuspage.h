// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 Portique contributors
#pragma once

#include "accounts/userstore.h"
#include "stationcontext.h"

#include <QTimer>
#include <QWidget>

class QGridLayout;
class QLabel;

namespace portique::ui {

/// @brief The "Station" tab every role sees: who is signed in and may do what, the health of what
/// the station depends on (encrypted database, audit trail, session lock), and the face
/// descriptors each camera computed, by reason (PRIVACY.md §1: shown, not just claimed). Shows
/// only real state.
class StatusPage final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StatusPage)

public:
    StatusPage(const StationContext &context, accounts::User user, QWidget *parent = nullptr);
    void reload();
    /// @brief Reads the cameras' descriptor counters again (every few seconds while shown).
    void refreshDescriptors();

    /// The counters are in memory (no database): read again this often while the tab is shown.
    static constexpr int descriptorsRefreshMs = 3000;

protected:
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    QWidget *buildDescriptors();

    const StationContext &m_context;
    accounts::User m_user;
    QLabel *m_database;
    QLabel *m_audit;
    QLabel *m_session;
    QGridLayout *m_descriptors = nullptr;
    QTimer m_descriptorsTimer;
};

} // namespace portique::ui
