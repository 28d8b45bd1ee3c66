// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 Portique contributors
#include "visitordialog.h"

#include "biometrics/facetemplate.h"
#include "common/clock.h"
#include "outputrecord.h"
#include "passprintdialog.h"
#include "station/setting.h"
#include "station/stationservices.h"
#include "storage/databasejob.h"
#include "theme.h"
#include "vision/visionpipeline.h"
#include "visitorphoto.h"
#include "visitors/indoortracking.h"
#include "visitors/passrender.h"
#include "watchlisthitdialog.h"

#include <QCheckBox>
#include <QCompleter>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QTimeEdit>
#include <QVBoxLayout>

#include <algorithm>
#include <stdexcept>

namespace portique::ui {

using storage::submitJob;

namespace {

const QString birthDateFormat = QStringLiteral("dd/MM/yyyy");

} // namespace

/// What the form needs from the station, read once when it opens.
struct VisitorDialog::Loaded {
    qint64 stayMinutes = 120;
    QDateTime now;
    QDateTime closing;
    bool printPhoto = true;
    QString schoolName;
    QList<visitors::Zone> zones;
    QString zoneProblem;
    QStringList staff;
};

VisitorDialog::VisitorDialog(StationContext &context, QString agent, QWidget *parent)
    : QDialog(parent)
    , m_context(context)
    , m_agent(std::move(agent))
    , m_name(new QLineEdit(this))
    , m_organisation(new QLineEdit(this))
    , m_host(new QLineEdit(this))
    , m_purpose(new QLineEdit(this))
    , m_departure(new QTimeEdit(this))
    , m_departureNote(makeLabel(QString(), QStringLiteral("note"), this))
    , m_escort(new QCheckBox(tr("Must be &escorted inside the school"), this))
    , m_zonesBox(new QGroupBox(tr("Zones the pass allows"), this))
    , m_zonesLayout(new QVBoxLayout(m_zonesBox))
    , m_birthDate(new QLineEdit(this))
    , m_consent(new QCheckBox(tr("The visitor &agrees to be followed by the indoor cameras while on site"), this))
    , m_consentState(new QLabel(this))
    , m_notice(makeLabel(QString(), QStringLiteral("note"), this))
    , m_photo(new VisitorPhoto(context, this))
    , m_message(makeLabel(QString(), QStringLiteral("note"), this))
    , m_register(new QPushButton(tr("&Register"), this))
    , m_cancel(new QPushButton(tr("Cancel"), this))
{
    setObjectName(QStringLiteral("visitorDialog"));
    setWindowTitle(tr("New visitor"));
    m_name->setObjectName(QStringLiteral("visitorName"));
    m_organisation->setObjectName(QStringLiteral("visitorOrganisation"));
    m_host->setObjectName(QStringLiteral("visitorHost"));
    m_purpose->setObjectName(QStringLiteral("visitorPurpose"));
    m_departure->setObjectName(QStringLiteral("visitorDeparture"));
    m_escort->setObjectName(QStringLiteral("visitorEscort"));
    m_zonesBox->setObjectName(QStringLiteral("visitorZones"));
    m_birthDate->setObjectName(QStringLiteral("visitorBirthDate"));
    m_consent->setObjectName(QStringLiteral("trackingConsent"));
    m_consentState->setObjectName(QStringLiteral("trackingState"));
    m_message->setObjectName(QStringLiteral("visitorMessage"));
    m_register->setObjectName(QStringLiteral("registerVisitor"));

    // --- Who, whom, why, until when.
    m_name->setPlaceholderText(tr("First name and NAME"));
    m_organisation->setPlaceholderText(tr("Company, association, family…"));
    m_host->setPlaceholderText(tr("Person or service visited"));
    m_purpose->setPlaceholderText(tr("Meeting, delivery, maintenance…"));
    m_departure->setDisplayFormat(QStringLiteral("HH:mm"));
    m_birthDate->setPlaceholderText(tr("dd/mm/yyyy"));
    m_birthDate->setValidator(new QRegularExpressionValidator(QRegularExpression(QStringLiteral("[0-9/]{0,10}")), m_birthDate));
    m_birthDate->setToolTip(tr("Only to check the watchlist: the date of birth is not kept."));
    for (QLineEdit *edit : {m_name, m_organisation, m_host, m_purpose})
        edit->setMaxLength(120);
    auto *form = new QFormLayout;
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Organisation:"), m_organisation);
    form->addRow(tr("&Visiting:"), m_host);
    form->addRow(tr("&Purpose:"), m_purpose);
    auto *departureRow = new QHBoxLayout;
    departureRow->addWidget(m_departure);
    departureRow->addWidget(m_departureNote, 1);
    auto *departureLabel = new QLabel(tr("Expected &departure:"), this);
    departureLabel->setBuddy(m_departure);
    form->addRow(departureLabel, departureRow);
    form->addRow(QString(), m_escort);
    auto *birthNote = makeLabel(tr("optional, only to check the watchlist; not kept"), QStringLiteral("note"), this);
    birthNote->setWordWrap(false);
    auto *birthRow = new QHBoxLayout;
    birthRow->addWidget(m_birthDate);
    birthRow->addWidget(birthNote, 1);
    auto *birthLabel = new QLabel(tr("Date of &birth:"), this);
    birthLabel->setBuddy(m_birthDate);
    form->addRow(birthLabel, birthRow);
    m_departure->setMinimumWidth(90);
    m_birthDate->setFixedWidth(m_birthDate->fontMetrics().horizontalAdvance(QStringLiteral("00/00/00000")) + 16);
    m_zonesLayout->addWidget(makeLabel(tr("Loading the zones…"), QStringLiteral("note"), m_zonesBox));

    // --- Tracking consent, with what it means in plain words (PRIVACY.md §5).
    auto *trackingBox = new QGroupBox(tr("Tracking inside the school (optional)"), this);
    m_notice->setObjectName(QStringLiteral("trackingNotice"));
    m_notice->setText(tr("With the visitor's consent, the indoor cameras recognise them while they are on site, so that the desk "
                         "knows where they were seen (for instance for an evacuation). What is kept: a face template — numbers "
                         "computed from the photo, not the photo itself — only while they are on site; it is deleted, with the "
                         "record of where they were seen, as soon as they check out. Without consent the pass works just the "
                         "same and no camera follows them."));
    QFont stateFont = m_consentState->font();
    stateFont.setBold(true);
    m_consentState->setFont(stateFont);
    m_consentState->setWordWrap(true);
    auto *trackingLayout = new QVBoxLayout(trackingBox);
    trackingLayout->addWidget(m_notice);
    trackingLayout->addWidget(m_consent);
    trackingLayout->addWidget(m_consentState);

    auto *left = new QVBoxLayout;
    left->addLayout(form);
    left->addWidget(m_zonesBox);
    left->addStretch(1);
    auto *columns = new QHBoxLayout;
    columns->addLayout(left, 1);
    columns->addWidget(m_photo);

    auto *buttons = new QDialogButtonBox(this);
    buttons->addButton(m_register, QDialogButtonBox::AcceptRole);
    buttons->addButton(m_cancel, QDialogButtonBox::RejectRole);
    connect(m_register, &QPushButton::clicked, this, &VisitorDialog::submit);
    connect(m_cancel, &QPushButton::clicked, this, &QDialog::reject);
    m_register->setDefault(true);
    m_register->setEnabled(false);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(columns);
    layout->addWidget(trackingBox);
    layout->addWidget(m_message);
    layout->addWidget(buttons);

    m_message->hide();
    setMinimumWidth(820);
    connect(m_consent, &QCheckBox::toggled, this, &VisitorDialog::updateConsent);
    connect(m_photo, &VisitorPhoto::photoChanged, this, &VisitorDialog::updateConsent);
    // Without a desk camera, no photo (the visitor is registered all the same), so no tracking.
    if (!m_photo->available()) {
        m_consent->setEnabled(false);
        m_consent->setToolTip(tr("Tracking needs a photo, and no desk camera is running."));
    }
    updateConsent();

    const QList<QWidget *> tabOrder =
        QList<QWidget *>{m_name, m_organisation, m_host, m_purpose, m_departure, m_escort, m_birthDate, m_consent} + m_photo->tabChain()
        + QList<QWidget *>{m_register, m_cancel};
    for (qsizetype i = 1; i < tabOrder.size(); ++i)
        setTabOrder(tabOrder.at(i - 1), tabOrder.at(i));
    m_name->setFocus();

    const common::Clock *clock = m_context.clock;
    submitJob<Loaded>(
        *m_context.writer, this,
        [clock](storage::Database &db) {
            station::StationServices services(db, *clock);
            Loaded loaded;
            loaded.now = clock->now().toUTC();
            loaded.stayMinutes = services.settings.value(station::settings::visitorsStayMinutes);
            loaded.closing = services.visitors.endOfDay(loaded.now.toLocalTime().date());
            loaded.printPhoto = services.settings.value(station::settings::visitorsPrintPhoto) != 0;
            loaded.schoolName = services.settings.value(station::settings::schoolName);
            try {
                loaded.zones = services.visitors.zoneMap().zones;
            } catch (const std::invalid_argument &error) {
                loaded.zoneProblem = QString::fromStdString(error.what());
            }
            const QDate today = loaded.now.toLocalTime().date();
            for (const people::Person &person : services.people.list({QString(), QString(), false, today})) {
                if (person.kind == people::PersonKind::Staff)
                    loaded.staff << person.displayName();
            }
            return loaded;
        },
        [this](const Loaded &loaded) { applyLoaded(loaded); },
        [this](const QString &message) { showMessage(message, QStringLiteral("error")); });
}

VisitorDialog::~VisitorDialog() = default;

void VisitorDialog::setCaptureOptions(const vision::EnrolmentCapture::Options &options)
{
    m_photo->setCaptureOptions(options);
}

bool VisitorDialog::hasPhoto() const
{
    return m_photo->hasPhoto();
}

int VisitorDialog::descriptorRequest() const
{
    return m_photo->descriptorRequest();
}

void VisitorDialog::takePhoto()
{
    m_photo->takePhoto();
}

void VisitorDialog::applyLoaded(const Loaded &loaded)
{
    m_schoolName = loaded.schoolName;
    m_printPhoto = loaded.printPhoto;
    // Now plus the usual stay, but never past the end-of-day check-out.
    const QDateTime proposed = std::min(loaded.now.addSecs(loaded.stayMinutes * 60), loaded.closing);
    const QTime closingTime = loaded.closing.toLocalTime().time();
    m_departure->setMaximumTime(closingTime);
    m_departure->setTime(proposed.toLocalTime().time());
    m_departure->setToolTip(
        tr("Visitors still on site are checked out automatically at %1.").arg(closingTime.toString(QStringLiteral("HH:mm"))));
    m_departureNote->setText(tr("at the latest %1 (automatic check-out)").arg(closingTime.toString(QStringLiteral("HH:mm"))));
    m_departureNote->setWordWrap(false);
    if (loaded.now >= loaded.closing)
        showMessage(tr("It is past %1, the end-of-day check-out: registrations are refused until tomorrow.")
                        .arg(closingTime.toString(QStringLiteral("HH:mm"))),
                    QStringLiteral("error"));
    if (!loaded.staff.isEmpty()) {
        auto *completer = new QCompleter(loaded.staff, m_host);
        completer->setCaseSensitivity(Qt::CaseInsensitive);
        completer->setFilterMode(Qt::MatchContains);
        m_host->setCompleter(completer);
    }
    buildZones(loaded.zones);
    if (!loaded.zoneProblem.isEmpty())
        showMessage(tr("The zone map cannot be read (%1): the pass will allow the default zones.").arg(loaded.zoneProblem),
                    QStringLiteral("error"));
    // The zones make the form taller than when it opened: grow rather than squeeze the fields.
    resize(size().expandedTo(sizeHint()));
    m_ready = true;
    m_register->setEnabled(!m_busy);
    Q_EMIT ready();
}

void VisitorDialog::buildZones(const QList<visitors::Zone> &zones)
{
    while (QLayoutItem *item = m_zonesLayout->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    m_zones.clear();
    if (zones.isEmpty()) {
        m_zonesLayout->addWidget(
            makeLabel(tr("No zones are defined: the pass does not limit where the visitor goes."), QStringLiteral("note"), m_zonesBox));
        return;
    }
    QWidget *previous = m_escort;
    for (const visitors::Zone &zone : zones) {
        auto *box = new QCheckBox(zone.restricted ? tr("%1 — restricted zone").arg(zone.name) : zone.name, m_zonesBox);
        box->setObjectName(QStringLiteral("zone:") + zone.name);
        box->setProperty("zone", zone.name);
        // A restricted zone goes on a pass only when the agent ticks it (issue 7).
        box->setChecked(!zone.restricted);
        if (zone.restricted) {
            box->setStyleSheet(QStringLiteral("color: %1").arg(colours::alert.name()));
            box->setToolTip(tr("Restricted: tick only if the visitor must go there; a sighting there without it raises an alert."));
        }
        m_zonesLayout->addWidget(box);
        m_zones << box;
        setTabOrder(previous, box);
        previous = box;
    }
    setTabOrder(previous, m_birthDate);
}

void VisitorDialog::updateConsent()
{
    QString role;
    if (!m_consent->isEnabled() || !m_consent->isChecked()) {
        m_consentState->setText(QStringLiteral("— ") + tr("Not followed by the cameras."));
        role = QStringLiteral("note");
    } else if (!m_photo->hasPhoto()) {
        m_consentState->setText(QStringLiteral("! ") + tr("Tracking needs the photo: take it above, or untick the consent."));
        role = QStringLiteral("error");
    } else {
        m_consentState->setText(QStringLiteral("✓ ")
                                + tr("Followed by the indoor cameras while on site; the template is deleted at "
                                     "check-out."));
        role = QStringLiteral("ok");
    }
    setTextRole(m_consentState, role);
}

QString VisitorDialog::message() const
{
    return m_message->text();
}

void VisitorDialog::showMessage(const QString &text, const QString &role)
{
    ui::showMessage(m_message, text, role);
}

QByteArray VisitorDialog::modelId() const
{
    if (!m_context.pipeline)
        return {};
    return m_context.pipeline->model().sha256.left(biometrics::FaceTemplate::modelIdSize);
}

visitors::VisitorDraft VisitorDialog::draft() const
{
    visitors::VisitorDraft draft;
    draft.name = m_name->text().trimmed();
    draft.organisation = m_organisation->text().trimmed();
    draft.host = m_host->text().trimmed();
    draft.purpose = m_purpose->text().trimmed();
    draft.birthDate = QDate::fromString(m_birthDate->text().trimmed(), birthDateFormat);
    const QDate today = m_context.clock->now().toLocalTime().date();
    draft.expectedDeparture = QDateTime(today, m_departure->time()).toUTC();
    draft.escort = m_escort->isChecked();
    for (const QCheckBox *box : m_zones) {
        if (box->isChecked())
            draft.zones << box->property("zone").toString();
    }
    draft.trackingConsent = m_consent->isEnabled() && m_consent->isChecked();
    draft.face = m_photo->descriptor(); // only a photo the agent confirmed
    return draft;
}

void VisitorDialog::setBusy(bool busy)
{
    m_busy = busy;
    m_register->setEnabled(m_ready && !busy);
}

void VisitorDialog::submit()
{
    if (!m_ready || m_busy || m_registered)
        return;
    const QString birth = m_birthDate->text().trimmed();
    if (!birth.isEmpty() && !QDate::fromString(birth, birthDateFormat).isValid()) {
        showMessage(tr("The date of birth must read like 14/03/1980, or be left empty."), QStringLiteral("error"));
        m_birthDate->setFocus();
        return;
    }
    if (!m_zones.isEmpty() && std::none_of(m_zones.cbegin(), m_zones.cend(), [](const QCheckBox *box) { return box->isChecked(); })) {
        showMessage(tr("Tick at least one zone the pass allows."), QStringLiteral("error"));
        m_zones.constFirst()->setFocus();
        return;
    }
    if (m_photo->awaitingConfirmation()) {
        showMessage(tr("Use the photo taken, or take it again, before registering."), QStringLiteral("error"));
        return;
    }
    setBusy(true);
    showMessage(tr("Checking the watchlist…"), QStringLiteral("note"));
    // What is checked is what gets registered, whatever is typed meanwhile.
    m_checked = draft();
    m_photoImage = m_photo->image();
    const visitors::VisitorDraft visitor = *m_checked;
    const common::Clock *clock = m_context.clock;
    submitJob<std::vector<visitors::WatchlistHit>>(
        *m_context.writer, this,
        [clock, visitor, model = modelId()](storage::Database &db) {
            return station::StationServices(db, *clock)
                .watchlist.check(visitor.name, visitor.birthDate, visitor.face, model, visitors::watchlistThreshold);
        },
        [this](const std::vector<visitors::WatchlistHit> &hits) { reviewHits(hits, 0); },
        [this](const QString &message) {
            setBusy(false);
            showMessage(message, QStringLiteral("error"));
        });
}

void VisitorDialog::reviewHits(std::vector<visitors::WatchlistHit> hits, std::size_t next)
{
    if (next >= hits.size()) {
        registerNow();
        return;
    }
    showMessage(tr("Possible watchlist match: decide in the window that opened."), QStringLiteral("error"));
    auto *dialog = new WatchlistHitDialog(hits[next], m_photoImage, m_name->text().trimmed(),
                                          QDate::fromString(m_birthDate->text().trimmed(), birthDateFormat), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &WatchlistHitDialog::decided, this, [this, hits, next](bool confirmed, const QString &note) {
        const qint64 entryId = hits[next].entry.id;
        const common::Clock *clock = m_context.clock;
        submitJob<qint64>(
            *m_context.writer, this,
            [clock, entryId, confirmed, note, agent = m_agent](storage::Database &db) {
                return station::StationServices(db, *clock).watchlist.decide(entryId, confirmed, note, agent);
            },
            [this, hits, next, confirmed](qint64) {
                if (!confirmed) {
                    reviewHits(hits, next + 1);
                    return;
                }
                // Confirmed: nothing is registered; the alert is raised and audited by decide().
                m_photo->finish();
                m_checked.reset();
                m_photoImage = QImage();
                for (QWidget *widget : std::initializer_list<QWidget *>{m_name, m_organisation, m_host, m_purpose, m_departure, m_escort,
                                                                        m_zonesBox, m_birthDate, m_consent, m_photo})
                    widget->setEnabled(false);
                m_register->hide();
                m_cancel->setText(tr("Close"));
                m_cancel->setEnabled(true);
                m_cancel->setFocus();
                showMessage(tr("Registration abandoned: %1 matches the watchlist (%2). Entry refused; an alert was raised.")
                                .arg(m_name->text().trimmed(), visitors::watchKindLabel(hits[next].entry.kind)),
                            QStringLiteral("error"));
                Q_EMIT registrationRefused();
            },
            [this](const QString &message) {
                setBusy(false);
                showMessage(message, QStringLiteral("error"));
            });
    });
    dialog->open();
}

void VisitorDialog::registerNow()
{
    showMessage(tr("Registering…"), QStringLiteral("note"));
    const common::Clock *clock = m_context.clock;
    submitJob<visitors::RegisteredVisitor>(
        *m_context.writer, this,
        [clock, visitor = *m_checked, model = modelId(), agent = m_agent](storage::Database &db) {
            return station::StationServices(db, *clock).visitors.registerVisitor(visitor, model, agent);
        },
        [this](const visitors::RegisteredVisitor &registered) {
            m_registered = registered.visitor;
            // Kept (sealed) in the database only with consent, and only while on site; not here.
            m_photo->finish();
            m_checked.reset();
            showMessage(tr("%1 is registered (number %2). Print the pass.").arg(registered.visitor.name, registered.visitor.id),
                        QStringLiteral("ok"));
            m_register->setEnabled(false);
            Q_EMIT visitorRegistered(registered.visitor.id);
            if (registered.visitor.tracking)
                notifyTracking();
            openPass(registered);
        },
        [this](const QString &message) {
            setBusy(false);
            showMessage(message, QStringLiteral("error"));
        });
}

void VisitorDialog::openPass(const visitors::RegisteredVisitor &registered)
{
    const visitors::PassCard card =
        visitors::passCard(registered.visitor, registered.passPayload, m_schoolName, m_printPhoto ? m_photoImage : QImage());
    m_photoImage = QImage(); // the pass dialog holds the only copy now
    auto *dialog = new PassPrintDialog(card, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &PassPrintDialog::saved, this, [this, id = registered.visitor.id](const QString &path) {
        recordOutput(this, m_context, {path, privacy::OutputKind::Pass, {id}});
    });
    connect(dialog, &QDialog::finished, this, [this] { accept(); });
    dialog->open();
}

void VisitorDialog::notifyTracking()
{
    // The indoor cameras look for the new visitor at once, not at their next periodic reload.
    if (visitors::IndoorTracking *tracking = m_context.tracking)
        QMetaObject::invokeMethod(tracking, &visitors::IndoorTracking::refreshGallery, Qt::QueuedConnection);
}

} // namespace portique::ui
