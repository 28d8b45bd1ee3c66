// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 Portique contributors
#include "databasejob.h"

#include <QCoreApplication>

namespace portique::storage {

QString messageOf(const std::exception_ptr &error)
{
    try {
        std::rethrow_exception(error);
    } catch (const StorageError &e) {
        return e.message();
    } catch (const accounts::AccountError &e) {
        return e.message();
    } catch (const std::exception &e) {
        return QString::fromStdString(e.what());
    } catch (...) {
        return QCoreApplication::translate("Ui", "Unexpected error.");
    }
}

} // namespace portique::storage
