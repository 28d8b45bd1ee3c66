// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 Portique contributors
#pragma once

#include "stationcontext.h"

#include <QDialog>

#include <functional>

class QDialogButtonBox;
class QFormLayout;
class QLabel;

namespace portique::storage {
class Database;
}

namespace portique::ui {

/// @brief A dialog of form fields whose OK button checks them, then saves on the database thread.
/// A refusal (invalid field, login taken, full disk...) is shown in the dialog, which stays open with
/// everything typed: nothing is lost. GUI thread only.
class FormDialog : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FormDialog)

public:
    using Check = std::function<QString()>; ///< empty when the fields are acceptable
    using Save = std::function<std::function<void(storage::Database &)>()>; ///< builds the job from the fields

    FormDialog(const StationContext &context, const QString &title, QWidget *parent = nullptr);
    QFormLayout *form() const { return m_form; }
    void setCheck(Check check) { m_check = std::move(check); }
    void setSave(Save save) { m_save = std::move(save); }
    /// @brief The message shown after a refusal (tests).
    QString message() const;

    /// @brief Checks and saves, as the OK button does.
    void submit();

private:
    const StationContext &m_context;
    QFormLayout *m_form;
    QLabel *m_message;
    QDialogButtonBox *m_buttons;
    Check m_check;
    Save m_save;
};

} // namespace portique::ui
