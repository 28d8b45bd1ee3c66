// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 Portique contributors
#include "wedgedecoder.h"

namespace portique::access {

WedgeDecoder::WedgeDecoder()
    : WedgeDecoder(Timing{})
{
}

WedgeDecoder::WedgeDecoder(Timing timing)
    : m_timing(timing)
{
}

bool WedgeDecoder::scanning() const
{
    return m_active && (m_broken || m_burst.size() >= m_timing.scanLength);
}

bool WedgeDecoder::expired(qint64 nowMs) const
{
    return m_active && nowMs - m_last > m_timing.maxGapMs;
}

WedgeDecoder::Step WedgeDecoder::character(QChar c, qint64 atMs)
{
    Step step;
    if (m_active && atMs - m_last <= m_timing.maxGapMs) {
        m_burst += c;
    } else {
        // A new burst. When the previous one was a scan cut short, this one is what is left of it
        // as long as it follows closely.
        const bool previousWasScan = scanning();
        m_broken = previousWasScan && atMs - m_last <= m_timing.quietAfterBreakMs;
        m_burst = QString(c);
        m_active = true;
        step.newBurst = true;
    }
    m_last = atMs;
    step.scanning = scanning();
    return step;
}

WedgeDecoder::End WedgeDecoder::enter(qint64 atMs)
{
    End end;
    if (m_active) {
        const qint64 gap = atMs - m_last;
        if (gap <= m_timing.maxGapMs) {
            end.partOfScan = scanning();
            if (!m_broken && m_burst.size() >= m_timing.minLength) {
                end.code = m_burst;
                end.partOfScan = true;
            }
        } else {
            // A scan whose Enter came late: the scanner's own Enter after a hiccup, not a person's.
            end.partOfScan = scanning() && gap <= m_timing.quietAfterBreakMs;
        }
    }
    m_active = false;
    m_broken = false;
    m_burst.clear();
    return end;
}

void WedgeDecoder::interrupt()
{
    m_active = false;
    m_broken = false;
    m_burst.clear();
}

void WedgeDecoder::reset()
{
    interrupt();
    m_last = 0;
}

} // namespace portique::access
