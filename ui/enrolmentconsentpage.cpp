// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 Portique contributors
#include "enrolmentconsentpage.h"

#include "common/clock.h"
#include "enrolmentwizardstate.h"
#include "people/importfile.h"
#include "privacy/consentforms.h"
#include "storage/databasejob.h"
#include "theme.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QRadioButton>
#include <QVBoxLayout>

namespace portique::ui {

// The pages have no Q_OBJECT: a bare tr() would be QWizardPage's, a context the translations (made
// under EnrolmentWizard's) never match. Their texts are EnrolmentWizard's.

EnrolmentWizard::Consent::Consent(State &state, QWidget *parent)
    : QWizardPage(parent)
    , m_state(state)
    , m_givenBy(new QLineEdit(this))
    , m_guardian(new QComboBox(this))
    , m_relationship(new QComboBox(this))
    , m_inPerson(new QRadioButton(EnrolmentWizard::tr("In &person, at this desk"), this))
    , m_paper(new QRadioButton(EnrolmentWizard::tr("On a &paper form issued by the station, reference:"), this))
    , m_reference(new QLineEdit(this))
    , m_referenceStatus(makeLabel(QString(), QStringLiteral("note"), this))
    , m_onBadge(new QRadioButton(EnrolmentWizard::tr("On the &badge: the station keeps no template"), this))
    , m_inDatabase(new QRadioButton(EnrolmentWizard::tr("In the station, &locked by a key that only the badge carries"), this))
    , m_minorNote(makeLabel(QString(), QStringLiteral("note"), this))
{
    setTitle(EnrolmentWizard::tr("Consent"));
    m_givenBy->setObjectName(QStringLiteral("consentBy"));
    m_guardian->setObjectName(QStringLiteral("guardianName"));
    m_relationship->setObjectName(QStringLiteral("guardianRelationship"));
    m_reference->setObjectName(QStringLiteral("formReference"));
    m_referenceStatus->setObjectName(QStringLiteral("formReferenceStatus"));
    m_inPerson->setObjectName(QStringLiteral("channelInPerson"));
    m_paper->setObjectName(QStringLiteral("channelPaper"));
    m_onBadge->setObjectName(QStringLiteral("typeOne"));
    m_inDatabase->setObjectName(QStringLiteral("typeTwo"));
    m_givenBy->setPlaceholderText(EnrolmentWizard::tr("typed as the person gives it"));
    m_reference->setPlaceholderText(EnrolmentWizard::tr("scan the QR code of the returned form, or type CF-…"));
    m_referenceStatus->setWordWrap(true);
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
    // Where the template is kept is the person's choice too: neither is ticked for them.

    auto *form = new QFormLayout;
    m_givenByLabel = new QLabel(this);
    m_givenByLabel->setBuddy(m_givenBy);
    form->addRow(m_givenByLabel, m_givenBy);
    m_guardianLabel = new QLabel(EnrolmentWizard::tr("Legal &representative:"), this);
    m_guardianLabel->setBuddy(m_guardian);
    form->addRow(m_guardianLabel, m_guardian);
    m_relationshipLabel = new QLabel(EnrolmentWizard::tr("Re&lationship:"), this);
    m_relationshipLabel->setBuddy(m_relationship);
    form->addRow(m_relationshipLabel, m_relationship);
    auto *paperRow = new QHBoxLayout;
    paperRow->addWidget(m_paper);
    paperRow->addWidget(m_reference, 1);
    auto *channelBox = new QGroupBox(EnrolmentWizard::tr("Collected"), this);
    auto *channelLayout = new QVBoxLayout(channelBox);
    channelLayout->addWidget(m_inPerson);
    channelLayout->addLayout(paperRow);
    channelLayout->addWidget(m_referenceStatus);
    auto *architectureBox = new QGroupBox(EnrolmentWizard::tr("Where the template is kept"), this);
    auto *architectureLayout = new QVBoxLayout(architectureBox);
    architectureLayout->addWidget(m_onBadge);
    architectureLayout->addWidget(m_inDatabase);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_minorNote);
    layout->addLayout(form);
    layout->addWidget(channelBox);
    layout->addWidget(architectureBox);
    layout->addStretch(1);

    connect(m_givenBy, &QLineEdit::textChanged, this, &QWizardPage::completeChanged);
    connect(m_reference, &QLineEdit::textChanged, this, &Consent::checkReference);
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
    connect(architecture, &QButtonGroup::buttonToggled, this, &QWizardPage::completeChanged);
    connect(m_paper, &QRadioButton::toggled, this, [this](bool paper) {
        m_reference->setEnabled(paper);
        m_referenceStatus->setVisible(paper);
        if (paper)
            m_reference->setFocus();
        Q_EMIT completeChanged();
    });
    m_reference->setEnabled(false);
    m_referenceStatus->setVisible(false);
}

void EnrolmentWizard::Consent::initializePage()
{
    const bool minor = m_state.person.minorOn(m_state.today);
    // Issue 15: the person's agreement is theirs to give; their name is not written for them.
    m_givenBy->clear();
    m_givenByLabel->setText(minor ? EnrolmentWizard::tr("The student's own &agreement, their name:")
                                  : EnrolmentWizard::tr("Consent given &by:"));
    m_guardian->clear();
    for (const people::Guardian &guardian : m_state.guardians)
        m_guardian->addItem(guardian.firstName + QLatin1Char(' ') + guardian.familyName, guardian.relationship);
    m_guardian->setCurrentIndex(-1);
    for (QWidget *widget : {static_cast<QWidget *>(m_guardian), static_cast<QWidget *>(m_relationship),
                            static_cast<QWidget *>(m_guardianLabel), static_cast<QWidget *>(m_relationshipLabel)})
        widget->setVisible(minor);
    m_minorNote->setText(minor ? EnrolmentWizard::tr("%1 is a minor: they agree themselves, and a legal representative consents as well.")
                                     .arg(m_state.person.displayName())
                               : EnrolmentWizard::tr("%1 is an adult and consents alone.").arg(m_state.person.displayName()));
}

void EnrolmentWizard::Consent::checkReference()
{
    m_checkedReference.clear();
    const quint64 generation = ++m_referenceGeneration;
    Q_EMIT completeChanged();
    const QString typed = m_reference->text().trimmed();
    if (privacy::normaliseConsentFormReference(typed).isEmpty()) {
        setTextRole(m_referenceStatus, typed.isEmpty() ? QStringLiteral("note") : QStringLiteral("error"));
        m_referenceStatus->setText(
            typed.isEmpty()
                ? EnrolmentWizard::tr("Scan the QR code of the form the station printed for %1.").arg(m_state.person.displayName())
                : EnrolmentWizard::tr("A form reference is CF- and 8 letters or digits."));
        return;
    }
    const common::Clock *clock = m_state.context.clock;
    storage::submitJob<QString>(
        *m_state.context.writer, this,
        [clock, id = m_state.person.id, typed](storage::Database &db) {
            return privacy::ConsentFormStore(db, *clock).checkUsable(id, typed);
        },
        [this, generation](const QString &reference) {
            if (generation != m_referenceGeneration)
                return;
            m_checkedReference = reference;
            setTextRole(m_referenceStatus, QStringLiteral("ok"));
            m_referenceStatus->setText(EnrolmentWizard::tr("✓ Form %1, issued for %2.").arg(reference, m_state.person.displayName()));
            Q_EMIT completeChanged();
        },
        [this, generation](const QString &message) {
            if (generation != m_referenceGeneration)
                return;
            setTextRole(m_referenceStatus, QStringLiteral("error"));
            m_referenceStatus->setText(message);
        });
}

bool EnrolmentWizard::Consent::isComplete() const
{
    if (m_givenBy->text().trimmed().isEmpty() || (!m_onBadge->isChecked() && !m_inDatabase->isChecked()))
        return false;
    if (m_state.person.minorOn(m_state.today)
        && (m_guardian->currentText().trimmed().isEmpty() || m_relationship->currentText().trimmed().isEmpty()))
        return false;
    return !m_paper->isChecked() || !m_checkedReference.isEmpty();
}

bool EnrolmentWizard::Consent::validatePage()
{
    people::ConsentDetails &d = m_state.details;
    d.givenBy = m_givenBy->text().trimmed();
    const bool minor = m_state.person.minorOn(m_state.today);
    d.guardianName = minor ? m_guardian->currentText().trimmed() : QString();
    const int relation = m_relationship->findText(m_relationship->currentText());
    d.guardianRelationship = !minor          ? QString()
                             : relation >= 0 ? m_relationship->itemData(relation).toString()
                                             : m_relationship->currentText().trimmed();
    d.channel = m_paper->isChecked() ? privacy::ConsentChannel::Paper : privacy::ConsentChannel::InPerson;
    // Checked again, and marked used, in the enrolment's own transaction (EnrolmentService::enrol).
    d.channelReference = m_paper->isChecked() ? m_checkedReference : QString();
    d.architecture = m_inDatabase->isChecked() ? access::TemplateArchitecture::InDatabase : access::TemplateArchitecture::OnBadge;
    return true;
}

} // namespace portique::ui
