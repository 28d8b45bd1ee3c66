// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 Portique contributors
#include "biometrics/facetemplate.h"
#include "biometrics/matcher.h"

#include <QRandomGenerator>
#include <QTest>

using namespace portique::biometrics;

namespace {

Descriptor randomDescriptor(quint32 seed)
{
    // dlib descriptors have unit-ish norm with values mostly within ±0.25.
    QRandomGenerator random(seed);
    Descriptor d{};
    for (float &v : d)
        v = float(random.generateDouble() * 0.5 - 0.25);
    return d;
}

FaceTemplate sample(quint32 seed = 1)
{
    return {QByteArray::fromHex("0011223344556677"), randomDescriptor(seed)};
}

QByteArray key(char fill)
{
    return QByteArray(32, fill);
}

} // namespace

Q_DECLARE_METATYPE(portique::biometrics::TemplateEncoding)

class TestFaceTemplate final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void roundTripWithBoundedLoss_data()
    {
        QTest::addColumn<TemplateEncoding>("encoding");
        QTest::addColumn<int>("size");
        QTest::addColumn<double>("maxDistanceChange");
        // Int8: one step is max|v|/127 ≈ 0.002, so the distance moves by at most ~0.01.
        QTest::newRow("int8") << TemplateEncoding::Int8 << 145 << 0.01;
        QTest::newRow("float16") << TemplateEncoding::Float16 << 269 << 0.001;
    }
    void roundTripWithBoundedLoss()
    {
        QFETCH(TemplateEncoding, encoding);
        QFETCH(int, size);
        QFETCH(double, maxDistanceChange);
        double worst = 0.0;
        for (quint32 seed = 1; seed <= 200; ++seed) {
            const FaceTemplate original = sample(seed);
            const FaceTemplate other = sample(seed + 1000);
            const QByteArray bytes = original.encode(encoding);
            QCOMPARE(bytes.size(), size);
            const FaceTemplate back = FaceTemplate::decode(bytes, original.modelId);
            QCOMPARE(back.modelId, original.modelId);
            QVERIFY(distance(back.descriptor, original.descriptor) < maxDistanceChange);
            worst = std::max(worst, std::abs(double(distance(back.descriptor, other.descriptor))
                                             - double(distance(original.descriptor, other.descriptor))));
        }
        QVERIFY2(worst < maxDistanceChange, qPrintable(QString::number(worst)));
    }

    void anotherModelsTemplateIsRefused()
    {
        const QByteArray bytes = sample().encode();
        QVERIFY_THROWS_EXCEPTION(TemplateError, FaceTemplate::decode(bytes, QByteArray::fromHex("ffffffffffffffff")));
    }

    void damagedTemplatesAreRefused_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        const QByteArray good = sample().encode();
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("truncated") << good.left(good.size() - 1);
        QTest::newRow("too long") << good + 'x';
        QByteArray magic = good;
        magic[0] = 'X';
        QTest::newRow("wrong magic") << magic;
        QByteArray encoding = good;
        encoding[4] = 9;
        QTest::newRow("unknown encoding") << encoding;
        QByteArray scale = good;
        scale[13] = scale[14] = scale[15] = scale[16] = char(0xff); // NaN scale
        QTest::newRow("bad scale") << scale;
    }
    void damagedTemplatesAreRefused()
    {
        QFETCH(QByteArray, bytes);
        QVERIFY_THROWS_EXCEPTION(TemplateError, FaceTemplate::decode(bytes, QByteArray::fromHex("0011223344556677")));
    }

    void sealedTemplateOpensOnlyWithItsKeyAndModel()
    {
        const FaceTemplate original = sample();
        const QByteArray sealed = original.seal(key('k'));
        QCOMPARE(sealed.size(), 145 + 24 + 16);
        QVERIFY(!sealed.contains(original.encode().mid(13, 32)));
        const FaceTemplate back = FaceTemplate::unseal(sealed, key('k'), original.modelId);
        QVERIFY(distance(back.descriptor, original.descriptor) < 0.01);
        QVERIFY_THROWS_EXCEPTION(TemplateError, FaceTemplate::unseal(sealed, key('x'), original.modelId));
        QVERIFY_THROWS_EXCEPTION(TemplateError,
                                 FaceTemplate::unseal(sealed, key('k'), QByteArray::fromHex("ffffffffffffffff")));
        for (int i = 0; i < sealed.size(); ++i) {
            QByteArray altered = sealed;
            altered[i] = char(altered[i] ^ 0x20);
            QVERIFY_THROWS_EXCEPTION(TemplateError, FaceTemplate::unseal(altered, key('k'), original.modelId));
        }
        // Two seals of the same template differ (random nonce): a badge reveals nothing by comparison.
        QVERIFY(original.seal(key('k')) != sealed);
    }

    void confidenceFollowsTheDocumentedCurve()
    {
        QCOMPARE(confidenceFromDistance(defaultThreshold), 0.5);
        QVERIFY(std::abs(confidenceFromDistance(defaultThreshold - 0.1F) - 0.95) < 0.001);
        QVERIFY(std::abs(confidenceFromDistance(defaultThreshold + 0.1F) - 0.05) < 0.001);
        double previous = 1.0;
        for (float d = 0.0F; d < 1.2F; d += 0.05F) {
            const double c = confidenceFromDistance(d);
            QVERIFY(c < previous);
            previous = c;
        }
    }

    void compareDecidesOnTheThreshold()
    {
        Descriptor a{};
        Descriptor b{};
        b[0] = defaultThreshold - 0.01F;
        QVERIFY(compare(a, b).same);
        b[0] = defaultThreshold;
        QVERIFY(!compare(a, b).same);
        QCOMPARE(compare(a, b, 0.7F).threshold, 0.7F);
        QVERIFY(compare(a, b, 0.7F).same);
    }
};

QTEST_GUILESS_MAIN(TestFaceTemplate)
#include "test_facetemplate.moc"
