// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 Portique contributors
#include "aboutdialog.h"

#include "brandheader.h"
#include "station/versions.h"
#include "vision/facemodel.h"
#include "vision/facenetwork.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace portique::ui {

AboutDialog::AboutDialog(const StationContext &context, QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("About Portique"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(28, 24, 28, 20);
    layout->addWidget(new BrandHeader(context.schoolName, tr("Reception station for the entrance of a lycée"), this));
    auto *purpose = new QLabel(tr("Badge or QR code first; face comparison only with recorded consent, 1:1 against the "
                                  "template the person carries. No video and no student face image is kept."),
                               this);
    purpose->setWordWrap(true);
    purpose->setProperty("role", QStringLiteral("note"));
    layout->addWidget(purpose);

    auto *versions = new QFormLayout;
    for (const auto &[name, version] : station::componentVersions())
        versions->addRow(name, new QLabel(version, this));
    versions->addRow(tr("Database cipher"), new QLabel(QStringLiteral("SQLCipher ") + context.cipherVersion, this));
    const QString model = vision::FaceModel::installedSummary();
    auto *modelLabel = new QLabel(model.isEmpty() ? tr("not installed on this station (badge-only operation)") : model, this);
    modelLabel->setWordWrap(true);
    versions->addRow(tr("Face model"), modelLabel);
    versions->addRow(tr("Linear algebra"), new QLabel(vision::blasName(), this));
    layout->addLayout(versions);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
}

} // namespace portique::ui
