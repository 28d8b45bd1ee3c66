// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 Portique contributors
#pragma once

#include <QDate>
#include <QDateTime>
#include <QJsonObject>
#include <QString>

#include <map>
#include <optional>
#include <vector>

namespace portique::station {
struct StationServices;
}

namespace portique::reports {

/// @brief The principal's report of one school day (local day), built from the event, visitor,
/// alert and camera records. Every figure the screen and the PDF show is here, and in toJson().
struct DailyReport {
    struct Quarter {
        QTime start;     ///< local
        int granted = 0; ///< by the lane's decision (before any override)
        int refused = 0;
        int checkByHand = 0;
        int total() const { return granted + refused + checkByHand; }
    };
    struct VisitorRow {
        QString id;
        QString name;
        QString organisation;
        QString host;
        QDateTime arrivedAt;
        QDateTime expectedDeparture;
        QDateTime departedAt; ///< invalid: still on site
        QString departure;    ///< "desk", "automatic" or empty
        bool overstayed = false;
    };
    struct AlertRow {
        qint64 id = 0;
        QDateTime at;
        QString kind;
        QString where;
        QString details;
        QDateTime acknowledgedAt;
        QString acknowledgedBy;
        QString note;
    };
    struct CameraRow {
        QString camera;
        int outages = 0;
        double minutesLost = 0.0;
    };

    QDate day;
    QString schoolName;
    QDateTime generatedAt; ///< UTC
    bool partial = false;  ///< the day is today: figures so far

    int passages = 0;
    std::map<QString, int> outcomes;      ///< the lanes' decisions: granted, refused, check_by_hand
    std::map<QString, int> finalOutcomes; ///< after the agents' overrides
    std::map<QString, int> methods;       ///< face_lane, badge_only, visitor_pass, typed, manual
    std::map<QString, int> perLane;
    std::vector<Quarter> quarters; ///< from the first to the last quarter hour with a passage
    int overrides = 0;
    std::map<QString, int> overridesByReason;
    std::optional<qint64> latencyMedianMs;
    std::optional<qint64> latencyP95Ms;
    std::vector<int> latencyHistogram;     ///< classes of latencyBucketEdges()
    std::map<QString, int> refusalReasons; ///< first reason of each refused passage
    std::vector<VisitorRow> visitors;
    int overstays = 0;
    std::vector<AlertRow> alerts;
    std::map<QString, int> alertsByKind;
    int alertsOpen = 0;
    // Face-lane consents of the day, counted (issue 15): a lapse (end of the experiment or of the
    // school year, 18th birthday) apart from a withdrawal. Counts only: no names.
    int consentsGiven = 0;
    int consentsWithdrawn = 0;
    int consentsLapsed = 0;
    std::vector<CameraRow> cameras;

    QJsonObject toJson() const;
};

/// @brief Builds the report of @p day on the caller's connection (a reader or the writer).
DailyReport buildDailyReport(station::StationServices &services, const QDate &day);

/// @brief The method class of a passage for the reports: "visitor_pass", "manual", "typed",
/// "face_lane" or "badge_only".
QString methodClass(bool faceLane, const QString &methodId, const QStringList &reasons, const QString &visitorId);

} // namespace portique::reports
