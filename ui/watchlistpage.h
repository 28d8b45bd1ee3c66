// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 Portique contributors
#pragma once

#include "stationcontext.h"
#include "visitors/watchlist.h"

#include <QDialog>
#include <QPointer>
#include <QWidget>

#include <functional>
#include <vector>

class QComboBox;
class QDateEdit;
class QDialogButtonBox;
class QImage;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace portique::ui {

/// @brief "Add to the watchlist": kind, name, date of birth (optional), reference photo
/// (optional), details. The photo's face is read in a worker thread (never on the GUI thread);
/// a photo without a usable face is said so and nothing is saved. GUI thread only.
class WatchlistEntryDialog final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WatchlistEntryDialog)

public:
    WatchlistEntryDialog(StationContext &context, QString actor, QWidget *parent = nullptr);

    /// @brief Reads the photo's face if there is one, then saves, as the OK button does.
    void submit();
    /// @brief The refusal or progress shown (tests).
    QString message() const;
    bool isBusy() const { return m_busy; }

Q_SIGNALS:
    void added(qint64 id);

private:
    /// What the worker made of the reference photo.
    struct Photo;
    void choosePhoto();
    void save(const Photo &photo);
    void setBusy(bool busy, const QString &message);

    StationContext &m_context;
    QString m_actor;
    QComboBox *m_kind;
    QLineEdit *m_name;
    QDateEdit *m_birthDate;
    QLineEdit *m_photo;
    QLineEdit *m_details;
    QLabel *m_message;
    QDialogButtonBox *m_buttons;
    bool m_busy = false;
};

/// @brief Administration › Watchlist: the people an administrator entered as banned from the
/// school or under a custody restriction; visitors are checked against it at registration. Add,
/// remove (confirmed); every change is audited by the core. GUI thread only.
class WatchlistPage final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WatchlistPage)

public:
    using Confirmation = std::function<bool(QWidget *parent, const QString &title, const QString &text)>;

    WatchlistPage(StationContext &context, QString actor, QWidget *parent = nullptr);

    void reload();
    /// @brief Opens the add dialog (the "Add…" button).
    WatchlistEntryDialog *openAddDialog();
    WatchlistEntryDialog *addDialog() const { return m_dialog; }
    /// @brief Removes the selected entry after confirmation.
    void removeSelected();
    bool selectEntry(qint64 id);
    const std::vector<visitors::WatchlistEntry> &entries() const { return m_entries; }
    bool isLoaded() const { return m_loaded; }
    /// @brief Replaces the confirmation question (tests answer it themselves).
    void setConfirmation(Confirmation confirmation) { m_confirm = std::move(confirmation); }

Q_SIGNALS:
    void reloaded();

protected:
    void showEvent(QShowEvent *event) override;

private:
    void display(const std::vector<visitors::WatchlistEntry> &entries, const std::vector<QImage> &thumbnails);

    StationContext &m_context;
    QString m_actor;
    std::vector<visitors::WatchlistEntry> m_entries;
    QTableWidget *m_table;
    QPushButton *m_remove;
    QLabel *m_message;
    QPointer<WatchlistEntryDialog> m_dialog;
    Confirmation m_confirm;
    bool m_loaded = false;
};

} // namespace portique::ui
