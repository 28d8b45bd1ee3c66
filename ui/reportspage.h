// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 Portique contributors
#pragma once

#include "reports/dailyreport.h"
#include "reports/experiment.h"
#include "stationcontext.h"

#include <QWidget>

#include <optional>
#include <variant>

class QComboBox;
class QDateEdit;
class QLabel;
class QPushButton;

namespace portique::ui {

class PageStack;

/// @brief "Rapports": the principal's daily report and the experiment evaluation, on screen as the
/// very pages that print (drawn on a worker thread), with a date picker, print and save as PDF.
class ReportsPage final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReportsPage)

public:
    ReportsPage(StationContext &context, QString user, QWidget *parent = nullptr);

    enum class Kind { Daily, Experiment };
    void show(Kind kind, const QDate &day);
    /// @brief The pages on screen (tests, screenshots).
    int pageCount() const;
    QString message() const;
    void saveAs(const QString &path);

Q_SIGNALS:
    /// @brief A report was built and its pages are on screen (or its absence explained).
    void shown();
    void saved(const QString &path);

private:
    using Report = std::variant<reports::DailyReport, reports::ExperimentReport>;
    void reload();
    void display(const Report &report, const QList<QImage> &pages);
    void showMessage(const QString &text, const QString &role);
    void print();
    void savePdf();

    StationContext &m_context;
    QString m_user;
    QComboBox *m_kind;
    QDateEdit *m_day;
    QPushButton *m_today;
    QPushButton *m_print;
    QPushButton *m_save;
    QLabel *m_message;
    PageStack *m_pages;
    std::optional<Report> m_report;
    int m_generation = 0; ///< a newer request makes older results stale
};

} // namespace portique::ui
