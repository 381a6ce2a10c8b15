// chainscope verify and policy test with --rekor-key, against a registry in
// this process that holds containers/image's cosign fixture with a real
// Rekor bundle (dir-img-cosign-key-rekor-valid). The lab has no image with
// a Rekor bundle (it signs with --tlog-upload=false), hence the in-process
// fake registry (tests/core/registry/fakeregistry.h); nothing leaves loopback.
#include "tests/core/registry/fakeregistry.h"
#include "tests/support/testdata.h"

#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

namespace {

const QString Fixtures = QStringLiteral("containers-image/signature-fixtures/");
const QString Fixture = Fixtures + QStringLiteral("dir-img-cosign-key-rekor-valid/");

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
    QJsonObject json() const { return QJsonDocument::fromJson(out).object(); }
};

} // namespace

class TestCliRekor : public QObject
{
    Q_OBJECT

private:
    FakeRegistry m_registry;
    QTemporaryDir m_dir;

    QString fixtureFile(const QString &name) const
    {
        return chainscope::test::dataPath(Fixtures + name);
    }

    // Runs chainscope while this process's event loop serves the registry.
    Run run(const QStringList &arguments)
    {
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        for (const char *name : {"DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"})
            env.remove(name);
        env.insert("DOCKER_CONFIG", m_dir.path()); // no credentials
        env.insert("LANG", "C.UTF-8");
        env.insert("LC_ALL", "C.UTF-8");
        process.setProcessEnvironment(env);
        QEventLoop loop;
        connect(&process, &QProcess::finished, &loop, &QEventLoop::quit);
        QTimer::singleShot(60000, &loop, &QEventLoop::quit);
        process.start(QStringLiteral(CHAINSCOPE_BINARY), arguments);
        if (!process.waitForStarted(10000))
            qFatal("cannot start %s", CHAINSCOPE_BINARY);
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

    QString image() const
    {
        return m_registry.host() + QStringLiteral("/cosign-signed/key-1:latest");
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_registry.isListening());
        QVERIFY(m_dir.isValid());
        const QString repository = QStringLiteral("cosign-signed/key-1");
        const QByteArray manifest = chainscope::test::readData(Fixture + "manifest.json");
        const QString digest = m_registry.addManifest(
            repository, manifest,
            QJsonDocument::fromJson(manifest).object().value("mediaType").toString().toUtf8(),
            QStringLiteral("latest"));
        const QByteArray file = chainscope::test::readData(Fixture + "signature-1");
        const QJsonObject layer = QJsonDocument::fromJson(file.mid(15)).object();
        const QByteArray payload
            = QByteArray::fromBase64(layer.value("payload").toString().toLatin1());
        const QString payloadDigest = m_registry.addBlob(repository, payload);
        const QByteArray config("{}");
        const QString configDigest = m_registry.addBlob(repository, config);
        const QJsonObject signatures{
            {"schemaVersion", 2},
            {"mediaType", "application/vnd.oci.image.manifest.v1+json"},
            {"config", QJsonObject{{"mediaType", "application/vnd.oci.image.config.v1+json"},
                                   {"digest", configDigest},
                                   {"size", config.size()}}},
            {"layers", QJsonArray{QJsonObject{{"mediaType", layer.value("mimeType")},
                                              {"digest", payloadDigest},
                                              {"size", payload.size()},
                                              {"annotations", layer.value("annotations")}}}}};
        m_registry.addManifest(repository,
                               QJsonDocument(signatures).toJson(QJsonDocument::Compact),
                               "application/vnd.oci.image.manifest.v1+json",
                               QString(digest).replace(':', '-') + QStringLiteral(".sig"));
    }

    void verifyChecksTheEntryWithRekorKey()
    {
        const QStringList base{"verify", image(), "--key", fixtureFile("cosign2.pub"),
                               "--require-tlog", "--output", "json"};
        const Run without = run(base);
        QVERIFY2(without.exitCode == 1, QByteArray(without.out + without.err).constData());
        QCOMPARE(without.json().value("outcome").toString(), QStringLiteral("tlog-missing"));
        QVERIFY2(without.json().value("summary").toString().startsWith("Log entry present"),
                 without.out.constData());

        const Run with = run(base + QStringList{"--rekor-key", fixtureFile("rekor.pub")});
        QVERIFY2(with.exitCode == 0, QByteArray(with.out + with.err).constData());
        QCOMPARE(with.json().value("outcome").toString(), QStringLiteral("verified"));

        const Run wrong = run(base + QStringList{"--rekor-key", fixtureFile("cosign.pub")});
        QVERIFY2(wrong.exitCode == 1, QByteArray(wrong.out + wrong.err).constData());
        QCOMPARE(wrong.json().value("outcome").toString(), QStringLiteral("invalid"));
    }

    void policyTestChecksTheEntryWithRekorKey()
    {
        // No rekor.ignoreTlog: Kyverno's default requires a checked entry.
        QFile pub(fixtureFile("cosign2.pub"));
        QVERIFY(pub.open(QIODevice::ReadOnly));
        QString policy = QStringLiteral("apiVersion: kyverno.io/v1\n"
                                        "kind: ClusterPolicy\n"
                                        "metadata:\n  name: check-image\n"
                                        "spec:\n  rules:\n  - name: check-image\n"
                                        "    match:\n      any:\n      - resources:\n"
                                        "          kinds: [Pod]\n"
                                        "    verifyImages:\n"
                                        "    - imageReferences: [\"%1/cosign-signed/*\"]\n"
                                        "      failureAction: Enforce\n"
                                        "      attestors:\n      - entries:\n"
                                        "        - keys:\n            publicKeys: |-\n")
                             .arg(m_registry.host());
        for (const QByteArray &line : pub.readAll().trimmed().split('\n'))
            policy += QStringLiteral("              ") + QString::fromUtf8(line) + '\n';
        const QString path = m_dir.filePath("policy.yaml");
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(policy.toUtf8());
        file.close();

        const QStringList base{"policy", "test", path, image(), "--output", "json"};
        const Run without = run(base);
        QVERIFY2(without.exitCode == 1, QByteArray(without.out + without.err).constData());
        const Run with = run(base + QStringList{"--rekor-key", fixtureFile("rekor.pub")});
        QVERIFY2(with.exitCode == 0, QByteArray(with.out + with.err).constData());
        QCOMPARE(with.json().value("admit").toBool(), true);
    }
};

QTEST_GUILESS_MAIN(TestCliRekor)
#include "tst_clirekor.moc"
