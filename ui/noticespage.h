// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 Portique contributors
#pragma once

#include "privacy/notice.h"
#include "stationcontext.h"

#include <QWidget>

#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace portique::ui {

class PageStack;

/// @brief "Notices": the information notices written from the configuration (full, for students,
/// for parents, the gate sign), previewed as the pages that print, saved as PDF; and the
/// controller's details they print (head of school, address, DPO's contact, where to read them).
/// Reading goes to the writer, drawing and writing files to a worker: never the GUI thread.
class NoticesPage final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NoticesPage)

public:
    NoticesPage(StationContext &context, QString user, QWidget *parent = nullptr);

    /// @brief Reads the configuration again and redraws the chosen notice.
    void reload();
    void setKind(privacy::NoticeKind kind);
    /// @brief Saves the controller's details typed in the form (audited), then redraws.
    void saveContacts();
    /// @brief Writes the previewed notice at @p path off the GUI thread, then records and audits it.
    void saveAs(const QString &path);

    int pageCount() const;
    QString message() const;
    /// @brief The previewed notice as text (empty before the first preview).
    QString previewText() const;

Q_SIGNALS:
    void shown();
    void saved(const QString &path);
    void contactsSaved();

protected:
    void showEvent(QShowEvent *event) override;

private:
    void showMessage(const QString &text, const QString &role);
    void render();
    void chooseFile();
    void fillContacts(const privacy::NoticeContacts &contacts);

    StationContext &m_context;
    QString m_user;
    QComboBox *m_kind;
    QLineEdit *m_head;
    QLineEdit *m_address;
    QLineEdit *m_dpoContact;
    QLineEdit *m_location;
    QPushButton *m_saveContacts;
    QPushButton *m_save;
    QLabel *m_message;
    PageStack *m_pages;
    std::optional<privacy::NoticeFacts> m_facts;
    std::optional<privacy::Notice> m_notice;
    int m_generation = 0;
    bool m_loaded = false;
};

} // namespace portique::ui
