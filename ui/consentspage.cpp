// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 Portique contributors
#include "consentspage.h"

#include "common/csvwriter.h"
#include "common/privatefiles.h"
#include "outputrecord.h"
#include "storage/databasejob.h"
#include "theme.h"

#include <QComboBox>
#include <QFile>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QStandardItemModel>
#include <QStandardPaths>
#include <QTableView>
#include <QVBoxLayout>

namespace portique::ui {

using storage::submitJob;
namespace {

/// The first column's item holds the person's id here (never shown; the output log's subjects).
constexpr int personIdRole = Qt::UserRole + 1;

QString shortDateTime(const QDateTime &time)
{
    return QLocale().toString(time.toLocalTime(), QStringLiteral("dd/MM/yyyy HH:mm"));
}

QString channelText(const privacy::Consent &consent)
{
    if (consent.channel == privacy::ConsentChannel::Paper)
        return consent.channelReference.isEmpty() ? ConsentsPage::tr("paper form")
                                                  : ConsentsPage::tr("paper form %1").arg(consent.channelReference);
    return ConsentsPage::tr("in person at the desk");
}

QString architectureText(access::TemplateArchitecture architecture)
{
    return architecture == access::TemplateArchitecture::InDatabase ? ConsentsPage::tr("type 2 (database)")
                                                                    : ConsentsPage::tr("type 1 (badge)");
}

QString stateText(const privacy::ConsentListing &entry)
{
    if (!entry.consent.active() && entry.consent.endReason != privacy::ConsentEnd::Withdrawn)
        return ConsentsPage::tr("lapsed %1 (%2)")
            .arg(shortDateTime(entry.consent.withdrawnAt), privacy::consentEndLabel(entry.consent.endReason));
    if (!entry.consent.active())
        return ConsentsPage::tr("withdrawn %1 by %2").arg(shortDateTime(entry.consent.withdrawnAt), entry.consent.withdrawnBy);
    if (entry.leftOn.isValid())
        return ConsentsPage::tr("in force — left the school %1").arg(QLocale().toString(entry.leftOn, QStringLiteral("dd/MM/yyyy")));
    return ConsentsPage::tr("in force");
}

} // namespace

ConsentsPage::ConsentsPage(StationContext &context, QString user, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
    , m_user(std::move(user))
    , m_class(new QComboBox(this))
    , m_state(new QComboBox(this))
    , m_search(new QLineEdit(this))
    , m_csv(new QPushButton(tr("Save as &CSV…"), this))
    , m_summary(new QLabel(this))
    , m_model(new QStandardItemModel(0, ColumnCount, this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_table(new QTableView(this))
{
    m_class->setObjectName(QStringLiteral("consentClass"));
    m_class->addItem(tr("All classes"), QString());
    m_state->setObjectName(QStringLiteral("consentState"));
    m_state->addItem(tr("All consents"), int(privacy::ConsentState::Any));
    m_state->addItem(tr("In force"), int(privacy::ConsentState::InForce));
    m_state->addItem(tr("Withdrawn or lapsed"), int(privacy::ConsentState::Withdrawn));
    m_search->setObjectName(QStringLiteral("consentSearch"));
    m_search->setPlaceholderText(tr("Filter: name, guardian, form…"));
    m_search->setClearButtonEnabled(true);
    m_csv->setObjectName(QStringLiteral("consentCsv"));
    m_summary->setObjectName(QStringLiteral("consentSummary"));

    m_model->setHorizontalHeaderLabels({tr("Person"), tr("Class"), tr("Given"), tr("Agreed by"), tr("Legal guardian"), tr("How"),
                                        tr("Template"), tr("Held at the station"), tr("State"), tr("Agent")});
    m_proxy->setSourceModel(m_model);
    m_proxy->setFilterKeyColumn(-1);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setSortRole(Qt::UserRole);
    m_table->setObjectName(QStringLiteral("consentTable"));
    m_table->setModel(m_proxy);
    configureTable(m_table);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(Given, Qt::DescendingOrder);

    auto *title = makeLabel(tr("Consent register"), QStringLiteral("subtitle"), this);
    auto *explanation = makeLabel(tr("Every consent to the face lane, with who agreed (a legal guardian for a minor), how it was "
                                     "collected and its withdrawal. A withdrawal deletes the template at once; the record itself is "
                                     "kept for the retention period of people who left, as proof."),
                                  QStringLiteral("note"), this);
    auto *classLabel = new QLabel(tr("C&lass:"), this);
    classLabel->setBuddy(m_class);
    auto *bar = new QHBoxLayout;
    bar->addWidget(classLabel);
    bar->addWidget(m_class);
    bar->addWidget(m_state);
    bar->addWidget(m_search, 1);
    bar->addWidget(m_csv);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 20, 24, 20);
    layout->addWidget(title);
    layout->addWidget(explanation);
    layout->addLayout(bar);
    layout->addWidget(m_summary);
    layout->addWidget(m_table, 1);

    connect(m_class, &QComboBox::activated, this, &ConsentsPage::reload);
    connect(m_state, &QComboBox::activated, this, &ConsentsPage::reload);
    connect(m_search, &QLineEdit::textChanged, m_proxy, &QSortFilterProxyModel::setFilterFixedString);
    connect(m_csv, &QPushButton::clicked, this, &ConsentsPage::chooseCsv);
}

void ConsentsPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    reload();
}

int ConsentsPage::rowCount() const
{
    return m_proxy->rowCount();
}

void ConsentsPage::reload()
{
    struct Result {
        std::vector<privacy::ConsentListing> listing;
        QStringList classes;
    };
    const int generation = ++m_generation;
    const QString className = m_class->currentData().toString();
    const auto state = privacy::ConsentState(m_state->currentData().toInt());
    submitJob<Result>(
        *m_context.writer, this,
        [className, state](storage::Database &db) {
            privacy::ConsentStore consents(db);
            return Result{consents.listing(className, state), consents.classesWithConsents()};
        },
        [this, generation](const Result &result) {
            if (generation == m_generation)
                display(result.listing, result.classes);
        },
        [this](const QString &message) {
            setTextRole(m_summary, QStringLiteral("error"));
            m_summary->setText(message);
        });
}

void ConsentsPage::display(const std::vector<privacy::ConsentListing> &listing, const QStringList &classes)
{
    const QString chosen = m_class->currentData().toString();
    m_class->clear();
    m_class->addItem(tr("All classes"), QString());
    for (const QString &name : classes)
        m_class->addItem(name, name);
    m_class->setCurrentIndex(std::max(0, m_class->findData(chosen)));

    m_model->removeRows(0, m_model->rowCount());
    int inForce = 0;
    for (const privacy::ConsentListing &entry : listing) {
        const privacy::Consent &c = entry.consent;
        inForce += c.active() ? 1 : 0;
        const QString guardian =
            c.guardianName.isEmpty()
                ? QString()
                : (c.guardianRelationship.isEmpty() ? c.guardianName : tr("%1 (%2)").arg(c.guardianName, c.guardianRelationship));
        QList<QStandardItem *> row;
        auto add = [&row](const QString &text, const QVariant &sortKey = {}) {
            auto *item = new QStandardItem(text);
            item->setEditable(false);
            item->setData(sortKey.isValid() ? sortKey : QVariant(text), Qt::UserRole);
            row << item;
        };
        add(entry.personName);
        row.constFirst()->setData(c.personId, personIdRole); // whom a saved register names (output log)
        add(entry.className);
        add(shortDateTime(c.givenAt), c.givenAt);
        add(c.givenBy);
        add(guardian);
        add(channelText(c));
        add(architectureText(c.architecture));
        add(entry.templateHeld ? tr("yes") : tr("no"));
        add(stateText(entry), c.active() ? 0 : 1);
        add(c.agent);
        if (!c.active())
            row[State]->setForeground(QColor(0x9a, 0x5b, 0x00));
        m_model->appendRow(row);
    }
    m_table->resizeColumnsToContents();
    setTextRole(m_summary, QStringLiteral("note"));
    m_summary->setText(tr("%n consent(s) listed", nullptr, int(listing.size())) + QStringLiteral(" · ")
                       + tr("%n in force", nullptr, inForce) + QStringLiteral(" · ")
                       + tr("%n withdrawn or lapsed", nullptr, int(listing.size()) - inForce));
    Q_EMIT loaded();
}

QString ConsentsPage::saveCsv(const QString &path)
{
    QStringList header;
    for (int column = 0; column < ColumnCount; ++column)
        header << m_model->headerData(column, Qt::Horizontal).toString();
    QList<QStringList> rows;
    QStringList people;
    for (int row = 0; row < m_proxy->rowCount(); ++row) {
        QStringList fields;
        for (int column = 0; column < ColumnCount; ++column)
            fields << m_proxy->index(row, column).data().toString();
        rows << fields;
        people << m_proxy->index(row, 0).data(personIdRole).toString();
    }
    // Names come from imported files: core's writer keeps them from running as formulas. The file
    // is its owner's only from its creation, and noted in the output log with whom it names.
    const QString reason = common::writePrivateFile(path, common::csvDocument(header, rows));
    if (!reason.isEmpty())
        return tr("Cannot write %1: %2").arg(path, reason);
    recordOutput(this, m_context, {path, privacy::OutputKind::ConsentRegister, people});
    return {};
}

void ConsentsPage::chooseCsv()
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString path = QFileDialog::getSaveFileName(this, tr("Save the consent register"),
                                                      folder + QStringLiteral("/registre-consentements.csv"), tr("CSV (*.csv)"));
    if (path.isEmpty())
        return;
    const QString error = saveCsv(path);
    setTextRole(m_summary, error.isEmpty() ? QStringLiteral("ok") : QStringLiteral("error"));
    m_summary->setText(error.isEmpty() ? tr("Saved in %1.").arg(path) : error);
}

} // namespace portique::ui
