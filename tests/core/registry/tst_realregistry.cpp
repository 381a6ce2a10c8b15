// RegistryClient against the real CNCF distribution registry
// (`docker-registry serve`, Debian package docker-registry), started here on
// a free loopback port with temporary storage and htpasswd Basic auth. Content
// is pushed with plain QNetworkAccessManager requests that follow the
// distribution-spec push flow, independent of the client under test.

#include "core/oci/mediatypes.h"
#include "core/registry/registryclient.h"

#include <QCryptographicHash>
#include <QEventLoop>
#include <QFile>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUrlQuery>

using namespace chainscope;
using namespace chainscope::registry;

namespace {

const QString kUser = QStringLiteral("chainscope");
const QString kPassword = QStringLiteral("lab-Pa55word");

QString sha256(const QByteArray &bytes)
{
    return QStringLiteral("sha256:")
           + QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

template<typename T>
QByteArray describe(const Result<T> &result)
{
    return result.ok() ? QByteArray("ok")
                       : (errorKindName(result.error().kind()) + QStringLiteral(": ")
                          + result.error().toString())
                             .toUtf8();
}

} // namespace

class TestRealRegistry : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void transportNotes();
    void catalogPagesThroughTheRealRegistry();
    void tags();
    void manifestAndBlobs();
    void notFound();
    void wrongPassword();
    void noCredentials();
    void stoppedRegistry(); // must stay last: stops the registry

private:
    struct Pushed
    {
        QString manifestDigest;
        QByteArray config;
        QByteArray layer;
    };

    QNetworkReply *send(const QByteArray &verb, const QUrl &url, const QByteArray &body,
                        const QByteArray &contentType);
    bool pushBlob(const QString &repo, const QByteArray &bytes);
    Pushed push(const QString &repo, const QString &tag, const QByteArray &layer);

    QTemporaryDir m_dir;
    QProcess m_registry;
    QString m_host;
    QNetworkAccessManager m_nam;
    QMap<QString, Pushed> m_pushed; // "repo:tag" -> content
};

QNetworkReply *TestRealRegistry::send(const QByteArray &verb, const QUrl &url,
                                      const QByteArray &body, const QByteArray &contentType)
{
    QNetworkRequest request(url);
    request.setRawHeader("Authorization",
                         "Basic " + (kUser + ':' + kPassword).toUtf8().toBase64());
    if (!contentType.isEmpty())
        request.setHeader(QNetworkRequest::ContentTypeHeader, contentType);
    QNetworkReply *reply = m_nam.sendCustomRequest(request, verb, body);
    QEventLoop loop;
    connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    QTimer::singleShot(15000, &loop, &QEventLoop::quit);
    if (!reply->isFinished())
        loop.exec();
    return reply;
}

bool TestRealRegistry::pushBlob(const QString &repo, const QByteArray &bytes)
{
    // distribution-spec "Pushing a blob in chunks"/monolithic: POST, then PUT ?digest=
    const QUrl base(QStringLiteral("http://") + m_host);
    QNetworkReply *start = send("POST", base.resolved(QStringLiteral("/v2/%1/blobs/uploads/").arg(repo)),
                                {}, {});
    start->deleteLater();
    if (start->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() != 202)
        return false;
    QUrl location = base.resolved(QUrl::fromEncoded(start->rawHeader("Location")));
    QUrlQuery query(location);
    query.addQueryItem(QStringLiteral("digest"), sha256(bytes));
    location.setQuery(query);
    QNetworkReply *put = send("PUT", location, bytes, "application/octet-stream");
    put->deleteLater();
    return put->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() == 201;
}

TestRealRegistry::Pushed TestRealRegistry::push(const QString &repo, const QString &tag,
                                                const QByteArray &layer)
{
    Pushed pushed;
    pushed.layer = layer;
    pushed.config = QStringLiteral(R"({"architecture":"amd64","os":"linux","config":{"Labels":)"
                                   R"({"repo":"%1"}},"rootfs":{"type":"layers","diff_ids":["%2"]}})")
                        .arg(repo, sha256(layer))
                        .toUtf8();
    if (!pushBlob(repo, pushed.config) || !pushBlob(repo, layer))
        return pushed;
    const QByteArray manifest =
        QStringLiteral(R"({"schemaVersion":2,"mediaType":"%1","config":{"mediaType":"%2",)"
                       R"("digest":"%3","size":%4},"layers":[{"mediaType":"%5","digest":"%6",)"
                       R"("size":%7}],"annotations":{"org.opencontainers.image.ref.name":"%8"}})")
            .arg(QString(oci::mediatype::OciManifest), QString(oci::mediatype::OciConfig),
                 sha256(pushed.config))
            .arg(pushed.config.size())
            .arg(QString(oci::mediatype::OciLayerTar), sha256(layer))
            .arg(layer.size())
            .arg(tag)
            .toUtf8();
    QNetworkReply *put = send("PUT", QUrl(QStringLiteral("http://%1/v2/%2/manifests/%3")
                                              .arg(m_host, repo, tag)),
                              manifest, QByteArray(oci::mediatype::OciManifest.data()));
    put->deleteLater();
    if (put->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() == 201)
        pushed.manifestDigest = sha256(manifest);
    return pushed;
}

void TestRealRegistry::initTestCase()
{
    const QString registryBinary = QStandardPaths::findExecutable(QStringLiteral("docker-registry"));
    const QString htpasswdBinary = QStandardPaths::findExecutable(QStringLiteral("htpasswd"));
    QVERIFY2(!registryBinary.isEmpty(), "docker-registry is missing: run installer/deps-debian.sh");
    QVERIFY2(!htpasswdBinary.isEmpty(), "htpasswd is missing (apache2-utils): run installer/deps-debian.sh");
    QVERIFY(m_dir.isValid());

    QProcess htpasswd;
    htpasswd.start(htpasswdBinary, {QStringLiteral("-Bbn"), kUser, kPassword});
    QVERIFY(htpasswd.waitForFinished(30000));
    QCOMPARE(htpasswd.exitCode(), 0);
    QFile users(m_dir.filePath(QStringLiteral("htpasswd")));
    QVERIFY(users.open(QIODevice::WriteOnly));
    users.write(htpasswd.readAllStandardOutput());
    users.close();

    QTcpServer probe;
    QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
    const quint16 port = probe.serverPort();
    probe.close();
    m_host = QStringLiteral("127.0.0.1:%1").arg(port);

    // catalog.maxentries: 2 makes the registry page its catalog with Link.
    const QString config = QStringLiteral("version: 0.1\n"
                                          "log:\n  level: warn\n"
                                          "storage:\n  filesystem:\n    rootdirectory: %1\n"
                                          "http:\n  addr: %2\n"
                                          "catalog:\n  maxentries: 2\n"
                                          "auth:\n  htpasswd:\n    realm: chainscope-test\n"
                                          "    path: %3\n")
                               .arg(m_dir.filePath(QStringLiteral("storage")), m_host,
                                    users.fileName());
    QFile configFile(m_dir.filePath(QStringLiteral("config.yml")));
    QVERIFY(configFile.open(QIODevice::WriteOnly));
    configFile.write(config.toUtf8());
    configFile.close();

    m_registry.setProcessChannelMode(QProcess::MergedChannels);
    m_registry.start(registryBinary, {QStringLiteral("serve"), configFile.fileName()});
    QVERIFY2(m_registry.waitForStarted(10000), qPrintable(m_registry.errorString()));
    bool up = false;
    for (int i = 0; i < 100 && !up; ++i) {
        QTcpSocket socket;
        socket.connectToHost(QHostAddress::LocalHost, port);
        up = socket.waitForConnected(200);
        if (!up)
            QTest::qWait(100);
    }
    QVERIFY2(up, m_registry.readAll().constData());

    for (const auto &[repo, tag] : {std::pair{"ztsc/quarkus-base-image", "1.0"},
                                    std::pair{"ztsc/quarkus-hello-service", "1.0"},
                                    std::pair{"ztsc/quarkus-hello-service", "1.1"},
                                    std::pair{"ubi8/ubi-minimal", "8.3"},
                                    std::pair{"ztsc/unsigned", "1.0"}}) {
        const QString key = QString::fromLatin1(repo) + QLatin1Char(':') + QLatin1String(tag);
        const Pushed pushed = push(QString::fromLatin1(repo), QString::fromLatin1(tag),
                                   "layer bytes of " + key.toUtf8());
        QVERIFY2(!pushed.manifestDigest.isEmpty(), qPrintable(QStringLiteral("push %1 failed: %2")
                                                                  .arg(key, QString::fromUtf8(m_registry.readAll()))));
        m_pushed.insert(key, pushed);
    }
}

void TestRealRegistry::cleanupTestCase()
{
    if (m_registry.state() != QProcess::NotRunning) {
        m_registry.terminate();
        if (!m_registry.waitForFinished(5000))
            m_registry.kill();
        m_registry.waitForFinished(2000);
    }
}

void TestRealRegistry::transportNotes()
{
    RegistryClient client(m_host, Credentials{kUser, kPassword});
    QVERIFY(client.transportNotes().join(' ').contains(QLatin1String("loopback HTTP")));
    QVERIFY2(client.ping().ok(), describe(client.ping()));
}

void TestRealRegistry::catalogPagesThroughTheRealRegistry()
{
    RegistryClient client(m_host, Credentials{kUser, kPassword});
    auto repos = client.repositories();
    QVERIFY2(repos.ok(), describe(repos));
    QCOMPARE(*repos, (QStringList{QStringLiteral("ubi8/ubi-minimal"),
                                  QStringLiteral("ztsc/quarkus-base-image"),
                                  QStringLiteral("ztsc/quarkus-hello-service"),
                                  QStringLiteral("ztsc/unsigned")}));
}

void TestRealRegistry::tags()
{
    RegistryClient client(m_host, Credentials{kUser, kPassword});
    auto tags = client.tags(QStringLiteral("ztsc/quarkus-hello-service"));
    QVERIFY2(tags.ok(), describe(tags));
    tags->sort(); // the registry lists tags in storage order
    QCOMPARE(*tags, (QStringList{QStringLiteral("1.0"), QStringLiteral("1.1")}));
}

void TestRealRegistry::manifestAndBlobs()
{
    RegistryClient client(m_host, Credentials{kUser, kPassword});
    const Pushed pushed = m_pushed.value(QStringLiteral("ztsc/quarkus-base-image:1.0"));
    auto byTag = client.manifest(QStringLiteral("ztsc/quarkus-base-image"), QStringLiteral("1.0"));
    QVERIFY2(byTag.ok(), describe(byTag));
    QCOMPARE(byTag->manifest.digest().toString(), pushed.manifestDigest);
    QCOMPARE(byTag->manifest.mediaType(), QString(oci::mediatype::OciManifest));
    QCOMPARE(byTag->manifest.annotations().value(QStringLiteral("org.opencontainers.image.ref.name")),
             QStringLiteral("1.0"));

    auto byDigest = client.manifest(QStringLiteral("ztsc/quarkus-base-image"), pushed.manifestDigest);
    QVERIFY2(byDigest.ok(), describe(byDigest));
    QCOMPARE(byDigest->manifest.raw(), byTag->manifest.raw());

    auto config = client.blob(QStringLiteral("ztsc/quarkus-base-image"),
                              byTag->manifest.config().digest, 1024 * 1024);
    QVERIFY2(config.ok(), describe(config));
    QCOMPARE(*config, pushed.config);
    auto layer = client.blob(QStringLiteral("ztsc/quarkus-base-image"),
                             byTag->manifest.layers().first().digest, 1024 * 1024);
    QVERIFY2(layer.ok(), describe(layer));
    QCOMPARE(*layer, pushed.layer);

    // The registry announces the size: a smaller limit refuses the blob.
    auto tooSmall = client.blob(QStringLiteral("ztsc/quarkus-base-image"),
                                byTag->manifest.config().digest, 10);
    QVERIFY(!tooSmall.ok());
    QCOMPARE(tooSmall.error().kind(), ErrorKind::TooLarge);
}

void TestRealRegistry::notFound()
{
    RegistryClient client(m_host, Credentials{kUser, kPassword});
    auto missingTag = client.manifest(QStringLiteral("ztsc/quarkus-base-image"), QStringLiteral("9.9"));
    QVERIFY(!missingTag.ok());
    QCOMPARE(missingTag.error().kind(), ErrorKind::NotFound);
    QCOMPARE(missingTag.error().httpStatus(), 404);
    auto missingBlob = client.blob(QStringLiteral("ztsc/quarkus-base-image"),
                                   reference::Digest::sha256Of("never pushed"), 1024);
    QVERIFY(!missingBlob.ok());
    QCOMPARE(missingBlob.error().kind(), ErrorKind::NotFound);
}

void TestRealRegistry::wrongPassword()
{
    RegistryClient client(m_host, Credentials{kUser, QStringLiteral("not-the-password")});
    auto tags = client.tags(QStringLiteral("ztsc/quarkus-hello-service"));
    QVERIFY(!tags.ok());
    QCOMPARE(tags.error().kind(), ErrorKind::Unauthorized);
    QCOMPARE(tags.error().httpStatus(), 401);
    QVERIFY(tags.error().message().contains(kUser));
    QVERIFY(!client.ping().ok());
}

void TestRealRegistry::noCredentials()
{
    RegistryClient client(m_host, std::nullopt);
    auto ping = client.ping();
    QVERIFY(!ping.ok());
    QCOMPARE(ping.error().kind(), ErrorKind::Unauthorized);
}

void TestRealRegistry::stoppedRegistry()
{
    RegistryClient client(m_host, Credentials{kUser, kPassword});
    QVERIFY(client.ping().ok());
    m_registry.terminate();
    QVERIFY(m_registry.waitForFinished(10000));
    auto ping = client.ping();
    QVERIFY(!ping.ok());
    QCOMPARE(ping.error().kind(), ErrorKind::Network);
    QVERIFY2(ping.error().message().contains(QStringLiteral("could not reach the registry at ") + m_host),
             describe(ping));
}

QTEST_GUILESS_MAIN(TestRealRegistry)
#include "tst_realregistry.moc"
