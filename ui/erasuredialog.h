// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 Portique contributors
#pragma once

#include "privacy/erasure.h"
#include "stationcontext.h"

#include <QDialog>

#include <optional>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace portique::ui {

/// @brief The confirmation of an erasure (GDPR art. 17, docs/privacy-operations.md "Erasure"):
/// first what would be deleted (privacy::Erasure::preview, on the writer), then the erasure itself
/// once the DPO has typed the subject's name or id. A refusal (a visitor still on site, an id that
/// names nobody) is shown in the dialog and nothing is erased. After the erasure the dialog shows
/// what went and offers only "Close". Works without a mouse: the confirmation field has the focus,
/// Enter erases once it matches, Escape cancels (not while the erasure runs). GUI thread only.
class ErasureDialog final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ErasureDialog)

public:
    /// Starts the preview of @p subjectId at once; @p user is the DPO, named in the audit record;
    /// @p name (as the search listed it) titles the dialog until the preview gives the registry's.
    ErasureDialog(StationContext &context, QString user, QString subjectId, const QString &name, QWidget *parent = nullptr);

    QString subjectId() const { return m_subjectId; }
    /// @brief What the erasure would delete, once counted.
    const std::optional<privacy::ErasureReport> &preview() const { return m_preview; }
    /// @brief What the erasure deleted, once done.
    const std::optional<privacy::ErasureReport> &report() const { return m_report; }
    /// @brief Whether the typed text is the subject's name or id (case and extra spaces ignored).
    bool confirmationMatches() const;
    /// @brief The sentence under the confirmation: progress, refusal or result (tests).
    QString message() const;
    /// @brief Erases, as the Erase button does: only once previewed and confirmed.
    void erase();
    /// @brief Cancels, unless the erasure is running (its result must still be shown).
    void reject() override;

Q_SIGNALS:
    /// @brief The counts are on screen; the confirmation can be typed.
    void previewLoaded(const privacy::ErasureReport &preview);
    /// @brief The subject was erased: @p report says what went.
    void erased(const privacy::ErasureReport &report);
    /// @brief The preview or the erasure was refused (or failed): nothing was erased.
    void refused(const QString &message);

private:
    void loadPreview();
    void showCounts(const privacy::ErasureReport &report);
    void showMessage(const QString &text, const QString &role);
    void updateEraseButton();
    void fail(const QString &message);
    void fitCounts();
    void fitHeight();

    StationContext &m_context;
    QString m_user;
    QString m_subjectId;
    QLabel *m_title;
    QLabel *m_intro;
    QTableWidget *m_counts;
    QLabel *m_warning;
    QLabel *m_consequences;
    QLabel *m_confirmLabel;
    QLineEdit *m_confirm;
    QLabel *m_message;
    QDialogButtonBox *m_buttons;
    QPushButton *m_erase;
    QPushButton *m_cancel;
    std::optional<privacy::ErasureReport> m_preview;
    std::optional<privacy::ErasureReport> m_report;
    bool m_busy = false;
};

} // namespace portique::ui
