// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 Portique contributors
#pragma once

#include "people/importservice.h"
#include "stationcontext.h"

#include <QDialog>

#include <optional>

class QCheckBox;
class QDialogButtonBox;
class QLabel;
class QPushButton;
class QTabWidget;
class QTreeWidget;
template <typename T> class QFutureWatcher;

namespace portique::ui {

/// @brief Imports a list of people: a SIECLE export (students or legal representatives) or a CSV.
/// The file is read off the GUI thread, compared with the registry by a read-only database job,
/// and shown (new, changed, leaving, refused records). Nothing is written before Apply, which runs
/// the whole import in one transaction. Use from the GUI thread only.
class ImportDialog final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ImportDialog)

public:
    ImportDialog(const StationContext &context, QString actor, QWidget *parent = nullptr);
    ~ImportDialog() override;

    /// @brief Reads @p path and shows what importing it would do (the file button's work; tests).
    void setFile(const QString &path);
    /// @brief Applies the previewed file (the Apply button's work).
    void apply();
    /// @brief Whether the import was applied.
    bool applied() const { return m_applied; }

    /// @brief Not while an import is being written: its outcome must be seen.
    void reject() override;

Q_SIGNALS:
    /// @brief The registry changed: the import was applied.
    void imported();

private:
    struct ParseOutcome;
    void chooseFile();
    void parsed();
    void showPreview(const people::ImportPreview &preview);
    void showRefusal(const QString &message);
    void updateApply();
    void resetView();

    const StationContext &m_context;
    QString m_actor;
    QString m_path;
    std::optional<people::ParsedImport> m_parsed;
    std::optional<people::ImportPreview> m_preview;
    QFutureWatcher<ParseOutcome> *m_parser;
    quint64 m_generation = 0;
    bool m_applying = false;
    bool m_applied = false;

    QLabel *m_file;
    QPushButton *m_choose;
    QLabel *m_source;
    QLabel *m_summary;
    QLabel *m_message;
    QTabWidget *m_tabs;
    QTreeWidget *m_added;
    QTreeWidget *m_changed;
    QTreeWidget *m_leaving;
    QLabel *m_leavingNote;
    QWidget *m_leavingPage;
    QTreeWidget *m_errors;
    QCheckBox *m_force;
    QCheckBox *m_overwriteRectified; ///< the DPO's choice: the file's values over rectified ones
    QDialogButtonBox *m_buttons;
    QPushButton *m_apply;
};

} // namespace portique::ui
