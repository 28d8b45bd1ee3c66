// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 Portique contributors
#pragma once

#include "privacy/purge.h"
#include "privacy/retention.h"
#include "stationcontext.h"

#include <QWidget>

#include <vector>

class QLabel;
class QPushButton;
class QSpinBox;
class QTableWidget;

namespace portique::ui {

/// @brief "Conservation": the retention period of each kind of data (edited by the DPO within its
/// legal bounds), the purge run now or previewed, and the history of the purges with their counts.
///
/// Every read and write is a job on the station's single writer (StationContext::writer); a purge
/// goes through StationContext::purge when the station runs one, so that it is never doubled.
/// GUI thread only.
class RetentionPage final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RetentionPage)

public:
    RetentionPage(StationContext &context, QString user, QWidget *parent = nullptr);

    /// @brief Reads the rules and the purge history again (unsaved periods are kept).
    void reload();
    /// @brief Saves the periods changed on screen, in one job, all or none.
    void save();
    /// @brief Puts each rule's default period into its field (saved by save()).
    void restoreDefaults();
    /// @brief Runs the purge now (through the station's scheduler when there is one).
    void purgeNow();
    /// @brief Counts what a purge would delete now, deleting nothing.
    void preview();

    /// @brief The sentence under the rules (saved, refused…) and the one of the purge (tests).
    QString rulesMessage() const;
    QString purgeMessage() const;
    /// @brief True from a purge or a preview asked until its result is on screen.
    bool isBusy() const { return m_busy; }

Q_SIGNALS:
    /// @brief The rules in force are on screen.
    void rulesShown();
    /// @brief The purge history is on screen.
    void historyShown();
    /// @brief Changed periods were saved (or the save was refused: rulesMessage() says why).
    void saveFinished(bool ok);
    /// @brief A purge or a preview ended; its counts are on screen (or purgeMessage() says why not).
    void purgeFinished(bool ok);

protected:
    void showEvent(QShowEvent *event) override;

private:
    struct Row {
        privacy::RetentionRule rule;
        int savedDays = 0;           ///< the period in the database when last read
        QLabel *label = nullptr;
        QSpinBox *days = nullptr;    ///< null for a fixed rule
        QLabel *fixed = nullptr;     ///< the fixed rule's period, in words
        QLabel *defaultDays = nullptr;
        QLabel *bounds = nullptr;
        QLabel *text = nullptr;      ///< when the data goes, following the period entered
    };

    QWidget *buildRules();
    QWidget *buildPurge();
    void loadRules();
    void loadHistory(qint64 selectSeq = 0);
    void displayRules(const QList<privacy::RetentionRule> &rules);
    void displayHistory(const std::vector<privacy::PurgeReport> &runs, qint64 selectSeq);
    void showDetail(const privacy::PurgeReport &report, const QString &caption);
    void showSelectedRun();
    void updateChanged();
    bool hasChanges() const;
    void setBusy(bool busy);
    void runFinished(const privacy::PurgeReport &report);
    void runFailed(const QString &message);
    void showRulesMessage(const QString &text, const QString &role);
    void showPurgeMessage(const QString &text, const QString &role);
    QString runSummary(const privacy::PurgeReport &report) const;

    StationContext &m_context;
    QString m_user;
    std::vector<Row> m_rows;
    QPushButton *m_save = nullptr;
    QPushButton *m_defaults = nullptr;
    QLabel *m_rulesMessage = nullptr;
    QPushButton *m_purgeNow = nullptr;
    QPushButton *m_preview = nullptr;
    QLabel *m_purgeMessage = nullptr;
    QTableWidget *m_history = nullptr;
    QLabel *m_detailCaption = nullptr;
    QTableWidget *m_detail = nullptr;
    std::vector<privacy::PurgeReport> m_runs; ///< the history on screen, newest first
    bool m_rulesLoaded = false;
    bool m_saving = false;
    bool m_busy = false;
    bool m_awaitingScheduler = false; ///< a run of StationContext::purge is going and its result wanted
    int m_rulesGeneration = 0;        ///< a newer read makes older results stale
    int m_historyGeneration = 0;
};

} // namespace portique::ui
