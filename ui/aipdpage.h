// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 Portique contributors
#pragma once

#include "privacy/aipd.h"
#include "stationcontext.h"

#include <QWidget>

#include <optional>

class QLabel;
class QPushButton;

namespace portique::ui {

class PageStack;

/// @brief "AIPD": the impact assessment pre-filled from the live configuration (cameras, zones,
/// retention, roles, thresholds, audit state), previewed as the pages that print and saved as PDF
/// for the DPO to complete the marked sections.
class AipdPage final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AipdPage)

public:
    AipdPage(StationContext &context, QString user, QWidget *parent = nullptr);

    /// @brief Reads the live facts again and redraws the pages.
    void reload();
    void saveAs(const QString &path);
    int pageCount() const;
    QString message() const;

Q_SIGNALS:
    void shown();
    void saved(const QString &path);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void showMessage(const QString &text, const QString &role);
    void chooseFile();

    StationContext &m_context;
    QString m_user;
    QPushButton *m_refresh;
    QPushButton *m_save;
    QLabel *m_message;
    PageStack *m_pages;
    std::optional<privacy::AipdFacts> m_facts;
    int m_generation = 0;
    bool m_loaded = false;
};

} // namespace portique::ui
