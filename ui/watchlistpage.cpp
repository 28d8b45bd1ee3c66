// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 Portique contributors
#include "watchlistpage.h"

#include "biometrics/facetemplate.h"
#include "common/clock.h"
#include "station/stationservices.h"
#include "storage/databasejob.h"
#include "theme.h"
#include "vision/enrolmentcapture.h"
#include "vision/faceengine.h"
#include "vision/imageloader.h"
#include "vision/visionerror.h"
#include "vision/visionpipeline.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

#include <optional>

namespace portique::ui {

using storage::submitJob;

namespace {

constexpr int thumbnailSide = 40;

bool askQuestion(QWidget *parent, const QString &title, const QString &text)
{
    QMessageBox box(QMessageBox::Question, title, text, QMessageBox::Yes | QMessageBox::Cancel, parent);
    box.setDefaultButton(QMessageBox::Cancel);
    return box.exec() == QMessageBox::Yes;
}

/// The table's contents, with the photos made small on the database thread.
struct Listing {
    std::vector<visitors::WatchlistEntry> entries;
    std::vector<QImage> thumbnails;
};

} // namespace

struct WatchlistEntryDialog::Photo {
    std::optional<biometrics::Descriptor> face;
    QByteArray jpeg;
    QByteArray modelId;
    QString error;
};

WatchlistEntryDialog::WatchlistEntryDialog(StationContext &context, QString actor, QWidget *parent)
    : QDialog(parent)
    , m_context(context)
    , m_actor(std::move(actor))
    , m_kind(new QComboBox(this))
    , m_name(new QLineEdit(this))
    , m_birthDate(new QDateEdit(this))
    , m_photo(new QLineEdit(this))
    , m_details(new QLineEdit(this))
    , m_message(makeLabel(QString(), QStringLiteral("error"), this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Add to the watchlist"));
    setMinimumWidth(520);
    m_kind->setObjectName(QStringLiteral("watchKind"));
    m_name->setObjectName(QStringLiteral("watchName"));
    m_birthDate->setObjectName(QStringLiteral("watchBirthDate"));
    m_photo->setObjectName(QStringLiteral("watchPhoto"));
    m_details->setObjectName(QStringLiteral("watchDetails"));
    m_message->setObjectName(QStringLiteral("watchMessage"));
    for (visitors::WatchKind kind : {visitors::WatchKind::Banned, visitors::WatchKind::Custody})
        m_kind->addItem(visitors::watchKindLabel(kind), visitors::watchKindId(kind));
    m_name->setPlaceholderText(tr("e.g. Jean MARTIN"));
    // The earliest date stands for "unknown": the field is optional and stays typeable.
    m_birthDate->setDisplayFormat(QStringLiteral("dd/MM/yyyy"));
    m_birthDate->setMinimumDate(QDate(1900, 1, 1));
    m_birthDate->setMaximumDate(m_context.clock->now().toLocalTime().date());
    m_birthDate->setSpecialValueText(tr("unknown"));
    m_birthDate->setDate(m_birthDate->minimumDate());
    m_photo->setPlaceholderText(tr("none"));
    m_details->setPlaceholderText(tr("What the desk must know: the decision, the student concerned…"));
    auto *choose = new QPushButton(tr("&Choose…"), this);
    choose->setObjectName(QStringLiteral("watchChoosePhoto"));
    auto *photoRow = new QHBoxLayout;
    photoRow->addWidget(m_photo, 1);
    photoRow->addWidget(choose);

    auto *form = new QFormLayout;
    form->addRow(tr("&Kind"), m_kind);
    form->addRow(tr("&Name"), m_name);
    form->addRow(tr("Date of &birth"), m_birthDate);
    auto *photoLabel = new QLabel(tr("Reference &photo"), this);
    photoLabel->setBuddy(m_photo);
    form->addRow(photoLabel, photoRow);
    form->addRow(tr("&Details"), m_details);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(makeLabel(tr("Add to the watchlist"), QStringLiteral("subtitle"), this));
    layout->addWidget(makeLabel(tr("A name alone matches too many people: give a date of birth, a reference photo, or both. "
                                   "The photo is kept small, only to be shown beside a visitor's on a possible match."),
                                QStringLiteral("note"), this));
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addWidget(m_buttons);
    connect(choose, &QPushButton::clicked, this, &WatchlistEntryDialog::choosePhoto);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &WatchlistEntryDialog::submit);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

QString WatchlistEntryDialog::message() const
{
    return m_message->text();
}

void WatchlistEntryDialog::choosePhoto()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Reference photo"), QDir::homePath(),
                                                      tr("Images (*.jpg *.jpeg *.png *.webp *.bmp)"));
    if (!path.isEmpty())
        m_photo->setText(QDir::toNativeSeparators(path));
}

void WatchlistEntryDialog::setBusy(bool busy, const QString &message)
{
    m_busy = busy;
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!busy);
    setTextRole(m_message, busy ? QStringLiteral("note") : QStringLiteral("error"));
    m_message->setText(message);
}

void WatchlistEntryDialog::submit()
{
    if (m_busy)
        return;
    if (m_name->text().trimmed().isEmpty()) {
        setBusy(false, tr("Give the person's name."));
        m_name->setFocus();
        return;
    }
    const QString path = QDir::fromNativeSeparators(m_photo->text().trimmed());
    if (path.isEmpty()) {
        save(Photo{});
        return;
    }
    setBusy(true, tr("Reading the face on the photo…"));
    std::optional<vision::FaceModel> model;
    if (m_context.pipeline)
        model = m_context.pipeline->model();
    // The network and the landmarks take a second or two to load and the face as long again: a
    // worker thread, never the GUI's. The engine is made and dropped there (one per thread).
    auto *watcher = new QFutureWatcher<Photo>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher] {
        watcher->deleteLater();
        const Photo photo = watcher->result();
        if (!photo.error.isEmpty()) {
            setBusy(false, photo.error);
            return;
        }
        save(photo);
    });
    watcher->setFuture(QtConcurrent::run([path, model]() {
        Photo photo;
        try {
            const cv::Mat image = vision::loadImage(path);
            vision::FaceEngine engine(model ? *model : vision::FaceModel::locate());
            const vision::CaptureResult capture = vision::captureFromPhotos(engine, {image});
            if (!capture.ok()) {
                photo.error = tr("No usable face on this photo: %1 Choose another photo, or leave the photo out.")
                                  .arg(capture.failure ? capture.failure->text : QString());
                return photo;
            }
            photo.face = capture.descriptor;
            photo.jpeg = visitors::referencePhotoJpeg(vision::toQImage(image));
            photo.modelId = engine.model().sha256.left(biometrics::FaceTemplate::modelIdSize);
        } catch (const vision::VisionError &error) {
            photo.error = error.message();
        } catch (const std::exception &error) {
            photo.error = QString::fromStdString(error.what());
        }
        return photo;
    }));
}

void WatchlistEntryDialog::save(const Photo &photo)
{
    setBusy(true, tr("Saving…"));
    const common::Clock *clock = m_context.clock;
    const auto kind = visitors::watchKindFromId(m_kind->currentData().toString()).value_or(visitors::WatchKind::Banned);
    const QString name = m_name->text().trimmed();
    const QDate birthDate = m_birthDate->date() == m_birthDate->minimumDate() ? QDate() : m_birthDate->date();
    const QString details = m_details->text().trimmed();
    const QString actor = m_actor;
    submitJob<qint64>(
        *m_context.writer, this,
        [=](storage::Database &db) {
            return station::StationServices(db, *clock)
                .watchlist.add(kind, name, birthDate, photo.jpeg, photo.face, photo.modelId, details, actor);
        },
        [this](qint64 id) {
            setBusy(false, QString());
            Q_EMIT added(id);
            accept();
        },
        [this](const QString &message) { setBusy(false, message); });
}

WatchlistPage::WatchlistPage(StationContext &context, QString actor, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
    , m_actor(std::move(actor))
    , m_table(new QTableWidget(0, 6, this))
    , m_remove(new QPushButton(tr("&Remove…"), this))
    , m_message(makeLabel(QString(), QStringLiteral("error"), this))
    , m_confirm(askQuestion)
{
    setObjectName(QStringLiteral("watchlistPage"));
    m_table->setObjectName(QStringLiteral("watchlistTable"));
    m_remove->setObjectName(QStringLiteral("watchlistRemove"));
    m_message->setObjectName(QStringLiteral("watchlistMessage"));
    m_table->setHorizontalHeaderLabels({tr("Kind"), tr("Name"), tr("Date of birth"), tr("Photo"), tr("Details"), tr("Added")});
    configureTable(m_table);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setIconSize(QSize(thumbnailSide, thumbnailSide));
    m_table->verticalHeader()->setDefaultSectionSize(thumbnailSide + 6);
    auto *add = new QPushButton(tr("&Add…"), this);
    add->setObjectName(QStringLiteral("watchlistAdd"));
    m_remove->setEnabled(false);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(add);
    buttons->addWidget(m_remove);
    buttons->addStretch(1);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 20, 24, 20);
    layout->addWidget(makeLabel(tr("Watchlist"), QStringLiteral("subtitle"), this));
    layout->addWidget(makeLabel(tr("People banned from the school, and custody restrictions (someone who must not collect or "
                                   "see a student). Every visitor is checked against this list at registration; a possible "
                                   "match is shown to the agent, who confirms or dismisses it."),
                                QStringLiteral("note"), this));
    layout->addWidget(m_table, 1);
    layout->addLayout(buttons);
    layout->addWidget(m_message);
    connect(add, &QPushButton::clicked, this, &WatchlistPage::openAddDialog);
    connect(m_remove, &QPushButton::clicked, this, &WatchlistPage::removeSelected);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, [this] { m_remove->setEnabled(m_table->currentRow() >= 0); });
}

void WatchlistPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    reload();
}

void WatchlistPage::reload()
{
    const common::Clock *clock = m_context.clock;
    submitJob<Listing>(
        *m_context.writer, this,
        [clock](storage::Database &db) {
            Listing listing;
            listing.entries = station::StationServices(db, *clock).watchlist.entries();
            for (const visitors::WatchlistEntry &entry : listing.entries) {
                QImage thumbnail;
                if (!entry.photo.isEmpty() && thumbnail.loadFromData(entry.photo, "JPG"))
                    thumbnail = thumbnail.scaled(thumbnailSide, thumbnailSide, Qt::KeepAspectRatio, Qt::SmoothTransformation);
                listing.thumbnails.push_back(thumbnail);
            }
            return listing;
        },
        [this](const Listing &listing) {
            display(listing.entries, listing.thumbnails);
            m_loaded = true;
            Q_EMIT reloaded();
        },
        [this](const QString &message) { m_message->setText(message); });
}

void WatchlistPage::display(const std::vector<visitors::WatchlistEntry> &entries, const std::vector<QImage> &thumbnails)
{
    m_entries = entries;
    m_table->clearContents();
    m_table->setRowCount(int(entries.size()));
    for (int row = 0; row < int(entries.size()); ++row) {
        const visitors::WatchlistEntry &entry = entries[std::size_t(row)];
        const QString photo = entry.photo.isEmpty() ? tr("No") : entry.hasFace ? tr("Yes, face usable") : tr("Yes");
        const QStringList cells{visitors::watchKindLabel(entry.kind),
                                entry.name,
                                entry.birthDate.isValid() ? QLocale().toString(entry.birthDate, QStringLiteral("dd/MM/yyyy")) : tr("unknown"),
                                photo,
                                entry.details,
                                tr("%1 by %2").arg(QLocale().toString(entry.addedAt.toLocalTime(), QStringLiteral("dd/MM/yyyy HH:mm")),
                                                   entry.addedBy)};
        for (int column = 0; column < cells.size(); ++column) {
            auto *item = new QTableWidgetItem(cells.at(column));
            item->setData(Qt::UserRole, entry.id);
            item->setToolTip(cells.at(column));
            m_table->setItem(row, column, item);
        }
        if (std::size_t(row) < thumbnails.size() && !thumbnails[std::size_t(row)].isNull())
            m_table->item(row, 3)->setIcon(QIcon(QPixmap::fromImage(thumbnails[std::size_t(row)])));
    }
    m_table->resizeColumnsToContents();
    // The details take the width left: they are what the desk reads.
    m_table->horizontalHeader()->setSectionResizeMode(4, QHeaderView::Stretch);
    m_remove->setEnabled(m_table->currentRow() >= 0);
}

WatchlistEntryDialog *WatchlistPage::openAddDialog()
{
    if (m_dialog)
        return m_dialog;
    auto *dialog = new WatchlistEntryDialog(m_context, m_actor, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &WatchlistEntryDialog::added, this, [this](qint64) {
        m_message->clear();
        reload();
    });
    m_dialog = dialog;
    dialog->open();
    return dialog;
}

bool WatchlistPage::selectEntry(qint64 id)
{
    for (int row = 0; row < m_table->rowCount(); ++row) {
        if (m_table->item(row, 0)->data(Qt::UserRole).toLongLong() == id) {
            m_table->selectRow(row);
            m_table->setCurrentCell(row, 0);
            return true;
        }
    }
    return false;
}

void WatchlistPage::removeSelected()
{
    const int row = m_table->currentRow();
    if (row < 0 || row >= int(m_entries.size()))
        return;
    const visitors::WatchlistEntry entry = m_entries[std::size_t(row)];
    if (!m_confirm(this, tr("Remove from the watchlist"),
                   tr("Remove %1 (%2) from the watchlist? Visitors of that name will no longer be flagged.")
                       .arg(entry.name, visitors::watchKindLabel(entry.kind))))
        return;
    const common::Clock *clock = m_context.clock;
    const QString actor = m_actor;
    const qint64 id = entry.id;
    submitJob<void>(
        *m_context.writer, this,
        [clock, actor, id](storage::Database &db) { station::StationServices(db, *clock).watchlist.remove(id, actor); },
        [this] {
            m_message->clear();
            reload();
        },
        [this](const QString &message) { m_message->setText(message); });
}

} // namespace portique::ui
