// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 Portique contributors
#include "visitorspage.h"

#include "checkoutdialog.h"
#include "common/clock.h"
#include "outputrecord.h"
#include "passprintdialog.h"
#include "people/peoplestore.h"
#include "station/cameraconfig.h"
#include "station/setting.h"
#include "station/stationservices.h"
#include "storage/databasejob.h"
#include "theme.h"
#include "visitordialog.h"
#include "visitors/indoortracking.h"
#include "visitors/passrender.h"
#include "visitors/rollcall.h"
#include "visitortracking.h"
#include "zonemapview.h"

#include <QAbstractTableModel>
#include <QCheckBox>
#include <QFileDialog>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QMessageBox>
#include <QPrintDialog>
#include <QPrinter>
#include <QPushButton>
#include <QShortcut>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStandardPaths>
#include <QTableView>
#include <QTextBrowser>
#include <QTimer>
#include <QTreeWidget>
#include <QVBoxLayout>
#include <QtConcurrent>

#include <memory>
#include <stdexcept>

namespace portique::ui {

using storage::submitJob;

namespace {

// UI issue 7: the list follows arrivals, departures and sightings without the agent asking; every
// 5 s keeps "last seen" current at the cost of a few small queries on the writer.
constexpr int refreshIntervalMs = 5000;

// The widest a name, organisation or host column gets: eight columns fit a 1280-pixel screen.
constexpr int maxTextColumnPx = 170;

constexpr int SortRole = Qt::UserRole + 1;
constexpr int SearchRole = Qt::UserRole + 2;

QString hhmm(const QDateTime &time)
{
    return time.isValid() ? time.toLocalTime().toString(QStringLiteral("HH:mm")) : QStringLiteral("—");
}

/// "10:42" today, "28/11 10:42" another day (someone on site since yesterday stands out).
QString when(const QDateTime &time, const QDate &today)
{
    if (!time.isValid())
        return QStringLiteral("—");
    const QDateTime local = time.toLocalTime();
    return local.date() == today ? hhmm(time) : QLocale().toString(local, QStringLiteral("dd/MM HH:mm"));
}

QString html(const QString &text)
{
    return text.toHtmlEscaped();
}

QString row(const QString &label, const QString &value)
{
    return QStringLiteral("<tr><td style='padding-right:12px; color:#5b6270'>%1</td><td>%2</td></tr>").arg(label, value);
}

bool askQuestion(QWidget *parent, const QString &title, const QString &text)
{
    QMessageBox box(QMessageBox::Question, title, text, QMessageBox::Yes | QMessageBox::Cancel, parent);
    box.setDefaultButton(QMessageBox::Cancel);
    return box.exec() == QMessageBox::Yes;
}

struct VisitorRow {
    visitors::Visitor visitor;
    std::optional<visitors::Sighting> lastSeen;
};

bool overstaying(const visitors::Visitor &visitor, const QDateTime &now)
{
    return visitor.onSite() && visitor.expectedDeparture.isValid() && now > visitor.expectedDeparture;
}

} // namespace

/// Everything the page shows, read in one job.
struct VisitorsPage::Snapshot {
    QDateTime now;
    std::vector<VisitorRow> rows;
    visitors::ZoneMap map;
    QString mapProblem;
    QHash<QString, QString> cameraZones;
};

/// The visitors as rows; Qt::UserRole is the id, SortRole the raw value, SearchRole the folded
/// words the search looks in.
class VisitorsPage::Model final : public QAbstractTableModel {
public:
    using QAbstractTableModel::QAbstractTableModel;

    void setRows(std::vector<VisitorRow> rows, const QDateTime &now)
    {
        beginResetModel();
        m_rows = std::move(rows);
        m_now = now;
        endResetModel();
    }
    const VisitorRow *rowAt(int index) const { return index >= 0 && index < int(m_rows.size()) ? &m_rows[std::size_t(index)] : nullptr; }
    int rowOf(const QString &id) const
    {
        for (std::size_t i = 0; i < m_rows.size(); ++i) {
            if (m_rows[i].visitor.id == id)
                return int(i);
        }
        return -1;
    }
    QDateTime now() const { return m_now; }

    int rowCount(const QModelIndex &parent = {}) const override { return parent.isValid() ? 0 : int(m_rows.size()); }
    int columnCount(const QModelIndex &parent = {}) const override { return parent.isValid() ? 0 : ColumnCount; }

    QVariant headerData(int section, Qt::Orientation orientation, int role) const override
    {
        if (orientation != Qt::Horizontal)
            return {};
        if (role == Qt::ToolTipRole && section == Departure)
            return VisitorsPage::tr("Expected departure");
        if (role != Qt::DisplayRole)
            return {};
        switch (section) {
        case Name:
            return VisitorsPage::tr("Name");
        case Organisation:
            return VisitorsPage::tr("Organisation");
        case Host:
            return VisitorsPage::tr("Visiting");
        case Arrived:
            return VisitorsPage::tr("Arrived");
        case Departure:
            return VisitorsPage::tr("Departure");
        case Escort:
            return VisitorsPage::tr("Escort");
        case Tracking:
            return VisitorsPage::tr("Tracking");
        case LastSeen:
            return VisitorsPage::tr("Last seen");
        default:
            return {};
        }
    }

    QVariant data(const QModelIndex &index, int role) const override
    {
        const VisitorRow *entry = rowAt(index.row());
        if (!entry)
            return {};
        const visitors::Visitor &v = entry->visitor;
        const QDate today = m_now.toLocalTime().date();
        const bool late = overstaying(v, m_now);
        switch (role) {
        case Qt::UserRole:
            return v.id;
        case SearchRole:
            return people::foldForSearch(QStringList{v.name, v.organisation, v.host, v.id}.join(u' '));
        case Qt::ForegroundRole:
            if (!v.onSite())
                return QColor(0x8a, 0x90, 0x99);
            if (late && index.column() == Departure)
                return colours::alert;
            return {};
        case Qt::FontRole:
            if (late && index.column() == Departure) {
                QFont bold;
                bold.setBold(true);
                return bold;
            }
            return {};
        case Qt::ToolTipRole:
            switch (index.column()) {
            case Departure:
                return late ? VisitorsPage::tr("Expected to leave at %1: overstaying by %n minute(s).", nullptr,
                                               int(v.expectedDeparture.secsTo(m_now) / 60))
                                  .arg(hhmm(v.expectedDeparture))
                            : QVariant();
            case Tracking:
                return v.tracking
                           ? VisitorsPage::tr("Followed by the indoor cameras (consent given); the face template is deleted at check-out.")
                           : VisitorsPage::tr("Not followed by the cameras: no consent was given.");
            case LastSeen:
                return entry->lastSeen ? VisitorsPage::tr("Camera %1 at %2").arg(entry->lastSeen->camera, hhmm(entry->lastSeen->at))
                                       : QVariant();
            case Name:
                return v.id;
            default:
                return {};
            }
        case SortRole:
            switch (index.column()) {
            case Arrived:
                return v.arrivedAt;
            case Departure:
                return v.expectedDeparture;
            case LastSeen:
                return entry->lastSeen ? entry->lastSeen->at : QDateTime();
            default:
                return data(index, Qt::DisplayRole).toString().toLower();
            }
        case Qt::DisplayRole:
            switch (index.column()) {
            case Name:
                return v.name;
            case Organisation:
                return v.organisation;
            case Host:
                return v.host;
            case Arrived:
                return when(v.arrivedAt, today);
            case Departure:
                return late ? VisitorsPage::tr("! %1 — overstay").arg(hhmm(v.expectedDeparture)) : hhmm(v.expectedDeparture);
            case Escort:
                return v.escort ? VisitorsPage::tr("Yes") : VisitorsPage::tr("No");
            case Tracking:
                return v.tracking ? VisitorsPage::tr("Yes") : VisitorsPage::tr("No");
            case LastSeen:
                if (!v.onSite())
                    return VisitorsPage::tr("Left at %1").arg(hhmm(v.departedAt));
                if (!entry->lastSeen)
                    return QStringLiteral("—");
                return QStringLiteral("%1 · %2").arg(entry->lastSeen->zone, when(entry->lastSeen->at, today));
            default:
                return {};
            }
        default:
            return {};
        }
    }

private:
    std::vector<VisitorRow> m_rows;
    QDateTime m_now;
};

/// The search: every word typed, accents and case ignored, in the name, organisation, host or number.
class VisitorsPage::Filter final : public QSortFilterProxyModel {
public:
    using QSortFilterProxyModel::QSortFilterProxyModel;

    void setSearch(const QString &text)
    {
        m_words = people::foldForSearch(text).split(u' ', Qt::SkipEmptyParts);
        invalidateFilter();
    }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override
    {
        const QString haystack = sourceModel()->index(sourceRow, 0, sourceParent).data(SearchRole).toString();
        return std::all_of(m_words.cbegin(), m_words.cend(), [&](const QString &word) { return haystack.contains(word); });
    }

private:
    QStringList m_words;
};

VisitorsPage::VisitorsPage(StationContext &context, const QString &agent, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
    , m_agent(agent)
    , m_confirm(askQuestion)
    , m_model(new Model(this))
    , m_filter(new Filter(this))
    , m_table(new QTableView(this))
    , m_search(new QLineEdit(this))
    , m_showLeft(new QCheckBox(tr("Also show those who &left today"), this))
    , m_new(new QPushButton(tr("&New visitor (F5)"), this))
    , m_checkOut(new QPushButton(tr("&Check out (F6)"), this))
    , m_reissue(new QPushButton(tr("&Re-issue pass…"), this))
    , m_rollCall(new QPushButton(tr("Roll c&all"), this))
    , m_message(new QLabel(this))
    , m_detail(new QTextBrowser(this))
    , m_trailNote(makeLabel(QString(), QStringLiteral("note"), this))
    , m_trail(new QTreeWidget(this))
    , m_map(new ZoneMapView(this))
    , m_refresh(new QTimer(this))
    , m_f5(new QShortcut(QKeySequence(Qt::Key_F5), this))
    , m_f6(new QShortcut(QKeySequence(Qt::Key_F6), this))
{
    m_stopTracking = new StopTrackingButton(context, agent, this);
    m_stopTracking->setConfirmation(
        [this](QWidget *parent, const QString &title, const QString &text) { return m_confirm(parent, title, text); });
    setObjectName(QStringLiteral("visitorsPage"));
    m_table->setObjectName(QStringLiteral("visitorsTable"));
    m_search->setObjectName(QStringLiteral("visitorsSearch"));
    m_showLeft->setObjectName(QStringLiteral("showLeftVisitors"));
    m_new->setObjectName(QStringLiteral("newVisitorButton"));
    m_checkOut->setObjectName(QStringLiteral("checkOutButton"));
    m_reissue->setObjectName(QStringLiteral("reissueButton"));
    m_rollCall->setObjectName(QStringLiteral("rollCallButton"));
    m_message->setObjectName(QStringLiteral("visitorsMessage"));
    m_detail->setObjectName(QStringLiteral("visitorDetail"));
    m_trailNote->setObjectName(QStringLiteral("trailNote"));
    m_trail->setObjectName(QStringLiteral("visitorTrail"));

    m_filter->setSourceModel(m_model);
    m_filter->setSortRole(SortRole);
    m_table->setModel(m_filter);
    configureTable(m_table);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(Arrived, Qt::AscendingOrder);
    m_table->setTabKeyNavigation(false);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);

    m_search->setPlaceholderText(tr("Find a visitor (Ctrl+F)"));
    m_search->setToolTip(tr("Name, organisation, person visited or visitor number; accents and case ignored."));
    m_search->setClearButtonEnabled(true);
    m_search->setMinimumWidth(200); // the placeholder must stay readable beside the buttons
    m_search->setAccessibleName(tr("Find a visitor"));
    m_detail->setOpenLinks(false);
    m_detail->setTabChangesFocus(true);
    m_detail->setPlaceholderText(tr("Select a visitor to see their registration, their pass and where they were seen."));
    m_message->setWordWrap(true);
    m_message->hide();

    m_trail->setColumnCount(4);
    m_trail->setHeaderLabels({tr("#"), tr("Time"), tr("Camera"), tr("Zone")});
    m_trail->setRootIsDecorated(false);
    m_trail->setUniformRowHeights(true);
    m_trail->setAlternatingRowColors(true);
    m_trail->header()->setStretchLastSection(true);
    m_trail->setAccessibleName(tr("Trail"));

    auto *rollCallMenu = new QMenu(m_rollCall);
    rollCallMenu->addAction(tr("&Print the roll call…"), this, &VisitorsPage::printRollCall);
    rollCallMenu->addAction(tr("&Save the roll call as PDF…"), this, &VisitorsPage::chooseRollCallFile);
    m_rollCall->setMenu(rollCallMenu);
    m_rollCall->setToolTip(tr("Everyone on site now, with where they were last seen, to tick off at the assembly point."));

    auto *title = makeLabel(tr("Visitors"), QStringLiteral("subtitle"), this);
    auto *explanation = makeLabel(tr("Visitors registered at the desk, with their pass. Those who agreed are followed by the indoor "
                                     "cameras while on site; their face template and trail are deleted at check-out."),
                                  QStringLiteral("note"), this);

    auto *actions = new QHBoxLayout;
    actions->addWidget(m_new);
    actions->addWidget(m_checkOut);
    actions->addWidget(m_reissue);
    actions->addWidget(m_stopTracking);
    actions->addWidget(m_rollCall);
    actions->addSpacing(12);
    actions->addWidget(m_search, 1);
    actions->addWidget(m_showLeft);

    auto *trailPanel = new QWidget(this);
    auto *trailLayout = new QVBoxLayout(trailPanel);
    trailLayout->setContentsMargins(0, 0, 0, 0);
    trailLayout->addWidget(makeLabel(tr("Trail"), QStringLiteral("section"), trailPanel));
    trailLayout->addWidget(m_trailNote);
    trailLayout->addWidget(m_trail, 1);
    trailLayout->addStretch(); // takes the room while there is no trail to list

    // The list across the whole width (its eight columns need it, beside the alert column of the
    // main window); under it the selected visitor: registration and trail, and the map.
    auto *visitorPanel = new QSplitter(Qt::Vertical, this);
    visitorPanel->addWidget(m_detail);
    visitorPanel->addWidget(trailPanel);
    visitorPanel->setChildrenCollapsible(false);
    visitorPanel->setSizes({210, 150});

    auto *bottom = new QSplitter(Qt::Horizontal, this);
    bottom->addWidget(visitorPanel);
    bottom->addWidget(m_map);
    bottom->setChildrenCollapsible(false);
    bottom->setStretchFactor(0, 1);
    bottom->setStretchFactor(1, 1);
    bottom->setSizes({440, 460});

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_table);
    splitter->addWidget(bottom);
    splitter->setChildrenCollapsible(false);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);
    splitter->setSizes({200, 360});

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 20, 24, 20);
    layout->addWidget(title);
    layout->addWidget(explanation);
    layout->addLayout(actions);
    layout->addWidget(m_message);
    layout->addWidget(splitter, 1);

    setTabOrder(m_new, m_checkOut);
    setTabOrder(m_checkOut, m_reissue);
    setTabOrder(m_reissue, m_stopTracking);
    setTabOrder(m_stopTracking, m_rollCall);
    setTabOrder(m_rollCall, m_search);
    setTabOrder(m_search, m_showLeft);
    setTabOrder(m_showLeft, m_table);
    setTabOrder(m_table, m_detail);
    setTabOrder(m_detail, m_trail);

    // UI.md "Keyboard": F5 new visitor, F6 check-out; Ctrl+F finds. Active while the page is shown.
    connect(m_f5, &QShortcut::activated, this, &VisitorsPage::newVisitor);
    connect(m_f6, &QShortcut::activated, this, &VisitorsPage::checkOut);
    auto *find = new QShortcut(QKeySequence::Find, this);
    connect(find, &QShortcut::activated, this, [this] {
        m_search->setFocus(Qt::ShortcutFocusReason);
        m_search->selectAll();
    });
    connect(m_new, &QPushButton::clicked, this, &VisitorsPage::newVisitor);
    connect(m_checkOut, &QPushButton::clicked, this, &VisitorsPage::checkOut);
    connect(m_reissue, &QPushButton::clicked, this, &VisitorsPage::reissuePass);
    connect(m_stopTracking, &StopTrackingButton::withdrawn, this, [this](const QString &, const QString &text) {
        showMessage(text, false);
        reload();
        loadDetail();
        Q_EMIT visitorsChanged();
    });
    connect(m_stopTracking, &StopTrackingButton::failed, this, [this](const QString &text) { showMessage(text, true); });
    connect(m_search, &QLineEdit::textChanged, this, [this](const QString &text) { m_filter->setSearch(text); });
    connect(m_search, &QLineEdit::returnPressed, this, [this] { m_table->setFocus(Qt::OtherFocusReason); });
    connect(m_showLeft, &QCheckBox::toggled, this, &VisitorsPage::reload);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        updateButtons();
        if (!m_restoring)
            loadDetail();
    });
    // A sighting shows at once on the list and the trail, not at the next refresh.
    if (m_context.tracking)
        connect(m_context.tracking, &visitors::IndoorTracking::sighted, this, [this] {
            if (isVisible())
                reload();
        });
    m_refresh->setInterval(refreshIntervalMs);
    connect(m_refresh, &QTimer::timeout, this, &VisitorsPage::reload);
    updateButtons();
}

QAbstractItemModel *VisitorsPage::model() const
{
    return m_filter;
}

void VisitorsPage::setPageShortcuts(bool enabled)
{
    m_f5->setEnabled(enabled);
    m_f6->setEnabled(enabled);
}

void VisitorsPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    m_refresh->start();
    reload();
}

void VisitorsPage::hideEvent(QHideEvent *event)
{
    QWidget::hideEvent(event);
    m_refresh->stop(); // no reads for a tab nobody looks at
}

void VisitorsPage::reload()
{
    const common::Clock *clock = m_context.clock;
    const bool showLeft = m_showLeft->isChecked();
    const quint64 generation = ++m_listGeneration;
    submitJob<Snapshot>(
        *m_context.writer, this,
        [clock, showLeft](storage::Database &db) {
            station::StationServices services(db, *clock);
            Snapshot snapshot;
            snapshot.now = clock->now().toUTC();
            std::vector<visitors::Visitor> listed = services.visitors.onSite();
            if (showLeft) {
                for (visitors::Visitor &visitor : services.visitors.arrivedOn(snapshot.now.toLocalTime().date())) {
                    if (!visitor.onSite())
                        listed.push_back(std::move(visitor));
                }
                std::stable_sort(listed.begin(), listed.end(),
                                 [](const visitors::Visitor &a, const visitors::Visitor &b) { return a.arrivedAt < b.arrivedAt; });
            }
            for (visitors::Visitor &visitor : listed) {
                VisitorRow entry;
                if (visitor.onSite() && visitor.tracking)
                    entry.lastSeen = services.visitors.lastSeen(visitor.id);
                entry.visitor = std::move(visitor);
                snapshot.rows.push_back(std::move(entry));
            }
            const QList<station::CameraConfig> cameras = station::loadCameras(services.settings);
            for (const station::CameraConfig &camera : cameras) {
                if (camera.role == station::CameraConfig::Role::IndoorZone)
                    snapshot.cameraZones.insert(camera.name, camera.zone);
            }
            try {
                snapshot.map = visitors::loadZoneMap(services.settings, cameras);
            } catch (const std::invalid_argument &error) {
                snapshot.mapProblem = QString::fromStdString(error.what());
            }
            return snapshot;
        },
        [this, generation](const Snapshot &snapshot) {
            if (generation == m_listGeneration)
                applySnapshot(snapshot);
        },
        [this](const QString &message) { showMessage(message, true); });
}

void VisitorsPage::applySnapshot(const Snapshot &snapshot)
{
    const QString selected = selectedId();
    m_restoring = true;
    std::vector<VisitorRow> rows = snapshot.rows;
    m_model->setRows(std::move(rows), snapshot.now);
    if (!selected.isEmpty())
        selectVisitor(selected);
    m_restoring = false;
    m_table->resizeColumnsToContents();
    // Long organisations or hosts are cut (the full text is in the detail), so every column fits.
    for (const int column : {Name, Organisation, Host})
        m_table->setColumnWidth(column, std::min(m_table->columnWidth(column), maxTextColumnPx));
    m_lastMap = snapshot.map;
    m_map->setMap(snapshot.map, snapshot.cameraZones);
    if (!snapshot.mapProblem.isEmpty())
        showMessage(tr("The zone map cannot be read: %1").arg(snapshot.mapProblem), true);
    m_detail->setPlaceholderText(snapshot.rows.empty() ? tr("Nobody is on site. Register a visitor with \"New visitor\" (F5).")
                                                       : tr("Select a visitor to see their registration, their pass and where "
                                                            "they were seen."));
    updateButtons();
    loadDetail();
}

bool VisitorsPage::selectVisitor(const QString &visitorId)
{
    const int sourceRow = m_model->rowOf(visitorId);
    if (sourceRow < 0)
        return false;
    const QModelIndex index = m_filter->mapFromSource(m_model->index(sourceRow, Name));
    if (!index.isValid())
        return false; // hidden by the search
    if (selectedId() == visitorId) {
        updateButtons();
        if (!m_restoring)
            loadDetail();
    } else {
        m_table->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    }
    m_table->scrollTo(index);
    return true;
}

QString VisitorsPage::selectedId() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    return rows.isEmpty() ? QString() : rows.constFirst().data(Qt::UserRole).toString();
}

QString VisitorsPage::message() const
{
    return m_message->text();
}

void VisitorsPage::showMessage(const QString &text, bool error)
{
    ui::showMessage(m_message, text, error ? QStringLiteral("error") : QStringLiteral("ok"));
}

void VisitorsPage::updateButtons()
{
    const int sourceRow = m_model->rowOf(selectedId());
    const VisitorRow *entry = m_model->rowAt(sourceRow);
    const bool onSite = entry && entry->visitor.onSite();
    m_reissue->setEnabled(onSite);
    m_reissue->setToolTip(onSite ? tr("A new pass for %1: the current one stops working.").arg(entry->visitor.name)
                                 : tr("Select a visitor on site first."));
    m_stopTracking->setVisitor(entry ? &entry->visitor : nullptr);
}

namespace {

struct Detail {
    std::optional<visitors::Visitor> visitor;
    std::vector<visitors::Sighting> trail;
};

QString detailHtml(const visitors::Visitor &v, const QDateTime &now, const visitors::ZoneMap &map)
{
    const QDate today = now.toLocalTime().date();
    QString text = QStringLiteral("<h2 style='margin-top:0; margin-bottom:2px'>%1</h2>").arg(html(v.name));
    text += QStringLiteral("<p style='margin-top:0'>%1</p>")
                .arg(html(v.organisation.isEmpty() ? VisitorsPage::tr("Number %1").arg(v.id)
                                                   : VisitorsPage::tr("%1 · number %2").arg(v.organisation, v.id)));
    QString rows = row(VisitorsPage::tr("Visiting"), html(v.host));
    if (!v.purpose.isEmpty())
        rows += row(VisitorsPage::tr("Purpose"), html(v.purpose));
    QString departure = html(hhmm(v.expectedDeparture));
    if (overstaying(v, now))
        departure =
            QStringLiteral("<span style='color:%1; font-weight:600'>%2</span>")
                .arg(colours::alert.name(),
                     html(VisitorsPage::tr("! %1 — overstay (%n minute(s) late)", nullptr, int(v.expectedDeparture.secsTo(now) / 60))
                              .arg(hhmm(v.expectedDeparture))));
    rows +=
        row(VisitorsPage::tr("Arrived"), VisitorsPage::tr("%1 · expected to leave at %2").arg(html(when(v.arrivedAt, today)), departure));
    rows +=
        row(VisitorsPage::tr("Escort"), v.escort ? QStringLiteral("<b>%1</b>").arg(html(VisitorsPage::tr("Yes — must be escorted inside")))
                                                 : html(VisitorsPage::tr("No")));
    QStringList zones;
    for (const QString &zone : v.zones)
        zones << (map.isRestricted(zone) ? html(VisitorsPage::tr("%1 (restricted zone)").arg(zone)) : html(zone));
    rows += row(VisitorsPage::tr("Zones allowed"), zones.isEmpty() ? html(VisitorsPage::tr("none")) : zones.join(QStringLiteral(", ")));
    rows += row(VisitorsPage::tr("Tracking"), v.tracking ? html(VisitorsPage::tr("Yes — followed by the indoor cameras until check-out"))
                                                         : html(VisitorsPage::tr("No — not followed by the cameras")));
    rows +=
        row(VisitorsPage::tr("Pass"), html(v.onSite() ? VisitorsPage::tr("valid until %1 · serial %2 · registered by %3")
                                                            .arg(hhmm(v.passValidUntil), v.passSerial.left(8), v.registeredBy)
                                                      : VisitorsPage::tr("revoked at departure · registered by %1").arg(v.registeredBy)));
    if (!v.onSite())
        rows += row(VisitorsPage::tr("Left"),
                    html(v.departure == visitors::departureId(visitors::Departure::Automatic)
                             ? VisitorsPage::tr("%1, checked out automatically at the end of the day").arg(hhmm(v.departedAt))
                             : VisitorsPage::tr("%1, checked out at the desk by %2").arg(hhmm(v.departedAt), v.departedBy)));
    text += QStringLiteral("<table cellspacing='0' cellpadding='2'>%1</table>").arg(rows);
    return text;
}

} // namespace

void VisitorsPage::loadDetail()
{
    const QString id = selectedId();
    const quint64 generation = ++m_detailGeneration;
    if (id.isEmpty()) {
        m_detail->clear();
        m_trail->clear();
        m_trail->hide();
        m_trailNote->setText(tr("Select a visitor to see where the indoor cameras saw them."));
        m_map->setTrail({});
        return;
    }
    const common::Clock *clock = m_context.clock;
    submitJob<Detail>(
        *m_context.writer, this,
        [clock, id](storage::Database &db) {
            station::StationServices services(db, *clock);
            Detail detail;
            detail.visitor = services.visitors.find(id);
            if (detail.visitor && detail.visitor->onSite())
                detail.trail = services.visitors.trail(id);
            return detail;
        },
        [this, generation](const Detail &detail) {
            if (generation != m_detailGeneration)
                return;
            m_trail->clear();
            if (!detail.visitor) {
                m_detail->clear();
                m_trail->hide();
                m_trailNote->clear();
                m_map->setTrail({});
                return;
            }
            const visitors::Visitor &v = *detail.visitor;
            const QDateTime now = m_model->now();
            const QDate today = now.toLocalTime().date();
            m_detail->setHtml(detailHtml(v, now, m_lastMap));
            if (!v.onSite())
                m_trailNote->setText(tr("Deleted at check-out."));
            else if (!v.tracking)
                m_trailNote->setText(tr("Not followed by the cameras (no consent)."));
            else if (detail.trail.empty())
                m_trailNote->setText(tr("Not seen by the indoor cameras yet."));
            else
                m_trailNote->setText(
                    tr("%n sighting(s), oldest first; the numbers are those on the map.", nullptr, int(detail.trail.size())));
            for (std::size_t i = 0; i < detail.trail.size(); ++i) {
                const visitors::Sighting &s = detail.trail[i];
                const bool allowed = v.zones.contains(s.zone);
                const bool restricted = m_lastMap.isRestricted(s.zone);
                // What matters is whether the pass allows the zone (that is what raised an alert).
                QString zone = s.zone;
                if (!allowed)
                    zone = QStringLiteral("! ") + tr("%1 — not on the pass").arg(s.zone);
                else if (restricted)
                    zone = tr("%1 (restricted, allowed)").arg(s.zone);
                auto *item = new QTreeWidgetItem(m_trail, {QString::number(i + 1), when(s.at, today), s.camera, zone});
                item->setToolTip(3, restricted ? tr("A restricted zone.") : QString());
                item->setToolTip(2, tr("Face distance %1").arg(QLocale().toString(s.score, 'f', 3)));
                if (!allowed) {
                    item->setForeground(3, colours::alert);
                    QFont bold = item->font(3);
                    bold.setBold(true);
                    item->setFont(3, bold);
                }
            }
            for (int column = 0; column < 3; ++column)
                m_trail->resizeColumnToContents(column);
            m_trail->setVisible(!detail.trail.empty());
            m_map->setTrail(detail.trail);
        },
        [this](const QString &message) { showMessage(message, true); });
}

void VisitorsPage::newVisitor()
{
    if (auto *open = findChild<VisitorDialog *>()) {
        open->raise();
        open->activateWindow();
        return;
    }
    auto *dialog = new VisitorDialog(m_context, m_agent, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &VisitorDialog::visitorRegistered, this, [this](const QString &id) {
        showMessage(QString(), false);
        reload();
        QTimer::singleShot(0, this, [this, id] { selectVisitor(id); });
        Q_EMIT visitorsChanged();
    });
    connect(dialog, &VisitorDialog::registrationRefused, this, &VisitorsPage::reload);
    dialog->open();
}

void VisitorsPage::checkOut()
{
    if (auto *open = findChild<CheckoutDialog *>()) {
        open->raise();
        open->activateWindow();
        return;
    }
    auto *dialog = new CheckoutDialog(m_context, m_agent, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    const VisitorRow *entry = m_model->rowAt(m_model->rowOf(selectedId()));
    if (entry && entry->visitor.onSite())
        dialog->preselect(entry->visitor.id);
    connect(dialog, &CheckoutDialog::checkedOut, this, [this] {
        reload();
        Q_EMIT visitorsChanged();
    });
    dialog->open();
}

void VisitorsPage::reissuePass()
{
    const VisitorRow *entry = m_model->rowAt(m_model->rowOf(selectedId()));
    if (!entry || !entry->visitor.onSite())
        return;
    const visitors::Visitor visitor = entry->visitor;
    if (!m_confirm(this, tr("Re-issue pass"),
                   tr("Print a new pass for %1? The pass they hold stops working at once (lost or damaged pass).").arg(visitor.name)))
        return;
    m_reissue->setEnabled(false);
    const common::Clock *clock = m_context.clock;
    struct Reissued {
        visitors::RegisteredVisitor registered;
        QString schoolName;
    };
    submitJob<Reissued>(
        *m_context.writer, this,
        [clock, id = visitor.id, agent = m_agent](storage::Database &db) {
            station::StationServices services(db, *clock);
            return Reissued{services.visitors.reissuePass(id, agent), services.settings.value(station::settings::schoolName)};
        },
        [this](const Reissued &reissued) {
            updateButtons();
            showMessage(tr("New pass for %1: the previous one no longer works.").arg(reissued.registered.visitor.name), false);
            // The registration photo is not kept: a re-issued pass has none.
            auto *dialog = new PassPrintDialog(
                visitors::passCard(reissued.registered.visitor, reissued.registered.passPayload, reissued.schoolName, QImage()), this);
            dialog->setAttribute(Qt::WA_DeleteOnClose);
            connect(dialog, &PassPrintDialog::saved, this, [this, id = reissued.registered.visitor.id](const QString &path) {
                recordOutput(this, m_context, {path, privacy::OutputKind::Pass, {id}});
            });
            dialog->open();
            reload();
        },
        [this](const QString &message) {
            updateButtons();
            showMessage(message, true);
        });
}

namespace {

/// Reads the roll call on the writer, then hands it to @p render on a pool thread (painting pages
/// never runs on the GUI thread); @p done gets an error message, empty on success, and the pages.
void rollCallOffThread(StationContext &context, QObject *owner, std::function<int(const visitors::RollCall &)> render,
                       std::function<void(const QString &, int)> done)
{
    const common::Clock *clock = context.clock;
    submitJob<visitors::RollCall>(
        *context.writer, owner,
        [clock](storage::Database &db) {
            station::StationServices services(db, *clock);
            return visitors::buildRollCall(services.visitors, services.settings.value(station::settings::schoolName), clock->now());
        },
        [owner, render, done](const visitors::RollCall &rollCall) {
            auto *watcher = new QFutureWatcher<std::pair<QString, int>>(owner);
            QObject::connect(watcher, &QFutureWatcherBase::finished, watcher, [watcher, done] {
                watcher->deleteLater();
                const std::pair<QString, int> outcome = watcher->result();
                done(outcome.first, outcome.second);
            });
            watcher->setFuture(QtConcurrent::run([render, rollCall]() -> std::pair<QString, int> {
                try {
                    return {QString(), render(rollCall)};
                } catch (const std::exception &error) {
                    return {QString::fromStdString(error.what()), 0};
                }
            }));
        },
        [done](const QString &message) { done(message, 0); });
}

} // namespace

void VisitorsPage::saveRollCall(const QString &path)
{
    m_rollCall->setEnabled(false);
    showMessage(tr("Preparing the roll call…"), false);
    const auto named = std::make_shared<QStringList>(); // the visitors the saved file names
    rollCallOffThread(
        m_context, this,
        [path, named](const visitors::RollCall &rollCall) {
            visitors::writeRollCallPdf(path, rollCall);
            *named = visitors::rollCallSubjects(rollCall); // read once the work is over
            return int(rollCall.entries.size());
        },
        [this, path, named](const QString &error, int people) {
            m_rollCall->setEnabled(true);
            if (!error.isEmpty()) {
                showMessage(tr("The roll call could not be saved: %1").arg(error), true);
                return;
            }
            recordOutput(this, m_context, {path, privacy::OutputKind::RollCall, *named});
            showMessage(tr("Roll call saved in %1 (%n visitor(s) on site).", nullptr, people).arg(path), false);
        });
}

void VisitorsPage::chooseRollCallFile()
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString name =
        QStringLiteral("/appel-%1.pdf").arg(m_context.clock->now().toLocalTime().toString(QStringLiteral("yyyyMMdd-HHmm")));
    const QString path = QFileDialog::getSaveFileName(this, tr("Save the roll call as PDF"), folder + name, tr("PDF (*.pdf)"));
    if (!path.isEmpty())
        saveRollCall(path);
}

void VisitorsPage::printRollCall()
{
    auto printer = std::make_shared<QPrinter>(QPrinter::HighResolution);
    printer->setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF()));
    printer->setFullPage(true);
    printer->setDocName(tr("Roll call"));
    QPrintDialog dialog(printer.get(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    m_rollCall->setEnabled(false);
    showMessage(tr("Printing the roll call…"), false);
    rollCallOffThread(
        m_context, this, [printer](const visitors::RollCall &rollCall) { return visitors::paintRollCall(*printer, rollCall); },
        [this, name = printer->printerName()](const QString &error, int pages) {
            m_rollCall->setEnabled(true);
            if (!error.isEmpty()) {
                showMessage(tr("The printer refused the roll call: %1").arg(error), true);
                return;
            }
            showMessage(tr("Roll call sent to the printer %1 (%n page(s)).", nullptr, pages).arg(name), false);
        });
}

} // namespace portique::ui
