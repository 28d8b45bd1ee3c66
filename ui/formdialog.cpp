// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 Portique contributors
#include "formdialog.h"

#include "storage/databasejob.h"
#include "theme.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace portique::ui {

using storage::submitJob;

FormDialog::FormDialog(const StationContext &context, const QString &title, QWidget *parent)
    : QDialog(parent)
    , m_context(context)
    , m_form(new QFormLayout)
    , m_message(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(title);
    setMinimumWidth(420);
    m_message->setObjectName(QStringLiteral("formMessage"));
    m_message->setWordWrap(true);
    setTextRole(m_message, QStringLiteral("error"));
    auto *heading = new QLabel(title, this);
    heading->setProperty("role", QStringLiteral("subtitle"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(heading);
    layout->addLayout(m_form);
    layout->addWidget(m_message);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &FormDialog::submit);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

QString FormDialog::message() const
{
    return m_message->text();
}

void FormDialog::submit()
{
    const QString problem = m_check ? m_check() : QString();
    if (!problem.isEmpty()) {
        m_message->setText(problem);
        return;
    }
    m_buttons->setEnabled(false);
    m_message->clear();
    submitJob<void>(
        *m_context.writer, this, m_save(),
        [this] {
            m_buttons->setEnabled(true);
            accept();
        },
        [this](const QString &message) {
            m_buttons->setEnabled(true);
            m_message->setText(message);
        });
}

} // namespace portique::ui
