// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 Portique contributors
#pragma once

#include "access/badgerender.h"

#include <QDialog>

#include <vector>

class QComboBox;
class QLabel;
class QPushButton;

namespace portique::ui {

/// @brief Shows newly issued badges and prints them (a card printer, or A4 sheets on an ordinary
/// printer) or saves them as PDF. A badge's text is not kept by the station, so closing without
/// printing asks first: an unprinted badge has to be issued again.
class BadgePrintDialog final : public QDialog {
    Q_OBJECT

public:
    BadgePrintDialog(std::vector<access::BadgeCard> cards, QWidget *parent = nullptr);

    /// @brief Whether the badges were printed or saved at least once.
    bool delivered() const { return m_delivered; }
    /// @brief Saves to @p path as PDF (the button's work, without the file dialog; tests).
    bool saveAs(const QString &path);

    void done(int result) override;

Q_SIGNALS:
    /// @brief The badges were written to @p path (its owner records it in the output log).
    void saved(const QString &path);

private:
    void print();
    void savePdf();
    access::BadgeSheet sheet() const;

    std::vector<access::BadgeCard> m_cards;
    QLabel *m_preview;
    QLabel *m_message;
    QComboBox *m_layout;
    QPushButton *m_print;
    QPushButton *m_save;
    bool m_delivered = false;
};

} // namespace portique::ui
