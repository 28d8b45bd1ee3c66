// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 Portique contributors
#include "sightfusion.h"

namespace portique::vision {

bool SightFusion::jumps(const biometrics::Descriptor &sight) const
{
    return !m_sights.empty() && biometrics::distance(fused(), sight) > jumpDistance;
}

void SightFusion::add(const biometrics::Descriptor &sight)
{
    if (complete())
        m_sights.erase(m_sights.begin());
    m_sights.push_back(sight);
}

biometrics::Descriptor SightFusion::fused() const
{
    biometrics::Descriptor mean{};
    for (const biometrics::Descriptor &sight : m_sights) {
        for (std::size_t i = 0; i < mean.size(); ++i)
            mean[i] += sight[i] / float(m_sights.size());
    }
    return mean;
}

} // namespace portique::vision
