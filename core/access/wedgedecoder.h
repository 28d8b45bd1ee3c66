// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 Portique contributors
#pragma once

#include <QChar>
#include <QString>

#include <optional>

namespace portique::access {

/// @brief Tells a keyboard-wedge scanner's burst from a person typing, by timing alone.
///
/// A USB barcode, QR or RFID reader "types" its code as keystrokes followed by Enter (or Tab), a
/// few milliseconds apart; nobody types that fast for long. A code is at least minLength
/// characters, each arriving at most maxGapMs after the previous one, ended by Enter or Tab within
/// maxGapMs of the last character. Human typing (gaps over maxGapMs) never completes a code.
///
/// A burst that stops without its Enter after it was clearly a scan (scanLength characters) is a
/// broken scan (a USB hiccup, a reader moved away): whatever follows within quietAfterBreakMs is
/// its remains, swallowed and never presented, so a half code is not refused as a forgery at the
/// lane. The student simply scans again.
///
/// Pure: the caller gives the times (ms on any monotonic timeline). Not thread-safe; one per input.
class WedgeDecoder final {
public:
    struct Timing {
        /// Longest gap inside a burst: scanners send a key every 2-15 ms (USB HID polls at 1-8 ms,
        /// readers pace their output at up to ~100 characters/s); the fastest typists keep 60 ms or
        /// more between keys, key rolls aside, so 35 ms separates the two with margin either side.
        qint64 maxGapMs = 35;
        /// Shortest code: Portique's badges carry well over a hundred characters; 6 keeps short
        /// commercial codes (an EAN-8 is 8) and rejects every roll of a fast typist.
        int minLength = 6;
        /// From this many characters a burst is a scan in progress: 4 keys within 35 ms of each
        /// other are beyond any person (a two- or three-key roll is not).
        int scanLength = 4;
        /// After a broken scan, characters arriving within this time are its remains; a person
        /// starting to type right after a scan needs longer than a quarter of a second.
        qint64 quietAfterBreakMs = 250;
    };

    /// @brief What a character does to the current burst.
    struct Step {
        /// This character starts a new burst: the previous one (if any) ended without a code; its
        /// characters, when not a scan, were a person typing.
        bool newBurst = false;
        /// The current burst is a scan (scanLength characters, or the remains of a broken scan):
        /// its characters are not a person's.
        bool scanning = false;
    };

    /// @brief What Enter or Tab did.
    struct End {
        std::optional<QString> code; ///< the completed code
        bool partOfScan = false;     ///< the key ended a scan (its scanner's Enter), even without a code
    };

    WedgeDecoder();
    explicit WedgeDecoder(Timing timing);

    /// @brief A printable character typed at @p atMs.
    Step character(QChar c, qint64 atMs);
    /// @brief Enter or Tab pressed at @p atMs; the burst ends either way.
    End enter(qint64 atMs);
    /// @brief Any other key (arrows, Backspace, a shortcut): no scanner types those in a code.
    void interrupt();
    /// @brief Forgets everything (the page closed).
    void reset();

    int length() const { return int(m_burst.size()); }
    bool scanning() const;
    /// @brief No character came within the gap: the burst, if any, has ended by @p nowMs.
    bool expired(qint64 nowMs) const;
    const Timing &timing() const { return m_timing; }

private:
    Timing m_timing;
    QString m_burst;
    qint64 m_last = 0;       ///< time of the burst's last character
    bool m_broken = false;   ///< the current burst is the remains of a broken scan
    bool m_active = false;   ///< a burst has started and not ended with Enter
};

} // namespace portique::access
