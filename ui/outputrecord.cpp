// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 Portique contributors
#include "outputrecord.h"

#include "stationcontext.h"
#include "storage/databasejob.h"

#include <QCoreApplication>
#include <QDir>
#include <QMessageBox>
#include <QPointer>
#include <QWidget>

namespace portique::ui {

void recordOutput(QWidget *parent, const StationContext &context, privacy::OutputFile file)
{
    if (!context.writer || !context.clock)
        return;
    const common::Clock *clock = context.clock;
    const QString path = file.path;
    QPointer<QWidget> owner(parent);
    storage::submitJob<bool>(
        *context.writer, context.writer,
        [clock, file = std::move(file)](storage::Database &db) {
            privacy::OutputLog(db, *clock).record(file);
            return true;
        },
        [](bool) {},
        [owner, path](const QString &message) {
            QMessageBox::warning(
                owner, QCoreApplication::translate("Ui", "File not noted"),
                QCoreApplication::translate("Ui", "%1 was written, but the station could not note it in its list of written files "
                                                  "(%2): erasing someone it concerns will not point at it. Delete it once it is "
                                                  "no longer needed.")
                    .arg(QDir::toNativeSeparators(path), message));
        });
}

} // namespace portique::ui
