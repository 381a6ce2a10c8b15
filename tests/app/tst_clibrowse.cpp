// `chainscope repos|tags|inspect` against the lab registry (Basic auth):
// the JSON contract, exit codes, and where the credential came from.

#include "clirun.h"

#include <QFile>
#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>

class TestCliBrowse : public QObject
{
    Q_OBJECT

private:
    QJsonObject m_lab;
    QString m_host;
    QString m_dockerConfig;
    QTemporaryDir m_empty;

    QJsonObject image(const char *name) const
    {
        return m_lab.value("images").toObject().value(name).toObject();
    }
    CliRun run(const QStringList &arguments, const QByteArray &input = {}) const
    {
        return runChainscope(arguments, m_dockerConfig, input);
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
        QVERIFY(m_empty.isValid());
    }

    void reposListsTheCatalog_data()
    {
        QTest::addColumn<QString>("written");
        QTest::newRow("host:port") << QString();
        QTest::newRow("URL with scheme and path") << QStringLiteral("http://%1/v2/");
    }

    void reposListsTheCatalog()
    {
        QFETCH(QString, written);
        const QString host = written.isEmpty() ? m_host : written.arg(m_host);
        const CliRun result = run({"repos", host, "--output", "json"});
        QVERIFY2(result.exitCode == 0, QByteArray(result.out + result.err).constData());
        const QJsonObject json = result.json();
        QCOMPARE(json.value("command").toString(), QStringLiteral("repos"));
        QCOMPARE(json.value("registry").toString(), m_host);
        const QJsonArray repositories = json.value("repositories").toArray();
        for (const char *name : {"ubi", "base", "service", "unsigned"}) {
            QVERIFY2(repositories.contains(image(name).value("repository")),
                     qPrintable(image(name).value("repository").toString()));
        }
        const QJsonObject credentials = json.value("credentials").toObject();
        QCOMPARE(credentials.value("source").toString(), QStringLiteral("docker-config"));
        QCOMPARE(credentials.value("username").toString(), m_lab.value("username").toString());
        QVERIFY(!result.out.contains(m_lab.value("password").toString().toUtf8()));
        QVERIFY(json.value("transport").toArray().first().toString().contains("loopback HTTP"));
    }

    void reposText()
    {
        const CliRun result = run({"repos", m_host});
        QCOMPARE(result.exitCode, 0);
        const QStringList lines = QString::fromUtf8(result.out).split('\n');
        QVERIFY(lines.contains(image("service").value("repository").toString()));
    }

    void catalogRefusedSaysSo()
    {
        // No credentials: the lab answers 401, as Docker Hub or GHCR refuse
        // the catalog to everyone.
        const CliRun result = runChainscope({"repos", m_host, "--output", "json"}, m_empty.path());
        QCOMPARE(result.exitCode, 2);
        const QJsonObject error = result.json().value("error").toObject();
        QCOMPARE(error.value("kind").toString(), QStringLiteral("unauthorized"));
        QVERIFY2(error.value("message").toString().contains("name one instead"),
                 result.out.constData());
    }

    void tagsOfRepository()
    {
        const QJsonObject service = image("service");
        const CliRun result = run({"tags", m_host + '/' + service.value("repository").toString(),
                                   "--output", "json"});
        QVERIFY2(result.exitCode == 0, QByteArray(result.out + result.err).constData());
        const QJsonArray tags = result.json().value("tags").toArray();
        QVERIFY(tags.contains(service.value("tag")));
        QVERIFY(tags.contains(service.value("signatureTag")));
        QCOMPARE(result.json().value("repository"), service.value("repository"));

        const CliRun withTag = run({"tags", service.value("ref").toString()});
        QCOMPARE(withTag.exitCode, 2);
        QVERIFY(withTag.err.contains("without tag"));
    }

    void inspectImage()
    {
        const QJsonObject service = image("service");
        const CliRun result = run({"inspect", service.value("ref").toString(), "--output", "json"});
        QVERIFY2(result.exitCode == 0, QByteArray(result.out + result.err).constData());
        const QJsonObject json = result.json();
        QCOMPARE(json.value("digest"), service.value("digest"));
        QCOMPARE(json.value("kind").toString(), QStringLiteral("image"));
        QCOMPARE(json.value("registry").toString(), m_host);
        QCOMPARE(json.value("manifest").toObject().value("schemaVersion").toInt(), 2);
        const QJsonObject labels
            = json.value("config").toObject().value("config").toObject().value("Labels").toObject();
        QCOMPARE(labels.value("base.image").toString(),
                 image("base").value("ref").toString());
        QVERIFY(json.value("layers").toArray().size() >= 2);
        // The lab keeps cosign tags, not referrers fallback indexes.
        const QJsonObject referrers = json.value("referrers").toObject();
        QCOMPARE(referrers.value("available").toBool(), false);
        QCOMPARE(referrers.value("tag").toString(),
                 service.value("signatureTag").toString().chopped(4));
        QVERIFY(!referrers.contains("error"));
        QCOMPARE(json.value("credentials").toObject().value("source").toString(),
                 QStringLiteral("docker-config"));

        // By digest, the same manifest.
        const CliRun pinned = run({"inspect",
                                   m_host + '/' + service.value("repository").toString() + '@'
                                       + service.value("digest").toString(),
                                   "--output", "json"});
        QCOMPARE(pinned.exitCode, 0);
        QCOMPARE(pinned.json().value("manifest"), json.value("manifest"));
    }

    void inspectText()
    {
        const CliRun result = run({"inspect", image("service").value("ref").toString()});
        QCOMPARE(result.exitCode, 0);
        const QString text = QString::fromUtf8(result.out);
        QVERIFY(text.contains(image("service").value("digest").toString()));
        QVERIFY(text.contains("Layers:"));
        QVERIFY(text.contains("base.image="));
        QVERIFY(text.contains("Credential:"));
        QVERIFY(text.contains(m_lab.value("username").toString()));
        QVERIFY(text.contains("loopback HTTP"));
    }

    void inspectWithTypedCredentials()
    {
        const CliRun result
            = runChainscope({"inspect", image("ubi").value("ref").toString(), "--username",
                             m_lab.value("username").toString(), "--password-stdin", "--output",
                             "json"},
                            m_empty.path(), m_lab.value("password").toString().toUtf8() + '\n');
        QVERIFY2(result.exitCode == 0, QByteArray(result.out + result.err).constData());
        QCOMPARE(result.json().value("credentials").toObject().value("source").toString(),
                 QStringLiteral("typed"));
        QCOMPARE(result.json().value("digest"), image("ubi").value("digest"));
    }

    void referrersFromFallbackTagsInTheLab()
    {
        // regclient's layout, pushed byte for byte: v2 has a sha256-<hex>
        // fallback index listing its two referrers; v1 has buildkit entries.
        const QJsonObject layout = m_lab.value("layouts").toObject()
                                       .value("layouts/regclient/testrepo").toObject();
        QVERIFY2(!layout.isEmpty(), "the lab has no regclient layout");
        const QString repository = m_host + '/' + layout.value("repository").toString();
        const QJsonObject tags = layout.value("tags").toObject();
        const QString v2 = tags.value("v2").toString();

        const CliRun result = run({"inspect", repository + ":v2", "--output", "json"});
        QVERIFY2(result.exitCode == 0, QByteArray(result.out + result.err).constData());
        const QJsonObject json = result.json();
        QCOMPARE(json.value("digest").toString(), v2);
        QCOMPARE(json.value("kind").toString(), QStringLiteral("index"));
        QCOMPARE(json.value("platforms").toArray().size(), 3);
        const QJsonObject referrers = json.value("referrers").toObject();
        QCOMPARE(referrers.value("available").toBool(), true);
        QCOMPARE(referrers.value("tag").toString(), "sha256-" + v2.mid(7));
        QStringList artifactTypes;
        for (const QJsonValue &value : referrers.value("manifests").toArray())
            artifactTypes << value.toObject().value("artifactType").toString();
        artifactTypes.sort();
        QCOMPARE(artifactTypes, (QStringList{"application/example.sbom",
                                             "application/example.signature"}));

        const CliRun v1 = run({"inspect", repository + ":v1", "--output", "json"});
        QVERIFY2(v1.exitCode == 0, QByteArray(v1.out + v1.err).constData());
        const QJsonArray platforms = v1.json().value("platforms").toArray();
        QCOMPARE(platforms.size(), 2);
        for (const QJsonValue &platform : platforms) {
            const QJsonArray attached = platform.toObject().value("attached").toArray();
            QCOMPARE(attached.size(), 1);
            QCOMPARE(attached.first().toObject().value("annotations").toObject()
                         .value("vnd.docker.reference.digest"),
                     platform.toObject().value("digest"));
        }

        // The same through the tag list: every tag of the layout is there.
        const CliRun listed = run({"tags", repository, "--output", "json"});
        QCOMPARE(listed.exitCode, 0);
        for (auto it = tags.begin(); it != tags.end(); ++it)
            QVERIFY2(listed.json().value("tags").toArray().contains(it.key()),
                     qPrintable(it.key()));
    }

    void credentialHelperIsNamed()
    {
        // A Docker config that names a credential helper for the lab; the
        // helper (a script speaking the docker-credential protocol) answers
        // with the lab's user. The report names the helper, never the secret.
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QFile config(dir.filePath("config.json"));
        QVERIFY(config.open(QIODevice::WriteOnly));
        config.write(QJsonDocument(QJsonObject{{"credHelpers",
                                                QJsonObject{{m_host, "chainscopetest"}}}})
                         .toJson());
        config.close();
        QFile helper(dir.filePath("docker-credential-chainscopetest"));
        QVERIFY(helper.open(QIODevice::WriteOnly));
        const QString script = QStringLiteral(
            "#!/bin/sh\n"
            "[ \"$1\" = get ] || exit 1\n"
            "read server\n"
            "printf '{\"ServerURL\":\"%s\",\"Username\":\"%1\",\"Secret\":\"%2\"}' \"$server\"\n");
        helper.write(script.arg(m_lab.value("username").toString(),
                                m_lab.value("password").toString())
                         .toUtf8());
        helper.close();
        helper.setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);

        const CliRun result = runChainscope(
            {"inspect", image("base").value("ref").toString(), "--output", "json"}, dir.path(),
            {}, dir.path());
        QVERIFY2(result.exitCode == 0, QByteArray(result.out + result.err).constData());
        const QJsonObject credentials = result.json().value("credentials").toObject();
        QCOMPARE(credentials.value("source").toString(), QStringLiteral("cred-helper"));
        QVERIFY2(credentials.value("description").toString().contains("chainscopetest"),
                 qPrintable(credentials.value("description").toString()));
        QCOMPARE(credentials.value("username").toString(), m_lab.value("username").toString());
        QVERIFY(!result.out.contains(m_lab.value("password").toString().toUtf8()));
        QCOMPARE(result.json().value("digest"), image("base").value("digest"));
    }

    void inspectErrors()
    {
        const CliRun missing = run({"inspect", m_host + "/ztsc/no-such-repo:1.0", "--output",
                                    "json"});
        QCOMPARE(missing.exitCode, 2);
        QCOMPARE(missing.json().value("error").toObject().value("kind").toString(),
                 QStringLiteral("not-found"));
        const CliRun anonymous = runChainscope(
            {"inspect", image("service").value("ref").toString(), "--output", "json"},
            m_empty.path());
        QCOMPARE(anonymous.exitCode, 2);
        QCOMPARE(anonymous.json().value("error").toObject().value("kind").toString(),
                 QStringLiteral("unauthorized"));
        QCOMPARE(run({"inspect"}).exitCode, 2);
        QCOMPARE(run({"inspect", "Not A Reference"}).exitCode, 2);
    }
};

QTEST_GUILESS_MAIN(TestCliBrowse)
#include "tst_clibrowse.moc"
