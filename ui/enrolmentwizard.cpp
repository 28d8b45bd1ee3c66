// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 Portique contributors
#include "enrolmentwizard.h"

#include "badgeprintdialog.h"
#include "common/clock.h"
#include "enrolmentcapturepage.h"
#include "enrolmentconsentpage.h"
#include "enrolmentwizardstate.h"
#include "outputrecord.h"
#include "people/badgeprinting.h"
#include "station/stationservices.h"
#include "storage/databasejob.h"
#include "theme.h"
#include "vision/enrolmentcapture.h"
#include "vision/visionpipeline.h"

#include <QButtonGroup>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

namespace portique::ui {

// The pages have no Q_OBJECT: a bare tr() would be QWizardPage's, a context the translations (made
// under EnrolmentWizard's) never match. Their texts are EnrolmentWizard's.

using storage::submitJob;

namespace {

struct Loaded {
    std::vector<people::Guardian> guardians;
    bool consentInForce = false;
    bool printPhoto = false;
    QString schoolName;
};

} // namespace

QLabel *wizardNote(const QString &text, QWidget *parent)
{
    QLabel *label = makeLabel(text, QStringLiteral("note"), parent);
    label->setWordWrap(true);
    label->setTextFormat(Qt::RichText);
    return label;
}

// ---------------------------------------------------------------------------------------------
/// Page 1: the information notice and the alternative, before anything is captured (PRIVACY.md §3).
class EnrolmentWizard::Notice final : public QWizardPage {
public:
    Notice(State &state, QWidget *parent)
        : QWizardPage(parent)
        , m_state(state)
        , m_face(new QRadioButton(EnrolmentWizard::tr("Use the &face lane: I consent to the comparison of my face with my badge"), this))
        , m_badge(new QRadioButton(EnrolmentWizard::tr("&Badge only: no template of my face"), this))
        , m_status(makeLabel(QString(), QStringLiteral("note"), this))
    {
        setTitle(EnrolmentWizard::tr("Information before consent"));
        m_face->setObjectName(QStringLiteral("chooseFaceLane"));
        m_badge->setObjectName(QStringLiteral("chooseBadgeOnly"));
        auto *notice = wizardNote(
            EnrolmentWizard::tr(
                "<p><b>What the face lane does.</b> At the entrance, after you show your badge, a camera compares your face "
                "with the template of the person that badge belongs to (one-to-one). It never searches a face among other "
                "students.</p>"
                "<p><b>What is kept.</b> One template (a list of numbers computed from your face, not a photo), sealed into your "
                "badge or locked in the station by a key only your badge carries. No photo or video of you is kept: the images "
                "taken now are discarded at once.</p>"
                "<p><b>With a badge only,</b> no template of your face is ever computed: the lane camera only locates faces "
                "and, for the person standing at the lane, follows the eyes for a moment to see a blink; nothing of it is "
                "kept. Only a face-lane badge makes the station describe the face of whoever presents it.</p>"
                "<p><b>Your choice.</b> The face lane is optional. The badge-only lane is just as fast and looks exactly the same "
                "at the gate. Refusing changes nothing for you. You can withdraw your consent at any time at this desk, without "
                "giving a reason: it takes effect at once, and the same badge keeps working, badge-only.</p>"
                "<p><b>For a minor,</b> a legal representative must consent as well.</p>"
                "<p>Controller: the school. Contact: its data-protection officer. Legal basis: consent (GDPR art. 9-2-a).</p>"),
            this);
        notice->setObjectName(QStringLiteral("informationNotice"));
        auto *group = new QButtonGroup(this);
        group->addButton(m_face);
        group->addButton(m_badge);
        m_badge->setChecked(true); // nothing is preselected towards biometrics
        auto *layout = new QVBoxLayout(this);
        layout->addWidget(notice);
        layout->addSpacing(8);
        // The alternative first: it is the default, and the face lane only an option beside it.
        layout->addWidget(m_badge);
        layout->addWidget(m_face);
        layout->addWidget(m_status);
        layout->addStretch(1);
    }

    void initializePage() override
    {
        const bool cameras = m_state.context.pipeline && m_state.context.pipeline->cameraCount() > 0;
        m_face->setEnabled(cameras);
        QStringList notes;
        if (!cameras)
            notes << EnrolmentWizard::tr("No camera is running: only a badge-only badge can be issued now (%1).")
                         .arg(m_state.context.camerasUnavailable);
        if (m_state.consentInForce)
            notes << EnrolmentWizard::tr("%1 already uses the face lane: enrolling again replaces the template and the badge.")
                         .arg(m_state.person.displayName());
        m_status->setText(notes.join(QLatin1Char(' ')));
    }

    int nextId() const override { return m_face->isChecked() ? ConsentPage : BadgePage; }
    /// Nothing goes on before what the pages need about the person is loaded.
    bool isComplete() const override { return m_state.loaded; }
    void loaded()
    {
        initializePage();
        Q_EMIT completeChanged();
    }
    bool validatePage() override
    {
        m_state.faceLane = m_face->isChecked();
        return true;
    }

private:
    State &m_state;
    QRadioButton *m_face;
    QRadioButton *m_badge;
    QLabel *m_status;
};

// ---------------------------------------------------------------------------------------------
/// Page 4: the consent and template written in one transaction, the new badge issued and printed.
class EnrolmentWizard::Badge final : public QWizardPage {
public:
    Badge(State &state, EnrolmentWizard *wizard)
        : QWizardPage(wizard)
        , m_state(state)
        , m_wizard(wizard)
        , m_result(makeLabel(QString(), QStringLiteral("note"), this))
        , m_print(new QPushButton(EnrolmentWizard::tr("&Print the badge…"), this))
    {
        setTitle(EnrolmentWizard::tr("New badge"));
        m_result->setObjectName(QStringLiteral("enrolmentResult"));
        m_print->setObjectName(QStringLiteral("printBadge"));
        m_print->setEnabled(false);
        auto *layout = new QVBoxLayout(this);
        layout->addWidget(m_result);
        layout->addWidget(m_print, 0, Qt::AlignLeft);
        layout->addStretch(1);
        connect(m_print, &QPushButton::clicked, this, &Badge::openPrinting);
    }

    void initializePage() override
    {
        m_state.badge.reset();
        m_print->setEnabled(false);
        setTextRole(m_result, QStringLiteral("note"));
        m_result->setText(EnrolmentWizard::tr("Issuing the badge…"));
        const common::Clock *clock = m_state.context.clock;
        const QString id = m_state.person.id;
        const QString actor = m_state.actor;
        std::function<access::IssuedBadge(storage::Database &)> job;
        if (m_state.faceLane) {
            const vision::CaptureResult capture = *m_state.capture;
            const biometrics::FaceTemplate kept{m_state.context.pipeline->model().sha256.left(biometrics::FaceTemplate::modelIdSize),
                                                *capture.descriptor};
            job = [clock, id, actor, kept, capture, details = m_state.details](storage::Database &db) {
                return station::StationServices(db, *clock)
                    .enrolments.enrol(id, details, kept, people::CaptureMethod::Camera, capture.quality, capture.samples, actor)
                    .badge;
            };
        } else {
            job = [clock, id, actor](storage::Database &db) {
                station::StationServices services(db, *clock);
                // Someone who chose "badge only" after using the face lane withdraws by doing so.
                if (services.consents.current(id))
                    return services.enrolments.withdraw(id, actor);
                return services.enrolments.issueBadgeOnly(id, actor);
            };
        }
        submitJob<access::IssuedBadge>(
            *m_state.context.writer, this, job,
            [this](const access::IssuedBadge &badge) {
                m_state.badge = badge;
                m_state.capture.reset(); // the descriptor is in the badge (or locked away) now
                setTextRole(m_result, QStringLiteral("ok"));
                m_result->setText(m_state.faceLane
                                      ? EnrolmentWizard::tr("%1 is enrolled. Badge %2 is valid until %3; the previous badge is revoked.")
                                            .arg(m_state.person.displayName(), badge.record.serial,
                                                 QLocale().toString(badge.record.expiresOn, QLocale::ShortFormat))
                                      : EnrolmentWizard::tr("Badge-only badge %1 for %2, valid until %3; the previous badge is revoked.")
                                            .arg(badge.record.serial, m_state.person.displayName(),
                                                 QLocale().toString(badge.record.expiresOn, QLocale::ShortFormat)));
                m_print->setEnabled(true);
                Q_EMIT m_wizard->enrolmentChanged();
                Q_EMIT completeChanged();
                openPrinting();
            },
            [this](const QString &message) {
                setTextRole(m_result, QStringLiteral("error"));
                m_result->setText(message);
            });
    }

    bool isComplete() const override { return m_state.badge.has_value(); }

    void openPrinting()
    {
        if (!m_state.badge)
            return;
        auto *dialog = new BadgePrintDialog({people::badgeCard(m_state.person, *m_state.badge, m_state.schoolName, m_state.photo)}, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(dialog, &BadgePrintDialog::saved, this, [this](const QString &path) {
            recordOutput(this, m_state.context, {path, privacy::OutputKind::Badge, {m_state.person.id}});
        });
        dialog->open();
    }

private:
    State &m_state;
    EnrolmentWizard *m_wizard;
    QLabel *m_result;
    QPushButton *m_print;
};

// ---------------------------------------------------------------------------------------------
EnrolmentWizard::EnrolmentWizard(const StationContext &context, QString actor, people::Person person, QWidget *parent)
    : QWizard(parent)
    , m_state(std::make_unique<State>())
{
    m_state->context = context;
    m_state->actor = std::move(actor);
    m_state->person = std::move(person);
    m_state->today = context.clock->now().toLocalTime().date();
    setWindowTitle(EnrolmentWizard::tr("Enrolment — %1").arg(m_state->person.displayName()));
    setObjectName(QStringLiteral("enrolmentWizard"));
    setWizardStyle(QWizard::ClassicStyle);
    setOption(QWizard::NoBackButtonOnLastPage);
    setOption(QWizard::NoCancelButtonOnLastPage);
    setPage(NoticePage, new Notice(*m_state, this));
    setPage(ConsentPage, new Consent(*m_state, this));
    setPage(CapturePage, new Capture(*m_state, this));
    setPage(BadgePage, new Badge(*m_state, this));
    setStartId(NoticePage);
    setMinimumSize(720, 620);

    // What the pages need to know about the person, loaded once before they are shown.
    const common::Clock *clock = context.clock;
    submitJob<Loaded>(
        *context.writer, this,
        [clock, id = m_state->person.id](storage::Database &db) {
            station::StationServices services(db, *clock);
            return Loaded{services.people.guardiansOf(id), services.consents.current(id).has_value(),
                          services.settings.value(station::settings::printBadgePhoto) != 0,
                          services.settings.value(station::settings::schoolName)};
        },
        [this](const Loaded &loaded) {
            m_state->guardians = loaded.guardians;
            m_state->consentInForce = loaded.consentInForce;
            m_state->printPhoto = loaded.printPhoto;
            m_state->schoolName = loaded.schoolName;
            m_state->loaded = true;
            static_cast<Notice *>(page(NoticePage))->loaded();
        },
        [this](const QString &message) { QMessageBox::warning(this, windowTitle(), message); });
}

EnrolmentWizard::~EnrolmentWizard() = default;

int EnrolmentWizard::descriptorRequest() const
{
    return static_cast<const Capture *>(page(CapturePage))->request();
}

void EnrolmentWizard::done(int result)
{
    // Closed in the middle of a capture: the camera stops describing the person at once.
    static_cast<Capture *>(page(CapturePage))->stop();
    QWizard::done(result);
}

void EnrolmentWizard::setCaptureOptions(const vision::EnrolmentCapture::Options &options)
{
    m_state->captureOptions = options;
}

} // namespace portique::ui
