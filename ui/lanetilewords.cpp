// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 Portique contributors
// The words and colours a lane tile gives a passage, apart from the tile's layout and behaviour
// (lanetile.cpp): the lock screen and the passages list use them too.
#include "lanetile.h"

#include "decisionband.h"

namespace portique::ui {

using access::Outcome;

QColor LaneTile::colourOf(Outcome outcome)
{
    return outcomeColour(outcome);
}

QPixmap LaneTile::iconOf(Outcome outcome, int size)
{
    return outcomeIcon(outcome, size);
}

QString LaneTile::overrideVerb(Outcome outcome)
{
    switch (outcome) {
    case Outcome::Granted:
        return tr("granted");
    case Outcome::Refused:
        return tr("refused");
    case Outcome::CheckByHand:
        break;
    }
    return tr("checked by hand");
}

QString LaneTile::holderText(const access::Passage &passage)
{
    if (passage.person) {
        const people::Person &person = *passage.person;
        return person.className.isEmpty() ? person.displayName() : tr("%1 · %2").arg(person.displayName(), person.className);
    }
    if (!passage.visitorName.isEmpty())
        return tr("%1 · visitor").arg(passage.visitorName);
    return passage.visitorPass ? tr("Unknown visitor pass") : tr("Unknown");
}

} // namespace portique::ui
