// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 Portique contributors
// portiquectl people / enrol / consent / badge, end to end on a fresh station.
#include "clirunner.h"
#include "teststation.h"

#include <QDir>
#include <QFile>
#include <QImage>
#include <QJsonArray>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace portique;
using test::CliRun;

namespace {

const QString adminPassword = QStringLiteral("admin-pass-2026");

/// The QR text of page 1 of @p pdf, read by Debian's own tools (poppler, zbar): an independent
/// reader, not our ZXing.
QString readWithZbar(const QString &pdf, const QString &folder)
{
    QProcess render;
    render.start(QStringLiteral("pdftoppm"),
                 {QStringLiteral("-r"), QStringLiteral("300"), QStringLiteral("-png"), QStringLiteral("-f"), QStringLiteral("1"),
                  QStringLiteral("-l"), QStringLiteral("1"), pdf, folder + QStringLiteral("/page")});
    render.waitForFinished(60000);
    const QStringList pages = QDir(folder).entryList({QStringLiteral("page*.png")});
    if (pages.isEmpty())
        return {};
    QProcess zbar;
    zbar.start(QStringLiteral("zbarimg"), {QStringLiteral("--raw"), QStringLiteral("-q"), folder + QLatin1Char('/') + pages.first()});
    zbar.waitForFinished(60000);
    return QString::fromUtf8(zbar.readAllStandardOutput()).trimmed();
}

} // namespace

class TestCliPeople final : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    QString db() const { return m_dir.filePath(QStringLiteral("station.db")); }
    QString key() const { return m_dir.filePath(QStringLiteral("station.key")); }
    QString file(const QString &name) const { return m_dir.filePath(name); }

    CliRun asAdmin(QStringList arguments) const
    {
        arguments << QStringLiteral("--db") << db() << QStringLiteral("--key-file") << key() << QStringLiteral("--user")
                  << QStringLiteral("chef");
        return test::runCli(arguments, {{QStringLiteral("PORTIQUE_PASSWORD"), adminPassword}});
    }

    QString siecle(const QString &name) const { return test::testDataDir() + QStringLiteral("/siecle/") + name; }

private Q_SLOTS:
    void initTestCase()
    {
        const CliRun init = test::runCli({QStringLiteral("init"), QStringLiteral("--db"), db(), QStringLiteral("--key-file"), key(),
                                          QStringLiteral("--admin"), QStringLiteral("chef"), QStringLiteral("--school"),
                                          QStringLiteral("Lycée Victor Hugo")},
                                         {{QStringLiteral("PORTIQUE_NEW_PASSWORD"), adminPassword}});
        QCOMPARE(init.exitCode, 0);
    }

    void importPreviewsThenApplies()
    {
        PORTIQUE_REQUIRE_TESTDATA(data);
        const CliRun broken = asAdmin({QStringLiteral("people"), QStringLiteral("import"),
                                       siecle(QStringLiteral("ElevesSansAdresses_broken.xml")), QStringLiteral("--apply")});
        QCOMPARE(broken.exitCode, 1);
        QVERIFY2(broken.err.contains(u"89"), qPrintable(broken.err)); // the line where it breaks
        QCOMPARE(asAdmin({QStringLiteral("people"), QStringLiteral("list"), QStringLiteral("--all")}).json[u"people"].toArray().size(), 0);

        const CliRun preview =
            asAdmin({QStringLiteral("people"), QStringLiteral("import"), siecle(QStringLiteral("ElevesSansAdresses.xml"))});
        QCOMPARE(preview.exitCode, 0);
        QCOMPARE(preview.json[u"new"].toArray().size(), 40);
        QCOMPARE(preview.json[u"applied"].toBool(), false);
        QCOMPARE(asAdmin({QStringLiteral("people"), QStringLiteral("list"), QStringLiteral("--all")}).json[u"people"].toArray().size(), 0);

        const CliRun applied = asAdmin({QStringLiteral("people"), QStringLiteral("import"),
                                        siecle(QStringLiteral("ElevesSansAdresses.xml")), QStringLiteral("--apply")});
        QCOMPARE(applied.exitCode, 0);
        QCOMPARE(applied.json[u"applied"].toBool(), true);
        QCOMPARE(asAdmin({QStringLiteral("people"), QStringLiteral("import"), siecle(QStringLiteral("ResponsablesAvecAdresses.xml")),
                          QStringLiteral("--apply")})
                     .exitCode,
                 0);

        const CliRun invalid =
            asAdmin({QStringLiteral("people"), QStringLiteral("import"), siecle(QStringLiteral("ElevesSansAdresses_invalid_records.xml"))});
        QCOMPARE(invalid.exitCode, 0);
        QVERIFY(invalid.json[u"errors"].toArray().size() >= 6);
        QVERIFY(invalid.json[u"errors"].toArray().first().toObject()[u"line"].toInt() > 0);
        // Most of the school would leave: the preview says so, and --apply refuses without --force.
        QVERIFY(invalid.json[u"mass_departure"].toBool());
        QCOMPARE(asAdmin({QStringLiteral("people"), QStringLiteral("import"),
                          siecle(QStringLiteral("ElevesSansAdresses_invalid_records.xml")), QStringLiteral("--apply")})
                     .exitCode,
                 1);
    }

    void listShowsPeopleAsTheContractSays()
    {
        PORTIQUE_REQUIRE_TESTDATA(data);
        const CliRun list = asAdmin({QStringLiteral("people"), QStringLiteral("list"), QStringLiteral("--class"), QStringLiteral("2NDE1")});
        QCOMPARE(list.exitCode, 0);
        const QJsonArray people = list.json[u"people"].toArray();
        QCOMPARE(people.size(), 9);
        const QJsonObject first = people.first().toObject();
        for (const char *field : {"id", "family_name", "first_name", "class", "minor", "active", "face_lane", "badge"})
            QVERIFY2(first.contains(QLatin1String(field)), field);
        QCOMPARE(asAdmin({QStringLiteral("people"), QStringLiteral("list")}).json[u"people"].toArray().size(), 38);
        const CliRun show = asAdmin({QStringLiteral("people"), QStringLiteral("show"), QStringLiteral("4100286")});
        QCOMPARE(show.json[u"guardians"].toArray().size(), 2);
        QCOMPARE(asAdmin({QStringLiteral("people"), QStringLiteral("show"), QStringLiteral("nobody")}).exitCode, 1);
    }

    void badgeOnlyBadgesPrintAndVerify()
    {
        PORTIQUE_REQUIRE_TESTDATA(data);
        const CliRun issued = asAdmin({QStringLiteral("badge"), QStringLiteral("issue"), QStringLiteral("4100101"),
                                       QStringLiteral("--badge-out"), file(QStringLiteral("fictif.png"))});
        QCOMPARE(issued.exitCode, 0);
        // Issue 17: badges were written 0644, readable by every account of a shared reception PC.
        const QFileDevice::Permissions others =
            QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ReadOther | QFileDevice::WriteOther;
        QCOMPARE(QFile::permissions(file(QStringLiteral("fictif.png"))) & others, QFileDevice::Permissions{});
        const CliRun verified =
            asAdmin({QStringLiteral("badge"), QStringLiteral("verify"), QStringLiteral("--image"), file(QStringLiteral("fictif.png"))});
        QCOMPARE(verified.exitCode, 0);
        QCOMPARE(verified.json[u"person"].toObject()[u"family_name"].toString(), QStringLiteral("FICTIF"));
        QCOMPARE(verified.json[u"carries_template"].toBool(), false);

        const CliRun sheet =
            asAdmin({QStringLiteral("badge"), QStringLiteral("issue"), QStringLiteral("--class"), QStringLiteral("TG2"),
                     QStringLiteral("--sheet"), QStringLiteral("a4"), QStringLiteral("--badge-out"), file(QStringLiteral("tg2.pdf"))});
        QCOMPARE(sheet.exitCode, 0);
        QCOMPARE(sheet.json[u"badges"].toArray().size(), 8);
        QVERIFY(QFile(file(QStringLiteral("tg2.pdf"))).size() > 1000);
        QCOMPARE(QFile::permissions(file(QStringLiteral("tg2.pdf"))) & others, QFileDevice::Permissions{});

        // A badge file that cannot be written issues nothing (the old badge stays valid).
        const CliRun unwritable = asAdmin({QStringLiteral("badge"), QStringLiteral("issue"), QStringLiteral("4100101"),
                                           QStringLiteral("--badge-out"), file(QStringLiteral("missing/dir/x.pdf"))});
        QCOMPARE(unwritable.exitCode, 1);
        QCOMPARE(asAdmin({QStringLiteral("badge"), QStringLiteral("verify"), QStringLiteral("--image"), file(QStringLiteral("fictif.png"))})
                     .exitCode,
                 0);
        QCOMPARE(asAdmin({QStringLiteral("badge"), QStringLiteral("issue"), QStringLiteral("4100101"), QStringLiteral("--badge-out"),
                          file(QStringLiteral("x.txt"))})
                     .exitCode,
                 1);
        QCOMPARE(asAdmin({QStringLiteral("badge"), QStringLiteral("verify")}).exitCode, 2);
        // The code as text or as a picture, not both; a picture that is not one, or holds no code, is said.
        const CliRun both = asAdmin({QStringLiteral("badge"), QStringLiteral("verify"), QStringLiteral("--payload"),
                                     QStringLiteral("PQ1:ABCDEF"), QStringLiteral("--image"), file(QStringLiteral("fictif.png"))});
        QCOMPARE(both.exitCode, 2);
        QVERIFY2(both.err.contains(QStringLiteral("--payload or --image")), qPrintable(both.err));
        const CliRun unreadable =
            asAdmin({QStringLiteral("badge"), QStringLiteral("verify"), QStringLiteral("--image"), file(QStringLiteral("x.txt"))});
        QCOMPARE(unreadable.exitCode, 1);
        QVERIFY2(unreadable.err.contains(QStringLiteral("Cannot read the image")), qPrintable(unreadable.err));
        QImage blank(200, 200, QImage::Format_Grayscale8);
        blank.fill(255);
        QVERIFY(blank.save(file(QStringLiteral("blank.png"))));
        const CliRun noCode =
            asAdmin({QStringLiteral("badge"), QStringLiteral("verify"), QStringLiteral("--image"), file(QStringLiteral("blank.png"))});
        QCOMPARE(noCode.exitCode, 1);
        QVERIFY2(noCode.err.contains(QStringLiteral("No QR code was found")), qPrintable(noCode.err));
        const CliRun forged =
            asAdmin({QStringLiteral("badge"), QStringLiteral("verify"), QStringLiteral("--payload"), QStringLiteral("PQ1:ABCDEF")});
        QCOMPARE(forged.exitCode, 1);
        QCOMPARE(forged.json[u"verdict"].toString(), QStringLiteral("malformed"));
    }

    void enrolmentWithdrawalAndFailure()
    {
        PORTIQUE_REQUIRE_TESTDATA(data);
        PORTIQUE_REQUIRE_FACE_MODEL(model);
        Q_UNUSED(model);
        const QString photos = data + QStringLiteral("/faces/photos/King_Abdullah_II/");
        const QStringList files = QDir(photos).entryList(QDir::Files, QDir::Name);
        // A minor without their legal representative: refused before any face is looked at.
        const CliRun noGuardian = asAdmin({QStringLiteral("enrol"), QStringLiteral("4100138"), QStringLiteral("--image"), photos + files[0],
                                           QStringLiteral("--consent-by"), QStringLiteral("Noé EXEMPLE"), QStringLiteral("--badge-out"),
                                           file(QStringLiteral("noe.pdf"))});
        QCOMPARE(noGuardian.exitCode, 1);
        QVERIFY2(noGuardian.err.contains(u"legal representative"), qPrintable(noGuardian.err));

        // The guardian's relationship comes from the SIECLE guardians when the name matches.
        const CliRun enrolled =
            asAdmin({QStringLiteral("enrol"), QStringLiteral("4100138"), QStringLiteral("--image"), photos + files[0],
                     QStringLiteral("--image"), photos + files[1], QStringLiteral("--consent-by"), QStringLiteral("Noé EXEMPLE"),
                     QStringLiteral("--guardian"), QStringLiteral("Isabelle Exemple"), QStringLiteral("--architecture"),
                     QStringLiteral("1"), QStringLiteral("--badge-out"), file(QStringLiteral("noe.pdf"))});
        QCOMPARE(enrolled.exitCode, 0);
        QCOMPARE(enrolled.json[u"consent"].toObject()[u"guardian_relationship"].toString(), QStringLiteral("10"));
        QCOMPARE(enrolled.json[u"photos"].toInt(), 2);

        // The printed badge's QR, read by zbar from the PDF, verifies and carries the template.
        QTemporaryDir pages;
        const QString payload = readWithZbar(file(QStringLiteral("noe.pdf")), pages.path());
        if (payload.isEmpty() && qEnvironmentVariable("CI") != u"true"
            && QStandardPaths::findExecutable(QStringLiteral("zbarimg")).isEmpty())
            QSKIP("zbarimg/pdftoppm are not installed");
        QVERIFY(payload.startsWith(u"PQ1:"));
        const CliRun verified = asAdmin({QStringLiteral("badge"), QStringLiteral("verify"), QStringLiteral("--payload"), payload});
        QCOMPARE(verified.exitCode, 0);
        QCOMPARE(verified.json[u"carries_template"].toBool(), true);
        QCOMPARE(verified.json[u"person_id"].toString(), QStringLiteral("4100138"));

        // Issue 15: withdrawal without reprinting; the badge held keeps opening the gate, badge-only
        // (it was revoked, then refused at the lane with an alert).
        const CliRun withdrawn = asAdmin({QStringLiteral("consent"), QStringLiteral("withdraw"), QStringLiteral("4100138")});
        QCOMPARE(withdrawn.exitCode, 0);
        QCOMPARE(withdrawn.json[u"badges_badge_only"].toArray(), QJsonArray{verified.json[u"serial"].toString()});
        const CliRun old = asAdmin({QStringLiteral("badge"), QStringLiteral("verify"), QStringLiteral("--payload"), payload});
        QCOMPARE(old.exitCode, 0);
        QCOMPARE(old.json[u"verdict"].toString(), QStringLiteral("valid"));
        QCOMPARE(asAdmin({QStringLiteral("consent"), QStringLiteral("withdraw"), QStringLiteral("4100138")}).exitCode, 1);

        // A group photo is a failure to enrol, recorded as such.
        const CliRun group =
            asAdmin({QStringLiteral("enrol"), QStringLiteral("4101433"), QStringLiteral("--image"),
                     data + QStringLiteral("/faces/group/faceapi_bbt1.jpg"), QStringLiteral("--consent-by"),
                     QStringLiteral("Eloïse PLACEBO"), QStringLiteral("--badge-out"), file(QStringLiteral("placebo.pdf"))});
        QCOMPARE(group.exitCode, 1);
        const CliRun show = asAdmin({QStringLiteral("people"), QStringLiteral("show"), QStringLiteral("4101433")});
        const QJsonArray attempts = show.json[u"enrolments"].toArray();
        QCOMPARE(attempts.size(), 1);
        QCOMPARE(attempts.first().toObject()[u"outcome"].toString(), QStringLiteral("failed"));
        QCOMPARE(attempts.first().toObject()[u"reason"].toString(), QStringLiteral("several_faces"));
        QVERIFY(!QFile::exists(file(QStringLiteral("placebo.pdf"))));

        QCOMPARE(asAdmin({QStringLiteral("audit"), QStringLiteral("verify")}).json[u"intact"].toBool(), true);
    }
};

QTEST_GUILESS_MAIN(TestCliPeople)
#include "test_cli_people.moc"
