// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 Portique contributors
#include "statuspage.h"

#include "station/stationservices.h"
#include "storage/database.h"
#include "storage/databasejob.h"
#include "theme.h"
#include "vision/visionpipeline.h"

#include <QCoreApplication>
#include <QFrame>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QLocale>
#include <QVBoxLayout>

namespace portique::ui {

using storage::submitJob;
namespace {

struct Health {
    int schemaVersion = 0;
    qint64 auditRecords = 0;
    QDateTime lastAudit;
    qint64 autoLockMinutes = 0;
    qint64 users = 0;
};

// A framed block with an icon and a heading: one subject per card, read at a glance.
QFrame *card(const QString &icon, const QString &heading, const QList<QWidget *> &content, QWidget *parent)
{
    auto *frame = new QFrame(parent);
    frame->setFrameShape(QFrame::StyledPanel);
    frame->setProperty("role", QStringLiteral("card"));
    auto *label = new QLabel(heading, frame);
    label->setProperty("role", QStringLiteral("section"));
    auto *top = new QHBoxLayout;
    if (!icon.isEmpty()) {
        auto *picture = new QLabel(frame);
        picture->setPixmap(QIcon(icon).pixmap(32, 32));
        top->addWidget(picture);
    }
    top->addWidget(label, 1);
    auto *layout = new QVBoxLayout(frame);
    layout->setContentsMargins(18, 14, 18, 18);
    layout->setSpacing(8);
    layout->addLayout(top);
    for (QWidget *widget : content) {
        widget->setParent(frame);
        layout->addWidget(widget);
    }
    layout->addStretch(1);
    return frame;
}

QString allowedWork(accounts::Role role)
{
    using accounts::Permission;
    QStringList work;
    if (accounts::roleAllows(role, Permission::OperateGate))
        work << QCoreApplication::translate("Ui", "entrance lanes and visitors");
    if (accounts::roleAllows(role, Permission::ReadReports))
        work << QCoreApplication::translate("Ui", "daily and experiment reports");
    if (accounts::roleAllows(role, Permission::ManagePrivacy))
        work << QCoreApplication::translate("Ui", "consents, retention, subject rights and the audit trail");
    if (accounts::roleAllows(role, Permission::ManageUsers))
        work << QCoreApplication::translate("Ui", "users and station settings");
    else if (accounts::roleAllows(role, Permission::ManageSettings))
        work << QCoreApplication::translate("Ui", "station settings");
    return work.join(QStringLiteral(" · "));
}

QString reasonText(vision::DescriptorReason reason)
{
    switch (reason) {
    case vision::DescriptorReason::FaceLaneCredential:
        return StatusPage::tr("After a face-lane badge");
    case vision::DescriptorReason::Enrolment:
        return StatusPage::tr("Enrolment");
    case vision::DescriptorReason::VisitorTracking:
        return StatusPage::tr("Visitor tracking");
    case vision::DescriptorReason::VisitorRegistration:
        break;
    }
    return StatusPage::tr("Visitor's desk photo");
}

} // namespace

StatusPage::StatusPage(const StationContext &context, accounts::User user, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
    , m_user(std::move(user))
    , m_database(new QLabel(this))
    , m_audit(new QLabel(this))
    , m_session(new QLabel(this))
{
    m_database->setObjectName(QStringLiteral("databaseHealth"));
    m_audit->setObjectName(QStringLiteral("auditHealth"));
    for (QLabel *label : {m_database, m_audit, m_session}) {
        label->setWordWrap(true);
        label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    }
    auto *who = new QLabel(tr("<b>%1</b> — %2").arg(m_user.displayName.toHtmlEscaped(), accounts::roleLabel(m_user.role)), this);
    who->setObjectName(QStringLiteral("whoAmI"));
    auto *work = new QLabel(tr("Your role gives access to: %1.").arg(allowedWork(m_user.role)), this);
    work->setWordWrap(true);
    work->setProperty("role", QStringLiteral("note"));

    auto *title = new QLabel(m_context.schoolName, this);
    title->setProperty("role", QStringLiteral("title"));
    auto *grid = new QGridLayout;
    grid->setSpacing(16);
    grid->addWidget(card(QStringLiteral(":/icons/user.svg"), tr("Session"), {who, work, m_session}, this), 0, 0);
    grid->addWidget(card(QStringLiteral(":/icons/database.svg"), tr("Database"), {m_database}, this), 0, 1);
    grid->addWidget(card(QStringLiteral(":/icons/chain.svg"), tr("Audit trail"), {m_audit}, this), 1, 0);
    if (m_context.pipeline && m_context.pipeline->cameraCount() > 0) {
        auto *why = new QLabel(tr("A gate camera describes a face only after a face-lane badge was presented at its lane, "
                                  "and only the person presenting it; the desk only while it enrols or photographs someone."),
                               this);
        why->setWordWrap(true);
        why->setProperty("role", QStringLiteral("note"));
        // Across the page: a column per reason needs the room.
        QFrame *descriptors = card(QString(), tr("Descriptors computed"), {why, buildDescriptors()}, this);
        grid->addWidget(descriptors, 2, 0, 1, 2);
        m_descriptorsTimer.setInterval(descriptorsRefreshMs);
        connect(&m_descriptorsTimer, &QTimer::timeout, this, &StatusPage::refreshDescriptors);
    }
    grid->setColumnStretch(0, 1);
    grid->setColumnStretch(1, 1);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 20, 24, 20);
    layout->setSpacing(16);
    layout->addWidget(title);
    layout->addLayout(grid);
    layout->addStretch(1);
}

void StatusPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    reload();
    if (m_descriptors) {
        refreshDescriptors();
        m_descriptorsTimer.start();
    }
}

void StatusPage::hideEvent(QHideEvent *event)
{
    QWidget::hideEvent(event);
    m_descriptorsTimer.stop();
}

QWidget *StatusPage::buildDescriptors()
{
    // One row per camera, one column per reason: the zero in the last column is the point.
    auto *table = new QWidget(this);
    table->setObjectName(QStringLiteral("descriptorCounts"));
    m_descriptors = new QGridLayout(table);
    m_descriptors->setContentsMargins(0, 4, 0, 0);
    m_descriptors->setHorizontalSpacing(28);
    m_descriptors->setVerticalSpacing(4);
    const auto header = [table](const QString &text) {
        auto *label = new QLabel(text, table);
        label->setProperty("role", QStringLiteral("note"));
        return label;
    };
    m_descriptors->addWidget(header(tr("Camera")), 0, 0);
    for (int r = 0; r < vision::descriptorReasonCount; ++r)
        m_descriptors->addWidget(header(reasonText(vision::DescriptorReason(r))), 0, r + 1, Qt::AlignRight);
    m_descriptors->addWidget(header(tr("Without a face-lane badge presented")), 0, vision::descriptorReasonCount + 1, Qt::AlignRight);
    vision::VisionPipeline *pipeline = m_context.pipeline;
    for (int camera = 0; camera < pipeline->cameraCount(); ++camera) {
        m_descriptors->addWidget(new QLabel(pipeline->camera(camera).name(), table), camera + 1, 0);
        for (int column = 1; column <= vision::descriptorReasonCount + 1; ++column) {
            auto *count = new QLabel(table);
            count->setObjectName(QStringLiteral("descriptors-%1-%2")
                                     .arg(camera)
                                     .arg(column <= vision::descriptorReasonCount
                                              ? vision::descriptorReasonId(vision::DescriptorReason(column - 1))
                                              : QStringLiteral("without_request")));
            m_descriptors->addWidget(count, camera + 1, column, Qt::AlignRight);
        }
    }
    // Columns at their words' width, the room left over after them: a number stays under its heading.
    m_descriptors->setColumnStretch(vision::descriptorReasonCount + 2, 1);
    return table;
}

void StatusPage::refreshDescriptors()
{
    vision::VisionPipeline *pipeline = m_context.pipeline;
    if (!m_descriptors || !pipeline)
        return;
    const QLocale locale;
    for (int camera = 0; camera < pipeline->cameraCount(); ++camera) {
        const vision::CameraCounters counters = pipeline->counters(camera);
        for (int r = 0; r < vision::descriptorReasonCount; ++r) {
            if (auto *label = qobject_cast<QLabel *>(m_descriptors->itemAtPosition(camera + 1, r + 1)->widget()))
                label->setText(locale.toString(counters.descriptorsByReason[std::size_t(r)]));
        }
        if (auto *label = qobject_cast<QLabel *>(m_descriptors->itemAtPosition(camera + 1, vision::descriptorReasonCount + 1)->widget())) {
            label->setText(locale.toString(counters.descriptorsWithoutRequest));
            // Red means act (UI.md): a descriptor nobody asked for is a privacy fault, said as such.
            setTextRole(label, counters.descriptorsWithoutRequest == 0 ? QStringLiteral("ok") : QStringLiteral("error"));
        }
    }
}

void StatusPage::reload()
{
    const common::Clock *clock = m_context.clock;
    submitJob<Health>(
        *m_context.writer, this,
        [clock](storage::Database &db) {
            station::StationServices services(db, *clock);
            Health health;
            health.schemaVersion = db.schemaVersion();
            health.auditRecords = services.audit.count();
            const auto newest = services.audit.newest(1);
            health.lastAudit = newest.isEmpty() ? QDateTime() : newest.constFirst().at;
            health.autoLockMinutes = services.settings.value(station::settings::autoLockMinutes);
            health.users = services.users.list().size();
            return health;
        },
        [this](const Health &health) {
            setTextRole(m_database, QStringLiteral("ok"));
            m_database->setText(tr("✓ Encrypted (SQLCipher %1), schema version %2, %n user(s).", nullptr, static_cast<int>(health.users))
                                    .arg(m_context.cipherVersion)
                                    .arg(health.schemaVersion)
                                + QStringLiteral("<br><span style='font-weight:normal'>") + m_context.databasePath.toHtmlEscaped()
                                + QStringLiteral("</span>"));
            m_audit->setText(tr("%n record(s); the latest on %1.", nullptr, static_cast<int>(health.auditRecords))
                                 .arg(QLocale().toString(health.lastAudit.toLocalTime(), QStringLiteral("dddd d MMMM yyyy, HH:mm"))));
            m_session->setText(tr("The station locks itself after %n minute(s) without activity (Ctrl+L locks it now).", nullptr,
                                  static_cast<int>(health.autoLockMinutes)));
        },
        [this](const QString &message) {
            setTextRole(m_database, QStringLiteral("error"));
            m_database->setText(tr("✕ %1").arg(message));
        });
}

} // namespace portique::ui
