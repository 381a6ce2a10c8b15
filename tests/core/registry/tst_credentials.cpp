// DockerConfig: reading "auths" of a Docker config.json as docker login writes it.

#include "core/registry/credentials.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace chainscope;
using namespace chainscope::registry;

class TestCredentials : public QObject
{
    Q_OBJECT

private slots:
    void lookup_data();
    void lookup();
    void missingFileIsEmpty();
    void broken_data();
    void broken();
    void defaultPathFollowsDockerConfig();

private:
    static QString write(QTemporaryDir &dir, const QByteArray &content)
    {
        const QString path = dir.filePath(QStringLiteral("config.json"));
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly))
            qFatal("cannot write %s", qPrintable(path));
        file.write(content);
        return path;
    }
};

void TestCredentials::lookup_data()
{
    QTest::addColumn<QString>("host");
    QTest::addColumn<QString>("user");
    QTest::addColumn<QString>("password");
    QTest::newRow("docker.io via index URL") << "docker.io" << "hubuser" << "hub:pass";
    QTest::newRow("index.docker.io alias") << "index.docker.io" << "hubuser" << "hub:pass";
    QTest::newRow("registry-1 alias") << "registry-1.docker.io" << "hubuser" << "hub:pass";
    QTest::newRow("plain host:port key") << "127.0.0.1:5000" << "lab" << "labpass";
    QTest::newRow("key with http scheme") << "localhost:5001" << "local" << "pw";
    QTest::newRow("key with https scheme and path") << "ghcr.io" << "gh" << "token";
    QTest::newRow("case of host") << "GHCR.IO" << "gh" << "token";
    QTest::newRow("unknown host") << "quay.io" << "" << "";
    QTest::newRow("other port") << "127.0.0.1:5002" << "" << "";
    QTest::newRow("empty entry (credential helper)") << "helper.example.com" << "" << "";
}

void TestCredentials::lookup()
{
    QFETCH(QString, host);
    QFETCH(QString, user);
    QFETCH(QString, password);
    QTemporaryDir dir;
    const QByteArray hub = QByteArray("hubuser:hub:pass").toBase64();
    const QString path = write(dir, R"({
        "auths": {
            "https://index.docker.io/v1/": {"auth": ")" + hub + R"("},
            "127.0.0.1:5000": {"username": "lab", "password": "labpass"},
            "http://localhost:5001": {"auth": ")" + QByteArray("local:pw").toBase64() + R"("},
            "https://ghcr.io/v2/": {"auth": ")" + QByteArray("gh:token").toBase64() + R"("},
            "helper.example.com": {}
        },
        "credsStore": "desktop"
    })");
    auto config = DockerConfig::load(path);
    QVERIFY2(config.ok(), qPrintable(config.ok() ? QString() : config.error().toString()));
    const auto found = config->find(host);
    if (user.isEmpty()) {
        QVERIFY(!found.has_value());
        return;
    }
    QVERIFY(found.has_value());
    QCOMPARE(found->username, user);
    QCOMPARE(found->password, password);
}

void TestCredentials::missingFileIsEmpty()
{
    QTemporaryDir dir;
    auto config = DockerConfig::load(dir.filePath(QStringLiteral("nope.json")));
    QVERIFY(config.ok());
    QVERIFY(!config->find(QStringLiteral("docker.io")).has_value());
}

void TestCredentials::broken_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::newRow("not json") << QByteArray("{\"auths\": ");
    QTest::newRow("auth not base64") << QByteArray(R"({"auths":{"x.io":{"auth":"%%%"}}})");
    QTest::newRow("auth without colon")
        << QByteArray(R"({"auths":{"x.io":{"auth":")" + QByteArray("nocolon").toBase64() + "\"}}}");
}

void TestCredentials::broken()
{
    QFETCH(QByteArray, content);
    QTemporaryDir dir;
    auto config = DockerConfig::load(write(dir, content));
    QVERIFY(!config.ok());
    QCOMPARE(config.error().kind(), ErrorKind::InvalidInput);
    QVERIFY(config.error().message().contains(dir.path()));
}

void TestCredentials::defaultPathFollowsDockerConfig()
{
    const QByteArray saved = qgetenv("DOCKER_CONFIG");
    qputenv("DOCKER_CONFIG", "/some/where");
    QCOMPARE(DockerConfig::defaultPath(), QStringLiteral("/some/where/config.json"));
    qunsetenv("DOCKER_CONFIG");
    QVERIFY(DockerConfig::defaultPath().endsWith(QLatin1String("/.docker/config.json")));
    if (!saved.isNull())
        qputenv("DOCKER_CONFIG", saved);
}

QTEST_GUILESS_MAIN(TestCredentials)
#include "tst_credentials.moc"
