// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 Portique contributors
#pragma once

#include "enrolmentwizard.h"

#include <QWizardPage>

class QComboBox;
class QLabel;
class QLineEdit;
class QRadioButton;

namespace portique::ui {

/// Page 2 of the enrolment: who consents, how it was collected, where the template will live.
/// Nothing is filled in for the person (issue 15: the student's own agreement was pre-filled with
/// their name); a paper consent needs the reference of a form the station issued for this person,
/// scanned from its QR code or typed, checked on the writer before Next is offered.
class EnrolmentWizard::Consent final : public QWizardPage {
public:
    Consent(State &state, QWidget *parent);

    void initializePage() override;
    bool isComplete() const override;
    bool validatePage() override;

private:
    void checkReference();

    State &m_state;
    QLineEdit *m_givenBy;
    QLabel *m_givenByLabel = nullptr;
    QComboBox *m_guardian;
    QComboBox *m_relationship;
    QLabel *m_guardianLabel = nullptr;
    QLabel *m_relationshipLabel = nullptr;
    QRadioButton *m_inPerson;
    QRadioButton *m_paper;
    QLineEdit *m_reference;
    QLabel *m_referenceStatus;
    QRadioButton *m_onBadge;
    QRadioButton *m_inDatabase;
    QLabel *m_minorNote;
    QString m_checkedReference; ///< the normalised reference the writer found usable, or empty
    quint64 m_referenceGeneration = 0;
};

} // namespace portique::ui
