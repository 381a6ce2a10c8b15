#include "core/sigstore/rekorbundle.h"
#include "tests/support/testdata.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace chainscope;
using namespace chainscope::sigstore;

namespace {

using test::readData;

const QString Dir = QStringLiteral("containers-image/signature-internal-testdata/");

crypto::PublicKey key(const QString &file)
{
    auto loaded = crypto::PublicKey::fromPem(readData(Dir + file));
    if (!loaded)
        qFatal("cannot load %s", qPrintable(file));
    return *loaded;
}

} // namespace

// containers/image signature/internal/testdata: a real public-good Rekor SET
// for a hashedrekord entry of rekor-payload, signed (rekor-sig) by rekor-cert.
class TestRekorBundle : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void realSetVerifies()
    {
        auto bundle = RekorBundle::parse(readData(Dir + QStringLiteral("rekor-set")));
        QVERIFY2(bundle.ok(), qPrintable(bundle.ok() ? QString() : bundle.error().toString()));
        const crypto::PublicKey rekor = key(QStringLiteral("rekor.pub"));
        QCOMPARE(bundle->logId(), rekor.fingerprint());
        auto checked = bundle->verifySet(rekor);
        QVERIFY2(checked.ok(), qPrintable(checked.ok() ? QString() : checked.error().toString()));

        // The entry records what was signed, the signature and the certificate.
        auto rekord = bundle->hashedRekord();
        QVERIFY(rekord.ok());
        QCOMPARE(rekord->hashAlgorithm, QStringLiteral("sha256"));
        QCOMPARE(rekord->hashHex, QString::fromLatin1(
                                      crypto::sha256(readData(Dir + QStringLiteral("rekor-payload")))
                                          .toHex()));
        QCOMPARE(rekord->signature,
                 QByteArray::fromBase64(readData(Dir + QStringLiteral("rekor-sig"))));
        auto certificateKey = crypto::PublicKey::fromCertificatePem(rekord->publicKeyPem);
        QVERIFY(certificateKey.ok());
        auto fileKey = crypto::PublicKey::fromCertificatePem(readData(Dir + QStringLiteral("rekor-cert")));
        QVERIFY(fileKey.ok());
        QVERIFY(*certificateKey == *fileKey);
    }

    void canonicalForm()
    {
        auto bundle = RekorBundle::parse(readData(Dir + QStringLiteral("rekor-set")));
        QVERIFY(bundle.ok());
        const QByteArray canonical = bundle->canonicalPayload();
        QVERIFY(canonical.startsWith("{\"body\":\""));
        QVERIFY(!canonical.contains(' '));
        const QJsonObject object = QJsonDocument::fromJson(canonical).object();
        QCOMPARE(object.keys(), (QStringList{"body", "integratedTime", "logID", "logIndex"}));
        QCOMPARE(qint64(object.value(QLatin1String("logIndex")).toDouble()), bundle->logIndex());
    }

    void otherKeyFails()
    {
        auto bundle = RekorBundle::parse(readData(Dir + QStringLiteral("rekor-set")));
        QVERIFY(bundle.ok());
        auto checked = bundle->verifySet(key(QStringLiteral("cosign.pub")));
        QVERIFY(!checked.ok());
        QVERIFY(checked.error().message().contains(QLatin1String("log ID")));
    }

    void tampering_data()
    {
        QTest::addColumn<QByteArray>("from");
        QTest::addColumn<QByteArray>("to");
        QTest::addColumn<bool>("parses");

        const QJsonObject payload = QJsonDocument::fromJson(readData(Dir + QStringLiteral("rekor-set")))
                                        .object().value(QLatin1String("Payload")).toObject();
        const QByteArray time = QByteArray::number(
            qint64(payload.value(QLatin1String("integratedTime")).toDouble()));
        const QByteArray index = QByteArray::number(
            qint64(payload.value(QLatin1String("logIndex")).toDouble()));
        QTest::newRow("integratedTime changed") << "\"integratedTime\":" + time
                                                << "\"integratedTime\":" + QByteArray::number(time.toLongLong() + 1)
                                                << true;
        QTest::newRow("logIndex changed") << "\"logIndex\":" + index
                                          << "\"logIndex\":" + QByteArray::number(index.toLongLong() + 1)
                                          << true;
        QTest::newRow("logIndex fractional") << "\"logIndex\":" + index
                                             << "\"logIndex\":" + index + ".5" << false;
        QTest::newRow("logIndex string") << "\"logIndex\":" + index
                                         << "\"logIndex\":\"" + index + "\"" << false;
        QTest::newRow("body with escapes") << QByteArray("\"body\":\"")
                                           << QByteArray("\"body\":\"\\u0041") << false;
        QTest::newRow("SET not base64") << QByteArray("\"SignedEntryTimestamp\":\"")
                                        << QByteArray("\"SignedEntryTimestamp\":\"%%") << false;
        QTest::newRow("not json") << QByteArray("{") << QByteArray("[") << false;
    }

    void tampering()
    {
        QFETCH(QByteArray, from);
        QFETCH(QByteArray, to);
        QFETCH(bool, parses);
        QByteArray json = readData(Dir + QStringLiteral("rekor-set"));
        QVERIFY(json.contains(from));
        json.replace(json.indexOf(from), from.size(), to);
        auto bundle = RekorBundle::parse(json);
        QCOMPARE(bundle.ok(), parses);
        if (parses)
            QVERIFY(!bundle->verifySet(key(QStringLiteral("rekor.pub"))).ok());
    }
};

QTEST_GUILESS_MAIN(TestRekorBundle)
#include "tst_rekorbundle.moc"
