// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 Portique contributors
#pragma once

#include "stationcontext.h"
#include "vision/enrolmentcapture.h"
#include "visitors/visitor.h"
#include "visitors/visitorservice.h"
#include "visitors/watchlist.h"
#include "visitors/zonemap.h"

#include <QDialog>
#include <QImage>

#include <optional>
#include <vector>

class QCheckBox;
class QComboBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTimeEdit;
class QVBoxLayout;

namespace portique::ui {

class PassPrintDialog;
class VisitorPhoto;

/// @brief The desk's registration of a visitor, in under two minutes and by keyboard alone:
/// who, whom they visit and why, until when, escort, the zones of the pass, the photo from a desk
/// camera on the agent's key, once confirmed (VisitorPhoto: for the pass and the watchlist check;
/// kept in memory only; without a desk camera the visitor has no photo), and the tracking
/// consent with its plain-language notice. Register checks the watchlist first (each possible hit
/// must be confirmed or dismissed), then registers and opens the pass for printing. A refusal is
/// shown on the dialog and nothing typed is lost. GUI thread only; database work on the writer.
class VisitorDialog final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(VisitorDialog)

public:
    VisitorDialog(StationContext &context, QString agent, QWidget *parent = nullptr);
    ~VisitorDialog() override;

    /// @brief How long the photo capture watches before it keeps a face (tests shorten it).
    void setCaptureOptions(const vision::EnrolmentCapture::Options &options);
    /// @brief The settings, zones and staff names are loaded (Register works from then on).
    bool isReady() const { return m_ready; }
    /// @brief The last refusal or outcome shown on the dialog.
    QString message() const;
    /// @brief The visitor registered by this dialog, once done.
    const std::optional<visitors::Visitor> &registeredVisitor() const { return m_registered; }
    /// @brief Whether a face was captured and confirmed for the watchlist check and tracking.
    bool hasPhoto() const;
    /// @brief The descriptor request held on the camera while the photo is being taken (0: none):
    /// the camera describes the visitor only then, not from the dialog's opening (PRIVACY.md §1).
    int descriptorRequest() const;

public Q_SLOTS:
    /// @brief Starts taking the photo (Space on the preview, or the button): the desk camera
    /// describes the person in front until a usable face was seen long enough, or the time is up.
    void takePhoto();
    /// @brief Checks the watchlist, then registers (the Register button).
    void submit();

Q_SIGNALS:
    void ready();
    /// @brief A visitor was registered (the visitors page refreshes).
    void visitorRegistered(const QString &visitorId);
    /// @brief The registration was abandoned after a confirmed watchlist hit.
    void registrationRefused();

private:
    struct Loaded;
    void applyLoaded(const Loaded &loaded);
    void buildZones(const QList<visitors::Zone> &zones);
    visitors::VisitorDraft draft() const;
    QByteArray modelId() const;
    void setBusy(bool busy);
    void showMessage(const QString &text, const QString &role);
    void updateConsent();
    void reviewHits(std::vector<visitors::WatchlistHit> hits, std::size_t next);
    void registerNow();
    void openPass(const visitors::RegisteredVisitor &registered);
    void notifyTracking();

    StationContext &m_context;
    QString m_agent;
    bool m_ready = false;
    bool m_busy = false;
    // Loaded once from the settings.
    QString m_schoolName;
    bool m_printPhoto = true;

    QLineEdit *m_name;
    QLineEdit *m_organisation;
    QLineEdit *m_host;
    QLineEdit *m_purpose;
    QTimeEdit *m_departure;
    QLabel *m_departureNote;
    QCheckBox *m_escort;
    QGroupBox *m_zonesBox;
    QVBoxLayout *m_zonesLayout;
    QList<QCheckBox *> m_zones;
    QLineEdit *m_birthDate;
    QCheckBox *m_consent;
    QLabel *m_consentState;
    QLabel *m_notice;
    VisitorPhoto *m_photo;
    QLabel *m_message;
    QPushButton *m_register;
    QPushButton *m_cancel;

    QImage m_photoImage;                             ///< the confirmed photo, for the pass print only; never stored
    std::optional<visitors::VisitorDraft> m_checked; ///< the form as the watchlist checked it
    std::optional<visitors::Visitor> m_registered;
};

} // namespace portique::ui
