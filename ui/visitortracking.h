// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 Portique contributors
#pragma once

#include "stationcontext.h"
#include "visitors/visitor.h"

#include <QPushButton>

#include <functional>

namespace portique::ui {

/// @brief The Visitors tab's "Stop tracking…" button: the selected on-site visitor withdraws their
/// consent to indoor tracking without leaving. One confirmation, the work on the single writer
/// (VisitorService::withdrawTracking: template and the visit's sightings deleted at once), then the
/// indoor cameras' gallery is reloaded so their face leaves memory too. GUI thread only.
class StopTrackingButton final : public QPushButton {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StopTrackingButton)

public:
    /// @brief Asks the operator to confirm; true to go ahead (the page's, which tests replace).
    using Confirmation = std::function<bool(QWidget *parent, const QString &title, const QString &text)>;

    StopTrackingButton(StationContext &context, const QString &agent, QWidget *parent);

    void setConfirmation(Confirmation confirmation) { m_confirm = std::move(confirmation); }
    /// @brief The selected visitor (nullptr: none); enabled for one on site who is tracked.
    void setVisitor(const visitors::Visitor *visitor);

Q_SIGNALS:
    /// @brief The withdrawal is written; @p message says what was deleted.
    void withdrawn(const QString &visitorId, const QString &message);
    /// @brief It was refused or failed (translated message); nothing changed.
    void failed(const QString &message);

private:
    void stopTracking();

    StationContext &m_context;
    QString m_agent;
    Confirmation m_confirm;
    std::optional<visitors::Visitor> m_visitor;
    bool m_busy = false;
};

} // namespace portique::ui
