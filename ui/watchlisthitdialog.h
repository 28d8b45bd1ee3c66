// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 Portique contributors
#pragma once

#include "visitors/watchlist.h"

#include <QDialog>
#include <QImage>

class QLabel;
class QLineEdit;
class QPushButton;

namespace portique::ui {

/// @brief A possible watchlist match at registration: the visitor's photo and the entry's
/// reference photo side by side, what matched, and the entry's details. The agent must choose
/// (issue 7): "confirm" (a note required) abandons the registration and raises an alert;
/// "dismiss" lets it go on. Escape and the window's close button do not dismiss. GUI thread only.
class WatchlistHitDialog final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WatchlistHitDialog)

public:
    /// @p photo: the registration photo (null: none taken); @p name and @p birthDate as typed.
    WatchlistHitDialog(const visitors::WatchlistHit &hit, const QImage &photo, const QString &name, const QDate &birthDate,
                       QWidget *parent = nullptr);

    const visitors::WatchlistHit &hit() const { return m_hit; }
    /// @brief After the dialog finished: whether the agent confirmed the match.
    bool confirmed() const { return m_confirmed; }
    QString note() const;

    /// @brief Does nothing: the agent must confirm or dismiss (Escape lands here).
    void reject() override;

Q_SIGNALS:
    /// @brief The agent chose; the dialog is closing.
    void decided(bool confirmed, const QString &note);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void choose(bool confirmed);

    visitors::WatchlistHit m_hit;
    QLineEdit *m_note;
    QLabel *m_noteHint;
    QPushButton *m_confirm;
    QPushButton *m_dismiss;
    bool m_confirmed = false;
    bool m_closing = false;
};

} // namespace portique::ui
