// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 Portique contributors
// Issue 15 "Rights as features": a SIECLE re-import over a field the DPO rectified. The import
// dialog says which field is kept, keeps it when applied as it is, and replaces it only when the
// DPO ticks the box (an agent who ticks it is refused, nothing written).
#include "screenstation.h"
#include "teststation.h"

#include "importdialog.h"
#include "people/importfile.h"
#include "privacy/subjectrights.h"
#include "station/stationservices.h"

#include <QCheckBox>
#include <QLabel>
#include <QTest>
#include <QTreeWidget>

using namespace portique;

namespace {

constexpr int timeoutMs = 30000;
const QString dpo = QStringLiteral("dpo");
const QString agent = QStringLiteral("accueil");

} // namespace

class TestGuiRectifiedImport final : public QObject {
    Q_OBJECT

    struct Fixture {
        test::TestStation station;
        std::unique_ptr<storage::DatabaseThread> writer;
        ui::StationContext context;
        QString path;
        QString id;       ///< the rectified student
        QString fromFile; ///< their class as the file has it

        explicit Fixture(const QString &data)
            : path(data + QStringLiteral("/siecle/ElevesSansAdresses.xml"))
        {
            station::StationServices services(station.database(), station.clock());
            services.users.add(dpo, QStringLiteral("Claire Fictive"), accounts::Role::Dpo, QStringLiteral("dpo-pass-2026-1"),
                               QStringLiteral("system"));
            services.users.add(agent, QStringLiteral("Karim Fictif"), accounts::Role::Agent, QStringLiteral("agent-pass-2026-1"), dpo);
            const people::ParsedImport parsed = people::parseImportFile(path);
            services.imports.apply(parsed, agent);
            const QDate today = station.clock().now().toLocalTime().date();
            for (const people::PersonRecord &record : parsed.people) {
                if (id.isEmpty() && (!record.leftOn.isValid() || record.leftOn > today)) {
                    id = record.id;
                    fromFile = record.className;
                }
            }
            privacy::SubjectRights(station.database(), services.audit, station.clock())
                .rectify(id, {{QStringLiteral("class"), QStringLiteral("TZ9")}}, dpo);
            writer = test::openForScreens(station, context);
        }
        QString classOf()
        {
            const QString person = id;
            return writer
                ->submit<QString>([person](storage::Database &db) {
                    return db.scalar(QStringLiteral("SELECT class_name FROM people WHERE id = ?1"), {person}).toString();
                })
                .result();
        }
    };

    /// A dialog of @p actor previewing the file again, once its changed list is filled.
    static void preview(ui::ImportDialog &dialog, const Fixture &f)
    {
        dialog.show();
        dialog.setFile(f.path);
        auto *changed = dialog.findChild<QTreeWidget *>(QStringLiteral("importChanged"));
        QTRY_VERIFY_WITH_TIMEOUT(changed->topLevelItemCount() == 1, timeoutMs);
    }

private Q_SLOTS:
    void theRectifiedFieldIsShownAndKept()
    {
        PORTIQUE_REQUIRE_TESTDATA(data);
        Fixture f(data);
        ui::ImportDialog dialog(f.context, agent);
        preview(dialog, f);
        if (QTest::currentTestFailed())
            return;
        const QString changes = dialog.findChild<QTreeWidget *>(QStringLiteral("importChanged"))->topLevelItem(0)->text(2);
        QVERIFY2(changes.contains(u"TZ9") && changes.contains(f.fromFile) && changes.contains(u"rectified by the DPO: kept"),
                 qPrintable(changes));
        auto *overwrite = dialog.findChild<QCheckBox *>(QStringLiteral("overwriteRectified"));
        QVERIFY(overwrite->isVisible());
        QVERIFY(!overwrite->isChecked());
        dialog.apply();
        QTRY_VERIFY_WITH_TIMEOUT(dialog.applied(), timeoutMs);
        QCOMPARE(f.classOf(), QStringLiteral("TZ9"));
    }

    void onlyTheDpoReplacesIt()
    {
        PORTIQUE_REQUIRE_TESTDATA(data);
        Fixture f(data);
        {
            ui::ImportDialog dialog(f.context, agent);
            preview(dialog, f);
            if (QTest::currentTestFailed())
                return;
            dialog.findChild<QCheckBox *>(QStringLiteral("overwriteRectified"))->setChecked(true);
            dialog.apply();
            auto *message = dialog.findChild<QLabel *>(QStringLiteral("importMessage"));
            QTRY_VERIFY_WITH_TIMEOUT(message->property("role").toString() == u"error", timeoutMs);
            QVERIFY2(message->text().contains(agent), qPrintable(message->text()));
            QVERIFY(!dialog.applied());
            QCOMPARE(f.classOf(), QStringLiteral("TZ9"));
        }
        ui::ImportDialog dialog(f.context, dpo);
        preview(dialog, f);
        if (QTest::currentTestFailed())
            return;
        dialog.findChild<QCheckBox *>(QStringLiteral("overwriteRectified"))->setChecked(true);
        dialog.apply();
        QTRY_VERIFY_WITH_TIMEOUT(dialog.applied(), timeoutMs);
        QCOMPARE(f.classOf(), f.fromFile);
    }
};

QTEST_MAIN(TestGuiRectifiedImport)
#include "test_gui_rectifiedimport.moc"
