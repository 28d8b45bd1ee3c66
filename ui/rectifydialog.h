// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 Portique contributors
#pragma once

#include "people/person.h"
#include "privacy/subjectrights.h"

#include <QDialog>
#include <QHash>

#include <vector>

class QLineEdit;
class QPushButton;

namespace portique::ui {

/// @brief The small form of a rectification (GDPR art. 16): the fields an import writes, filled
/// with what the registry holds; OK is enabled once one of them differs. It writes nothing: the
/// subject rights page runs the rectification on the writer. GUI thread only.
class RectifyDialog final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RectifyDialog)

public:
    explicit RectifyDialog(const people::Person &person, QWidget *parent = nullptr);

    /// @brief The field edit of @p field ("family_name", "first_name", "class", "birth_date").
    QLineEdit *editOf(const QString &field) const { return m_edits.value(field); }
    /// @brief The fields whose text differs from the registry's, with their new text.
    std::vector<privacy::FieldValue> changes() const;

private:
    void updateOk();

    QHash<QString, QString> m_before;
    QHash<QString, QLineEdit *> m_edits;
    QPushButton *m_ok = nullptr;
};

} // namespace portique::ui
