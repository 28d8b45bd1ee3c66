// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 Portique contributors
#pragma once

// Inside the enrolment wizard only: what its pages share (enrolmentwizard.cpp and the pages of
// their own files, enrolmentconsentpage.cpp and enrolmentcapturepage.cpp).

#include "access/credentialstore.h"
#include "enrolmentwizard.h"
#include "people/enrolmentservice.h"
#include "people/person.h"

#include <QDate>
#include <QImage>

#include <optional>
#include <vector>

class QLabel;

namespace portique::ui {

/// What the pages share: the person, what was loaded about them, what was decided and captured.
struct EnrolmentWizard::State {
    StationContext context;
    QString actor;
    people::Person person;
    QDate today;
    bool loaded = false;
    std::vector<people::Guardian> guardians;
    bool consentInForce = false;
    bool printPhoto = false;
    QString schoolName;
    bool faceLane = true;
    vision::EnrolmentCapture::Options captureOptions;
    people::ConsentDetails details;
    std::optional<vision::CaptureResult> capture;
    QImage photo; ///< only when the badge prints one; dropped with the wizard
    std::optional<access::IssuedBadge> badge;
};

/// A word-wrapped rich-text note of the wizard.
QLabel *wizardNote(const QString &text, QWidget *parent);

} // namespace portique::ui
