// Runs the real chainscope executable against the lab registry: the CLI's
// contract (JSON keys, outcomes, exit codes) as a pipeline would see it.

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QEventLoop>
#include <QNetworkInterface>
#include <QProcess>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

namespace {

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;

    QJsonObject json() const { return QJsonDocument::fromJson(out).object(); }
};

// The lab registry listens on loopback only. To see how the CLI treats a
// registry that is *not* on loopback without reaching any other machine,
// this relays a port on the machine's own non-loopback address to the lab.
class Relay : public QObject
{
public:
    bool start(const QHostAddress &address, quint16 target)
    {
        m_target = target;
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *client = m_server.nextPendingConnection()) {
                auto *upstream = new QTcpSocket(client);
                upstream->connectToHost(QHostAddress::LocalHost, m_target);
                connect(client, &QTcpSocket::readyRead, upstream, [this, client, upstream] {
                    const QByteArray bytes = client->readAll();
                    m_sent += bytes;
                    upstream->write(bytes);
                });
                connect(upstream, &QTcpSocket::readyRead, client,
                        [client, upstream] { client->write(upstream->readAll()); });
                connect(client, &QTcpSocket::disconnected, upstream, &QTcpSocket::disconnectFromHost);
                connect(upstream, &QTcpSocket::disconnected, client, &QTcpSocket::disconnectFromHost);
                connect(client, &QTcpSocket::disconnected, client, &QObject::deleteLater);
            }
        });
        return m_server.listen(address);
    }
    quint16 port() const { return m_server.serverPort(); }
    /// Everything clients sent through the relay (request lines and headers).
    QByteArray sent() const { return m_sent; }

private:
    QTcpServer m_server;
    QByteArray m_sent;
    quint16 m_target = 0;
};

QHostAddress nonLoopbackAddress()
{
    for (const QHostAddress &address : QNetworkInterface::allAddresses()) {
        if (address.protocol() == QAbstractSocket::IPv4Protocol && !address.isLoopback()
            && !address.isLinkLocal())
            return address;
    }
    return {};
}

} // namespace

class TestCli : public QObject
{
    Q_OBJECT

private:
    QJsonObject m_lab;
    QString m_host;
    QString m_dockerConfig;
    QTemporaryDir m_empty;

    QString image(const QString &name) const
    {
        return m_lab.value("images").toObject().value(name).toObject().value("ref").toString();
    }
    QString digest(const QString &name) const
    {
        return m_lab.value("images").toObject().value(name).toObject().value("digest").toString();
    }
    QString labFile(const char *key) const { return m_lab.value(key).toString(); }
    QString policy(const char *key) const
    {
        return m_lab.value("policies").toObject().value(key).toString();
    }

    /// Runs chainscope with no display and the lab's Docker config (or \a dockerConfig).
    Run run(const QStringList &arguments, const QByteArray &input = {},
            const QString &dockerConfig = {}, const QString &lang = QStringLiteral("C.UTF-8"))
    {
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        for (const char *name : {"DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"})
            env.remove(name);
        env.insert("DOCKER_CONFIG", dockerConfig.isEmpty() ? m_dockerConfig : dockerConfig);
        env.insert("LANG", lang);
        env.insert("LC_ALL", lang);
        env.insert("LANGUAGE", lang.left(2));
        process.setProcessEnvironment(env);
        // An event loop rather than waitForFinished(), so that a Relay in this
        // process keeps serving while chainscope runs.
        QEventLoop loop;
        connect(&process, &QProcess::finished, &loop, &QEventLoop::quit);
        QTimer::singleShot(60000, &loop, &QEventLoop::quit);
        process.start(QStringLiteral(CHAINSCOPE_BINARY), arguments);
        if (!process.waitForStarted(10000))
            qFatal("cannot start %s", CHAINSCOPE_BINARY);
        process.write(input);
        process.closeWriteChannel();
        if (process.state() != QProcess::NotRunning)
            loop.exec();
        if (process.state() != QProcess::NotRunning)
            qFatal("chainscope %s did not finish", qPrintable(arguments.join(' ')));
        Run result;
        result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
        result.out = process.readAllStandardOutput();
        result.err = process.readAllStandardError();
        return result;
    }

    static QJsonObject evidence(const QJsonObject &hop, const QString &kind)
    {
        for (const QJsonValue &value : hop.value("evidence").toArray()) {
            if (value.toObject().value("kind").toString() == kind)
                return value.toObject();
        }
        return {};
    }

    /// A loopback port where nothing listens: a stopped registry.
    static QString deadHost()
    {
        QTcpServer server;
        if (!server.listen(QHostAddress::LocalHost))
            qFatal("cannot find a free port");
        const quint16 port = server.serverPort();
        server.close();
        return QStringLiteral("127.0.0.1:%1").arg(port);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QFile state(qEnvironmentVariable("CHAINSCOPE_LAB_STATE"));
        QVERIFY2(state.open(QIODevice::ReadOnly),
                 qPrintable("the lab state is missing: " + state.fileName()));
        m_lab = QJsonDocument::fromJson(state.readAll()).object();
        m_host = m_lab.value("registry").toString();
        m_dockerConfig = m_lab.value("dockerConfig").toString();
        QVERIFY(!m_host.isEmpty());
        QVERIFY(QFile::exists(m_dockerConfig + "/config.json"));
        QVERIFY(m_empty.isValid());
    }

    void lineageOfServiceHasThreeHopsWithEvidence()
    {
        const Run result = run({"lineage", image("service"), "--key", labFile("publicKey"),
                                "--output", "json"});
        QVERIFY2(result.exitCode == 0, result.err.constData());
        const QJsonObject json = result.json();
        const QJsonArray hops = json.value("hops").toArray();
        QCOMPARE(hops.size(), 3);
        QCOMPARE(hops.at(0).toObject().value("digest").toString(), digest("service"));
        QCOMPARE(hops.at(1).toObject().value("digest").toString(), digest("base"));
        QCOMPARE(hops.at(2).toObject().value("digest").toString(), digest("ubi"));
        QCOMPARE(json.value("stop").toObject().value("reason").toString(),
                 QStringLiteral("no-base-named"));
        QCOMPARE(json.value("contradictions").toBool(), false);

        const QJsonObject base = hops.at(1).toObject();
        for (const char *kind : {"annotation", "label", "layer-prefix", "provenance"}) {
            QCOMPARE(evidence(base, kind).value("verdict").toString(),
                     QStringLiteral("supports"));
        }
        QCOMPARE(evidence(base, "provenance").value("value").toString(),
                 m_lab.value("attestations").toObject().value("service").toObject()
                         .value("materialUri").toString()
                     + '@' + digest("base"));

        const QJsonObject ubi = hops.at(2).toObject();
        for (const char *kind : {"annotation", "label", "layer-prefix"}) {
            QCOMPARE(evidence(ubi, kind).value("verdict").toString(),
                     QStringLiteral("supports"));
        }
        QCOMPARE(evidence(ubi, "provenance").value("verdict").toString(),
                 QStringLiteral("unavailable"));
        QCOMPARE(ubi.value("vendor").toObject().value("component").toString(),
                 QStringLiteral("ubi8-minimal-container"));
        QVERIFY(ubi.value("vendor").toObject().value("summary").toString()
                    .startsWith("Red Hat UBI 8.3 (ubi8-minimal-container-8.3-"));

        // Signatures: the service and the base by the lab key; the UBI says why not.
        QCOMPARE(hops.at(0).toObject().value("signature").toObject().value("outcome").toString(),
                 QStringLiteral("verified"));
        QCOMPARE(base.value("signature").toObject().value("outcome").toString(),
                 QStringLiteral("verified"));
        QCOMPARE(ubi.value("signature").toObject().value("outcome").toString(),
                 QStringLiteral("no-signature"));
        QVERIFY(ubi.value("signatureNote").toString().contains("vendor signatures"));

        QVERIFY(json.value("transport").toArray().first().toString().contains("loopback HTTP"));
    }

    void lineageWithKeyExitCodes_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("outcome"); // of the first hop's signature

        // The UBI base is a vendor image: not signed by the lab key, not counted.
        QTest::newRow("service and base verified") << "service" << 0 << "verified";
        QTest::newRow("unsigned image") << "unsigned" << 1 << "no-signature";
        QTest::newRow("signed by another key") << "foreignSigned" << 1 << "key-mismatch";
        QTest::newRow("tag moved after signing") << "repushed" << 1 << "tag-moved";
    }

    void lineageWithKeyExitCodes()
    {
        QFETCH(QString, name);
        QFETCH(int, exitCode);
        QFETCH(QString, outcome);
        const Run result = run({"lineage", image(name), "--key", labFile("publicKey"),
                                "--output", "json"});
        QVERIFY2(result.exitCode == exitCode, result.out.constData());
        const QJsonObject first = result.json().value("hops").toArray().at(0).toObject();
        QCOMPARE(first.value("signature").toObject().value("outcome").toString(), outcome);

        const Run text = run({"lineage", image(name), "--key", labFile("publicKey")});
        QCOMPARE(text.exitCode, exitCode);
        QVERIFY2(!text.out.contains("verified: Verified"), text.out.constData());
        QVERIFY2(text.out.contains("signature: "), text.out.constData());
    }

    void lineageText()
    {
        const Run result = run({"lineage", image("service")});
        QCOMPARE(result.exitCode, 0);
        const QString text = QString::fromUtf8(result.out);
        QVERIFY(text.contains(image("base")));
        QVERIFY(text.contains(image("ubi")));
        QVERIFY(text.contains("Red Hat UBI 8.3"));
        QVERIFY(text.contains("signature: not checked"));
        QVERIFY(text.contains("loopback HTTP"));
    }

    void verify_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("outcome");

        QTest::newRow("service is verified") << "service" << 0 << "verified";
        QTest::newRow("base is verified") << "base" << 0 << "verified";
        QTest::newRow("unsigned: no signature") << "unsigned" << 1 << "no-signature";
        QTest::newRow("payload names another digest")
            << "mismatched" << 1 << "payload-digest-mismatch";
        QTest::newRow("signed by another key") << "foreignSigned" << 1 << "key-mismatch";
        QTest::newRow("tag re-pushed after signing") << "repushed" << 1 << "tag-moved";
    }

    void verify()
    {
        QFETCH(QString, name);
        QFETCH(int, exitCode);
        QFETCH(QString, outcome);

        const Run result = run({"verify", image(name), "--key", labFile("publicKey"),
                                "--known-key", labFile("otherPublicKey"), "--output", "json"});
        QVERIFY2(result.exitCode == exitCode, result.out.constData());
        const QJsonObject json = result.json();
        QCOMPARE(json.value("outcome").toString(), outcome);
        QCOMPARE(json.value("digest").toString(), digest(name));
        QVERIFY(json.value("warnings").toArray().contains(json.value("transport").toArray().first()));

        const QJsonObject info = m_lab.value("images").toObject().value(name).toObject();
        if (name == QLatin1String("foreignSigned")) {
            QCOMPARE(json.value("signerKeyFingerprint").toString(),
                     info.value("signerFingerprint").toString());
        }
        if (name == QLatin1String("repushed")) {
            QVERIFY(json.value("summary").toString().contains(
                info.value("signedDigest").toString().left(19)));
            // The old digest's signer is not the image's signer.
            QVERIFY(!json.contains("signerKeyFingerprint"));
        }
        const Run text = run({"verify", image(name), "--key", labFile("publicKey")});
        QCOMPARE(text.exitCode, exitCode);
        QVERIFY2(!text.out.contains("VERIFIED: Verified"), text.out.constData());
        if (name == QLatin1String("repushed"))
            QVERIFY2(!text.out.contains("Signer key fingerprint"), text.out.constData());
        if (name == QLatin1String("mismatched"))
            QVERIFY(json.value("summary").toString().contains(info.value("payloadDigest").toString()));
    }

    void verifyText()
    {
        const Run result = run({"verify", image("foreignSigned"), "--key", labFile("publicKey")});
        QCOMPARE(result.exitCode, 1);
        const QString text = QString::fromUtf8(result.out);
        QVERIFY(text.contains("[FAIL]"));
        QVERIFY(text.contains("NOT VERIFIED: Signed, but not by this key"));
    }

    void requiringTheLogFailsWithoutOne()
    {
        const Run result = run({"verify", image("service"), "--key", labFile("publicKey"),
                                "--require-tlog", "--output", "json"});
        QCOMPARE(result.exitCode, 1);
        QCOMPARE(result.json().value("outcome").toString(), QStringLiteral("tlog-missing"));
    }

    void credentials_data()
    {
        QTest::addColumn<bool>("dockerConfig");
        QTest::addColumn<bool>("passwordOnStdin");
        QTest::addColumn<int>("exitCode");

        QTest::newRow("from the Docker config") << true << false << 0;
        QTest::newRow("from --password-stdin") << false << true << 0;
        QTest::newRow("none: the registry refuses") << false << false << 2;
    }

    void credentials()
    {
        QFETCH(bool, dockerConfig);
        QFETCH(bool, passwordOnStdin);
        QFETCH(int, exitCode);

        QStringList arguments{"verify", image("base"), "--key", labFile("publicKey"),
                              "--output", "json"};
        QByteArray input;
        if (passwordOnStdin) {
            arguments << "--username" << m_lab.value("username").toString() << "--password-stdin";
            input = m_lab.value("password").toString().toUtf8() + '\n';
        }
        const Run result = run(arguments, input, dockerConfig ? QString() : m_empty.path());
        QVERIFY2(result.exitCode == exitCode, result.out.constData());
        if (exitCode == 2)
            QVERIFY(result.json().value("summary").toString().contains("user name and password"));
    }

    void errors_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("mentions");

        const QString dead = deadHost();
        QTest::newRow("verify: stopped registry")
            << QStringList{"verify", dead + "/ztsc/quarkus-hello-service:1.0", "--key",
                           labFile("publicKey")}
            << "could not reach";
        QTest::newRow("lineage: stopped registry")
            << QStringList{"lineage", dead + "/ztsc/quarkus-hello-service:1.0"}
            << "could not reach";
        QTest::newRow("policy test: stopped registry")
            << QStringList{"policy", "test", policy("current"),
                           dead + "/ztsc/quarkus-hello-service:1.0"}
            << "could not reach";
        QTest::newRow("bad key file")
            << QStringList{"verify", image("service"), "--key",
                           QFINDTESTDATA("tst_cli.cpp")}
            << "key file";
        QTest::newRow("missing key file")
            << QStringList{"verify", image("service"), "--key", m_empty.path() + "/none.pub"}
            << "key file";
        QTest::newRow("bad reference")
            << QStringList{"verify", "Not A Reference", "--key", labFile("publicKey")}
            << "image reference";
        QTest::newRow("missing policy file")
            << QStringList{"policy", "lint", m_empty.path() + "/none.yaml"} << "policy file";
        QTest::newRow("unknown subcommand") << QStringList{"frobnicate"} << "frobnicate";
    }

    void errors()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, mentions);

        const Run text = run(arguments);
        QCOMPARE(text.exitCode, 2);
        QVERIFY2(QString::fromUtf8(text.err + text.out).contains(mentions), text.err.constData());

        if (arguments.first() == QLatin1String("frobnicate"))
            return;
        const Run json = run(arguments + QStringList{"--output", "json"});
        QCOMPARE(json.exitCode, 2);
        const QJsonObject object = json.json();
        const QString message = object.contains("error")
                                    ? object.value("error").toObject().value("message").toString()
                                    : object.value("summary").toString();
        QVERIFY2(message.contains(mentions), json.out.constData());
    }

    void lintMarksDeprecatedFields_data()
    {
        QTest::addColumn<QString>("which");
        QTest::addColumn<bool>("deprecated");
        QTest::newRow("2021 form") << "legacy" << true;
        QTest::newRow("current form") << "current" << false;
    }

    void lintMarksDeprecatedFields()
    {
        QFETCH(QString, which);
        QFETCH(bool, deprecated);

        const Run result = run({"policy", "lint", policy(which.toLatin1().constData()),
                                "--output", "json"});
        QCOMPARE(result.exitCode, 0);
        QStringList codes;
        for (const QJsonValue &value : result.json().value("diagnostics").toArray()) {
            const QJsonObject diagnostic = value.toObject();
            codes.append(diagnostic.value("code").toString());
            QVERIFY(diagnostic.value("line").toInt() > 0);
            QVERIFY(diagnostic.value("column").toInt() > 0);
        }
        QCOMPARE(codes.contains("verifyImages.deprecated-image"), deprecated);
        QCOMPARE(codes.contains("verifyImages.deprecated-key"), deprecated);
    }

    void policyTest_data()
    {
        QTest::addColumn<QString>("which");
        QTest::addColumn<QString>("name");
        QTest::addColumn<int>("exitCode");

        QTest::newRow("current admits the service") << "current" << "service" << 0;
        QTest::newRow("current admits the base") << "current" << "base" << 0;
        QTest::newRow("current denies unsigned") << "current" << "unsigned" << 1;
        QTest::newRow("current denies mismatched") << "current" << "mismatched" << 1;
        QTest::newRow("current denies foreign-signed") << "current" << "foreignSigned" << 1;
        QTest::newRow("current denies re-pushed") << "current" << "repushed" << 1;
        QTest::newRow("2021 form denies the signed service") << "legacy" << "service" << 1;
        QTest::newRow("2021 form denies the signed base") << "legacy" << "base" << 1;
    }

    void policyTest()
    {
        QFETCH(QString, which);
        QFETCH(QString, name);
        QFETCH(int, exitCode);

        const Run result = run({"policy", "test", policy(which.toLatin1().constData()),
                                image(name), "--output", "json"});
        QVERIFY2(result.exitCode == exitCode, result.out.constData());
        const QJsonObject json = result.json();
        QCOMPARE(json.value("admit").toBool(), exitCode == 0);
        const QJsonArray denials = json.value("denials").toArray();
        QCOMPARE(denials.isEmpty(), exitCode == 0);
        if (which == QLatin1String("legacy"))
            QVERIFY2(denials.first().toString().contains("transparency log"),
                     qPrintable(denials.first().toString()));
    }

    void policyWithErrorsIsNotEvaluated()
    {
        // "verifyImage:" (a typo) leaves the rule without verifyImages: it
        // would be skipped and every image admitted.
        QFile current(policy("current"));
        QVERIFY(current.open(QIODevice::ReadOnly));
        QByteArray text = current.readAll();
        QVERIFY(text.contains("verifyImages:"));
        text.replace("verifyImages:", "verifyImage:");
        QTemporaryDir dir;
        const QString path = dir.filePath("typo.yaml");
        QFile typo(path);
        QVERIFY(typo.open(QIODevice::WriteOnly));
        typo.write(text);
        typo.close();

        const Run result = run({"policy", "test", path, image("service")});
        QCOMPARE(result.exitCode, 2);
        QVERIFY2(result.err.contains("Cannot evaluate: the policy has"), result.err.constData());
        QVERIFY2(!result.out.contains("ADMIT"), result.out.constData());
    }

    void noRuleAppliedIsSaid()
    {
        // The lab's policy covers HOST/ztsc/* only; ubi8/ubi-minimal is not
        // checked, and the admission must not read as if it passed.
        const Run text = run({"policy", "test", policy("current"), image("ubi")});
        QVERIFY2(text.exitCode == 0, text.err.constData());
        QVERIFY2(text.out.contains("No rule applied: nothing was checked."),
                 text.out.constData());
        QVERIFY2(!text.out.contains("()"), text.out.constData()); // a skipped rule has no action
        const Run json = run({"policy", "test", policy("current"), image("ubi"),
                              "--output", "json"});
        QCOMPARE(json.json().value("ruleApplied").toBool(true), false);
        const Run checked = run({"policy", "test", policy("current"), image("service"),
                                 "--output", "json"});
        QCOMPARE(checked.json().value("ruleApplied").toBool(false), true);
    }

    void jsonIsNeverTranslated()
    {
        const QStringList arguments{"verify", image("unsigned"), "--key", labFile("publicKey"),
                                    "--output", "json"};
        const Run english = run(arguments);
        const Run german = run(arguments, {}, {}, QStringLiteral("de_DE.UTF-8"));
        QCOMPARE(german.exitCode, 1);
        QCOMPARE(german.out, english.out);
    }

    void plainHttpToOtherHostsNeedsTheDangerousFlag()
    {
        const QHostAddress address = nonLoopbackAddress();
        if (address.isNull())
            QSKIP("this machine has no non-loopback IPv4 address to stand in for a remote host");
        Relay relay;
        QVERIFY(relay.start(address, quint16(m_host.section(':', -1).toUInt())));
        const QString remote = QStringLiteral("%1:%2").arg(address.toString()).arg(relay.port());
        const QString reference = remote + "/ztsc/quarkus-base-image:1.0";
        QStringList arguments{"verify", reference, "--key", labFile("publicKey"), "--username",
                              m_lab.value("username").toString(), "--password-stdin",
                              "--output", "json"};
        const QByteArray password = m_lab.value("password").toString().toUtf8();

        // Without the flag, the CLI speaks HTTPS, which this plain-HTTP registry does not.
        const Run refused = run(arguments, password);
        QCOMPARE(refused.exitCode, 2);
        QVERIFY(!refused.out.contains("insecure plain HTTP"));
        QVERIFY2(refused.json().value("summary").toString().contains("TLS"), refused.out.constData());

        // With it, plain HTTP is spoken, but the password is not sent over it
        // (DESIGN.md "Credentials stay where they belong"): the lab wants
        // Basic auth for everything, so the CLI stops and says why.
        arguments << "--insecure-plain-http";
        const Run withheld = run(arguments, password);
        QCOMPARE(withheld.exitCode, 2);
        const QByteArray refusal
            = "refused to send credentials over plain HTTP to " + remote.toUtf8();
        QVERIFY2(withheld.out.contains(refusal), withheld.out.constData());

        const Run text = run({"verify", reference, "--key", labFile("publicKey"), "--username",
                              m_lab.value("username").toString(), "--password-stdin",
                              "--insecure-plain-http"},
                             password);
        QCOMPARE(text.exitCode, 2);
        const QByteArray shown = text.out + text.err;
        QVERIFY2(shown.contains(refusal), shown.constData());

        // The relay saw the requests, and none carried the password.
        QVERIFY(relay.sent().contains("GET /v2/"));
        QVERIFY2(!relay.sent().toLower().contains("authorization:"), relay.sent().constData());
    }

    void unknownOutputFormatIsAnError()
    {
        const Run result = run({"lineage", image("service"), "--output", "xml"});
        QCOMPARE(result.exitCode, 2);
        QVERIFY(result.out.isEmpty());
        QVERIFY(result.err.contains("--output"));
    }

    void noSubcommandWithoutDisplayIsAnError()
    {
        const Run result = run({});
        QCOMPARE(result.exitCode, 2);
        QVERIFY(result.err.contains("display"));
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
