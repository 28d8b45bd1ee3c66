// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 Portique contributors
// Consent documents (issue 15): the station issues each consent form's reference, prints it with a
// QR code on the letter, and records a paper consent only from a form issued for that very person,
// once.
#include "access/qrcode.h"
#include "clirunner.h"
#include "common/refusal.h"
#include "fakeclock.h"
#include "peoplefixture.h"
#include "privacy/consentforms.h"
#include "privacy/outputlog.h"
#include "reports/consentletter.h"
#include "station/stationservices.h"
#include "storage/database.h"
#include "storage/keyfile.h"
#include "teststation.h"
#include "vision/facemodel.h"
#include "vision/visionerror.h"

#include <QDir>
#include <QFile>
#include <QImage>
#include <QJsonArray>
#include <QProcess>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <set>

using namespace portique;
using access::TemplateArchitecture;

namespace {

const QString adminPassword = QStringLiteral("admin-pass-2026");

biometrics::FaceTemplate sampleTemplate()
{
    QRandomGenerator random(7);
    biometrics::Descriptor d{};
    for (float &v : d)
        v = float(random.generateDouble() * 0.5 - 0.25);
    return {QByteArray::fromHex("0011223344556677"), d};
}

people::ConsentDetails paperConsent(const QString &reference)
{
    people::ConsentDetails details;
    details.givenBy = QStringLiteral("Léa FICTIF");
    details.guardianName = QStringLiteral("Sophie FICTIF");
    details.guardianRelationship = QStringLiteral("10");
    details.channel = privacy::ConsentChannel::Paper;
    details.channelReference = reference;
    return details;
}

bool toolMissing(const char *name)
{
    return QStandardPaths::findExecutable(QString::fromLatin1(name)).isEmpty();
}

/// Every page of @p pdf rendered by poppler (not by our own drawing code) at @p dpi, in order.
QList<QImage> popplerPages(const QString &pdf, const QString &folder, int dpi)
{
    QProcess render;
    render.start(QStringLiteral("pdftoppm"), {QStringLiteral("-r"), QString::number(dpi), QStringLiteral("-gray"), QStringLiteral("-png"),
                                              pdf, folder + QStringLiteral("/page")});
    render.waitForFinished(120000);
    QList<QImage> pages;
    // pdftoppm pads the page number to the width of the last one: names sort in page order.
    for (const QString &name : QDir(folder).entryList({QStringLiteral("page*.png")}, QDir::Files, QDir::Name))
        pages << QImage(folder + u'/' + name);
    return pages;
}

} // namespace

class TestConsentForms final : public QObject {
    Q_OBJECT

    struct Fixture {
        test::TestStation station;
        station::StationServices services{station.database(), station.clock()};
        privacy::ConsentFormStore forms{station.database(), station.clock()};
        Fixture()
        {
            test::addPerson(station.database(), QStringLiteral("minor"), QDate(2011, 3, 14));
            test::addPerson(station.database(), QStringLiteral("other"), QDate(2011, 6, 2));
        }
        QString issue(const QString &id) { return forms.issue(id, QStringLiteral("agent"), services.audit).reference; }
        int count(const QString &table) { return station.database().scalar(QStringLiteral("SELECT count(*) FROM ") + table).toInt(); }
    };

    QTemporaryDir m_dir;
    QString db() const { return m_dir.filePath(QStringLiteral("station.db")); }
    QString key() const { return m_dir.filePath(QStringLiteral("station.key")); }
    QString file(const QString &name) const { return m_dir.filePath(name); }
    test::CliRun asAdmin(QStringList arguments) const
    {
        arguments << QStringLiteral("--db") << db() << QStringLiteral("--key-file") << key() << QStringLiteral("--user")
                  << QStringLiteral("chef");
        return test::runCli(arguments, {{QStringLiteral("PORTIQUE_PASSWORD"), adminPassword}});
    }
    test::CliRun enrolOnPaper(const QString &personId, const QStringList &reference) const
    {
        // Refused on the consent, before any photo is opened: the image need not exist.
        QStringList arguments{QStringLiteral("enrol"),        personId,
                              QStringLiteral("--image"),      file(QStringLiteral("absent.jpg")),
                              QStringLiteral("--consent-by"), QStringLiteral("Noé EXEMPLE"),
                              QStringLiteral("--guardian"),   QStringLiteral("Isabelle Exemple"),
                              QStringLiteral("--channel"),    QStringLiteral("paper"),
                              QStringLiteral("--badge-out"),  file(QStringLiteral("badge.pdf"))};
        if (!reference.isEmpty())
            arguments << QStringLiteral("--form-ref") << reference;
        return asAdmin(arguments);
    }

private Q_SLOTS:
    void initTestCase()
    {
        const test::CliRun init = test::runCli({QStringLiteral("init"), QStringLiteral("--db"), db(), QStringLiteral("--key-file"), key(),
                                                QStringLiteral("--admin"), QStringLiteral("chef"), QStringLiteral("--school"),
                                                QStringLiteral("Lycée Victor Hugo")},
                                               {{QStringLiteral("PORTIQUE_NEW_PASSWORD"), adminPassword}});
        QCOMPARE(init.exitCode, 0);
        const QString data = test::testDataDir();
        if (data.isEmpty())
            return;
        for (const char *name : {"ElevesSansAdresses.xml", "ResponsablesAvecAdresses.xml"})
            QCOMPARE(asAdmin({QStringLiteral("people"), QStringLiteral("import"), data + QStringLiteral("/siecle/") + QLatin1String(name),
                              QStringLiteral("--apply")})
                         .exitCode,
                     0);
    }

    void referencesAreShortAndTypable()
    {
        const QRegularExpression shape(QStringLiteral("^CF-[0-9A-HJKMNP-TV-Z]{8}$"));
        std::set<QString> seen;
        for (int i = 0; i < 2000; ++i) {
            const QString reference = privacy::newConsentFormReference();
            QVERIFY2(shape.match(reference).hasMatch(), qPrintable(reference));
            seen.insert(reference);
        }
        QCOMPARE(seen.size(), std::size_t(2000));
        // Typed by hand: case, spaces, a missing prefix, O for 0 and I/L for 1 are forgiven.
        QCOMPARE(privacy::normaliseConsentFormReference(QStringLiteral(" cf-0ab1 2cd3 ")), QStringLiteral("CF-0AB12CD3"));
        QCOMPARE(privacy::normaliseConsentFormReference(QStringLiteral("oabi2cdl")), QStringLiteral("CF-0AB12CD1"));
        QCOMPARE(privacy::normaliseConsentFormReference(QStringLiteral("CF-0AB12CD")), QString());
        QCOMPARE(privacy::normaliseConsentFormReference(QStringLiteral("CF-0AB12CDU")), QString());
        QCOMPARE(privacy::normaliseConsentFormReference(QStringLiteral("AUT-2026-041")), QString());
    }

    void paperConsentWithoutAnIssuedFormIsRefused_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("message");
        QTest::newRow("no reference") << QStringLiteral("none") << QStringLiteral("needs the reference");
        QTest::newRow("never issued") << QStringLiteral("unknown") << QStringLiteral("not a consent form reference issued");
        QTest::newRow("a reference of the desk's own") << QStringLiteral("free") << QStringLiteral("not a consent form reference issued");
        QTest::newRow("another student's") << QStringLiteral("foreign") << QStringLiteral("issued for someone else");
        QTest::newRow("already used") << QStringLiteral("used") << QStringLiteral("already recorded");
    }
    void paperConsentWithoutAnIssuedFormIsRefused()
    {
        QFETCH(QString, kind);
        QFETCH(QString, message);
        Fixture f;
        QString reference;
        if (kind == u"unknown")
            reference = QStringLiteral("CF-0AB12CD3");
        else if (kind == u"free")
            reference = QStringLiteral("AUT-2026-041"); // what the desk used to type
        else if (kind == u"foreign")
            reference = f.issue(QStringLiteral("other"));
        else if (kind == u"used") {
            reference = f.issue(QStringLiteral("minor"));
            f.services.enrolments.enrol(QStringLiteral("minor"), paperConsent(reference), sampleTemplate(), people::CaptureMethod::Camera,
                                        60, 10, QStringLiteral("agent"));
            f.services.enrolments.withdrawConsent(QStringLiteral("minor"), QStringLiteral("agent"));
        }
        const int consents = f.count(QStringLiteral("consents"));
        const int badges = f.count(QStringLiteral("credentials"));
        try {
            f.services.enrolments.enrol(QStringLiteral("minor"), paperConsent(reference), sampleTemplate(), people::CaptureMethod::Camera,
                                        60, 10, QStringLiteral("agent"));
            QFAIL("a paper consent without a usable form was recorded");
        } catch (const common::Refusal &refusal) {
            QVERIFY2(refusal.message().contains(message), qPrintable(refusal.message()));
        }
        // Refused: nothing written, and another student's form is still theirs to use.
        QCOMPARE(f.count(QStringLiteral("consents")), consents);
        QCOMPARE(f.count(QStringLiteral("credentials")), badges);
        if (kind == u"foreign")
            QVERIFY(!f.forms.find(reference)->used());
    }

    void anIssuedFormIsAcceptedOnceAndMarkedUsed()
    {
        Fixture f;
        const QString reference = f.issue(QStringLiteral("minor"));
        QCOMPARE(f.forms.find(reference)->personId, QStringLiteral("minor"));
        QVERIFY(!f.forms.find(reference)->used());
        // Typed at the desk in lower case with a space: the same form.
        const QString typed = reference.toLower().insert(7, u' ');
        const people::Enrolment done = f.services.enrolments.enrol(QStringLiteral("minor"), paperConsent(typed), sampleTemplate(),
                                                                   people::CaptureMethod::Camera, 60, 10, QStringLiteral("agent"));
        const privacy::ConsentForm form = *f.forms.find(reference);
        QVERIFY(form.used());
        QCOMPARE(form.consentId, done.consentId);
        const privacy::Consent consent = *f.services.consents.current(QStringLiteral("minor"));
        QCOMPARE(consent.channel, privacy::ConsentChannel::Paper);
        QCOMPARE(consent.channelReference, reference);
        // Issuing and using are in the audit trail.
        QCOMPARE(f.station.database()
                     .scalar(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'consent.form_issue' AND object = 'minor'"))
                     .toInt(),
                 1);
        QVERIFY(f.station.database()
                    .scalar(QStringLiteral("SELECT details FROM audit_log WHERE action = 'consent.give'"))
                    .toString()
                    .contains(reference));
        // In person, no form is needed.
        people::ConsentDetails inPerson = paperConsent(QString());
        inPerson.channel = privacy::ConsentChannel::InPerson;
        f.services.enrolments.checkConsent(QStringLiteral("other"), inPerson);
    }

    void cliRefusesPaperWithoutAFormIssuedForThePerson()
    {
        PORTIQUE_REQUIRE_TESTDATA(data);
        const test::CliRun letter = asAdmin({QStringLiteral("consent"), QStringLiteral("letter"), QStringLiteral("4100286"),
                                             QStringLiteral("--out"), file(QStringLiteral("chimere.pdf"))});
        QCOMPARE(letter.exitCode, 0);
        const QString chimere = letter.json[u"forms"].toArray().first().toObject()[u"reference"].toString();

        const test::CliRun none = enrolOnPaper(QStringLiteral("4100138"), {});
        QCOMPARE(none.exitCode, 1);
        QVERIFY2(none.err.contains(u"needs the reference printed on the form"), qPrintable(none.err));
        const test::CliRun unknown = enrolOnPaper(QStringLiteral("4100138"), {QStringLiteral("AUT-2026-041")});
        QCOMPARE(unknown.exitCode, 1);
        QVERIFY2(unknown.err.contains(u"not a consent form reference issued by this station"), qPrintable(unknown.err));
        const test::CliRun foreign = enrolOnPaper(QStringLiteral("4100138"), {chimere});
        QCOMPARE(foreign.exitCode, 1);
        QVERIFY2(foreign.err.contains(u"issued for someone else"), qPrintable(foreign.err));
        QVERIFY(!QFile::exists(file(QStringLiteral("badge.pdf"))));
        // A reference with an in-person consent is a usage error.
        QCOMPARE(asAdmin({QStringLiteral("enrol"), QStringLiteral("4100286"), QStringLiteral("--image"), file(QStringLiteral("absent.jpg")),
                          QStringLiteral("--consent-by"), QStringLiteral("Zoé"), QStringLiteral("--form-ref"), chimere,
                          QStringLiteral("--badge-out"), file(QStringLiteral("badge.pdf"))})
                     .exitCode,
                 2);
        // A letter for someone unknown issues nothing and writes nothing.
        const test::CliRun nobody = asAdmin({QStringLiteral("consent"), QStringLiteral("letter"), QStringLiteral("4100286"),
                                             QStringLiteral("9999999"), QStringLiteral("--out"), file(QStringLiteral("nobody.pdf"))});
        QCOMPARE(nobody.exitCode, 1);
        QVERIFY(!QFile::exists(file(QStringLiteral("nobody.pdf"))));
    }

    void cliAcceptsTheIssuedFormOnce()
    {
        PORTIQUE_REQUIRE_TESTDATA(data);
        PORTIQUE_REQUIRE_FACE_MODEL(model);
        Q_UNUSED(model);
        const test::CliRun letter = asAdmin({QStringLiteral("consent"), QStringLiteral("letter"), QStringLiteral("4100138"),
                                             QStringLiteral("--out"), file(QStringLiteral("noe.pdf"))});
        QCOMPARE(letter.exitCode, 0);
        const QString reference = letter.json[u"forms"].toArray().first().toObject()[u"reference"].toString();
        const QString photos = data + QStringLiteral("/faces/photos/King_Abdullah_II/");
        const QStringList files = QDir(photos).entryList(QDir::Files, QDir::Name);
        const auto enrol = [&] {
            return asAdmin({QStringLiteral("enrol"), QStringLiteral("4100138"), QStringLiteral("--image"), photos + files[0],
                            QStringLiteral("--image"), photos + files[1], QStringLiteral("--consent-by"), QStringLiteral("Noé EXEMPLE"),
                            QStringLiteral("--guardian"), QStringLiteral("Isabelle Exemple"), QStringLiteral("--channel"),
                            QStringLiteral("paper"), QStringLiteral("--form-ref"), reference.toLower(), QStringLiteral("--badge-out"),
                            file(QStringLiteral("noe-badge.pdf"))});
        };
        const test::CliRun enrolled = enrol();
        QCOMPARE(enrolled.exitCode, 0);
        QCOMPARE(enrolled.json[u"consent"].toObject()[u"channel_reference"].toString(), reference);
        const test::CliRun again = enrol();
        QCOMPARE(again.exitCode, 1);
        QVERIFY2(again.err.contains(u"already recorded"), qPrintable(again.err));
    }

    void classLetterHasALetterAndAFormPerStudentWithItsCode()
    {
        PORTIQUE_REQUIRE_TESTDATA(data);
        if (toolMissing("pdftoppm")) {
            if (qEnvironmentVariable("CI") == u"true")
                QFAIL("pdftoppm (poppler-utils) missing in CI");
            QSKIP("pdftoppm (poppler-utils) not installed");
        }
        const test::CliRun people =
            asAdmin({QStringLiteral("people"), QStringLiteral("list"), QStringLiteral("--class"), QStringLiteral("2NDE1")});
        const qsizetype students = people.json[u"people"].toArray().size();
        QVERIFY(students > 2);
        const QString pdf = file(QStringLiteral("2NDE1.pdf"));
        const test::CliRun letter = asAdmin({QStringLiteral("consent"), QStringLiteral("letter"), QStringLiteral("--class"),
                                             QStringLiteral("2NDE1"), QStringLiteral("--out"), pdf});
        QCOMPARE(letter.exitCode, 0);
        const QJsonArray forms = letter.json[u"forms"].toArray();
        QCOMPARE(forms.size(), students);
        std::set<QString> references;
        for (const QJsonValue &form : forms)
            references.insert(form.toObject()[u"reference"].toString());
        QCOMPARE(references.size(), std::size_t(students)); // one reference a student

        QTemporaryDir folder;
        const QList<QImage> pages = popplerPages(pdf, folder.path(), 150);
        // A letter page, then a form page, per student, in the order of the forms.
        QCOMPARE(pages.size(), 2 * students);
        for (qsizetype i = 0; i < students; ++i) {
            const QString reference = forms[i].toObject()[u"reference"].toString();
            QCOMPARE(access::decodeQr(pages[2 * i]), QStringList());
            QCOMPARE(access::decodeQr(pages[2 * i + 1]), QStringList{reference});
        }
        // Issued for each student, audited, and the file is in the output log naming them (an
        // erasure finds it).
        auto database = storage::Database::open(db(), storage::KeyFile::read(key()), storage::Database::OpenMode::Existing);
        test::FakeClock clock;
        privacy::ConsentFormStore store(*database, clock);
        for (const QJsonValue &form : forms) {
            const std::optional<privacy::ConsentForm> issued = store.find(form.toObject()[u"reference"].toString());
            QVERIFY(issued && !issued->used());
            QCOMPARE(issued->personId, form.toObject()[u"person_id"].toString());
        }
        QVERIFY(database->scalar(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'consent.form_issue'")).toInt() >= students);
        const std::vector<privacy::WrittenFile> written =
            privacy::OutputLog(*database, clock).filesOf(forms.first().toObject()[u"person_id"].toString());
        QVERIFY(std::any_of(written.cbegin(), written.cend(),
                            [&](const privacy::WrittenFile &w) { return w.path == pdf && w.kind == u"consent_letter"; }));
    }

    void lettersDrawTheReferenceAndTheTwoBlocks()
    {
        Fixture f;
        const reports::ConsentLetters letters =
            reports::prepareConsentLetters(f.station.database(), f.station.clock(), f.services.audit, {QStringLiteral("minor")}, QString(),
                                           QStringLiteral("Lycée Test"), QStringLiteral("agent"));
        QCOMPARE(letters.letters.size(), std::size_t(1));
        QVERIFY(letters.letters.front().minor);
        const QList<QImage> pages = reports::renderConsentLetterPages(letters, 150);
        QCOMPARE(pages.size(), 2);
        QCOMPARE(access::decodeQr(pages[1]), QStringList{letters.letters.front().reference});
        QVERIFY(f.forms.find(letters.letters.front().reference));
        // A person who left gets no letter, and nothing is issued.
        QVERIFY_THROWS_EXCEPTION(common::Refusal,
                                 reports::prepareConsentLetters(f.station.database(), f.station.clock(), f.services.audit,
                                                                {QStringLiteral("nobody")}, QString(), QString(), QStringLiteral("agent")));
        QCOMPARE(f.count(QStringLiteral("consent_forms")), 1);
    }
};

QTEST_MAIN(TestConsentForms)
#include "test_consentforms.moc"
