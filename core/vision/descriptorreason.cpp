// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 Portique contributors
#include "descriptorreason.h"

namespace portique::vision {

QString descriptorReasonId(DescriptorReason reason)
{
    switch (reason) {
    case DescriptorReason::FaceLaneCredential:
        return QStringLiteral("after_face_lane_credential");
    case DescriptorReason::Enrolment:
        return QStringLiteral("enrolment");
    case DescriptorReason::VisitorTracking:
        return QStringLiteral("visitor_tracking");
    case DescriptorReason::VisitorRegistration:
        break;
    }
    return QStringLiteral("visitor_registration");
}

} // namespace portique::vision
