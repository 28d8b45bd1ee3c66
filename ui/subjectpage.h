// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 Portique contributors
#pragma once

#include "privacy/erasure.h"
#include "stationcontext.h"

#include <QPointer>
#include <QStringList>
#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;
class QStackedWidget;
class QStandardItemModel;
class QTableView;
class QTimer;

namespace portique::ui {

class ErasureDialog;
class PageStack;
class SubjectRightsBar;

/// @brief "Droits des personnes" (PRIVACY.md §4): the DPO finds a person or a visitor, exports
/// everything held about them (right of access: JSON + PDF, previewed here) or erases it (through
/// ErasureDialog); for a person, rectifies, restricts or records an objection (SubjectRightsBar). The search, the export and the erasure
/// are jobs on the station's single writer (each export and erasure audited there); files are written and pages drawn on a worker. GUI
/// thread only.
class SubjectPage final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SubjectPage)

public:
    SubjectPage(StationContext &context, QString user, QWidget *parent = nullptr);

    /// @brief Puts @p text in the search field and searches at once (typing searches after a pause).
    void search(const QString &text);
    /// @brief The ids listed, in order.
    QStringList resultIds() const;
    /// @brief Selects the listed subject @p id; false when it is not listed.
    bool selectSubject(const QString &id);
    /// @brief The selected subject's id, or empty.
    QString selectedSubject() const;
    /// @brief Exports the selected subject into @p folder (ID.json and ID.pdf) and previews the
    /// document, as "Export…" does after its folder dialog. Nothing selected: nothing happens.
    void exportTo(const QString &folder);
    /// @brief Opens the erasure dialog for the selected subject (window-modal, not blocking);
    /// null when nothing is selected. It deletes itself when closed.
    ErasureDialog *openErasure();
    /// @brief The rectification, restriction and objection buttons of the selected person.
    SubjectRightsBar *rights() const { return m_rights; }
    /// @brief Pages in the preview.
    int pageCount() const;
    /// @brief The sentence under the results: export written or refused, erasure done (tests).
    QString message() const;

Q_SIGNALS:
    /// @brief The results of the latest search are listed (stale searches never signal).
    void searched(int count);
    /// @brief An export was written (@p files: the JSON then the PDF) and its preview is shown.
    void exported(const QStringList &files, int records);
    /// @brief An export was refused or could not be written: message() says why.
    void exportFailed(const QString &message);
    /// @brief The erasure dialog erased a subject; the page listed the search again.
    void erasureDone(const privacy::ErasureReport &report);

private:
    void runSearch();
    void focusFirstResult();
    void chooseFolder();
    void updateButtons();
    void showMessage(const QString &text, const QString &role);
    void finishExport(bool ok);

    StationContext &m_context;
    QString m_user;
    QLineEdit *m_search;
    QTimer *m_searchDelay;
    QStandardItemModel *m_model;
    QTableView *m_results;
    QPushButton *m_export;
    QPushButton *m_erase;
    SubjectRightsBar *m_rights;
    QLabel *m_status;
    QLabel *m_message;
    QLabel *m_previewTitle;
    QStackedWidget *m_previewArea;
    PageStack *m_pages;
    QPointer<ErasureDialog> m_dialog;
    int m_searchGeneration = 0;
    bool m_searchPending = false;
    bool m_focusFirstWhenListed = false;
    bool m_exporting = false;
};

} // namespace portique::ui
