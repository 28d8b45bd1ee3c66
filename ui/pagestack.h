// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 Portique contributors
#pragma once

#include <QImage>
#include <QList>
#include <QScrollArea>

class QVBoxLayout;

namespace portique::ui {

/// @brief A4 documents on screen as the very pages that print (reports, subject exports, AIPD):
/// page images one under the other, centred, on a dark background, scrolling.
class PageStack final : public QScrollArea {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PageStack)

public:
    explicit PageStack(QWidget *parent = nullptr);

    /// Pages at about their printed size on a 96 dpi desk screen: render them at this resolution.
    static constexpr int screenDpi = 96;

    void setPages(const QList<QImage> &pages);
    void clear() { setPages({}); }
    int pageCount() const;

private:
    QWidget *m_host;
    QVBoxLayout *m_pages;
};

} // namespace portique::ui
