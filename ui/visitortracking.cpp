// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 Portique contributors
#include "visitortracking.h"

#include "common/clock.h"
#include "station/stationservices.h"
#include "storage/databasejob.h"
#include "visitors/indoortracking.h"

namespace portique::ui {

StopTrackingButton::StopTrackingButton(StationContext &context, const QString &agent, QWidget *parent)
    : QPushButton(tr("S&top tracking…"), parent)
    , m_context(context)
    , m_agent(agent)
{
    setObjectName(QStringLiteral("stopTrackingButton"));
    connect(this, &QPushButton::clicked, this, &StopTrackingButton::stopTracking);
    setVisitor(nullptr);
}

void StopTrackingButton::setVisitor(const visitors::Visitor *visitor)
{
    m_visitor = visitor ? std::optional<visitors::Visitor>(*visitor) : std::nullopt;
    const bool possible = m_visitor && m_visitor->onSite() && m_visitor->tracking;
    setEnabled(possible && !m_busy);
    if (possible)
        setToolTip(tr("%1 stops being followed by the indoor cameras, without leaving: their face template and trail are "
                      "deleted at once.")
                       .arg(m_visitor->name));
    else if (m_visitor && m_visitor->onSite())
        setToolTip(tr("%1 is not followed by the indoor cameras.").arg(m_visitor->name));
    else
        setToolTip(tr("Select a visitor on site who agreed to indoor tracking."));
}

void StopTrackingButton::stopTracking()
{
    if (!m_visitor || !m_visitor->onSite() || !m_visitor->tracking || m_busy)
        return;
    const visitors::Visitor visitor = *m_visitor;
    // One step, nothing asked of the visitor: stopping must cost them nothing (issue 16).
    if (m_confirm
        && !m_confirm(window(), tr("Stop tracking"),
                      tr("Stop following %1 with the indoor cameras?\n\n"
                         "Their face template and the places they were seen during this visit are deleted now. "
                         "The visit goes on: same pass, still on the list of people on site.")
                          .arg(visitor.name)))
        return;
    m_busy = true;
    setEnabled(false);
    const common::Clock *clock = m_context.clock;
    storage::submitJob<visitors::TrackingWithdrawal>(
        *m_context.writer, this,
        [clock, id = visitor.id, agent = m_agent](storage::Database &db) {
            return station::StationServices(db, *clock).visitors.withdrawTracking(id, agent);
        },
        [this](const visitors::TrackingWithdrawal &withdrawal) {
            m_busy = false;
            // The gallery in memory still holds the face until reloaded: reloaded now, not in 10 s.
            if (m_context.tracking)
                m_context.tracking->refreshGallery();
            setVisitor(&withdrawal.visitor);
            Q_EMIT withdrawn(withdrawal.visitor.id,
                             tr("%1 is no longer followed by the indoor cameras: face template deleted, %n sighting(s) deleted. "
                                "The pass still works.",
                                nullptr, withdrawal.sightingsDeleted)
                                 .arg(withdrawal.visitor.name));
        },
        [this](const QString &message) {
            m_busy = false;
            setEnabled(m_visitor && m_visitor->onSite() && m_visitor->tracking);
            Q_EMIT failed(message);
        });
}

} // namespace portique::ui
