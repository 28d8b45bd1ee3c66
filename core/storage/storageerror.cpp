// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 Portique contributors
#include "storageerror.h"

namespace portique::storage {

StorageError::StorageError(StorageErrorKind kind, const QString &message)
    : std::runtime_error(message.toStdString())
    , m_kind(kind)
    , m_message(message)
{
}

} // namespace portique::storage
