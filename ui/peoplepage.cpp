// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 Portique contributors
#include "peoplepage.h"

#include "badgeprintdialog.h"
#include "common/clock.h"
#include "enrolmentwizard.h"
#include "importdialog.h"
#include "outputrecord.h"
#include "people/badgeprinting.h"
#include "people/importfile.h"
#include "peopletablemodel.h"
#include "station/stationservices.h"
#include "storage/databasejob.h"
#include "theme.h"
#include "vision/enrolmentcapture.h"

#include <QCheckBox>
#include <QComboBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QShortcut>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTableView>
#include <QTextBrowser>
#include <QTimer>
#include <QVBoxLayout>

namespace portique::ui {

using storage::submitJob;
namespace {

// Typing a name runs one query after the last key, not one a key: 200 ms is below what reads as a
// delay, and above the interval between keys of someone typing.
constexpr int searchDelayMs = 200;

/// Everything the detail panel shows about one person, read in one job.
struct PersonDetail {
    people::Person person;
    std::vector<people::Guardian> guardians;
    std::optional<privacy::Consent> consent;
    std::vector<access::CredentialRecord> badges;
    std::vector<people::EnrolmentAttempt> attempts;
    bool holdsTemplate = false;
};

/// The outcome of printing a class's badges.
struct ClassBadges {
    std::vector<access::BadgeCard> cards;
    QStringList holders; ///< the cards' people, in order (the output log notes whom a saved file names)
    int skippedFaceLane = 0;
};

QString shortDate(const QDate &date)
{
    return date.isValid() ? QLocale().toString(date, QStringLiteral("dd/MM/yyyy")) : QStringLiteral("—");
}

QString shortTime(const QDateTime &time)
{
    return time.isValid() ? QLocale().toString(time.toLocalTime(), QStringLiteral("dd/MM/yyyy HH:mm")) : QStringLiteral("—");
}

QString html(const QString &text)
{
    return text.toHtmlEscaped();
}

bool askQuestion(QWidget *parent, const QString &title, const QString &text)
{
    QMessageBox box(QMessageBox::Question, title, text, QMessageBox::Yes | QMessageBox::Cancel, parent);
    // Each of these changes revokes a badge: going ahead takes a deliberate choice.
    box.setDefaultButton(QMessageBox::Cancel);
    return box.exec() == QMessageBox::Yes;
}

QString revokeReasonText(const QString &reason)
{
    if (reason == u"left")
        return PeoplePage::tr("left the school");
    if (reason == u"consent_withdrawn")
        return PeoplePage::tr("consent withdrawn");
    if (reason == u"reissued")
        return PeoplePage::tr("replaced by a new badge");
    return reason;
}

QString architectureText(access::TemplateArchitecture architecture)
{
    switch (architecture) {
    case access::TemplateArchitecture::OnBadge:
        return PeoplePage::tr("type 1: the sealed template is on the badge only");
    case access::TemplateArchitecture::InDatabase:
        return PeoplePage::tr("type 2: the template is in the database, sealed under a key only the badge carries");
    case access::TemplateArchitecture::None:
        break;
    }
    return PeoplePage::tr("badge only");
}

QString row(const QString &label, const QString &value)
{
    return QStringLiteral("<tr><td style='padding-right:12px; color:#5b6270'>%1</td><td>%2</td></tr>").arg(label, value);
}

QString detailHtml(const PersonDetail &detail, const QDate &today)
{
    const people::Person &person = detail.person;
    QString text = QStringLiteral("<h2 style='margin-bottom:2px'>%1</h2>").arg(html(person.displayName()));
    text += QStringLiteral("<p style='margin-top:0'>%1</p>")
                .arg(html(PeoplePage::tr("%1 · id %2").arg(people::kindLabel(person.kind), person.id)));

    QString identity;
    if (!person.className.isEmpty())
        identity += row(PeoplePage::tr("Class"), html(person.className));
    identity += row(PeoplePage::tr("Birth date"), shortDate(person.birthDate));
    if (const std::optional<int> age = person.ageOn(today)) {
        identity += row(PeoplePage::tr("Age"), person.minorOn(today) ? PeoplePage::tr("%1 — minor").arg(*age)
                                                                      : PeoplePage::tr("%1 — adult").arg(*age));
    } else {
        identity += row(PeoplePage::tr("Age"), PeoplePage::tr("unknown — treated as a minor"));
    }
    identity += row(PeoplePage::tr("Status"), person.activeOn(today)
                                                  ? (person.leftOn.isValid() ? PeoplePage::tr("active, leaves on %1").arg(shortDate(person.leftOn))
                                                                             : PeoplePage::tr("active"))
                                                  : PeoplePage::tr("left on %1").arg(shortDate(person.leftOn)));
    text += QStringLiteral("<table cellspacing='0' cellpadding='2'>%1</table>").arg(identity);

    if (person.kind == people::PersonKind::Student) {
        text += QStringLiteral("<h3>%1</h3>").arg(PeoplePage::tr("Legal representatives"));
        if (detail.guardians.empty()) {
            text += QStringLiteral("<p>%1</p>").arg(PeoplePage::tr("None recorded (import ResponsablesAvecAdresses.xml)."));
        } else {
            QString items;
            for (const people::Guardian &guardian : detail.guardians)
                items += QStringLiteral("<li>%1 — %2</li>")
                             .arg(html(guardian.displayName()), html(people::relationshipLabel(guardian.relationship)));
            text += QStringLiteral("<ul style='margin-top:0'>%1</ul>").arg(items);
        }
    }

    text += QStringLiteral("<h3>%1</h3>").arg(PeoplePage::tr("Face lane"));
    if (const std::optional<privacy::Consent> &consent = detail.consent) {
        QString rows = row(PeoplePage::tr("Consent given"), shortTime(consent->givenAt));
        rows += row(PeoplePage::tr("By"), html(consent->givenBy));
        if (!consent->guardianName.isEmpty())
            rows += row(PeoplePage::tr("Legal representative"),
                        html(PeoplePage::tr("%1 (%2)").arg(consent->guardianName, people::relationshipLabel(consent->guardianRelationship))));
        rows += row(PeoplePage::tr("Channel"), consent->channel == privacy::ConsentChannel::Paper
                                                   ? html(PeoplePage::tr("paper form %1").arg(consent->channelReference))
                                                   : PeoplePage::tr("in person"));
        rows += row(PeoplePage::tr("Template"), html(architectureText(consent->architecture)));
        rows += row(PeoplePage::tr("Recorded by"), html(consent->agent));
        text += QStringLiteral("<table cellspacing='0' cellpadding='2'>%1</table>").arg(rows);
    } else {
        text += QStringLiteral("<p>%1</p>").arg(PeoplePage::tr("Badge only: no consent in force, no template anywhere."));
    }
    if (detail.holdsTemplate && !detail.consent)
        text += QStringLiteral("<p style='color:%1'><b>%2</b></p>")
                    .arg(colours::alert.name(), PeoplePage::tr("! The database still holds a template without a consent in force."));

    text += QStringLiteral("<h3>%1</h3>").arg(PeoplePage::tr("Badges"));
    if (detail.badges.empty()) {
        text += QStringLiteral("<p>%1</p>").arg(PeoplePage::tr("No badge issued."));
    } else {
        QString rows = QStringLiteral("<tr><th align='left'>%1</th><th align='left'>%2</th><th align='left'>%3</th><th align='left'>%4</th></tr>")
                           .arg(PeoplePage::tr("Serial"), PeoplePage::tr("Issued"), PeoplePage::tr("Expires"), PeoplePage::tr("State"));
        for (const access::CredentialRecord &badge : detail.badges) {
            QString state;
            if (badge.revoked())
                state = PeoplePage::tr("revoked on %1 (%2)").arg(shortDate(badge.revokedAt.toLocalTime().date()), revokeReasonText(badge.revokeReason));
            else if (badge.expiresOn < today)
                state = PeoplePage::tr("expired");
            else
                state = PeoplePage::tr("valid");
            rows += QStringLiteral("<tr><td><tt>%1</tt></td><td>%2</td><td>%3</td><td>%4</td></tr>")
                        .arg(html(badge.serial.left(8)), shortDate(badge.issuedOn), shortDate(badge.expiresOn), html(state));
        }
        text += QStringLiteral("<table cellspacing='0' cellpadding='3'>%1</table>").arg(rows);
    }

    text += QStringLiteral("<h3>%1</h3>").arg(PeoplePage::tr("Enrolment attempts"));
    if (detail.attempts.empty()) {
        text += QStringLiteral("<p>%1</p>").arg(PeoplePage::tr("None."));
    } else {
        QString rows = QStringLiteral("<tr><th align='left'>%1</th><th align='left'>%2</th><th align='left'>%3</th></tr>")
                           .arg(PeoplePage::tr("Date"), PeoplePage::tr("Outcome"), PeoplePage::tr("Agent"));
        for (const people::EnrolmentAttempt &attempt : detail.attempts) {
            const QString outcome = attempt.enrolled
                ? PeoplePage::tr("✓ enrolled")
                : PeoplePage::tr("✕ failed: %1").arg(vision::captureFailure(attempt.reason).text);
            rows += QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td></tr>")
                        .arg(shortTime(attempt.at), html(outcome), html(attempt.agent));
        }
        text += QStringLiteral("<table cellspacing='0' cellpadding='3'>%1</table>").arg(rows);
    }
    return text;
}

} // namespace

PeoplePage::PeoplePage(const StationContext &context, QString actor, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
    , m_actor(std::move(actor))
    , m_confirm(askQuestion)
    , m_model(new PeopleTableModel(this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_table(new QTableView(this))
    , m_search(new QLineEdit(this))
    , m_class(new QComboBox(this))
    , m_showLeft(new QCheckBox(tr("Show people who have &left"), this))
    , m_searchDelay(new QTimer(this))
    , m_detail(new QTextBrowser(this))
    , m_import(new QPushButton(tr("&Import a list…"), this))
    , m_enrol(new QPushButton(tr("&Enrol in the face lane…"), this))
    , m_withdraw(new QPushButton(tr("&Withdraw consent…"), this))
    , m_newBadge(new QPushButton(tr("New &badge…"), this))
    , m_classBadges(new QPushButton(tr("&Print the class's badges…"), this))
    , m_message(new QLabel(this))
{
    m_table->setObjectName(QStringLiteral("peopleTable"));
    m_search->setObjectName(QStringLiteral("peopleSearch"));
    m_class->setObjectName(QStringLiteral("classFilter"));
    m_showLeft->setObjectName(QStringLiteral("showLeft"));
    m_detail->setObjectName(QStringLiteral("personDetail"));
    m_import->setObjectName(QStringLiteral("importButton"));
    m_enrol->setObjectName(QStringLiteral("enrolButton"));
    m_withdraw->setObjectName(QStringLiteral("withdrawButton"));
    m_newBadge->setObjectName(QStringLiteral("newBadgeButton"));
    m_classBadges->setObjectName(QStringLiteral("classBadgesButton"));
    m_message->setObjectName(QStringLiteral("peopleMessage"));

    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(PeopleTableModel::SortRole);
    m_proxy->setSortLocaleAware(true);
    m_table->setModel(m_proxy);
    configureTable(m_table);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(PeopleTableModel::Name, Qt::AscendingOrder);
    m_table->setTabKeyNavigation(false); // Tab leaves the table; arrows move inside it
    // A class or a whole school is scrolled through: one line of text a row, not Fusion's 30 px.
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);

    m_search->setPlaceholderText(tr("Find a name or an id (Ctrl+F)"));
    m_search->setClearButtonEnabled(true);
    m_search->setAccessibleName(tr("Find a person"));
    m_class->addItem(tr("All classes"), QString());
    m_class->setAccessibleName(tr("Class"));
    m_class->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_searchDelay->setSingleShot(true);
    m_searchDelay->setInterval(searchDelayMs);
    m_detail->setOpenLinks(false);
    m_detail->setTabChangesFocus(true);
    m_detail->setMinimumWidth(320);
    m_detail->setPlaceholderText(tr("Select a person to see their legal representatives, consent, badges and enrolment attempts."));
    m_message->setWordWrap(true);
    m_message->hide();

    auto *title = makeLabel(tr("People"), QStringLiteral("subtitle"), this);
    auto *explanation = makeLabel(tr("Students come from the SIECLE exports, staff and others from a CSV list. Everyone gets a "
                                      "badge; the face lane is only for those who consent (a minor's legal representative "
                                      "too), and a consent can be withdrawn at any time: the template goes at once."),
                                  QStringLiteral("note"), this);

    auto *filters = new QHBoxLayout;
    filters->addWidget(m_search, 1);
    filters->addWidget(m_class);
    filters->addWidget(m_showLeft);
    filters->addSpacing(12);
    filters->addWidget(m_classBadges);
    filters->addWidget(m_import);

    auto *detailPanel = new QWidget(this);
    auto *actions = new QGridLayout;
    actions->addWidget(m_enrol, 0, 0, 1, 2);
    actions->addWidget(m_withdraw, 1, 0);
    actions->addWidget(m_newBadge, 1, 1);
    auto *detailLayout = new QVBoxLayout(detailPanel);
    detailLayout->setContentsMargins(0, 0, 0, 0);
    detailLayout->addWidget(m_detail, 1);
    detailLayout->addLayout(actions);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(m_table);
    splitter->addWidget(detailPanel);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setChildrenCollapsible(false);
    // The list needs its six columns; the panel the rest (the operator may drag the handle).
    splitter->setSizes({640, 420});

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 20, 24, 20);
    layout->addWidget(title);
    layout->addWidget(explanation);
    layout->addLayout(filters);
    layout->addWidget(m_message);
    layout->addWidget(splitter, 1);

    setTabOrder(m_search, m_class);
    setTabOrder(m_class, m_showLeft);
    setTabOrder(m_showLeft, m_classBadges);
    setTabOrder(m_classBadges, m_import);
    setTabOrder(m_import, m_table);
    setTabOrder(m_table, m_detail);
    setTabOrder(m_detail, m_enrol);
    setTabOrder(m_enrol, m_withdraw);
    setTabOrder(m_withdraw, m_newBadge);

    // UI.md: Ctrl+F finds a person. Active only while the page is shown.
    auto *find = new QShortcut(QKeySequence::Find, this);
    connect(find, &QShortcut::activated, this, [this] {
        m_search->setFocus(Qt::ShortcutFocusReason);
        m_search->selectAll();
    });
    connect(m_search, &QLineEdit::textChanged, m_searchDelay, qOverload<>(&QTimer::start));
    connect(m_search, &QLineEdit::returnPressed, this, [this] {
        // Enter searches at once and moves to the list, to pick someone with the arrows.
        m_searchDelay->stop();
        reload();
        m_table->setFocus(Qt::OtherFocusReason);
    });
    connect(m_searchDelay, &QTimer::timeout, this, &PeoplePage::reload);
    connect(m_class, &QComboBox::currentIndexChanged, this, [this] {
        reload();
        updateButtons();
    });
    connect(m_showLeft, &QCheckBox::toggled, this, &PeoplePage::reload);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        updateButtons();
        loadDetail();
    });
    connect(m_import, &QPushButton::clicked, this, &PeoplePage::openImport);
    connect(m_enrol, &QPushButton::clicked, this, &PeoplePage::openEnrolment);
    connect(m_withdraw, &QPushButton::clicked, this, &PeoplePage::withdrawConsent);
    connect(m_newBadge, &QPushButton::clicked, this, &PeoplePage::issueBadge);
    connect(m_classBadges, &QPushButton::clicked, this, &PeoplePage::issueClassBadges);
    updateButtons();
}

void PeoplePage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    reload();
}

void PeoplePage::reload()
{
    const common::Clock *clock = m_context.clock;
    people::PeopleFilter filter;
    filter.className = m_class->currentData().toString();
    filter.search = m_search->text().trimmed();
    filter.includeLeft = m_showLeft->isChecked();
    filter.day = clock->now().toLocalTime().date();
    const quint64 generation = ++m_listGeneration;
    submitJob<PeopleListing>(
        *m_context.writer, this,
        [clock, filter](storage::Database &db) { return loadPeopleListing(db, *clock, filter); },
        [this, generation, day = filter.day](const PeopleListing &listing) {
            if (generation != m_listGeneration)
                return; // a newer search is on its way
            const QString selected = selectedId();
            m_model->setRows(listing.rows, day);
            // The classes of a new import appear without losing the class chosen.
            const QString chosen = m_class->currentData().toString();
            QStringList known;
            for (int i = 1; i < m_class->count(); ++i)
                known << m_class->itemData(i).toString();
            if (known != listing.classes) {
                const QSignalBlocker blocker(m_class);
                while (m_class->count() > 1)
                    m_class->removeItem(1);
                for (const QString &className : listing.classes)
                    m_class->addItem(className, className);
                m_class->setCurrentIndex(std::max(0, m_class->findData(chosen)));
            }
            m_table->resizeColumnsToContents();
            const bool filtered = !m_search->text().trimmed().isEmpty() || m_class->currentIndex() > 0;
            m_detail->setPlaceholderText(listing.rows.empty() && !filtered
                                             ? tr("No one in the registry yet: import a list (a SIECLE export or a CSV file) "
                                                  "with \"Import a list…\".")
                                             : listing.rows.empty() ? tr("No one matches the search.")
                                                                    : tr("Select a person to see their legal representatives, "
                                                                         "consent, badges and enrolment attempts."));
            // The same person stays selected (maybe with a new badge or consent: the panel reloads).
            if (selected.isEmpty() || !selectPerson(selected)) {
                ++m_detailGeneration;
                m_detail->clear();
                updateButtons();
            }
        },
        [this](const QString &message) { showMessage(message, true); });
}

bool PeoplePage::selectPerson(const QString &personId)
{
    const int sourceRow = m_model->rowOf(personId);
    if (sourceRow < 0)
        return false;
    const QModelIndex index = m_proxy->mapFromSource(m_model->index(sourceRow, PeopleTableModel::Name));
    if (selectedId() == personId) {
        // Already selected, so no selectionChanged: refresh the buttons and the panel here.
        updateButtons();
        loadDetail();
    } else {
        m_table->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    }
    m_table->scrollTo(index);
    return true;
}

QString PeoplePage::selectedId() const
{
    const PersonRow *row = selectedRow();
    return row ? row->person.id : QString();
}

const PersonRow *PeoplePage::selectedRow() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return nullptr;
    return m_model->rowAt(m_proxy->mapToSource(rows.constFirst()).row());
}

QString PeoplePage::message() const
{
    return m_message->text();
}

void PeoplePage::showMessage(const QString &text, bool error)
{
    ui::showMessage(m_message, text, error ? QStringLiteral("error") : QStringLiteral("ok"));
}

void PeoplePage::updateButtons()
{
    const PersonRow *row = selectedRow();
    const QDate today = m_context.clock->now().toLocalTime().date();
    const bool active = row && row->person.activeOn(today);
    m_enrol->setEnabled(!m_busy && active);
    m_withdraw->setEnabled(!m_busy && row && row->faceLane);
    m_newBadge->setEnabled(!m_busy && active && !row->faceLane);
    m_classBadges->setEnabled(!m_busy && m_class->currentIndex() > 0);
    // Say why a button that looks useful is not available.
    m_newBadge->setToolTip(row && row->faceLane ? tr("This person uses the face lane: enrol again to replace the badge, "
                                                     "or withdraw the consent first.")
                                                : QString());
    m_classBadges->setToolTip(m_class->currentIndex() > 0 ? QString() : tr("Choose a class first."));
}

void PeoplePage::loadDetail()
{
    const QString id = selectedId();
    const quint64 generation = ++m_detailGeneration;
    if (id.isEmpty()) {
        m_detail->clear();
        return;
    }
    const common::Clock *clock = m_context.clock;
    submitJob<std::optional<PersonDetail>>(
        *m_context.writer, this,
        [clock, id](storage::Database &db) -> std::optional<PersonDetail> {
            station::StationServices services(db, *clock);
            std::optional<people::Person> person = services.people.find(id);
            if (!person)
                return std::nullopt;
            PersonDetail detail;
            detail.person = std::move(*person);
            detail.guardians = services.people.guardiansOf(id);
            detail.consent = services.consents.current(id);
            detail.badges = services.credentials.ofPerson(id);
            detail.attempts = services.enrolments.attempts(id);
            detail.holdsTemplate = services.enrolments.holdsTemplate(id);
            return detail;
        },
        [this, generation](const std::optional<PersonDetail> &detail) {
            if (generation != m_detailGeneration)
                return;
            if (!detail) {
                m_detail->clear();
                return;
            }
            m_detail->setHtml(detailHtml(*detail, m_context.clock->now().toLocalTime().date()));
        },
        [this](const QString &message) { showMessage(message, true); });
}

namespace {

void openPrintDialog(std::vector<access::BadgeCard> cards, const QStringList &holders, const StationContext &context, QWidget *parent)
{
    auto *dialog = new BadgePrintDialog(std::move(cards), parent);
    // A saved PDF names these people: noted, so that erasing one of them points at it.
    QObject::connect(dialog, &BadgePrintDialog::saved, parent, [parent, holders, &context](const QString &path) {
        recordOutput(parent, context, {path, privacy::OutputKind::Badge, holders});
    });
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

QString schoolNameOf(station::StationServices &services, const QString &fallback)
{
    const QString name = services.settings.value(station::settings::schoolName);
    return name.isEmpty() ? fallback : name;
}

} // namespace

void PeoplePage::openImport()
{
    auto *dialog = new ImportDialog(m_context, m_actor, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ImportDialog::imported, this, &PeoplePage::reload);
    dialog->open();
}

void PeoplePage::openEnrolment()
{
    const PersonRow *row = selectedRow();
    if (!row)
        return;
    auto *wizard = new EnrolmentWizard(m_context, m_actor, row->person, this);
    wizard->setAttribute(Qt::WA_DeleteOnClose);
    connect(wizard, &EnrolmentWizard::enrolmentChanged, this, &PeoplePage::reload);
    connect(wizard, &QDialog::finished, this, &PeoplePage::reload);
    wizard->open();
}

void PeoplePage::withdrawConsent()
{
    const PersonRow *row = selectedRow();
    if (!row || !row->faceLane)
        return;
    const people::Person person = row->person;
    const QString where = row->architecture == access::TemplateArchitecture::InDatabase
        ? tr("the template kept in the database is deleted")
        : tr("the template, which exists only on the badge, stops being usable");
    if (!m_confirm(this, tr("Withdraw the consent"),
                   tr("Withdraw %1's consent to the face lane?\n\n"
                      "Now, at once: %2, and the current badge is revoked: it no longer opens the gate.\n\n"
                      "A badge-only badge is issued in its place: print it and hand it over.")
                       .arg(person.displayName(), where)))
        return;
    issueAndPrint(person, [actor = m_actor](station::StationServices &services, const QString &id) {
        return services.enrolments.withdraw(id, actor);
    }, tr("Consent of %1 withdrawn: the template is gone and the new badge-only badge is ready to print.").arg(person.displayName()));
}

void PeoplePage::issueBadge()
{
    const PersonRow *row = selectedRow();
    if (!row || row->faceLane)
        return;
    const people::Person person = row->person;
    const QString question = row->badge
        ? tr("Issue a new badge for %1?\n\nTheir current badge (valid until %2) is revoked at once and no longer opens "
             "the gate. The new badge carries no face template.")
              .arg(person.displayName(), shortDate(row->badge->expiresOn))
        : tr("Issue a badge for %1?\n\nAny earlier badge is revoked. The new badge carries no face template.")
              .arg(person.displayName());
    if (!m_confirm(this, tr("New badge"), question))
        return;
    issueAndPrint(person, [actor = m_actor](station::StationServices &services, const QString &id) {
        return services.enrolments.issueBadgeOnly(id, actor);
    }, tr("New badge issued for %1: print it now.").arg(person.displayName()));
}

void PeoplePage::issueAndPrint(const people::Person &person,
                               std::function<access::IssuedBadge(station::StationServices &, const QString &)> issue,
                               const QString &doneMessage)
{
    m_busy = true;
    updateButtons();
    const common::Clock *clock = m_context.clock;
    const QString fallbackSchool = m_context.schoolName;
    submitJob<access::BadgeCard>(
        *m_context.writer, this,
        [clock, person, issue, fallbackSchool](storage::Database &db) {
            station::StationServices services(db, *clock);
            return people::badgeCard(person, issue(services, person.id), schoolNameOf(services, fallbackSchool));
        },
        [this, doneMessage, id = person.id](const access::BadgeCard &card) {
            m_busy = false;
            showMessage(doneMessage, false);
            reload();
            openPrintDialog({card}, {id}, m_context, this);
        },
        [this](const QString &message) {
            m_busy = false;
            showMessage(message, true);
            updateButtons();
        });
}

void PeoplePage::issueClassBadges()
{
    const QString className = m_class->currentData().toString();
    if (className.isEmpty())
        return;
    // The list shows the whole class when nothing is searched: then the question can say how many.
    QString who = tr("every person of %1 who is present and does not use the face lane").arg(className);
    if (m_search->text().trimmed().isEmpty()) {
        const QDate today = m_context.clock->now().toLocalTime().date();
        int count = 0;
        for (int i = 0; i < m_model->rowCount(); ++i) {
            const PersonRow *row = m_model->rowAt(i);
            count += row->person.activeOn(today) && !row->faceLane;
        }
        who = tr("the %n person(s) of %1 who are present and do not use the face lane", nullptr, count).arg(className);
    }
    if (!m_confirm(this, tr("Print the class's badges"),
                   tr("Issue a new badge for %1?\n\n"
                      "Their current badges are revoked at once and no longer open the gate. People who use the face "
                      "lane are left out: their badge carries or unlocks their template.")
                       .arg(who)))
        return;
    m_busy = true;
    updateButtons();
    const common::Clock *clock = m_context.clock;
    const QString fallbackSchool = m_context.schoolName;
    submitJob<ClassBadges>(
        *m_context.writer, this,
        [clock, className, actor = m_actor, fallbackSchool](storage::Database &db) {
            station::StationServices services(db, *clock);
            const QString school = schoolNameOf(services, fallbackSchool);
            const QDate today = clock->now().toLocalTime().date();
            ClassBadges result;
            // All or none: a class half re-issued would leave some holding revoked badges unknowingly.
            db.transaction([&] {
                for (const people::Person &person : services.people.list({className, QString(), false, today})) {
                    if (services.consents.current(person.id)) {
                        ++result.skippedFaceLane;
                        continue;
                    }
                    const access::IssuedBadge badge = services.enrolments.issueBadgeOnly(person.id, actor);
                    result.cards.push_back(people::badgeCard(person, badge, school));
                    result.holders.append(person.id);
                }
            });
            return result;
        },
        [this, className](const ClassBadges &result) {
            m_busy = false;
            QString text = tr("%n badge(s) issued for %1.", nullptr, int(result.cards.size())).arg(className);
            if (result.skippedFaceLane > 0)
                text += u' '
                        + tr("%n person(s) who use the face lane were left out: their badge carries or unlocks their "
                             "template, so only a new enrolment (or withdrawing the consent) replaces it.",
                             nullptr, result.skippedFaceLane);
            showMessage(text, false);
            reload();
            if (!result.cards.empty())
                openPrintDialog(result.cards, result.holders, m_context, this);
        },
        [this](const QString &message) {
            m_busy = false;
            showMessage(message, true);
            updateButtons();
        });
}

} // namespace portique::ui
