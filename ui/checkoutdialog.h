// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 Portique contributors
#pragma once

#include "stationcontext.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QPushButton;
class QTreeWidget;

namespace portique::ui {

/// @brief F6 at the desk: scan the visitor's pass (or type its code or the visitor's number, or
/// pick them in the list of people on site) and Enter checks them out: pass revoked, template and
/// trail deleted at once. The outcome (or why not: a forged or expired pass, someone already gone)
/// is shown and the dialog stays open for the next visitor. A scanner's burst is routed here by
/// the gate page (dynamic property "portiqueScanTarget"), through receiveScan(). GUI thread only.
class CheckoutDialog final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CheckoutDialog)

public:
    CheckoutDialog(StationContext &context, QString agent, QWidget *parent = nullptr);

    /// @brief Selects @p visitorId in the list once it is loaded (the visitor picked on the page).
    void preselect(const QString &visitorId);
    /// @brief The last outcome or error shown.
    QString resultText() const;
    /// @brief The visitors listed (ids), in order; tests.
    QStringList listedIds() const;

public Q_SLOTS:
    /// @brief A code read by a scanner: checked out at once, as if typed and Enter pressed.
    void receiveScan(const QString &code);
    /// @brief Checks out what the code field says, or else the visitor picked in the list.
    void checkOutCurrent();
    void reload();

Q_SIGNALS:
    /// @brief Someone was checked out (the visitors page refreshes).
    void checkedOut(const QString &visitorId);

private:
    void checkOutCode(const QString &code);
    void checkOutVisitor(const QString &visitorId);
    void filterList();
    void showResult(const QString &text, bool error);

    StationContext &m_context;
    QString m_agent;
    QLineEdit *m_code;
    QTreeWidget *m_list;
    QPushButton *m_checkOut;
    QLabel *m_result;
    QString m_preselect;
    quint64 m_generation = 0;
    bool m_busy = false;
};

} // namespace portique::ui
