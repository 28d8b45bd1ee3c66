// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 Portique contributors
#pragma once

#include "people/person.h"
#include "stationcontext.h"
#include "vision/enrolmentcapture.h"

#include <QWizard>

namespace portique::ui {

/// @brief The desk's enrolment, in order (PRIVACY.md §2-3): the information notice and the
/// badge-only alternative first; then the consent (a minor's legal representative, the channel,
/// where the template is kept); then the capture from a camera with live hints and liveness, which
/// keeps one template and no image; then the new badge, printed. Choosing "badge only" issues a
/// badge without template, the same card. Every step that writes goes through the single writer.
class EnrolmentWizard final : public QWizard {
    Q_OBJECT

public:
    enum PageId { NoticePage, ConsentPage, CapturePage, BadgePage };

    EnrolmentWizard(const StationContext &context, QString actor, people::Person person, QWidget *parent = nullptr);
    ~EnrolmentWizard() override;

    /// @brief How long and how much the capture asks for (defaults: vision::EnrolmentCapture).
    void setCaptureOptions(const vision::EnrolmentCapture::Options &options);
    /// @brief The descriptor request the capture holds on its camera while it runs (0: none): the
    /// camera describes the person in front for the enrolment only then (PRIVACY.md §1).
    int descriptorRequest() const;

public Q_SLOTS:
    void done(int result) override;

Q_SIGNALS:
    /// @brief The person's consent or badge changed (the people list reloads).
    void enrolmentChanged();

private:
    class Notice;
    class Consent;
    class Capture;
    class Badge;
    struct State;
    std::unique_ptr<State> m_state;
};

} // namespace portique::ui
