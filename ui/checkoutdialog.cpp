// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 Portique contributors
#include "checkoutdialog.h"

#include "access/credential.h"
#include "common/clock.h"
#include "people/peoplestore.h"
#include "station/stationservices.h"
#include "storage/databasejob.h"
#include "theme.h"
#include "visitors/indoortracking.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace portique::ui {

using storage::submitJob;

namespace {

QString hhmm(const QDateTime &time)
{
    return time.isValid() ? time.toLocalTime().toString(QStringLiteral("HH:mm")) : QStringLiteral("—");
}

/// A visitor's number as printed on the pass ("V261129-03"), typed instead of scanning.
bool isVisitorId(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("^V\\d{6}-\\d{2,}$"), QRegularExpression::CaseInsensitiveOption);
    return pattern.match(text).hasMatch();
}

} // namespace

CheckoutDialog::CheckoutDialog(StationContext &context, QString agent, QWidget *parent)
    : QDialog(parent)
    , m_context(context)
    , m_agent(std::move(agent))
    , m_code(new QLineEdit(this))
    , m_list(new QTreeWidget(this))
    , m_checkOut(new QPushButton(tr("&Check out"), this))
    , m_result(makeLabel(QString(), QStringLiteral("note"), this))
{
    setObjectName(QStringLiteral("checkoutDialog"));
    setWindowTitle(tr("Visitor check-out"));
    // The gate page hands a scanner's code to the modal dialog that says it wants one.
    setProperty("portiqueScanTarget", true);
    m_code->setObjectName(QStringLiteral("checkoutCode"));
    m_list->setObjectName(QStringLiteral("checkoutList"));
    m_checkOut->setObjectName(QStringLiteral("checkoutButton"));
    m_result->setObjectName(QStringLiteral("checkoutResult"));

    auto *instruction = makeLabel(tr("Scan the pass or pick the visitor"), QStringLiteral("subtitle"), this);
    auto *explanation = makeLabel(tr("Scanning the pass checks the visitor out at once. You can also type the pass's code or "
                                     "the visitor's number (V…), or a name to find them in the list, then press Enter. The "
                                     "pass stops working, and the face template and the trail are deleted at once."),
                                  QStringLiteral("note"), this);
    m_code->setPlaceholderText(tr("Pass code, visitor number or name"));
    m_code->setClearButtonEnabled(true);
    m_code->setAccessibleName(tr("Pass code, visitor number or name"));
    auto *codeLabel = new QLabel(tr("&Pass:"), this);
    codeLabel->setBuddy(m_code);
    auto *codeRow = new QHBoxLayout;
    codeRow->addWidget(codeLabel);
    codeRow->addWidget(m_code, 1);
    codeRow->addWidget(m_checkOut);

    m_list->setColumnCount(5);
    m_list->setHeaderLabels({tr("Name"), tr("Organisation"), tr("Visiting"), tr("Arrived"), tr("Number")});
    m_list->setRootIsDecorated(false);
    m_list->setAlternatingRowColors(true);
    m_list->setUniformRowHeights(true);
    m_list->setAllColumnsShowFocus(true);
    m_list->header()->setStretchLastSection(false);
    m_list->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_list->setMinimumHeight(200);

    QFont big = m_result->font();
    big.setPointSizeF(big.pointSizeF() * 1.2);
    m_result->setFont(big);
    m_result->setMinimumHeight(m_result->fontMetrics().height() * 2 + 8);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(instruction);
    layout->addWidget(explanation);
    layout->addLayout(codeRow);
    layout->addWidget(m_result);
    layout->addWidget(new QLabel(tr("On site:"), this));
    layout->addWidget(m_list, 1);
    layout->addWidget(buttons);
    resize(720, 520);

    // Enter must check out, not close the dialog: no default button.
    m_checkOut->setAutoDefault(false);
    for (QAbstractButton *button : buttons->buttons()) {
        if (auto *push = qobject_cast<QPushButton *>(button))
            push->setAutoDefault(false);
    }
    connect(m_code, &QLineEdit::returnPressed, this, &CheckoutDialog::checkOutCurrent);
    connect(m_code, &QLineEdit::textChanged, this, &CheckoutDialog::filterList);
    connect(m_checkOut, &QPushButton::clicked, this, &CheckoutDialog::checkOutCurrent);
    connect(m_list, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *item) {
        if (item)
            checkOutVisitor(item->data(0, Qt::UserRole).toString());
    });
    setTabOrder(m_code, m_checkOut);
    setTabOrder(m_checkOut, m_list);
    m_code->setFocus();
    reload();
}

void CheckoutDialog::preselect(const QString &visitorId)
{
    m_preselect = visitorId;
    for (int i = 0; i < m_list->topLevelItemCount(); ++i) {
        QTreeWidgetItem *item = m_list->topLevelItem(i);
        if (item->data(0, Qt::UserRole).toString() == visitorId)
            m_list->setCurrentItem(item);
    }
}

QString CheckoutDialog::resultText() const
{
    return m_result->text();
}

QStringList CheckoutDialog::listedIds() const
{
    QStringList ids;
    for (int i = 0; i < m_list->topLevelItemCount(); ++i)
        ids << m_list->topLevelItem(i)->data(0, Qt::UserRole).toString();
    return ids;
}

void CheckoutDialog::reload()
{
    const common::Clock *clock = m_context.clock;
    const quint64 generation = ++m_generation;
    submitJob<std::vector<visitors::Visitor>>(
        *m_context.writer, this,
        [clock](storage::Database &db) { return station::StationServices(db, *clock).visitors.onSite(); },
        [this, generation](const std::vector<visitors::Visitor> &onSite) {
            if (generation != m_generation)
                return;
            const QString current = m_list->currentItem() ? m_list->currentItem()->data(0, Qt::UserRole).toString() : m_preselect;
            m_list->clear();
            for (const visitors::Visitor &visitor : onSite) {
                auto *item = new QTreeWidgetItem(m_list, {visitor.name, visitor.organisation, visitor.host, hhmm(visitor.arrivedAt), visitor.id});
                item->setData(0, Qt::UserRole, visitor.id);
                item->setData(1, Qt::UserRole, people::foldForSearch(visitor.name + u' ' + visitor.organisation + u' ' + visitor.host + u' '
                                                                     + visitor.id));
                if (visitor.id == current)
                    m_list->setCurrentItem(item);
            }
            for (int column = 1; column < m_list->columnCount(); ++column)
                m_list->resizeColumnToContents(column);
            filterList();
        },
        [this](const QString &message) { showResult(message, true); });
}

void CheckoutDialog::filterList()
{
    // A name typed in the field narrows the list; a pass's code matches nobody and hides nothing.
    const QString text = m_code->text().trimmed();
    const bool code = text.startsWith(access::credentialPrefix, Qt::CaseInsensitive);
    const QString folded = people::foldForSearch(text);
    QTreeWidgetItem *firstShown = nullptr;
    for (int i = 0; i < m_list->topLevelItemCount(); ++i) {
        QTreeWidgetItem *item = m_list->topLevelItem(i);
        const bool shown = code || folded.isEmpty() || item->data(1, Qt::UserRole).toString().contains(folded);
        item->setHidden(!shown);
        if (shown && !firstShown)
            firstShown = item;
    }
    if (!code && !folded.isEmpty() && (!m_list->currentItem() || m_list->currentItem()->isHidden()))
        m_list->setCurrentItem(firstShown);
}

void CheckoutDialog::receiveScan(const QString &code)
{
    m_code->setText(code.trimmed());
    checkOutCode(code.trimmed());
}

void CheckoutDialog::checkOutCurrent()
{
    const QString text = m_code->text().trimmed();
    if (text.startsWith(access::credentialPrefix, Qt::CaseInsensitive)) {
        checkOutCode(text);
    } else if (isVisitorId(text)) {
        checkOutVisitor(text.toUpper());
    } else if (QTreeWidgetItem *item = m_list->currentItem(); item && !item->isHidden()) {
        checkOutVisitor(item->data(0, Qt::UserRole).toString());
    } else if (!text.isEmpty()) {
        checkOutCode(text); // says why it is not a pass
    } else {
        showResult(tr("Scan the pass, or pick the visitor in the list."), true);
    }
}

namespace {

QString outcomeText(const visitors::Visitor &visitor)
{
    return visitor.tracking ? CheckoutDialog::tr("%1 checked out at %2 — template and trail deleted.").arg(visitor.name, hhmm(visitor.departedAt))
                            : CheckoutDialog::tr("%1 checked out at %2 — the pass no longer works.").arg(visitor.name, hhmm(visitor.departedAt));
}

/// The indoor cameras stop looking for someone who left at once, not at their next reload.
void forgetFace(StationContext &context, const visitors::Visitor &visitor)
{
    if (visitor.tracking && context.tracking)
        QMetaObject::invokeMethod(context.tracking, &visitors::IndoorTracking::refreshGallery, Qt::QueuedConnection);
}

} // namespace

void CheckoutDialog::checkOutCode(const QString &code)
{
    if (m_busy)
        return;
    m_busy = true;
    const common::Clock *clock = m_context.clock;
    submitJob<visitors::Visitor>(
        *m_context.writer, this,
        [clock, code, agent = m_agent](storage::Database &db) {
            return station::StationServices(db, *clock).visitors.checkOutByPass(code, agent);
        },
        [this](const visitors::Visitor &visitor) {
            m_busy = false;
            showResult(outcomeText(visitor), false);
            forgetFace(m_context, visitor);
            m_code->clear();
            reload();
            Q_EMIT checkedOut(visitor.id);
        },
        [this](const QString &message) {
            m_busy = false;
            showResult(message, true);
            m_code->selectAll();
        });
}

void CheckoutDialog::checkOutVisitor(const QString &visitorId)
{
    if (m_busy || visitorId.isEmpty())
        return;
    m_busy = true;
    const common::Clock *clock = m_context.clock;
    submitJob<visitors::Visitor>(
        *m_context.writer, this,
        [clock, visitorId, agent = m_agent](storage::Database &db) {
            return station::StationServices(db, *clock).visitors.checkOut(visitorId, visitors::Departure::Desk, agent);
        },
        [this](const visitors::Visitor &visitor) {
            m_busy = false;
            showResult(outcomeText(visitor), false);
            forgetFace(m_context, visitor);
            m_code->clear();
            m_code->setFocus();
            reload();
            Q_EMIT checkedOut(visitor.id);
        },
        [this](const QString &message) {
            m_busy = false;
            showResult(message, true);
        });
}

void CheckoutDialog::showResult(const QString &text, bool error)
{
    setTextRole(m_result, error ? QStringLiteral("error") : QStringLiteral("ok"));
    m_result->setText(error ? QStringLiteral("✕ ") + text : QStringLiteral("✓ ") + text);
}

} // namespace portique::ui
