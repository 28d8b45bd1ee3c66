// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 Portique contributors
#pragma once

#include <QString>

namespace portique::vision {

/// @brief Why a descriptor of a face was computed (PRIVACY.md §1: counted so that it can be shown,
/// not just claimed).
enum class DescriptorReason {
    FaceLaneCredential,  ///< a face-lane credential was presented at this lane: its presenting person only
    Enrolment,           ///< the desk's enrolment of a consenting person, started by the agent
    VisitorTracking,     ///< an indoor camera follows the visitors on site (consent recorded)
    VisitorRegistration, ///< the desk photo of a visitor being registered, taken on purpose
};
constexpr int descriptorReasonCount = 4;
/// @brief "after_face_lane_credential", "enrolment", "visitor_tracking", "visitor_registration".
QString descriptorReasonId(DescriptorReason reason);

} // namespace portique::vision
