// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 Portique contributors
#include "access/base45.h"
#include "access/credential.h"
#include "access/credentialstore.h"
#include "access/qrcode.h"
#include "access/stationkeys.h"
#include "common/refusal.h"
#include "common/sodiuminit.h"
#include "peoplefixture.h"
#include "station/stationservices.h"
#include "teststation.h"

#include <QRandomGenerator>
#include <QTest>

#include <sodium.h>

#include <map>

using namespace portique;
using namespace portique::access;

class TestCredentials : public QObject {
    Q_OBJECT

private:
    struct Fixture {
        test::TestStation station;
        StationKeys keys{station.database(), station.audit(), station.clock()};
        CredentialStore store{station.database(), keys, station.audit(), station.clock()};
        Fixture() { test::addPerson(station.database(), QStringLiteral("4100101"), QDate(2011, 3, 14)); }
    };

    /// Badges as the desk issues them: a type 1 and a type 2 enrolment (a real sealed template, a
    /// real badge secret) and a badge-only badge, for three people with 7-digit SIECLE ids.
    struct IssuedThree {
        QString typeOne, typeTwo, badgeOnly;
    };
    static IssuedThree issueOneOfEach(station::StationServices &services, storage::Database &database)
    {
        for (const QString &id : {QStringLiteral("4100201"), QStringLiteral("4100202"), QStringLiteral("4100203")})
            test::addPerson(database, id, QDate(2006, 5, 2));
        biometrics::Descriptor descriptor{};
        for (std::size_t i = 0; i < descriptor.size(); ++i)
            descriptor[i] = float(int(i % 17) - 8) / 64.0f;
        const biometrics::FaceTemplate face{QByteArray::fromHex("0011223344556677"), descriptor};
        people::ConsentDetails consent;
        consent.givenBy = QStringLiteral("Adulte FICTIF");
        consent.architecture = TemplateArchitecture::OnBadge;
        IssuedThree issued;
        issued.typeOne = services.enrolments
                             .enrol(QStringLiteral("4100201"), consent, face, people::CaptureMethod::Photos, 80, 2, QStringLiteral("agent"))
                             .badge.payload;
        consent.architecture = TemplateArchitecture::InDatabase;
        issued.typeTwo = services.enrolments
                             .enrol(QStringLiteral("4100202"), consent, face, people::CaptureMethod::Photos, 80, 2, QStringLiteral("agent"))
                             .badge.payload;
        issued.badgeOnly = services.enrolments.issueBadgeOnly(QStringLiteral("4100203"), QStringLiteral("agent")).payload;
        return issued;
    }

    /// The signed bytes of @p payload in the layout every badge had before padding (version 1),
    /// signed again with @p secretKey: a badge printed before the change.
    static QString asLayoutOne(const QString &payload, QByteArrayView secretKey)
    {
        const Credential c = decodeCredential(payload)->credential;
        QByteArray bytes;
        bytes += char(1); // layout version 1
        bytes += char(c.kind);
        bytes += c.keyId;
        bytes += c.serial;
        const QDate dayZero(2000, 1, 1);
        for (const qint64 days : {dayZero.daysTo(c.issuedOn), dayZero.daysTo(c.expiresOn)}) {
            bytes += char((days >> 8) & 0xFF);
            bytes += char(days & 0xFF);
        }
        bytes += char(c.architecture);
        const QByteArray subject = c.subjectId.toUtf8();
        bytes += char(subject.size());
        bytes += subject;
        bytes += char((c.data.size() >> 8) & 0xFF);
        bytes += char(c.data.size() & 0xFF);
        bytes += c.data;
        QByteArray signature(crypto_sign_BYTES, Qt::Uninitialized);
        crypto_sign_detached(reinterpret_cast<unsigned char *>(signature.data()), nullptr,
                             reinterpret_cast<const unsigned char *>(bytes.constData()), quint64(bytes.size()),
                             reinterpret_cast<const unsigned char *>(secretKey.data()));
        return QStringLiteral("PQ1:") + toBase45(bytes + signature);
    }

    static QByteArray sealedTemplateSizedData()
    {
        QByteArray data(185, Qt::Uninitialized);
        randombytes_buf(data.data(), std::size_t(data.size()));
        return data;
    }

private Q_SLOTS:
    void initTestCase() { common::ensureSodium(); }

    void base45MatchesTheRfcExamples()
    {
        // RFC 9285 section 4.
        QCOMPARE(toBase45(QByteArrayLiteral("AB")), QStringLiteral("BB8"));
        QCOMPARE(toBase45(QByteArrayLiteral("Hello!!")), QStringLiteral("%69 VD92EX0"));
        QCOMPARE(toBase45(QByteArrayLiteral("base-45")), QStringLiteral("UJCLQE7W581"));
        QCOMPARE(fromBase45(u"QED8WEX0").value(), QByteArrayLiteral("ietf!"));
    }

    void base45RefusesWhatIsNotCanonical()
    {
        QVERIFY(!fromBase45(u"GGW"));  // 65536: more than two bytes hold (the RFC's example)
        QVERIFY(!fromBase45(u"bb8"));  // lower case is outside the alphabet
        QVERIFY(!fromBase45(u"BB8A")); // a dangling single character
        QVERIFY(!fromBase45(u"BB#"));
        QVERIFY(!fromBase45(u"U6")); // 6*45+30 = 300: more than one byte holds
    }

    void base45RoundTripsRandomBytes()
    {
        for (int size = 0; size < 300; size += 7) {
            QByteArray bytes(size, Qt::Uninitialized);
            randombytes_buf(bytes.data(), std::size_t(bytes.size()));
            QCOMPARE(fromBase45(toBase45(bytes)).value(), bytes);
        }
    }

    void signedCodeReadsBackEveryField()
    {
        Fixture f;
        const SigningKey key = f.keys.signingKey();
        Credential c;
        c.keyId = key.keyId;
        c.serial = QByteArray::fromHex("0102030405060708");
        c.issuedOn = QDate(2026, 11, 30);
        c.expiresOn = QDate(2027, 8, 31);
        c.architecture = TemplateArchitecture::OnBadge;
        c.subjectId = QStringLiteral("4100101");
        c.data = sealedTemplateSizedData();
        const QString text = signCredential(c, key.secretKey);
        QVERIFY(text.startsWith(u"PQ1:"));
        const auto decoded = decodeCredential(text);
        QVERIFY(decoded);
        QVERIFY(signatureMatches(*decoded, key.publicKey));
        QCOMPARE(decoded->credential.keyId, c.keyId);
        QCOMPARE(decoded->credential.serialText(), QStringLiteral("0102030405060708"));
        QCOMPARE(decoded->credential.issuedOn, c.issuedOn);
        QCOMPARE(decoded->credential.expiresOn, c.expiresOn);
        QCOMPARE(decoded->credential.architecture, c.architecture);
        QCOMPARE(decoded->credential.subjectId, c.subjectId);
        QCOMPARE(decoded->credential.data, c.data);
        // Only QR alphanumeric characters, so the code packs at 5.5 bits a character.
        static const QString alphanumeric = QStringLiteral("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ $%*+-./:");
        for (const QChar ch : text)
            QVERIFY2(alphanumeric.contains(ch), qPrintable(text));
    }

    void payloadSizesStayPrintable()
    {
        Fixture f;
        const QString badgeOnly =
            f.store.issueBadge(QStringLiteral("4100101"), TemplateArchitecture::None, {}, QStringLiteral("t")).payload;
        const QString typeOne =
            f.store.issueBadge(QStringLiteral("4100101"), TemplateArchitecture::OnBadge, sealedTemplateSizedData(), QStringLiteral("t"))
                .payload;
        QByteArray secret(32, 'x');
        const QString typeTwo =
            f.store.issueBadge(QStringLiteral("4100101"), TemplateArchitecture::InDatabase, secret, QStringLiteral("t")).payload;
        qInfo("payload characters: badge only %d, type 1 %d, type 2 %d", int(badgeOnly.size()), int(typeOne.size()), int(typeTwo.size()));
        // 20 header bytes + a 7-digit id + 2 + a 185-byte data area (the sealed template, or the
        // secret or nothing padded with zeros) + 64 signature = 278 bytes -> 417 characters for
        // every badge (docs/credentials.md; before padding, badge only 93 -> 140, type 2 125 -> 188).
        QCOMPARE(badgeOnly.size(), 4 + 417);
        QCOMPARE(typeOne.size(), 4 + 417);
        QCOMPARE(typeTwo.size(), 4 + 417);
    }

    void everyBadgeHasTheSameQrSize()
    {
        // Issue 15: the code's density told who is on the face lane (type 1 version 13, badge only
        // version 6). Every badge's code now has one length, one version, one module count.
        test::TestStation station;
        station::StationServices services{station.database(), station.clock()};
        const IssuedThree issued = issueOneOfEach(services, station.database());
        std::map<QString, int> modules;
        for (const auto &[name, payload] :
             {std::pair{QStringLiteral("type 1"), issued.typeOne}, std::pair{QStringLiteral("type 2"), issued.typeTwo},
              std::pair{QStringLiteral("badge only"), issued.badgeOnly}}) {
            QVERIFY2(services.credentials.verify(payload).valid(), qPrintable(name));
            // Drawn as the printer draws it, then read back as a scanner would.
            const QrMatrix qr = encodeQr(payload);
            QCOMPARE(decodeQr(qrImage(qr, 4)), QStringList{payload});
            modules[name] = qr.size;
            qInfo("%s: %d characters, QR version %d, %d modules", qPrintable(name), int(payload.size()), (qr.size - 17) / 4, qr.size);
        }
        QCOMPARE(issued.badgeOnly.size(), issued.typeOne.size());
        QCOMPARE(issued.typeTwo.size(), issued.typeOne.size());
        QCOMPARE(modules[QStringLiteral("badge only")], modules[QStringLiteral("type 1")]);
        QCOMPARE(modules[QStringLiteral("type 2")], modules[QStringLiteral("type 1")]);
    }

    void paddingIsSignedAndNeverData()
    {
        test::TestStation station;
        station::StationServices services{station.database(), station.clock()};
        const IssuedThree issued = issueOneOfEach(services, station.database());
        for (const QString &payload : {issued.badgeOnly, issued.typeTwo}) {
            const Credential c = decodeCredential(payload)->credential;
            // Decoding drops the padding: a badge-only badge carries no data, a type-2 its 32-byte secret.
            QCOMPARE(c.data.size(), c.architecture == TemplateArchitecture::None ? 0 : 32);
            const QByteArray raw = fromBase45(QStringView(payload).mid(4)).value();
            const qsizetype dataEnd = 20 + c.subjectId.toUtf8().size() + 2 + c.data.size();
            const QByteArray body = raw.left(raw.size() - crypto_sign_BYTES);
            const QByteArray signature = raw.right(crypto_sign_BYTES);
            const QByteArray padding = body.mid(dataEnd);
            // Padding, and nothing that could pass for a template: zero bytes only.
            QVERIFY(!padding.isEmpty());
            QCOMPARE(padding, QByteArray(padding.size(), '\0'));
            // The signature covers the padding: one zero byte fewer or more is an altered code.
            for (const QByteArray &altered : {body.chopped(1), QByteArray(body + char(0))}) {
                const QString text = QStringLiteral("PQ1:") + toBase45(altered + signature);
                QCOMPARE(verdictId(services.credentials.verify(text).verdict), QStringLiteral("bad_signature"));
            }
            // Anything but zeros in it is refused before the signature is even checked.
            QByteArray smuggled = body;
            smuggled[smuggled.size() - 1] = char(0x5a);
            const QString smuggledText = QStringLiteral("PQ1:") + toBase45(smuggled + signature);
            QCOMPARE(verdictId(services.credentials.verify(smuggledText).verdict), QStringLiteral("malformed"));
        }
    }

    void badgesPrintedBeforePaddingStillWork()
    {
        test::TestStation station;
        station::StationServices services{station.database(), station.clock()};
        const IssuedThree issued = issueOneOfEach(services, station.database());
        const SigningKey key = services.keys.signingKey();
        const QByteArray modelId = QByteArray::fromHex("0011223344556677");
        for (const QString &payload : {issued.typeOne, issued.typeTwo, issued.badgeOnly}) {
            const QString old = asLayoutOne(payload, key.secretKey);
            const Verification v = services.credentials.verify(old);
            QCOMPARE(verdictId(v.verdict), QStringLiteral("valid"));
            QCOMPARE(v.credential->data, decodeCredential(payload)->credential.data);
            // Its template (type 1 on the badge, type 2 in the database) still opens.
            if (v.credential->architecture != TemplateArchitecture::None)
                QVERIFY(services.enrolments.templateFor(*v.credential, modelId));
        }
    }

    void validBadgeVerifies()
    {
        Fixture f;
        const IssuedBadge badge = f.store.issueBadge(QStringLiteral("4100101"), TemplateArchitecture::None, {}, QStringLiteral("agent"));
        const Verification v = f.store.verify(badge.payload);
        QCOMPARE(verdictId(v.verdict), QStringLiteral("valid"));
        QVERIFY(v.person);
        QCOMPARE(v.person->id, QStringLiteral("4100101"));
        QCOMPARE(v.record->serial, badge.record.serial);
        QCOMPARE(v.record->expiresOn, QDate(2027, 8, 31));
    }

    void tenThousandMutatedPayloadsAreAllRefused()
    {
        Fixture f;
        const QString payload =
            f.store.issueBadge(QStringLiteral("4100101"), TemplateArchitecture::OnBadge, sealedTemplateSizedData(), QStringLiteral("agent"))
                .payload;
        QVERIFY(f.store.verify(payload).valid());
        const QByteArray raw = fromBase45(QStringView(payload).mid(4)).value();
        static const QString alphabet = QStringLiteral("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ $%*+-./:");
        QRandomGenerator random(20261129);
        std::map<QString, int> verdicts;
        int tested = 0;
        while (tested < 10000) {
            QString mutated = payload;
            const int position = int(random.bounded(qint64(payload.size())));
            switch (random.bounded(6)) {
            case 0: // one character replaced by another of the alphabet
                mutated[position] = alphabet[int(random.bounded(qint64(alphabet.size())))];
                break;
            case 1: // one character inserted
                mutated.insert(position, alphabet[int(random.bounded(qint64(alphabet.size())))]);
                break;
            case 2: // one character lost
                mutated.remove(position, 1);
                break;
            case 3: // cut short, as a badly framed scan would
                mutated.truncate(position);
                break;
            case 4: { // one bit of the signed bytes flipped, then encoded properly: only the signature can tell
                QByteArray bytes = raw;
                const int at = int(random.bounded(qint64(bytes.size())));
                bytes[at] = char(bytes[at] ^ (1 << random.bounded(8)));
                mutated = QStringLiteral("PQ1:") + toBase45(bytes);
                break;
            }
            default: { // several characters changed at once, as a smudged print would
                for (int k = 0; k < 4; ++k)
                    mutated[int(random.bounded(qint64(mutated.size())))] = alphabet[int(random.bounded(qint64(alphabet.size())))];
                break;
            }
            }
            if (mutated == payload)
                continue; // not a mutation
            ++tested;
            const Verification v = f.store.verify(mutated);
            QVERIFY2(!v.valid(), qPrintable(QStringLiteral("accepted a mutated code: ") + mutated));
            ++verdicts[verdictId(v.verdict)];
        }
        for (const auto &[verdict, count] : verdicts)
            qInfo("%s: %d", qPrintable(verdict), count);
        // Only two refusals are possible for a mutation: unreadable, or a signature that fails.
        for (const auto &[verdict, count] : verdicts)
            QVERIFY2(verdict == u"malformed" || verdict == u"bad_signature" || verdict == u"unknown_key", qPrintable(verdict));
        QVERIFY(verdicts[QStringLiteral("bad_signature")] > 1000);
    }

    void everyRefusalHasItsReason()
    {
        Fixture f;
        const QString person = QStringLiteral("4100101");
        const IssuedBadge first = f.store.issueBadge(person, TemplateArchitecture::None, {}, QStringLiteral("agent"));
        const IssuedBadge second = f.store.issueBadge(person, TemplateArchitecture::None, {}, QStringLiteral("agent"));
        QCOMPARE(f.store.verify(first.payload).verdict, Verdict::Revoked);
        QCOMPARE(f.store.find(first.record.serial)->revokeReason, QStringLiteral("reissued"));
        QCOMPARE(f.store.verify(second.payload).verdict, Verdict::Valid);
        QCOMPARE(f.store.currentBadge(person)->serial, second.record.serial);

        // Another station's key, and our key id on another key pair.
        QByteArray pub(32, Qt::Uninitialized), sec(64, Qt::Uninitialized);
        crypto_sign_keypair(reinterpret_cast<unsigned char *>(pub.data()), reinterpret_cast<unsigned char *>(sec.data()));
        Credential forged = decodeCredential(second.payload)->credential;
        QCOMPARE(f.store.verify(signCredential(forged, sec)).verdict, Verdict::BadSignature);
        forged.keyId = QByteArray::fromHex("deadbeef");
        QCOMPARE(f.store.verify(signCredential(forged, sec)).verdict, Verdict::UnknownKey);

        // Signed by us, but never issued (a serial the registry does not know).
        const SigningKey key = f.keys.signingKey();
        Credential unknown = decodeCredential(second.payload)->credential;
        unknown.serial = QByteArray::fromHex("0000000000000001");
        QCOMPARE(f.store.verify(signCredential(unknown, key.secretKey)).verdict, Verdict::UnknownSerial);
        // Signed with our key (taken from a copy of the database), the registry's serial, but dates
        // of its own (issue 17: a badge re-signed until 2099 was valid).
        for (const auto &[issued, expires] :
             {std::pair{QDate(2026, 11, 30), QDate(2099, 8, 31)}, std::pair{QDate(2026, 9, 1), QDate(2027, 8, 31)}}) {
            Credential extended = decodeCredential(second.payload)->credential;
            extended.issuedOn = issued;
            extended.expiresOn = expires;
            QCOMPARE(f.store.verify(signCredential(extended, key.secretKey)).verdict, Verdict::UnknownSerial);
        }
        Credential pass = decodeCredential(second.payload)->credential;
        pass.kind = CredentialKind::VisitorPass;
        QCOMPARE(f.store.verify(signCredential(pass, key.secretKey)).verdict, Verdict::WrongKind);

        QCOMPARE(f.store.verify(u"not a badge").verdict, Verdict::Malformed);
        QCOMPARE(f.store.verify(u"").verdict, Verdict::Malformed);

        // Time: not yet valid the day before, expired the day after the end.
        f.station.clock().set(QDateTime(QDate(2026, 11, 29), QTime(12, 0), Qt::UTC));
        QCOMPARE(f.store.verify(second.payload).verdict, Verdict::NotYetValid);
        f.station.clock().set(QDateTime(QDate(2027, 9, 1), QTime(12, 0), Qt::UTC));
        QCOMPARE(f.store.verify(second.payload).verdict, Verdict::Expired);
        f.station.clock().set(QDateTime(QDate(2027, 8, 31), QTime(12, 0), Qt::UTC));
        QCOMPARE(f.store.verify(second.payload).verdict, Verdict::Valid);

        // The holder leaves.
        people::Person left = *people::PeopleStore(f.station.database()).find(person);
        left.leftOn = QDate(2027, 6, 1);
        people::PeopleStore(f.station.database()).save(left, f.station.clock().now());
        QCOMPARE(f.store.verify(second.payload).verdict, Verdict::PersonInactive);
        QVERIFY_THROWS_EXCEPTION(common::Refusal, f.store.issueBadge(person, TemplateArchitecture::None, {}, QStringLiteral("agent")));
        QVERIFY_THROWS_EXCEPTION(common::Refusal,
                                 f.store.issueBadge(QStringLiteral("nobody"), TemplateArchitecture::None, {}, QStringLiteral("agent")));
        // Issue 17: a person imported before ids were checked, with an id no badge can carry, was an
        // untranslated usage error (exit 2); it is a refusal that says what to do.
        const QString longId(65, u'7');
        test::addPerson(f.station.database(), longId, QDate(2011, 3, 14));
        QVERIFY_THROWS_EXCEPTION(common::Refusal, f.store.issueBadge(longId, TemplateArchitecture::None, {}, QStringLiteral("agent")));
    }

    void revocationIsAudited()
    {
        Fixture f;
        const IssuedBadge badge = f.store.issueBadge(QStringLiteral("4100101"), TemplateArchitecture::None, {}, QStringLiteral("agent"));
        QVERIFY(f.store.revoke(badge.record.serial, QStringLiteral("lost"), QStringLiteral("agent")));
        QVERIFY(!f.store.revoke(badge.record.serial, QStringLiteral("lost"), QStringLiteral("agent")));
        const auto records = f.station.audit().newest(1);
        QCOMPARE(records.first().action, QStringLiteral("badge.revoke"));
        QCOMPARE(records.first().object, QStringLiteral("4100101"));
        QVERIFY(f.station.audit().verify().intact);
    }

    void badgesExpireAtTheEndOfTheSchoolYear()
    {
        Fixture f;
        QCOMPARE(f.store.expiryFor(QDate(2026, 11, 30)), QDate(2027, 8, 31));
        QCOMPARE(f.store.expiryFor(QDate(2027, 6, 30)), QDate(2027, 8, 31));
        QCOMPARE(f.store.expiryFor(QDate(2027, 7, 1)), QDate(2028, 8, 31)); // summer: next year's
        QCOMPARE(f.store.expiryFor(QDate(2027, 8, 31)), QDate(2028, 8, 31));
    }

    void signingKeyIsCreatedOnceAndKept()
    {
        Fixture f;
        const SigningKey first = f.keys.signingKey();
        const SigningKey again = f.keys.signingKey();
        QCOMPARE(first.keyId, again.keyId);
        QCOMPARE(f.keys.publicKey(first.keyId).value(), first.publicKey);
        QVERIFY(f.keys.templateKey().view() == f.keys.templateKey().view());
        QVERIFY(f.keys.badgeTemplateKey(QByteArray(32, 'a')).view() != f.keys.badgeTemplateKey(QByteArray(32, 'b')).view());
        QCOMPARE(f.station.database().scalar(QStringLiteral("SELECT count(*) FROM station_keys")).toInt(), 2);
    }
};

QTEST_GUILESS_MAIN(TestCredentials)
#include "test_credentials.moc"
