// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 Portique contributors
#pragma once

// The data protection impact assessment (AIPD, GDPR art. 35, PRIVACY.md §7) pre-filled from the
// live station: what the station itself can state (purposes, data, architectures in use,
// retention, recipients, security measures, cameras and zones, the experiment's bounds), and the
// parts only the DPO and the controller can write, marked "to be completed by the DPO".

#include "retention.h"

#include "reports/experiment.h"
#include "reports/padmeasurement.h"
#include "station/cameraconfig.h"
#include "visitors/zonemap.h"

#include <QDateTime>
#include <QImage>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QString>

#include <optional>

namespace portique::station {
struct StationServices;
}

namespace portique::privacy {

/// @brief What the station states about itself for the AIPD, read at one moment.
struct AipdFacts {
    QDateTime generatedAt;
    QString generatedBy;
    QString schoolName;
    QString schoolUai;
    QList<QPair<QString, QString>> components; ///< Portique and its libraries, with versions

    // People concerned (active on the day, unless said otherwise).
    int students = 0;
    int staff = 0;
    int others = 0;
    int minors = 0;
    int leftButHeld = 0; ///< people who left, still in the registry
    // Architectures in use: the current badges of active people.
    int typeOne = 0; ///< face lane, template in the badge (CNIL type 1)
    int typeTwo = 0; ///< face lane, template sealed in the station (CNIL type 2)
    int badgeOnly = 0;
    int withoutBadge = 0;
    int consentsInForce = 0;
    int consentsWithdrawn = 0;
    int visitorsHeld = 0;     ///< visitor records in the database (within their retention)
    int visitorsTracking = 0; ///< of which consented to indoor tracking
    int visitorTemplates = 0; ///< templates held now (visitors on site)
    int watchlistEntries = 0;

    QList<station::CameraConfig> cameras;
    visitors::ZoneMap zones;
    std::optional<reports::ExperimentDefinition> experiment;
    std::optional<reports::PadMeasurement> padMeasurement; ///< the last `portiquectl bench pad --record`
    qint64 faceWindowMs = 0;                               ///< how long a face lane waits for a live face (gate.face_window_ms)
    QList<RetentionRule> retention;

    // Security measures present.
    QString cipherVersion; ///< SQLCipher, as the open database reports it
    int agents = 0;
    int principals = 0;
    int dpos = 0;
    int lockoutAttempts = 0;
    int lockoutMinutes = 0;
    int autoLockMinutes = 0;
    bool signingKey = false; ///< an Ed25519 key signs badges and passes
    qint64 auditRecords = 0;
    bool auditIntact = false;
    int matchThresholdMilli = 0;
    int mismatchThresholdMilli = 0;
    int visitorMatchThresholdMilli = 0;

    QJsonObject toJson() const;
};

/// @brief Reads the facts from the live configuration and records (walks the audit chain to
/// state whether it is intact). On the caller's connection.
AipdFacts collectAipdFacts(station::StationServices &services, const QString &actor);

/// @brief The marker on every part the DPO completes by hand (translated: "À COMPLÉTER PAR LE DPO").
QString aipdToComplete();

/// @brief The pre-filled AIPD as an A4 PDF, replaced only once complete; std::runtime_error
/// (translated) when it cannot be written. Any thread but the GUI's.
void writeAipdPdf(const QString &path, const AipdFacts &facts);
/// @brief The same pages as images, for a preview on screen.
QList<QImage> renderAipdPages(const AipdFacts &facts, int dpi = 96);

} // namespace portique::privacy
