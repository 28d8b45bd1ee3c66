// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 Portique contributors

// The keyboard-wedge decoder (access/wedgedecoder.h) fed a stream of keys the way the scanner
// filter of the gate page feeds it, checked against the header's own definition of a code: the
// characters of one burst, each within maxGapMs of the one before, ended by Enter within maxGapMs,
// at least minLength of them.
//
// Each key is two bytes: what it is (0x0A Enter, 0x08 another key such as Backspace, 0x7F the page
// closing, anything else a character) and the milliseconds since the key before (0x80 and over:
// a pause of (value - 0x7F) seconds).

#include "access/wedgedecoder.h"
#include "fuzzsupport.h"

#include <QList>

using namespace portique;

namespace {

struct Key {
    QChar character;
    qint64 atMs = 0;
};

} // namespace

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    fuzz::startApplication();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    access::WedgeDecoder decoder;
    const access::WedgeDecoder::Timing &timing = decoder.timing();
    QList<Key> typed; // characters since the last Enter, other key or reset
    qint64 now = 1'000;
    for (size_t i = 0; i + 1 < size; i += 2) {
        const uint8_t what = data[i];
        const uint8_t delay = data[i + 1];
        now += delay < 0x80 ? delay : (delay - 0x7F) * 1'000;
        if (decoder.expired(now) && now - (typed.isEmpty() ? 0 : typed.last().atMs) <= timing.maxGapMs)
            fuzz::fail("a burst expired within the gap");
        switch (what) {
        case 0x0A: {
            const access::WedgeDecoder::End end = decoder.enter(now);
            if (end.code) {
                const QString &code = *end.code;
                if (code.size() < timing.minLength || code.size() > typed.size())
                    fuzz::fail("a code is shorter than minLength or longer than what was typed");
                // The code is the last characters typed, closely spaced, closely followed by Enter,
                // and the character before them (if any) came after a longer gap.
                const qsizetype first = typed.size() - code.size();
                for (qsizetype k = 0; k < code.size(); ++k) {
                    if (typed.at(first + k).character != code.at(k))
                        fuzz::fail("a code is not the characters typed last");
                    if (k > 0 && typed.at(first + k).atMs - typed.at(first + k - 1).atMs > timing.maxGapMs)
                        fuzz::fail("a code spans a gap a person makes");
                }
                if (now - typed.last().atMs > timing.maxGapMs)
                    fuzz::fail("a code was completed by a late Enter");
                if (first > 0 && typed.at(first).atMs - typed.at(first - 1).atMs <= timing.maxGapMs)
                    fuzz::fail("a code is only the end of its burst");
            }
            if (decoder.length() != 0 || decoder.scanning())
                fuzz::fail("Enter did not end the burst");
            typed.clear();
            break;
        }
        case 0x08:
            decoder.interrupt();
            typed.clear();
            if (decoder.length() != 0 || decoder.scanning())
                fuzz::fail("another key did not end the burst");
            break;
        case 0x7F:
            decoder.reset();
            typed.clear();
            break;
        default: {
            const QChar c = QChar::fromLatin1(char(what));
            const access::WedgeDecoder::Step step = decoder.character(c, now);
            typed.append(Key{c, now});
            if (decoder.length() < 1 || decoder.length() > typed.size())
                fuzz::fail("the burst holds more than was typed");
            if (step.scanning != decoder.scanning())
                fuzz::fail("a step and the decoder disagree on scanning");
            break;
        }
        }
    }
    return 0;
}
