// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 Portique contributors
// Database's members for what lives beside the file rather than in it: keys derived from the
// database's key, and work that must follow a commit. Kept apart from database.cpp (the
// connection, its transactions and its cleanup) to keep each file readable.
#include "database.h"

#include <QtGlobal>

#include <exception>
#include <utility>

namespace portique::storage {

DatabaseKey Database::derivedKey(std::uint64_t subkeyId, const char (&context)[9]) const
{
    return m_derivationKey->derive(subkeyId, context);
}

void Database::afterCommit(std::function<void()> work)
{
    if (work && m_transactionDepth > 0) {
        m_afterCommit.emplace_back(m_transactionDepth, std::move(work));
        return;
    }
    // Outside a transaction: the queued work (taken out first, as it may open transactions), then @p work.
    auto queued = std::exchange(m_afterCommit, {});
    if (work)
        queued.emplace_back(0, std::move(work));
    for (auto &[depth, pending] : queued) {
        try {
            pending();
        } catch (const std::exception &error) {
            qWarning("after a commit to %s: %s", qPrintable(m_path), error.what());
        }
    }
}

} // namespace portique::storage
