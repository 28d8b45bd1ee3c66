// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 Portique contributors
#pragma once

#include "access/decision.h"

#include <QColor>
#include <QFrame>
#include <QPixmap>

class QVariantAnimation;

namespace portique::ui {

/// @brief The colour of a decision state (UI.md "Decision states"), always shown with its icon and word.
QColor outcomeColour(access::Outcome outcome);
/// @brief The state's icon (✓ ✕ !) drawn in a white disc, @p size pixels wide; no font needed.
QPixmap outcomeIcon(access::Outcome outcome, int size);
/// @brief Three white dots: a credential being decided (drawn on the dark "reading" band).
QPixmap readingIcon(int size);

/// The band's colours when no decision is shown, and while one is being taken.
namespace bandColours {
inline const QColor idle{0xe1, 0xe4, 0xe9};
inline const QColor idleText{0x4a, 0x51, 0x5c};
inline const QColor reading{0x3b, 0x44, 0x52};
} // namespace bandColours

/// @brief The band behind a decision state: a rounded rectangle of the state's colour (the lane
/// tile's and the lock screen's), which can fade back to the quiet colour. GUI thread only.
class DecisionBand final : public QFrame {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DecisionBand)

public:
    explicit DecisionBand(QWidget *parent = nullptr);
    /// @brief Paints @p colour at once (a fade in progress stops).
    void setColour(const QColor &colour);
    QColor colour() const { return m_colour; }
    /// @brief Blends from the current colour to @p colour over @p ms, then emits faded().
    void fadeTo(const QColor &colour, int ms);

Q_SIGNALS:
    void faded();

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    QColor m_colour = bandColours::idle;
    QColor m_from;
    QColor m_to;
    QVariantAnimation *m_fade;
};

} // namespace portique::ui
