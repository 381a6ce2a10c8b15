#include "core/sigstore/cosignsignature.h"

#include <QTest>

using namespace chainscope;
using namespace chainscope::sigstore;

namespace {

const QByteArray Digest =
    "sha256:634a8f35b5f16dcf4aaa0822adc0b1964bb786fca12f6831de8ddc45e5986a00";

QByteArray payload(const QByteArray &critical, const QByteArray &optional = "null")
{
    return "{\"critical\":" + critical + ",\"optional\":" + optional + "}";
}

QByteArray critical(const QByteArray &reference = "\"ghcr.io/org/app\"",
                    const QByteArray &digest = "\"" + Digest + "\"",
                    const QByteArray &type = "\"cosign container image signature\"")
{
    return "{\"identity\":{\"docker-reference\":" + reference
           + "},\"image\":{\"docker-manifest-digest\":" + digest + "},\"type\":" + type + "}";
}

} // namespace

class TestSimpleSigning : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void accepts_data()
    {
        QTest::addColumn<QByteArray>("raw");
        QTest::addColumn<QString>("reference");

        QTest::newRow("cosign, optional null") << payload(critical()) << "ghcr.io/org/app";
        QTest::newRow("optional object")
            << payload(critical(), "{\"creator\":\"x\",\"timestamp\":1}") << "ghcr.io/org/app";
        QTest::newRow("no optional") << QByteArray("{\"critical\":" + critical() + "}")
                                     << "ghcr.io/org/app";
        QTest::newRow("reference with tag") << payload(critical("\"host:5000/a/b:tag\""))
                                            << "host:5000/a/b:tag";
    }

    void accepts()
    {
        QFETCH(QByteArray, raw);
        QFETCH(QString, reference);
        auto parsed = SimpleSigningPayload::parse(raw);
        QVERIFY2(parsed.ok(), qPrintable(parsed.ok() ? QString() : parsed.error().toString()));
        QCOMPARE(parsed->dockerReference, reference);
        QCOMPARE(parsed->manifestDigest, QString::fromLatin1(Digest));
        QCOMPARE(parsed->type, QStringLiteral("cosign container image signature"));
        QCOMPARE(parsed->raw, raw);
    }

    void refuses_data()
    {
        QTest::addColumn<QByteArray>("raw");
        QTest::addColumn<QString>("messagePart");

        QTest::newRow("empty") << QByteArray() << "not JSON";
        QTest::newRow("not json") << QByteArray("{critical:") << "not JSON";
        QTest::newRow("array") << QByteArray("[]") << "not a JSON object";
        QTest::newRow("no critical") << QByteArray("{\"optional\":null}") << "\"critical\"";
        QTest::newRow("critical not object") << QByteArray("{\"critical\":3}")
                                             << "not a JSON object";
        QTest::newRow("no identity")
            << payload("{\"image\":{\"docker-manifest-digest\":\"" + Digest
                       + "\"},\"type\":\"cosign container image signature\"}")
            << "critical.identity";
        QTest::newRow("reference not string") << payload(critical("42"))
                                              << "critical.identity.docker-reference";
        QTest::newRow("digest missing")
            << payload("{\"identity\":{\"docker-reference\":\"a\"},\"image\":{},"
                       "\"type\":\"cosign container image signature\"}")
            << "docker-manifest-digest";
        QTest::newRow("digest malformed") << payload(critical("\"a\"", "\"sha256:abc\""))
                                          << "not a digest";
        QTest::newRow("digest uppercase")
            << payload(critical("\"a\"", "\"" + Digest.toUpper() + "\"")) << "not a digest";
        QTest::newRow("wrong type")
            << payload(critical("\"a\"", "\"" + Digest + "\"", "\"atomic container signature\""))
            << "atomic container signature";
        QTest::newRow("type missing")
            << payload("{\"identity\":{\"docker-reference\":\"a\"},\"image\":{"
                       "\"docker-manifest-digest\":\"" + Digest + "\"}}")
            << "critical.type";
        QTest::newRow("unknown critical field")
            << payload("{\"identity\":{\"docker-reference\":\"a\"},\"image\":{"
                       "\"docker-manifest-digest\":\"" + Digest + "\"},\"type\":"
                       "\"cosign container image signature\",\"extra\":true}")
            << "critical.extra";
        QTest::newRow("unknown identity field")
            << payload("{\"identity\":{\"docker-reference\":\"a\",\"x\":1},\"image\":{"
                       "\"docker-manifest-digest\":\"" + Digest + "\"},\"type\":"
                       "\"cosign container image signature\"}")
            << "critical.identity.x";
        QTest::newRow("optional is a string") << payload(critical(), "\"x\"") << "optional";
        QTest::newRow("huge") << QByteArray(MaxSimpleSigningPayloadBytes + 1, ' ')
                              << "not accepted";
    }

    void refuses()
    {
        QFETCH(QByteArray, raw);
        QFETCH(QString, messagePart);
        auto parsed = SimpleSigningPayload::parse(raw);
        QVERIFY(!parsed.ok());
        QVERIFY2(parsed.error().message().contains(messagePart),
                 qPrintable(parsed.error().message()));
    }

    void tags()
    {
        auto digest = reference::Digest::parse(QString::fromLatin1(Digest));
        QVERIFY(digest.ok());
        QCOMPARE(signatureTag(*digest),
                 QStringLiteral("sha256-634a8f35b5f16dcf4aaa0822adc0b1964bb786fca12f6831de8ddc45e5986a00.sig"));
        QCOMPARE(attestationTag(*digest),
                 QStringLiteral("sha256-634a8f35b5f16dcf4aaa0822adc0b1964bb786fca12f6831de8ddc45e5986a00.att"));
    }
};

QTEST_GUILESS_MAIN(TestSimpleSigning)
#include "tst_simplesigning.moc"
