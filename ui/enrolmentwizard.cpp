// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 Portique contributors
#include "enrolmentwizard.h"

#include "badgeprintdialog.h"
#include "cameratile.h"
#include "common/clock.h"
#include "outputrecord.h"
#include "people/badgeprinting.h"
#include "people/importfile.h"
#include "station/stationservices.h"
#include "storage/databasejob.h"
#include "theme.h"
#include "vision/enrolmentcapture.h"
#include "vision/visionpipeline.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QElapsedTimer>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

namespace portique::ui {

using storage::submitJob;

/// What the pages share: the person, what was loaded about them, what was decided and captured.
struct EnrolmentWizard::State {
    StationContext context;
    QString actor;
    people::Person person;
    QDate today;
    bool loaded = false;
    std::vector<people::Guardian> guardians;
    bool consentInForce = false;
    bool printPhoto = false;
    QString schoolName;
    bool faceLane = true;
    vision::EnrolmentCapture::Options captureOptions;
    people::ConsentDetails details;
    std::optional<vision::CaptureResult> capture;
    QImage photo; ///< only when the badge prints one; dropped with the wizard
    std::optional<access::IssuedBadge> badge;
};

namespace {

struct Loaded {
    std::vector<people::Guardian> guardians;
    bool consentInForce = false;
    bool printPhoto = false;
    QString schoolName;
};

QLabel *wrapped(const QString &text, QWidget *parent)
{
    QLabel *label = makeLabel(text, QStringLiteral("note"), parent);
    label->setWordWrap(true);
    label->setTextFormat(Qt::RichText);
    return label;
}

} // namespace

// ---------------------------------------------------------------------------------------------
/// Page 1: the information notice and the alternative, before anything is captured (PRIVACY.md §3).
class EnrolmentWizard::Notice final : public QWizardPage {
public:
    Notice(State &state, QWidget *parent)
        : QWizardPage(parent)
        , m_state(state)
        , m_face(new QRadioButton(tr("Use the &face lane: I consent to the comparison of my face with my badge"), this))
        , m_badge(new QRadioButton(tr("&Badge only: no template of my face"), this))
        , m_status(makeLabel(QString(), QStringLiteral("note"), this))
    {
        setTitle(tr("Information before consent"));
        m_face->setObjectName(QStringLiteral("chooseFaceLane"));
        m_badge->setObjectName(QStringLiteral("chooseBadgeOnly"));
        auto *notice =
            wrapped(tr("<p><b>What the face lane does.</b> At the entrance, after you show your badge, a camera compares your face "
                       "with the template of the person that badge belongs to (one-to-one). It never searches a face among other "
                       "students.</p>"
                       "<p><b>What is kept.</b> One template (a list of numbers computed from your face, not a photo), sealed into your "
                       "badge or locked in the station by a key only your badge carries. No photo or video of you is kept: the images "
                       "taken now are discarded at once.</p>"
                       "<p><b>With a badge only,</b> no template of your face is ever computed: the lane camera only locates faces "
                       "and, for the person standing at the lane, follows the eyes for a moment to see a blink; nothing of it is "
                       "kept. Only a face-lane badge makes the station describe the face of whoever presents it.</p>"
                       "<p><b>Your choice.</b> The face lane is optional. The badge-only lane is just as fast and looks exactly the same "
                       "at the gate. Refusing changes nothing for you. You can withdraw your consent at any time at this desk: the "
                       "template is deleted at once and you receive a badge without it.</p>"
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
        layout->addWidget(m_face);
        layout->addWidget(m_badge);
        layout->addWidget(m_status);
        layout->addStretch(1);
    }

    void initializePage() override
    {
        const bool cameras = m_state.context.pipeline && m_state.context.pipeline->cameraCount() > 0;
        m_face->setEnabled(cameras);
        QStringList notes;
        if (!cameras)
            notes << tr("No camera is running: only a badge-only badge can be issued now (%1).").arg(m_state.context.camerasUnavailable);
        if (m_state.consentInForce)
            notes << tr("%1 already uses the face lane: enrolling again replaces the template and the badge.").arg(m_state.person.displayName());
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
/// Page 2: who consents, how it was collected, where the template will live.
class EnrolmentWizard::Consent final : public QWizardPage {
public:
    Consent(State &state, QWidget *parent)
        : QWizardPage(parent)
        , m_state(state)
        , m_givenBy(new QLineEdit(this))
        , m_guardian(new QComboBox(this))
        , m_relationship(new QComboBox(this))
        , m_inPerson(new QRadioButton(tr("In &person, at this desk"), this))
        , m_paper(new QRadioButton(tr("&Paper form, reference:"), this))
        , m_reference(new QLineEdit(this))
        , m_onBadge(new QRadioButton(tr("On the &badge (recommended): the station keeps no template"), this))
        , m_inDatabase(new QRadioButton(tr("In the station, &locked by a key that only the badge carries"), this))
        , m_minorNote(makeLabel(QString(), QStringLiteral("note"), this))
    {
        setTitle(tr("Consent"));
        m_givenBy->setObjectName(QStringLiteral("consentBy"));
        m_guardian->setObjectName(QStringLiteral("guardianName"));
        m_relationship->setObjectName(QStringLiteral("guardianRelationship"));
        m_reference->setObjectName(QStringLiteral("formReference"));
        m_inPerson->setObjectName(QStringLiteral("channelInPerson"));
        m_paper->setObjectName(QStringLiteral("channelPaper"));
        m_onBadge->setObjectName(QStringLiteral("typeOne"));
        m_inDatabase->setObjectName(QStringLiteral("typeTwo"));
        m_guardian->setEditable(true);
        m_relationship->setEditable(true);
        for (const char *code : {"10", "20", "50", "37", "38", "39", "41", "42", "51", "90"})
            m_relationship->addItem(people::relationshipLabel(QString::fromLatin1(code)), QString::fromLatin1(code));
        m_relationship->setCurrentIndex(-1);
        // Two explicit groups: radio buttons of one page would otherwise exclude each other.
        auto *channel = new QButtonGroup(this);
        channel->addButton(m_inPerson);
        channel->addButton(m_paper);
        auto *architecture = new QButtonGroup(this);
        architecture->addButton(m_onBadge);
        architecture->addButton(m_inDatabase);
        m_inPerson->setChecked(true);
        m_onBadge->setChecked(true);

        auto *form = new QFormLayout;
        form->addRow(tr("Consent given &by:"), m_givenBy);
        m_guardianLabel = new QLabel(tr("Legal &representative:"), this);
        m_guardianLabel->setBuddy(m_guardian);
        form->addRow(m_guardianLabel, m_guardian);
        m_relationshipLabel = new QLabel(tr("Re&lationship:"), this);
        m_relationshipLabel->setBuddy(m_relationship);
        form->addRow(m_relationshipLabel, m_relationship);
        auto *paperRow = new QHBoxLayout;
        paperRow->addWidget(m_paper);
        paperRow->addWidget(m_reference, 1);
        auto *channelBox = new QGroupBox(tr("Collected"), this);
        auto *channelLayout = new QVBoxLayout(channelBox);
        channelLayout->addWidget(m_inPerson);
        channelLayout->addLayout(paperRow);
        auto *architectureBox = new QGroupBox(tr("Where the template is kept"), this);
        auto *architectureLayout = new QVBoxLayout(architectureBox);
        architectureLayout->addWidget(m_onBadge);
        architectureLayout->addWidget(m_inDatabase);
        auto *layout = new QVBoxLayout(this);
        layout->addWidget(m_minorNote);
        layout->addLayout(form);
        layout->addWidget(channelBox);
        layout->addWidget(architectureBox);
        layout->addStretch(1);

        for (QLineEdit *edit : {m_givenBy, m_reference})
            connect(edit, &QLineEdit::textChanged, this, &QWizardPage::completeChanged);
        connect(m_guardian, &QComboBox::currentTextChanged, this, [this] {
            // A representative picked from the SIECLE list brings their relationship.
            const int index = m_guardian->findText(m_guardian->currentText());
            if (index >= 0 && !m_guardian->itemData(index).toString().isEmpty()) {
                const int relation = m_relationship->findData(m_guardian->itemData(index));
                if (relation >= 0)
                    m_relationship->setCurrentIndex(relation);
            }
            Q_EMIT completeChanged();
        });
        connect(m_relationship, &QComboBox::currentTextChanged, this, &QWizardPage::completeChanged);
        connect(m_paper, &QRadioButton::toggled, this, [this](bool paper) {
            m_reference->setEnabled(paper);
            Q_EMIT completeChanged();
        });
        m_reference->setEnabled(false);
    }

    void initializePage() override
    {
        const bool minor = m_state.person.minorOn(m_state.today);
        m_givenBy->setText(m_state.person.firstName + QLatin1Char(' ') + m_state.person.familyName);
        m_guardian->clear();
        for (const people::Guardian &guardian : m_state.guardians)
            m_guardian->addItem(guardian.firstName + QLatin1Char(' ') + guardian.familyName, guardian.relationship);
        m_guardian->setCurrentIndex(-1);
        for (QWidget *widget : {static_cast<QWidget *>(m_guardian), static_cast<QWidget *>(m_relationship),
                                static_cast<QWidget *>(m_guardianLabel), static_cast<QWidget *>(m_relationshipLabel)})
            widget->setVisible(minor);
        m_minorNote->setText(minor ? tr("%1 is a minor: a legal representative consents as well.").arg(m_state.person.displayName())
                                   : tr("%1 is an adult and consents alone.").arg(m_state.person.displayName()));
    }

    bool isComplete() const override
    {
        if (m_givenBy->text().trimmed().isEmpty())
            return false;
        if (m_state.person.minorOn(m_state.today)
            && (m_guardian->currentText().trimmed().isEmpty() || m_relationship->currentText().trimmed().isEmpty()))
            return false;
        return !m_paper->isChecked() || !m_reference->text().trimmed().isEmpty();
    }

    bool validatePage() override
    {
        people::ConsentDetails &d = m_state.details;
        d.givenBy = m_givenBy->text().trimmed();
        const bool minor = m_state.person.minorOn(m_state.today);
        d.guardianName = minor ? m_guardian->currentText().trimmed() : QString();
        const int relation = m_relationship->findText(m_relationship->currentText());
        d.guardianRelationship = !minor ? QString()
            : relation >= 0            ? m_relationship->itemData(relation).toString()
                                       : m_relationship->currentText().trimmed();
        d.channel = m_paper->isChecked() ? privacy::ConsentChannel::Paper : privacy::ConsentChannel::InPerson;
        d.channelReference = m_paper->isChecked() ? m_reference->text().trimmed() : QString();
        d.architecture = m_inDatabase->isChecked() ? access::TemplateArchitecture::InDatabase : access::TemplateArchitecture::OnBadge;
        return true;
    }

private:
    State &m_state;
    QLineEdit *m_givenBy;
    QComboBox *m_guardian;
    QComboBox *m_relationship;
    QLabel *m_guardianLabel = nullptr;
    QLabel *m_relationshipLabel = nullptr;
    QRadioButton *m_inPerson;
    QRadioButton *m_paper;
    QLineEdit *m_reference;
    QRadioButton *m_onBadge;
    QRadioButton *m_inDatabase;
    QLabel *m_minorNote;
};

// ---------------------------------------------------------------------------------------------
/// Page 3: live capture with hints and liveness; one template kept, every image dropped.
class EnrolmentWizard::Capture final : public QWizardPage {
public:
    Capture(State &state, QWidget *parent)
        : QWizardPage(parent)
        , m_state(state)
        , m_pipeline(state.context.pipeline)
        , m_camera(new QComboBox(this))
        , m_tile(new CameraTile(QString(), this))
        , m_hint(new QLabel(this))
        , m_progress(new QProgressBar(this))
        , m_retry(new QPushButton(tr("&Try again"), this))
        , m_failure(makeLabel(QString(), QStringLiteral("error"), this))
    {
        setTitle(tr("Capture"));
        setSubTitle(tr("Ask the person to stand in front of the camera, look at it and blink once. No image is kept."));
        m_camera->setObjectName(QStringLiteral("captureCamera"));
        m_hint->setObjectName(QStringLiteral("captureHint"));
        m_retry->setObjectName(QStringLiteral("captureRetry"));
        QFont big = m_hint->font();
        big.setPointSizeF(big.pointSizeF() * 1.8);
        big.setBold(true);
        m_hint->setFont(big);
        m_hint->setAlignment(Qt::AlignCenter);
        m_progress->setTextVisible(false);
        m_tile->setMinimumSize(420, 300);
        auto *cameraRow = new QHBoxLayout;
        auto *cameraLabel = new QLabel(tr("&Camera:"), this);
        cameraLabel->setBuddy(m_camera);
        cameraRow->addWidget(cameraLabel);
        cameraRow->addWidget(m_camera, 1);
        cameraRow->addWidget(m_retry);
        auto *layout = new QVBoxLayout(this);
        layout->addLayout(cameraRow);
        layout->addWidget(m_tile, 1);
        layout->addWidget(m_hint);
        layout->addWidget(m_progress);
        layout->addWidget(m_failure);
        connect(m_retry, &QPushButton::clicked, this, &Capture::restart);
        connect(m_camera, &QComboBox::currentIndexChanged, this, &Capture::restart);
    }

    void initializePage() override
    {
        vision::VisionPipeline *pipeline = m_state.context.pipeline;
        const QSignalBlocker blocker(m_camera);
        m_camera->clear();
        for (int i = 0; pipeline && i < pipeline->cameraCount(); ++i)
            m_camera->addItem(pipeline->camera(i).name(), i);
        restart();
    }

    ~Capture() override { stop(); }
    void cleanupPage() override { stop(); }
    /// The descriptor request this capture holds on its camera (0: none).
    int request() const { return m_request; }

    void stop()
    {
        if (m_connection)
            disconnect(m_connection);
        m_connection = {};
        // The camera goes back to describing nobody (PRIVACY.md §1): what it computed is forgotten.
        if (m_request != 0 && m_pipeline)
            m_pipeline->releaseDescriptors(m_requestCamera, m_request);
        m_request = 0;
    }

    bool isComplete() const override { return m_state.capture && m_state.capture->ok(); }
    bool validatePage() override
    {
        stop();
        return isComplete();
    }

private:
    void restart()
    {
        stop();
        m_capture = vision::EnrolmentCapture(m_state.captureOptions);
        m_clock.restart();
        m_state.capture.reset();
        m_state.photo = QImage();
        m_failed = false;
        m_failure->clear();
        m_retry->setVisible(false);
        m_progress->setRange(0, int(m_state.captureOptions.timeoutMs));
        m_progress->setValue(0);
        m_hint->setText(vision::captureHintText(vision::CaptureHint::NoFace));
        m_tile->setView({});
        if (m_pipeline && m_camera->currentIndex() >= 0) {
            // The camera describes the person in front only while this capture runs (PRIVACY.md §1).
            m_requestCamera = m_camera->currentData().toInt();
            m_request = m_pipeline->requestDescriptors(m_requestCamera, vision::DescriptorReason::Enrolment);
            m_connection =
                connect(m_pipeline, &vision::VisionPipeline::cameraUpdated, this, [this](const vision::CameraView &view) { onView(view); });
        }
        Q_EMIT completeChanged();
    }

    void onView(const vision::CameraView &view)
    {
        if (view.camera != m_camera->currentData().toInt() || m_failed || isComplete())
            return;
        m_tile->setView(view);
        // From 1: EnrolmentCapture reads a time of 0 as "not seen yet".
        const qint64 now = m_clock.elapsed() + 1;
        // Only the descriptors computed for this enrolment: not a lane's, not a visitor's.
        std::vector<vision::TrackView> tracks = view.tracks;
        for (vision::TrackView &track : tracks) {
            if (track.request != m_request)
                track.descriptor.reset();
        }
        const vision::CaptureHint hint = m_capture.add(now, tracks);
        m_hint->setText(vision::captureHintText(hint));
        m_progress->setValue(int(std::min<qint64>(now, m_progress->maximum())));
        if (m_capture.complete()) {
            m_state.capture = m_capture.result();
            if (m_state.printPhoto)
                m_state.photo = facePhoto(view);
            m_progress->setValue(m_progress->maximum());
            stop();
            Q_EMIT completeChanged();
            wizard()->next();
        } else if (m_capture.timedOut(now)) {
            fail(m_capture.result());
        }
    }

    /// The face of the current view, for the badge only (setting "print the photo").
    static QImage facePhoto(const vision::CameraView &view)
    {
        if (view.tracks.empty() || view.frameSize.isEmpty())
            return {};
        const auto biggest = std::max_element(view.tracks.cbegin(), view.tracks.cend(),
                                              [](const auto &a, const auto &b) { return a.box.width() < b.box.width(); });
        const double scale = double(view.image.width()) / view.frameSize.width();
        const QRect box = biggest->box.adjusted(-biggest->box.width() / 3, -biggest->box.height() / 2, biggest->box.width() / 3,
                                                biggest->box.height() / 2);
        return view.image.copy(QRect(QPoint(int(box.x() * scale), int(box.y() * scale)), box.size() * scale));
    }

    void fail(const vision::CaptureResult &result)
    {
        m_failed = true;
        stop();
        m_retry->setVisible(true);
        const vision::CaptureFailure failure = result.failure.value_or(vision::captureFailure(QStringLiteral("timeout")));
        m_failure->setText(tr("Failure to enrol: %1 It is recorded; try again, or issue a badge-only badge.").arg(failure.text));
        const common::Clock *clock = m_state.context.clock;
        submitJob<void>(
            *m_state.context.writer, this,
            [clock, id = m_state.person.id, reason = failure.id, samples = result.samples, actor = m_state.actor](storage::Database &db) {
                station::StationServices(db, *clock).enrolments.recordFailure(id, reason, people::CaptureMethod::Camera, samples, actor);
            },
            [] {}, [this](const QString &message) { m_failure->setText(message); });
    }

    State &m_state;
    // Held apart from m_state: the page may outlive it while the wizard is destroyed.
    vision::VisionPipeline *m_pipeline;
    QComboBox *m_camera;
    CameraTile *m_tile;
    QLabel *m_hint;
    QProgressBar *m_progress;
    QPushButton *m_retry;
    QLabel *m_failure;
    vision::EnrolmentCapture m_capture;
    QElapsedTimer m_clock;
    QMetaObject::Connection m_connection;
    int m_requestCamera = -1;
    int m_request = 0;
    bool m_failed = false;
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
        , m_print(new QPushButton(tr("&Print the badge…"), this))
    {
        setTitle(tr("New badge"));
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
        m_result->setText(tr("Issuing the badge…"));
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
                                      ? tr("%1 is enrolled. Badge %2 is valid until %3; the previous badge is revoked.")
                                            .arg(m_state.person.displayName(), badge.record.serial,
                                                 QLocale().toString(badge.record.expiresOn, QLocale::ShortFormat))
                                      : tr("Badge-only badge %1 for %2, valid until %3; the previous badge is revoked.")
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
    setWindowTitle(tr("Enrolment — %1").arg(m_state->person.displayName()));
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
