// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 Portique contributors
#pragma once

#include "visitors/passrender.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QPushButton;

namespace portique::ui {

/// @brief Shows a new visitor pass and prints it (a 62 mm label printer, or A6 on any printer) or
/// saves it as PDF. The pass's code is not kept by the station and its photo is only in this
/// dialog, so closing without printing asks first: an unprinted pass has to be re-issued.
/// Built like BadgePrintDialog. GUI thread only.
class PassPrintDialog final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PassPrintDialog)

public:
    explicit PassPrintDialog(visitors::PassCard card, QWidget *parent = nullptr);

    /// @brief Whether the pass was printed or saved at least once.
    bool delivered() const { return m_delivered; }
    /// @brief Saves to @p path as PDF (the button's work, without the file dialog; tests).
    bool saveAs(const QString &path);
    visitors::PassSheet sheet() const;
    void setSheet(visitors::PassSheet sheet);

    void done(int result) override;

Q_SIGNALS:
    /// @brief The pass was written to @p path (its owner records it in the output log).
    void saved(const QString &path);

private:
    void updatePreview();
    void print();
    void savePdf();
    void showError(const QString &text);

    visitors::PassCard m_card;
    QLabel *m_preview;
    QLabel *m_message;
    QComboBox *m_sheet;
    QPushButton *m_print;
    QPushButton *m_save;
    bool m_delivered = false;
};

} // namespace portique::ui
