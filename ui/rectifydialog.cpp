// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 Portique contributors
#include "rectifydialog.h"

#include "common/isotime.h"
#include "theme.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace portique::ui {

RectifyDialog::RectifyDialog(const people::Person &person, QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Rectify %1").arg(person.displayName()));
    m_before = {{QStringLiteral("family_name"), person.familyName},
                {QStringLiteral("first_name"), person.firstName},
                {QStringLiteral("class"), person.className},
                {QStringLiteral("birth_date"), common::isoDate(person.birthDate)}};
    auto *form = new QFormLayout;
    for (const QString &field : privacy::SubjectRights::rectifiableFields()) {
        auto *edit = new QLineEdit(m_before.value(field), this);
        edit->setObjectName(QStringLiteral("rectify_") + field);
        if (field == u"birth_date")
            edit->setPlaceholderText(tr("yyyy-mm-dd"));
        connect(edit, &QLineEdit::textChanged, this, &RectifyDialog::updateOk);
        m_edits.insert(field, edit);
        form->addRow(privacy::SubjectRights::fieldLabel(field) + u':', edit);
    }
    auto *note = makeLabel(tr("The corrected values replace the registry's at once and are recorded in the audit trail (which "
                              "fields, not their values). A later import keeps them unless you choose the file's values in its "
                              "preview."),
                           QStringLiteral("note"), this);
    note->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_ok->setText(tr("&Rectify"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(note);
    layout->addLayout(form);
    layout->addWidget(buttons);
    updateOk();
}

std::vector<privacy::FieldValue> RectifyDialog::changes() const
{
    std::vector<privacy::FieldValue> changed;
    for (const QString &field : privacy::SubjectRights::rectifiableFields()) {
        const QString text = m_edits.value(field)->text().trimmed();
        if (text != m_before.value(field))
            changed.push_back({field, text});
    }
    return changed;
}

void RectifyDialog::updateOk()
{
    m_ok->setEnabled(!changes().empty());
}

} // namespace portique::ui
