#include "core/attestation/dsseenvelope.h"
#include "core/attestation/statement.h"
#include "tests/support/testdata.h"

#include <QTest>

using namespace chainscope;
using namespace chainscope::attestation;

namespace {

using test::readData;

} // namespace

class TestDsseEnvelope : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void paeMatchesSpecExample()
    {
        // DSSE protocol.md, "Test Vectors": PAE("http://example.com/HelloWorld", "hello world").
        QCOMPARE(DsseEnvelope::pae("http://example.com/HelloWorld", "hello world"),
                 QByteArray("DSSEv1 29 http://example.com/HelloWorld 11 hello world"));
        QCOMPARE(DsseEnvelope::pae("", ""), QByteArray("DSSEv1 0  0 "));
    }

    void parsesTektonChainsEnvelope()
    {
        auto envelope = DsseEnvelope::parse(readData(QStringLiteral(
            "tekton-chains/hashicorp-tutorial-envelope.json")));
        QVERIFY2(envelope.ok(), qPrintable(envelope.ok() ? QString() : envelope.error().toString()));
        QCOMPARE(envelope->payloadType(), QString(DsseEnvelope::InTotoPayloadType));
        QCOMPARE(envelope->signatures().size(), 1);
        QCOMPARE(envelope->signatures().first().keyId,
                 QStringLiteral("SHA256:wvNLyVMa1zxAWD9ZjvKanoCuukphRbKYdLM24TEEAj0"));
        // An ASN.1 DER ECDSA signature starts with a SEQUENCE tag.
        QCOMPARE(envelope->signatures().first().signature.at(0), char(0x30));

        // The decoded payload is the statement the tutorial prints.
        auto fromEnvelope = Statement::parse(envelope->payload());
        auto printed = Statement::parse(readData(QStringLiteral(
            "tekton-chains/hashicorp-tutorial-statement.json")));
        QVERIFY(fromEnvelope.ok());
        QVERIFY(printed.ok());
        QCOMPARE(fromEnvelope->predicateType(), printed->predicateType());
        QCOMPARE(fromEnvelope->subjects().first().digests, printed->subjects().first().digests);
    }

    void verify_data()
    {
        QTest::addColumn<QString>("testCase");
        QTest::addColumn<bool>("verifies");

        QTest::newRow("happy path in-toto DSSE") << "happy-path-intoto-in-dsse-v3" << true;
        QTest::newRow("rekor v2 happy path") << "rekor2-dsse-happy-path" << true;
        QTest::newRow("incorrect signature") << "dsse-invalid-sig_fail" << false;
        QTest::newRow("signature by another key") << "rekor2-dsse-invalid-sig_fail" << false;
    }

    void verify()
    {
        QFETCH(QString, testCase);
        QFETCH(bool, verifies);

        const QString dir = QStringLiteral("dsse-conformance/") + testCase;
        auto envelope = DsseEnvelope::parse(readData(dir + QStringLiteral("/envelope.json")));
        QVERIFY(envelope.ok());
        auto key = crypto::PublicKey::fromPem(readData(dir + QStringLiteral("/signer.pub")));
        QVERIFY2(key.ok(), qPrintable(key.ok() ? QString() : key.error().toString()));

        auto index = envelope->verify(*key);
        QVERIFY2(index.ok(), qPrintable(index.ok() ? QString() : index.error().toString()));
        QCOMPARE(*index >= 0, verifies);
    }

    void tamperedPayloadDoesNotVerify()
    {
        const QString dir = QStringLiteral("dsse-conformance/happy-path-intoto-in-dsse-v3");
        QByteArray json = readData(dir + QStringLiteral("/envelope.json"));
        // Changing the payload type changes the PAE, so the same signature must fail.
        json.replace("application/vnd.in-toto+json", "application/vnd.in-toto+jsoN");
        auto envelope = DsseEnvelope::parse(json);
        QVERIFY(envelope.ok());
        auto key = crypto::PublicKey::fromPem(readData(dir + QStringLiteral("/signer.pub")));
        QVERIFY(key.ok());
        auto index = envelope->verify(*key);
        QVERIFY(index.ok());
        QCOMPARE(*index, -1);
    }

    void tektonEnvelopeDoesNotVerifyWithUnrelatedKey()
    {
        auto envelope = DsseEnvelope::parse(readData(QStringLiteral(
            "tekton-chains/hashicorp-tutorial-envelope.json")));
        auto key = crypto::PublicKey::fromPem(readData(
            QStringLiteral("dsse-conformance/happy-path-intoto-in-dsse-v3/signer.pub")));
        QVERIFY(envelope.ok());
        QVERIFY(key.ok());
        auto index = envelope->verify(*key);
        QVERIFY(index.ok());
        QCOMPARE(*index, -1);
    }

    void rejectsMalformed_data()
    {
        QTest::addColumn<QByteArray>("json");

        QTest::newRow("not json") << QByteArray("{\"payloadType\": ");
        QTest::newRow("array") << QByteArray("[]");
        QTest::newRow("no payload type")
            << QByteArray("{\"payload\":\"aGk=\",\"signatures\":[{\"sig\":\"MEUC\"}]}");
        QTest::newRow("no payload")
            << QByteArray("{\"payloadType\":\"t\",\"signatures\":[{\"sig\":\"MEUC\"}]}");
        QTest::newRow("payload not base64")
            << QByteArray("{\"payloadType\":\"t\",\"payload\":\"@@@\",\"signatures\":[{\"sig\":\"MEUC\"}]}");
        QTest::newRow("no signatures") << QByteArray("{\"payloadType\":\"t\",\"payload\":\"aGk=\"}");
        QTest::newRow("signature not base64")
            << QByteArray("{\"payloadType\":\"t\",\"payload\":\"aGk=\",\"signatures\":[{\"sig\":\"!\"}]}");
        QTest::newRow("empty signature")
            << QByteArray("{\"payloadType\":\"t\",\"payload\":\"aGk=\",\"signatures\":[{\"sig\":\"\"}]}");
    }

    void rejectsMalformed()
    {
        QFETCH(QByteArray, json);
        auto envelope = DsseEnvelope::parse(json);
        QVERIFY(!envelope.ok());
        QCOMPARE(envelope.error().kind(), ErrorKind::Malformed);
    }

    void acceptsUrlSafeBase64()
    {
        // "??>" encodes to "Pz8+" in standard and "Pz8-" in URL-safe base64.
        auto envelope = DsseEnvelope::parse(
            "{\"payloadType\":\"t\",\"payload\":\"Pz8-\",\"signatures\":[{\"sig\":\"Pz8-\"}]}");
        QVERIFY(envelope.ok());
        QCOMPARE(envelope->payload(), QByteArray("??>"));
    }
};

QTEST_GUILESS_MAIN(TestDsseEnvelope)
#include "tst_dsseenvelope.moc"
