// DockerConfig: reading "auths", "credHelpers" and "credsStore" of a Docker config.json
// (or containers' auth.json) as docker login and podman login write them.

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
    void identityTokenAndHelpers();
    void normalise_data();
    void normalise();
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
    QTest::newRow("password with colons") << "colons.example.com" << "u" << "a:b::c";
    QTest::newRow("trailing slash key") << "slash.example.com:8443" << "s" << "p";
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
            "helper.example.com": {},
            "colons.example.com": {"auth": ")" + QByteArray("u:a:b::c").toBase64() + R"("},
            "https://slash.example.com:8443/": {"auth": ")" + QByteArray("s:p").toBase64() + R"("}
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

void TestCredentials::identityTokenAndHelpers()
{
    QTemporaryDir dir;
    const QString path = write(dir, R"({
        "auths": {
            "https://index.docker.io/v1/": {"identitytoken": "refresh-abc"},
            "helper.example.com": {},
            "quay.io/org/app": {"auth": ")" + QByteArray("ns:nspw").toBase64() + R"("},
            "quay.io": {"auth": ")" + QByteArray("host:hostpw").toBase64() + R"("},
            "ghcr.io/org": {"auth": ")" + QByteArray("ghns:ghnspw").toBase64() + R"("}
        },
        "credHelpers": {"https://gcr.io": "gcloud", "123.dkr.ecr.example.com": "ecr-login"},
        "credsStore": "desktop"
    })");
    auto config = DockerConfig::load(path);
    QVERIFY(config.ok());
    const auto hub = config->find(QStringLiteral("registry-1.docker.io"));
    QVERIFY(hub.has_value());
    QCOMPARE(hub->identityToken, QStringLiteral("refresh-abc"));
    QVERIFY(hub->username.isEmpty());
    QVERIFY(hub->password.isEmpty());
    QVERIFY(!hub->isEmpty());

    QVERIFY(config->hasAuthEntry(QStringLiteral("helper.example.com")));
    QVERIFY(!config->find(QStringLiteral("helper.example.com")).has_value());
    QVERIFY(!config->hasAuthEntry(QStringLiteral("other.example.com")));

    // A host-wide key wins over a namespace key of containers' auth.json, in either order.
    QCOMPARE(config->find(QStringLiteral("quay.io"))->username, QStringLiteral("host"));
    QCOMPARE(config->find(QStringLiteral("ghcr.io"))->username, QStringLiteral("ghns"));

    QCOMPARE(config->credentialHelper(QStringLiteral("gcr.io")), QStringLiteral("gcloud"));
    QCOMPARE(config->credentialHelper(QStringLiteral("123.dkr.ecr.example.com")),
             QStringLiteral("ecr-login"));
    QVERIFY(config->credentialHelper(QStringLiteral("quay.io")).isEmpty());
    QCOMPARE(config->credsStore(), QStringLiteral("desktop"));
    QCOMPARE(config->path(), path);
}

void TestCredentials::normalise_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("host");
    QTest::addColumn<QString>("server");
    QTest::newRow("hub v1 URL") << "https://index.docker.io/v1/" << "docker.io"
                                << "https://index.docker.io/v1/";
    QTest::newRow("hub api host") << "registry-1.docker.io" << "docker.io"
                                  << "https://index.docker.io/v1/";
    QTest::newRow("docker.io") << "docker.io" << "docker.io" << "https://index.docker.io/v1/";
    QTest::newRow("https scheme") << "https://ghcr.io" << "ghcr.io" << "ghcr.io";
    QTest::newRow("trailing slash") << "ghcr.io/" << "ghcr.io" << "ghcr.io";
    QTest::newRow("path") << "quay.io/org/app" << "quay.io" << "quay.io";
    QTest::newRow("port kept") << "http://127.0.0.1:5000/v2/" << "127.0.0.1:5000"
                               << "127.0.0.1:5000";
    QTest::newRow("upper case") << "  Registry.Example.COM " << "registry.example.com"
                                << "registry.example.com";
}

void TestCredentials::normalise()
{
    QFETCH(QString, key);
    QFETCH(QString, host);
    QFETCH(QString, server);
    QCOMPARE(normaliseRegistryHost(key), host);
    QCOMPARE(credentialServerAddress(key), server);
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
