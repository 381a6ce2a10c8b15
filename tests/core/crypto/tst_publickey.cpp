#include "core/crypto/publickey.h"
#include "tests/support/testdata.h"

#include <QTest>

using namespace chainscope;
using namespace chainscope::crypto;

namespace {

using test::readData;

} // namespace

class TestPublicKey : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void loads_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("algorithm");
        QTest::addColumn<QString>("fingerprint");

        // Fingerprints from `openssl pkey -pubin -outform DER | sha256sum`.
        QTest::newRow("p256 pem") << "crypto/ec-p256.pub.pem" << "ECDSA P-256"
            << "d9e732a86bf16b3235d211b07ce106c64d0e6f3e10e4436787d47e146216d535";
        QTest::newRow("p256 der") << "crypto/ec-p256.pub.der" << "ECDSA P-256"
            << "d9e732a86bf16b3235d211b07ce106c64d0e6f3e10e4436787d47e146216d535";
        QTest::newRow("p384") << "crypto/ec-p384.pub.pem" << "ECDSA P-384"
            << "e02374c6740c2ec73aa41feb742fc1aa11d4d05a21f76ae47f8a36e5c1549035";
        QTest::newRow("p521") << "crypto/ec-p521.pub.pem" << "ECDSA P-521"
            << "3adfd00f7be7072ecf4f111333565674249d646d41fd434fba751ebfd21938fc";
        QTest::newRow("rsa 2048 spki") << "crypto/rsa-2048.pub.pem" << "RSA 2048"
            << "9481359ee9b43a0668978991e9f6011f6f780db144c464e33afc537384fba1cb";
        QTest::newRow("rsa 2048 pkcs1") << "crypto/rsa-2048.pkcs1.pem" << "RSA 2048"
            << "9481359ee9b43a0668978991e9f6011f6f780db144c464e33afc537384fba1cb";
        QTest::newRow("ed25519") << "crypto/ed25519.pub.pem" << "Ed25519"
            << "ea8c869bf955511f5c051411f74804d29f2f708e4ee9641144c387dc447ddc8e";
        QTest::newRow("cosign fixture key") << "containers-image/signature-fixtures/cosign.pub"
            << "ECDSA P-256"
            << "c87a79018f346cc02482448b77296b0bea143ef2ccab99b04776fb0f638f301f";
        QTest::newRow("rekor key") << "containers-image/signature-fixtures/rekor.pub"
            << "ECDSA P-256"
            << "c0d23d6ad406973f9559f3ba2d1ca01f84147d8ffc5b8445c224f98b9591801d";
        QTest::newRow("cosign release key") << "cosign/release-cosign.pub" << "ECDSA P-256"
            << "adb808ab071482427b7a135b99f640580553757c46454b49d6daf227c19aef8f";
        QTest::newRow("cosign rsa 4096") << "cosign/pkg-cosign-testdata/google" << "RSA 4096"
            << "f1d8b68e50210d8e73d9a3e97f571773c52d7f28c0b1a71beee81d8562e6fd85";
        QTest::newRow("cosign rsa pkcs1") << "cosign/pkg-cosign-testdata/rsa" << "RSA 4096"
            << "d75e292019101b557262585fec8bb335aec92f7ca1625b497a8e15b461f98c9d";
        QTest::newRow("cosign der ec") << "cosign/pkg-cosign-testdata/letsencrypt-testflume-2021"
            << "ECDSA P-256"
            << "03edf1da9776b6f38c341e39ed9d707a7570369cf9844f327fe9e14138361b60";
    }

    void loads()
    {
        QFETCH(QString, file);
        QFETCH(QString, algorithm);
        QFETCH(QString, fingerprint);

        auto key = PublicKey::fromBytes(readData(file));
        QVERIFY2(key.ok(), qPrintable(key.ok() ? QString() : key.error().toString()));
        QVERIFY(key->isValid());
        QCOMPARE(key->algorithm(), algorithm);
        QCOMPARE(key->fingerprint(), fingerprint);

        // Round trip through our own PEM gives the same key.
        auto again = PublicKey::fromPem(key->toPem());
        QVERIFY(again.ok());
        QVERIFY(*again == *key);
    }

    void refuses_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<ErrorKind>("kind");
        QTest::addColumn<QString>("messagePart");

        const QByteArray good = readData(QStringLiteral("crypto/ec-p256.pub.pem"));
        QByteArray brokenBody = good;
        brokenBody.replace(40, 6, "!!@@##");
        QByteArray noEnd = good.left(good.indexOf("-----END"));

        QTest::newRow("empty") << QByteArray() << ErrorKind::InvalidInput << "empty";
        QTest::newRow("not pem, not der") << QByteArray("hello, I am not a key")
                                          << ErrorKind::InvalidInput << "DER";
        QTest::newRow("broken base64") << brokenBody << ErrorKind::InvalidInput << "broken";
        QTest::newRow("missing end line") << noEnd << ErrorKind::InvalidInput << "broken";
        QTest::newRow("private key")
            << readData(QStringLiteral("crypto/private-ec-p256.test-only.key.pem"))
            << ErrorKind::InvalidInput << "private key";
        QTest::newRow("ec private key label")
            << QByteArray("-----BEGIN EC PRIVATE KEY-----\nAAAA\n-----END EC PRIVATE KEY-----\n")
            << ErrorKind::InvalidInput << "private key";
        QTest::newRow("certificate")
            << readData(QStringLiteral("containers-image/signature-fixtures/fulcio-cert"))
            << ErrorKind::InvalidInput << "certificate";
        QTest::newRow("secp256k1") << readData(QStringLiteral("crypto/ec-secp256k1.pub.pem"))
                                   << ErrorKind::Unsupported << "secp256k1";
        QTest::newRow("rsa 1024") << readData(QStringLiteral("crypto/rsa-1024.pub.pem"))
                                  << ErrorKind::Unsupported << "1024";
        QTest::newRow("x25519") << readData(QStringLiteral("crypto/x25519.pub.pem"))
                                << ErrorKind::Unsupported << "X25519";
        QTest::newRow("cosign garbage")
            << readData(QStringLiteral("cosign/pkg-cosign-testdata/garbage-there-are-limits"))
            << ErrorKind::InvalidInput << "";
        QTest::newRow("truncated der")
            << readData(QStringLiteral("crypto/ec-p256.pub.der")).left(60)
            << ErrorKind::InvalidInput << "DER";
        QTest::newRow("der with trailing bytes")
            << readData(QStringLiteral("crypto/ec-p256.pub.der")) + QByteArray("xyz")
            << ErrorKind::InvalidInput << "3 unexpected bytes";
        QTest::newRow("other pem block")
            << QByteArray("-----BEGIN X509 CRL-----\nAAAA\n-----END X509 CRL-----\n")
            << ErrorKind::Unsupported << "X509 CRL";
    }

    void refuses()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(ErrorKind, kind);
        QFETCH(QString, messagePart);

        auto key = PublicKey::fromBytes(bytes);
        QVERIFY(!key.ok());
        QCOMPARE(errorKindName(key.error().kind()), errorKindName(kind));
        QVERIFY2(key.error().message().contains(messagePart, Qt::CaseInsensitive),
                 qPrintable(key.error().message()));
    }

    void certificateKey()
    {
        auto key = PublicKey::fromCertificatePem(
            readData(QStringLiteral("containers-image/signature-fixtures/fulcio-cert")));
        QVERIFY2(key.ok(), qPrintable(key.ok() ? QString() : key.error().toString()));
        QCOMPARE(key->algorithm(), QStringLiteral("ECDSA P-256"));

        auto notCert = PublicKey::fromCertificatePem(
            readData(QStringLiteral("crypto/ec-p256.pub.pem")));
        QVERIFY(!notCert.ok());
    }

    void verifies_data()
    {
        QTest::addColumn<QString>("keyFile");
        QTest::addColumn<QString>("signatureFile");

        QTest::newRow("p256 der sig") << "crypto/ec-p256.pub.pem" << "crypto/ec-p256.sha256.sig";
        QTest::newRow("p256 raw r||s") << "crypto/ec-p256.pub.pem"
                                       << "crypto/ec-p256.sha256.raw.sig";
        QTest::newRow("p384 sha384") << "crypto/ec-p384.pub.pem" << "crypto/ec-p384.sha384.sig";
        QTest::newRow("p521 sha512") << "crypto/ec-p521.pub.pem" << "crypto/ec-p521.sha512.sig";
        QTest::newRow("rsa pkcs1 v1.5") << "crypto/rsa-2048.pub.pem" << "crypto/rsa-2048.pkcs1.sig";
        QTest::newRow("rsa pss") << "crypto/rsa-2048.pub.pem" << "crypto/rsa-2048.pss.sig";
        QTest::newRow("ed25519") << "crypto/ed25519.pub.pem" << "crypto/ed25519.sig";
    }

    void verifies()
    {
        QFETCH(QString, keyFile);
        QFETCH(QString, signatureFile);

        auto key = PublicKey::fromBytes(readData(keyFile));
        QVERIFY(key.ok());
        const QByteArray message = readData(QStringLiteral("crypto/message.txt"));
        const QByteArray signature = readData(signatureFile);

        auto good = key->verify(message, signature);
        QVERIFY(good.ok());
        QVERIFY(*good);

        // One changed byte of the message or of the signature must fail.
        QByteArray otherMessage = message;
        otherMessage[0] = char(otherMessage[0] ^ 1);
        QCOMPARE(*key->verify(otherMessage, signature), false);
        QByteArray otherSignature = signature;
        otherSignature[otherSignature.size() - 1] = char(otherSignature.back() ^ 1);
        QCOMPARE(*key->verify(message, otherSignature), false);
        QCOMPARE(*key->verify(message, signature.left(signature.size() / 2)), false);
        QCOMPARE(*key->verify(message, QByteArray()), false);
    }

    void hashIsExplicit()
    {
        auto key = PublicKey::fromBytes(readData(QStringLiteral("crypto/ec-p384.pub.pem")));
        QVERIFY(key.ok());
        QCOMPARE(key->defaultHash(), HashAlgorithm::Sha384);
        const QByteArray message = readData(QStringLiteral("crypto/message.txt"));
        const QByteArray sha256Signature = readData(QStringLiteral("crypto/ec-p384.sha256.sig"));

        // Older cosign signed P-384 payloads with SHA-256: only the explicit hash verifies.
        QCOMPARE(*key->verify(message, sha256Signature), false);
        QCOMPARE(*key->verify(message, sha256Signature, HashAlgorithm::Sha256), true);
    }

    void wrongKeyDoesNotVerify()
    {
        auto p256 = PublicKey::fromBytes(readData(QStringLiteral("crypto/ec-p256.pub.pem")));
        auto cosign = PublicKey::fromBytes(
            readData(QStringLiteral("containers-image/signature-fixtures/cosign.pub")));
        auto rsa = PublicKey::fromBytes(readData(QStringLiteral("crypto/rsa-2048.pub.pem")));
        QVERIFY(p256.ok() && cosign.ok() && rsa.ok());
        const QByteArray message = readData(QStringLiteral("crypto/message.txt"));
        const QByteArray signature = readData(QStringLiteral("crypto/ec-p256.sha256.sig"));
        QCOMPARE(*cosign->verify(message, signature), false);
        QCOMPARE(*rsa->verify(message, signature), false);
        QVERIFY(!(*p256 == *cosign));
    }

    void invalidKeyIsAnError()
    {
        PublicKey none;
        QVERIFY(!none.isValid());
        QVERIFY(none.fingerprint().isEmpty());
        QVERIFY(!none.verify("m", "s").ok());
    }

    void plausibleSignatures()
    {
        QVERIFY(isPlausibleSignature(readData(QStringLiteral("crypto/ec-p256.sha256.sig"))));
        QVERIFY(isPlausibleSignature(readData(QStringLiteral("crypto/ec-p256.sha256.raw.sig"))));
        QVERIFY(isPlausibleSignature(readData(QStringLiteral("crypto/ec-p521.sha512.sig"))));
        QVERIFY(isPlausibleSignature(readData(QStringLiteral("crypto/rsa-2048.pss.sig"))));
        QVERIFY(isPlausibleSignature(readData(QStringLiteral("crypto/ed25519.sig"))));
        const QByteArray der = readData(QStringLiteral("crypto/ec-p256.sha256.sig"));
        QVERIFY(!isPlausibleSignature(der.left(der.size() - 3)));
        QVERIFY(!isPlausibleSignature(der + "x"));
        QVERIFY(!isPlausibleSignature(QByteArray()));
        QVERIFY(!isPlausibleSignature(QByteArray(20, 'a')));
    }

    void sha256Known()
    {
        QCOMPARE(sha256("abc").toHex(),
                 QByteArray("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"));
    }
};

QTEST_GUILESS_MAIN(TestPublicKey)
#include "tst_publickey.moc"
