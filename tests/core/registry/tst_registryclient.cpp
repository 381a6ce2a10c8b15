// RegistryClient against the in-process FakeRegistry (see fakeregistry.h for
// why a fake): auth flows, pagination, digest checks, limits, redirects,
// timeouts and cancel. The real registry is in tst_realregistry.cpp.

#include "fakeregistry.h"

#include "core/oci/mediatypes.h"
#include "core/registry/registryclient.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QNetworkInterface>
#include <QProcess>
#include <QScopeGuard>
#include <QStandardPaths>
#include <QSslKey>
#include <QTemporaryDir>
#include <QLoggingCategory>
#include <QTcpServer>
#include <QThread>
#include <QTest>

#include <atomic>
#include <thread>

using namespace chainscope;
using namespace chainscope::registry;

namespace {

const QString kUser = QStringLiteral("ztsc");
const QString kPassword = QStringLiteral("s3cret-pass");

QByteArray imageManifest(const QString &configDigest, const QString &layerDigest,
                         qint64 configSize, qint64 layerSize)
{
    return QStringLiteral(R"({"schemaVersion":2,"mediaType":"%1","config":{"mediaType":"%2",)"
                          R"("digest":"%3","size":%4},"layers":[{"mediaType":"%5",)"
                          R"("digest":"%6","size":%7}]})")
        .arg(QString(oci::mediatype::OciManifest), QString(oci::mediatype::OciConfig),
             configDigest)
        .arg(configSize)
        .arg(QString(oci::mediatype::OciLayerTarGzip), layerDigest)
        .arg(layerSize)
        .toUtf8();
}

// A small image in \a repo tagged \a tag; returns the manifest digest.
QString addImage(FakeRegistry &registry, const QString &repo, const QString &tag)
{
    const QByteArray config = R"({"os":"linux","architecture":"amd64"})";
    const QByteArray layer = "layer of " + repo.toUtf8();
    const QString configDigest = registry.addBlob(repo, config);
    const QString layerDigest = registry.addBlob(repo, layer);
    return registry.addManifest(repo, imageManifest(configDigest, layerDigest, config.size(),
                                                    layer.size()),
                                QByteArray(oci::mediatype::OciManifest.data()), tag);
}

QString errorText(const Error &error)
{
    return errorKindName(error.kind()) + QStringLiteral(": ") + error.toString();
}

template<typename T>
QByteArray describe(const Result<T> &result)
{
    return result.ok() ? QByteArray("ok") : errorText(result.error()).toUtf8();
}

// This machine's own non-loopback IPv4 address: a registry listening there
// counts as "another host" for the client without anything leaving the machine.
QHostAddress nonLoopbackAddress()
{
    for (const QHostAddress &address : QNetworkInterface::allAddresses()) {
        if (address.protocol() == QAbstractSocket::IPv4Protocol && !address.isLoopback()
            && !address.isLinkLocal())
            return address;
    }
    return {};
}

quint16 closedPort()
{
    QTcpServer probe;
    probe.listen(QHostAddress::LocalHost, 0);
    const quint16 port = probe.serverPort();
    probe.close();
    return port;
}

} // namespace

class TestRegistryClient : public QObject
{
    Q_OBJECT

private slots:
    void transportNotes();
    void anonymousPull();
    void bearerTokensPerScope();
    void bearerWrongPassword();
    void bearerRealmOverPlainHttpRefused();
    void tokenAccessTokenAndExpiry();
    void tokenWithoutExpiresIn();
    void refreshTokenFromAnswer();
    void staleRefreshTokenFallsBackToPassword();
    void identityTokenAsRefreshToken();
    void identityTokenRejected();
    void secondUnauthorizedNamesScope();
    void tokenRealmOnAnotherHost();
    void unreadableChallenge();
    void basicAuth();
    void basicWrongPassword();
    void basicWithoutCredentials();
    void noCredentialsOverPlainHttpToRemoteHost_data();
    void noCredentialsOverPlainHttpToRemoteHost();
    void pagination_data();
    void pagination();
    void linkToOtherHostRefused();
    void paginationLoopStopped();
    void paginationEndsOnlyWithoutNextLink();
    void paginationKeepsOpaqueQuery();
    void paginationMalformedLink();
    void digestMismatch_data();
    void digestMismatch();
    void oversizeAnnounced();
    void oversizeStreamAbortsEarly();
    void oversizeManifest();
    void redirectDropsAuthorization();
    void redirectErrorIsRedacted();
    void redirectUnauthorizedNotAnswered();
    void retryAfter429_data();
    void retryAfter429();
    void unavailableThenSuccess();
    void retriesAreBounded();
    void retryAfterBeyondCapNotWaited();
    void cancelDuringBackoff();
    void rateLimitHeaders();
    void slowDrip_data();
    void slowDrip();
    void twentyMegabyteManifestRefused();
    void malformedJson_data();
    void malformedJson();
    void schema1IsLegacy();
    void notFound();
    void invalidNames();
    void connectionRefused();
    void invalidPortRefused_data();
    void invalidPortRefused();
    void timeout();
    void cancelFromAnotherThread();
    void cancelBeforeStart();
    void usableFromWorkerThread();
    void wireLogRedactsSecrets();
    void tlsWithCaFile();
    void tlsFilesUnreadable();
    void mutualTls();
    void systemProxy();
    void http2WithRealRegistryOverTls();
};

void TestRegistryClient::transportNotes()
{
    RegistryClient loopback(QStringLiteral("127.0.0.1:5000"), std::nullopt);
    QVERIFY(loopback.transportNotes().join(' ').contains(QLatin1String("loopback HTTP")));
    RegistryClient localhost(QStringLiteral("localhost:5000"), std::nullopt);
    QVERIFY(localhost.transportNotes().join(' ').contains(QLatin1String("loopback HTTP")));

    RegistryClient remote(QStringLiteral("registry.example.com"), std::nullopt);
    QVERIFY(remote.transportNotes().isEmpty());

    ClientOptions insecure;
    insecure.insecurePlainHttpToRemoteHosts = true;
    RegistryClient plain(QStringLiteral("registry.example.com"), std::nullopt, insecure);
    QCOMPARE(plain.transportNotes().size(), 1);
    QVERIFY(plain.transportNotes().first().contains(QLatin1String("insecure plain HTTP")));
    QCOMPARE(plain.host(), QStringLiteral("registry.example.com"));
}

void TestRegistryClient::anonymousPull()
{
    FakeRegistry fake;
    QVERIFY(fake.isListening());
    const QString digest = addImage(fake, QStringLiteral("ztsc/app"), QStringLiteral("1.0"));
    RegistryClient client(fake.host(), std::nullopt);

    QVERIFY2(client.ping().ok(), describe(client.ping()));
    auto byTag = client.manifest(QStringLiteral("ztsc/app"), QStringLiteral("1.0"));
    QVERIFY2(byTag.ok(), describe(byTag));
    QCOMPARE(byTag->manifest.digest().toString(), digest);
    QCOMPARE(byTag->contentType, QString(oci::mediatype::OciManifest));
    // The Accept header offers every manifest type we parse.
    const QByteArray accept = fake.requests.last().header("accept");
    QVERIFY(accept.contains(oci::mediatype::OciIndex.data()));
    QVERIFY(accept.contains(oci::mediatype::DockerManifestList.data()));
    QVERIFY(accept.contains(oci::mediatype::DockerManifest.data()));

    auto byDigest = client.manifest(QStringLiteral("ztsc/app"), digest);
    QVERIFY2(byDigest.ok(), describe(byDigest));
    auto layer = client.blob(QStringLiteral("ztsc/app"), byTag->manifest.layers().first().digest,
                             1024);
    QVERIFY2(layer.ok(), describe(layer));
    QCOMPARE(*layer, QByteArray("layer of ztsc/app"));

    auto tags = client.tags(QStringLiteral("ztsc/app"));
    QVERIFY2(tags.ok(), describe(tags));
    QCOMPARE(*tags, QStringList{QStringLiteral("1.0")});
    auto repos = client.repositories();
    QVERIFY2(repos.ok(), describe(repos));
    QCOMPARE(*repos, QStringList{QStringLiteral("ztsc/app")});
    for (const FakeRequest &r : fake.requests)
        QVERIFY(r.header("authorization").isEmpty());
}

void TestRegistryClient::bearerTokensPerScope()
{
    FakeRegistry fake;
    fake.setAuth(FakeRegistry::Auth::Bearer, kUser, kPassword);
    addImage(fake, QStringLiteral("ztsc/a"), QStringLiteral("1.0"));
    addImage(fake, QStringLiteral("ztsc/b"), QStringLiteral("2.0"));
    RegistryClient client(fake.host(), Credentials{kUser, kPassword});

    QVERIFY2(client.tags(QStringLiteral("ztsc/a")).ok(), describe(client.tags(QStringLiteral("ztsc/a"))));
    QCOMPARE(fake.tokenRequests().size(), 1);
    const FakeRequest first = fake.tokenRequests().first();
    QCOMPARE(first.query(QStringLiteral("scope")), QStringLiteral("repository:ztsc/a:pull"));
    QCOMPARE(first.query(QStringLiteral("service")), QStringLiteral("fake-registry"));
    QCOMPARE(first.header("authorization"),
             "Basic " + (kUser + ':' + kPassword).toUtf8().toBase64());

    // Same scope: the cached token is used, no new token request.
    auto manifest = client.manifest(QStringLiteral("ztsc/a"), QStringLiteral("1.0"));
    QVERIFY2(manifest.ok(), describe(manifest));
    QCOMPARE(fake.tokenRequests().size(), 1);
    QVERIFY(fake.requests.last().header("authorization").startsWith("Bearer tok|"));

    // Another repository needs its own scope.
    QVERIFY(client.tags(QStringLiteral("ztsc/b")).ok());
    QCOMPARE(fake.tokenRequests().size(), 2);
    QCOMPARE(fake.tokenRequests().last().query(QStringLiteral("scope")),
             QStringLiteral("repository:ztsc/b:pull"));

    auto repos = client.repositories();
    QVERIFY2(repos.ok(), describe(repos));
    QCOMPARE(repos->size(), 2);
    QCOMPARE(fake.tokenRequests().last().query(QStringLiteral("scope")),
             QStringLiteral("registry:catalog:*"));
    QCOMPARE(fake.tokenRequests().size(), 3);
}

void TestRegistryClient::bearerWrongPassword()
{
    FakeRegistry fake;
    fake.setAuth(FakeRegistry::Auth::Bearer, kUser, kPassword);
    addImage(fake, QStringLiteral("ztsc/a"), QStringLiteral("1.0"));
    const QString badPassword = QStringLiteral("Pa55-not-this-one");
    RegistryClient client(fake.host(), Credentials{kUser, badPassword});
    auto tags = client.tags(QStringLiteral("ztsc/a"));
    QVERIFY(!tags.ok());
    QCOMPARE(tags.error().kind(), ErrorKind::Unauthorized);
    QVERIFY2(tags.error().message().contains(kUser), qPrintable(tags.error().toString()));
    QVERIFY(!tags.error().toString().contains(badPassword));

    RegistryClient anonymous(fake.host(), std::nullopt);
    auto denied = anonymous.tags(QStringLiteral("ztsc/a"));
    QVERIFY(!denied.ok());
    QCOMPARE(denied.error().kind(), ErrorKind::Unauthorized);
}

void TestRegistryClient::bearerRealmOverPlainHttpRefused()
{
    // Credentials must not travel in clear text to a realm that is not
    // loopback. 192.0.2.1 (TEST-NET-1) is never contacted: the client refuses first.
    FakeRegistry fake;
    fake.setAuth(FakeRegistry::Auth::Bearer, kUser, kPassword);
    fake.setRealm(QStringLiteral("http://192.0.2.1/token"));
    addImage(fake, QStringLiteral("ztsc/a"), QStringLiteral("1.0"));
    ClientOptions options;
    options.timeoutMs = 2000;
    RegistryClient client(fake.host(), Credentials{kUser, kPassword}, options);
    QElapsedTimer timer;
    timer.start();
    auto tags = client.tags(QStringLiteral("ztsc/a"));
    QVERIFY(!tags.ok());
    QVERIFY2(tags.error().message().contains(QLatin1String("plain HTTP")), describe(tags));
    QVERIFY(timer.elapsed() < 1500);
}

void TestRegistryClient::tokenAccessTokenAndExpiry()
{
    FakeRegistry fake;
    fake.setAuth(FakeRegistry::Auth::Bearer, kUser, kPassword);
    FakeRegistry::TokenStyle style;
    style.accessTokenField = true;
    style.expiresIn = 1;
    fake.setTokenStyle(style);
    addImage(fake, QStringLiteral("ztsc/a"), QStringLiteral("1.0"));
    RegistryClient client(fake.host(), Credentials{kUser, kPassword});

    auto tags = client.tags(QStringLiteral("ztsc/a"));
    QVERIFY2(tags.ok(), describe(tags));
    QCOMPARE(fake.tokenRequests().size(), 1);
    QVERIFY(fake.requests.last().header("authorization").startsWith("Bearer tok|"));
    // Within expires_in the token is reused ...
    QVERIFY(client.manifest(QStringLiteral("ztsc/a"), QStringLiteral("1.0")).ok());
    QCOMPARE(fake.tokenRequests().size(), 1);
    // ... after it, a new one is fetched before asking the registry.
    QTest::qWait(1200);
    const qsizetype before = fake.requests.size();
    QVERIFY(client.manifest(QStringLiteral("ztsc/a"), QStringLiteral("1.0")).ok());
    QCOMPARE(fake.tokenRequests().size(), 2);
    QVERIFY(fake.requests.last().header("authorization").endsWith("|#2"));
    // Expired: the registry's 401, a token request, the retried manifest.
    QCOMPARE(fake.requests.size(), before + 3);
    QCOMPARE(client.connectionDetails().authScheme, QStringLiteral("bearer"));
}

void TestRegistryClient::tokenWithoutExpiresIn()
{
    // token.md: without expires_in a token lives 60 s, so it is reused at once.
    FakeRegistry fake;
    fake.setAuth(FakeRegistry::Auth::Bearer);
    FakeRegistry::TokenStyle style;
    style.expiresIn = 0;
    fake.setTokenStyle(style);
    addImage(fake, QStringLiteral("ztsc/a"), QStringLiteral("1.0"));
    RegistryClient client(fake.host(), std::nullopt);
    QVERIFY(client.tags(QStringLiteral("ztsc/a")).ok());
    QVERIFY(client.manifest(QStringLiteral("ztsc/a"), QStringLiteral("1.0")).ok());
    QCOMPARE(fake.tokenRequests().size(), 1);
    QVERIFY(fake.tokenRequests().first().header("authorization").isEmpty());
}

void TestRegistryClient::refreshTokenFromAnswer()
{
    FakeRegistry fake;
    fake.setAuth(FakeRegistry::Auth::Bearer, kUser, kPassword);
    FakeRegistry::TokenStyle style;
    style.issueRefreshToken = QStringLiteral("refresh+me/=&1");
    style.acceptRefreshToken = style.issueRefreshToken;
    fake.setTokenStyle(style);
    addImage(fake, QStringLiteral("ztsc/a"), QStringLiteral("1.0"));
    addImage(fake, QStringLiteral("ztsc/b"), QStringLiteral("1.0"));
    RegistryClient client(fake.host(), Credentials{kUser, kPassword});
    QVERIFY(client.tags(QStringLiteral("ztsc/a")).ok());
    QCOMPARE(fake.tokenRequests().size(), 1);
    QCOMPARE(fake.tokenRequests().first().method, QByteArray("GET"));

    // The next scope is asked for with the refresh token, not the password.
    auto tags = client.tags(QStringLiteral("ztsc/b"));
    QVERIFY2(tags.ok(), describe(tags));
    QCOMPARE(fake.tokenRequests().size(), 2);
    const FakeRequest post = fake.tokenRequests().last();
    QCOMPARE(post.method, QByteArray("POST"));
    QVERIFY(post.header("authorization").isEmpty());
    QCOMPARE(post.header("content-type"), QByteArray("application/x-www-form-urlencoded"));
    QCOMPARE(post.form(QStringLiteral("grant_type")), QStringLiteral("refresh_token"));
    QCOMPARE(post.form(QStringLiteral("refresh_token")), style.issueRefreshToken);
    QCOMPARE(post.form(QStringLiteral("service")), QStringLiteral("fake-registry"));
    QCOMPARE(post.form(QStringLiteral("scope")), QStringLiteral("repository:ztsc/b:pull"));
    QCOMPARE(post.form(QStringLiteral("client_id")), QStringLiteral("chainscope"));
    QVERIFY(!post.body.contains(kPassword.toUtf8()));
}

void TestRegistryClient::staleRefreshTokenFallsBackToPassword()
{
    // The token service handed out a refresh token it no longer takes: the
    // client asks once more with the password, then goes on.
    FakeRegistry fake;
    fake.setAuth(FakeRegistry::Auth::Bearer, kUser, kPassword);
    FakeRegistry::TokenStyle style;
    style.issueRefreshToken = QStringLiteral("refresh-1");
    style.acceptRefreshToken = QStringLiteral("refresh-2");
    fake.setTokenStyle(style);
    addImage(fake, QStringLiteral("ztsc/a"), QStringLiteral("1.0"));
    addImage(fake, QStringLiteral("ztsc/b"), QStringLiteral("1.0"));
    RegistryClient client(fake.host(), Credentials{kUser, kPassword});
    QVERIFY(client.tags(QStringLiteral("ztsc/a")).ok());
    auto tags = client.tags(QStringLiteral("ztsc/b"));
    QVERIFY2(tags.ok(), describe(tags));
    const QList<FakeRequest> tokens = fake.tokenRequests();
    QCOMPARE(tokens.size(), 3);
    QCOMPARE(tokens.at(1).method, QByteArray("POST"));
    QCOMPARE(tokens.at(2).method, QByteArray("GET"));
    QCOMPARE(tokens.at(2).header("authorization"),
             "Basic " + (kUser + ':' + kPassword).toUtf8().toBase64());
}

void TestRegistryClient::identityTokenAsRefreshToken()
{
    // `docker login` to an OAuth2 registry stores an identity token; a
    // credential helper hands it out with the user name "<token>".
    FakeRegistry fake;
    fake.setAuth(FakeRegistry::Auth::Bearer, kUser, kPassword);
    FakeRegistry::TokenStyle style;
    style.acceptRefreshToken = QStringLiteral("identity-456");
    fake.setTokenStyle(style);
    addImage(fake, QStringLiteral("ztsc/a"), QStringLiteral("1.0"));
    RegistryClient client(fake.host(),
                          Credentials{QStringLiteral("<token>"), QStringLiteral("identity-456")});
    auto tags = client.tags(QStringLiteral("ztsc/a"));
    QVERIFY2(tags.ok(), describe(tags));
    QCOMPARE(fake.tokenRequests().size(), 1);
    QCOMPARE(fake.tokenRequests().first().method, QByteArray("POST"));
    QCOMPARE(fake.tokenRequests().first().form(QStringLiteral("refresh_token")),
             QStringLiteral("identity-456"));
    QVERIFY(fake.tokenRequests().first().header("authorization").isEmpty());

    // The same through Credentials::identityToken (Docker config "identitytoken").
    Credentials fromConfig;
    fromConfig.username = kUser;
    fromConfig.identityToken = QStringLiteral("identity-456");
    RegistryClient configured(fake.host(), fromConfig);
    QVERIFY(configured.tags(QStringLiteral("ztsc/a")).ok());
    QCOMPARE(fake.tokenRequests().size(), 2);
    QCOMPARE(fake.tokenRequests().last().method, QByteArray("POST"));
    QCOMPARE(fake.tokenRequests().last().form(QStringLiteral("refresh_token")),
             QStringLiteral("identity-456"));
}

void TestRegistryClient::identityTokenRejected()
{
    FakeRegistry fake;
    fake.setAuth(FakeRegistry::Auth::Bearer, kUser, kPassword);
    FakeRegistry::TokenStyle style;
    style.acceptRefreshToken = QStringLiteral("identity-456");
    fake.setTokenStyle(style);
    addImage(fake, QStringLiteral("ztsc/a"), QStringLiteral("1.0"));
    RegistryClient client(
        fake.host(), Credentials{QStringLiteral("<token>"), QStringLiteral("stale-identity")});
    auto tags = client.tags(QStringLiteral("ztsc/a"));
    QVERIFY(!tags.ok());
    QCOMPARE(tags.error().kind(), ErrorKind::Unauthorized);
    QVERIFY2(tags.error().message().contains(QLatin1String("identity token")), describe(tags));
    QVERIFY(!tags.error().toString().contains(QLatin1String("stale-identity")));
    QCOMPARE(fake.tokenRequests().size(), 1);
}

void TestRegistryClient::secondUnauthorizedNamesScope()
{
    // The token service hands out a token, the registry refuses it: one
    // token request, two registry requests, and the refused scope named.
    FakeRegistry fake;
    fake.setAuth(FakeRegistry::Auth::Bearer, kUser, kPassword);
    FakeRegistry::TokenStyle style;
    style.grantNoScopes = true;
    fake.setTokenStyle(style);
    addImage(fake, QStringLiteral("ztsc/a"), QStringLiteral("1.0"));
    RegistryClient client(fake.host(), Credentials{kUser, kPassword});
    auto tags = client.tags(QStringLiteral("ztsc/a"));
    QVERIFY(!tags.ok());
    QCOMPARE(tags.error().kind(), ErrorKind::Unauthorized);
    QCOMPARE(tags.error().httpStatus(), 401);
    QVERIFY2(tags.error().message().contains(QLatin1String("\"repository:ztsc/a:pull\"")),
             describe(tags));
    QVERIFY(tags.error().message().contains(QLatin1String("insufficient_scope")));
    QVERIFY(tags.error().message().contains(kUser));
    QCOMPARE(fake.tokenRequests().size(), 1);
    QCOMPARE(fake.requests.size(), 3);
}

void TestRegistryClient::tokenRealmOnAnotherHost()
{
    // Docker Hub's realm is auth.docker.io: allowed, and shown.
    FakeRegistry auth(QHostAddress(QStringLiteral("127.0.0.2")));
    QVERIFY(auth.isListening());
    auth.setAuth(FakeRegistry::Auth::None, kUser, kPassword); // checks the token request
    FakeRegistry fake;
    fake.setAuth(FakeRegistry::Auth::Bearer, kUser, kPassword);
    fake.setRealm(auth.baseUrl() + QStringLiteral("/token"));
    addImage(fake, QStringLiteral("ztsc/a"), QStringLiteral("1.0"));
    RegistryClient client(fake.host(), Credentials{kUser, kPassword});
    QCOMPARE(client.connectionDetails().tokenRealmHost, QString());
    auto tags = client.tags(QStringLiteral("ztsc/a"));
    QVERIFY2(tags.ok(), describe(tags));
    QCOMPARE(auth.tokenRequests().size(), 1);
    QVERIFY(fake.tokenRequests().isEmpty());
    const ConnectionDetails details = client.connectionDetails();
    QCOMPARE(details.tokenRealmHost, auth.host());
    QVERIFY(details.tokenRealmOnOtherHost);
    QCOMPARE(details.apiUrl, fake.baseUrl());

    FakeRegistry same;
    same.setAuth(FakeRegistry::Auth::Bearer);
    addImage(same, QStringLiteral("ztsc/a"), QStringLiteral("1.0"));
    RegistryClient sameClient(same.host(), std::nullopt);
    QVERIFY(sameClient.tags(QStringLiteral("ztsc/a")).ok());
    QCOMPARE(sameClient.connectionDetails().tokenRealmHost, same.host());
    QVERIFY(!sameClient.connectionDetails().tokenRealmOnOtherHost);
}

void TestRegistryClient::unreadableChallenge()
{
    FakeRegistry fake;
    fake.setOverride([](const FakeRequest &) -> std::optional<FakeResponse> {
        FakeResponse response;
        response.status = 401;
        response.header("WWW-Authenticate", R"(Bearer realm="https://a.example/token)");
        return response;
    });
    RegistryClient client(fake.host(), std::nullopt);
    auto ping = client.ping();
    QVERIFY(!ping.ok());
    QCOMPARE(ping.error().kind(), ErrorKind::Malformed);
    QVERIFY2(ping.error().message().contains(QLatin1String("unterminated")), describe(ping));
    QCOMPARE(fake.requests.size(), 1);
}

void TestRegistryClient::basicAuth()
{
    FakeRegistry fake;
    fake.setAuth(FakeRegistry::Auth::Basic, kUser, kPassword);
    addImage(fake, QStringLiteral("ztsc/a"), QStringLiteral("1.0"));
    RegistryClient client(fake.host(), Credentials{kUser, kPassword});
    QVERIFY2(client.ping().ok(), describe(client.ping()));
    const qsizetype before = fake.requests.size();
    auto tags = client.tags(QStringLiteral("ztsc/a"));
    QVERIFY2(tags.ok(), describe(tags));
    // Once the registry asked for Basic, credentials go along at once.
    QCOMPARE(fake.requests.size(), before + 1);
    QVERIFY(fake.requests.last().header("authorization").startsWith("Basic "));
    QVERIFY(fake.tokenRequests().isEmpty());
}

void TestRegistryClient::basicWrongPassword()
{
    FakeRegistry fake;
    fake.setAuth(FakeRegistry::Auth::Basic, kUser, kPassword);
    RegistryClient client(fake.host(), Credentials{kUser, QStringLiteral("nope")});
    auto ping = client.ping();
    QVERIFY(!ping.ok());
    QCOMPARE(ping.error().kind(), ErrorKind::Unauthorized);
    QCOMPARE(ping.error().httpStatus(), 401);
    QVERIFY2(ping.error().message().contains(QLatin1String("rejected the credentials")),
             qPrintable(ping.error().toString()));
    QVERIFY(ping.error().message().contains(kUser));
}

void TestRegistryClient::basicWithoutCredentials()
{
    FakeRegistry fake;
    fake.setAuth(FakeRegistry::Auth::Basic, kUser, kPassword);
    RegistryClient client(fake.host(), std::nullopt);
    auto ping = client.ping();
    QVERIFY(!ping.ok());
    QCOMPARE(ping.error().kind(), ErrorKind::Unauthorized);
    QVERIFY(ping.error().message().contains(QLatin1String("requires")));
}

void TestRegistryClient::noCredentialsOverPlainHttpToRemoteHost_data()
{
    QTest::addColumn<int>("auth"); // FakeRegistry::Auth
    QTest::newRow("basic challenge") << int(FakeRegistry::Auth::Basic);
    QTest::newRow("bearer challenge, realm on the same plain-HTTP host")
        << int(FakeRegistry::Auth::Bearer);
    QTest::newRow("no auth: anonymous reads still work") << int(FakeRegistry::Auth::None);
}

void TestRegistryClient::noCredentialsOverPlainHttpToRemoteHost()
{
    // DESIGN.md "Credentials stay where they belong": even with plain HTTP
    // allowed for a host that is not loopback, no password goes to it.
    QFETCH(int, auth);
    const auto mode = FakeRegistry::Auth(auth);
    const QHostAddress address = nonLoopbackAddress();
    if (address.isNull())
        QSKIP("this machine has no non-loopback IPv4 address to stand in for a remote host");
    FakeRegistry fake(address);
    QVERIFY(fake.isListening());
    fake.setAuth(mode, kUser, kPassword);
    addImage(fake, QStringLiteral("ztsc/a"), QStringLiteral("1.0"));
    ClientOptions options;
    options.insecurePlainHttpToRemoteHosts = true;
    options.timeoutMs = 5000;
    RegistryClient client(fake.host(), Credentials{kUser, kPassword}, options);
    auto tags = client.tags(QStringLiteral("ztsc/a"));

    QVERIFY(!fake.requests.isEmpty());
    for (const FakeRequest &r : fake.requests)
        QVERIFY2(r.header("authorization").isEmpty(), r.target.constData());
    if (mode == FakeRegistry::Auth::None) {
        QVERIFY2(tags.ok(), describe(tags));
        QCOMPARE(*tags, QStringList{QStringLiteral("1.0")});
        return;
    }
    QVERIFY(!tags.ok());
    QCOMPARE(tags.error().kind(), ErrorKind::Unauthorized);
    QVERIFY2(tags.error().message().contains(
                 QLatin1String("refused to send credentials over plain HTTP to ") + fake.host()),
             describe(tags));
    QVERIFY(!tags.error().toString().contains(kPassword));
}

void TestRegistryClient::pagination_data()
{
    QTest::addColumn<int>("links");
    QTest::addColumn<int>("pageSize");
    QTest::newRow("relative links, pages of 2") << int(FakeRegistry::Links::Relative) << 2;
    QTest::newRow("absolute links, pages of 2") << int(FakeRegistry::Links::Absolute) << 2;
    QTest::newRow("relative links, pages of 1") << int(FakeRegistry::Links::Relative) << 1;
    QTest::newRow("one page") << int(FakeRegistry::Links::Relative) << 0;
}

void TestRegistryClient::pagination()
{
    QFETCH(int, links);
    QFETCH(int, pageSize);
    FakeRegistry fake;
    fake.setAuth(FakeRegistry::Auth::Bearer, kUser, kPassword);
    fake.setLinks(FakeRegistry::Links(links));
    fake.setPageSize(pageSize);
    QStringList expectedRepos;
    for (const char *name : {"a/one", "a/two", "b/three", "c/four", "d/five"}) {
        expectedRepos << QString::fromLatin1(name);
        addImage(fake, QString::fromLatin1(name), QStringLiteral("1"));
    }
    expectedRepos.sort();
    QStringList expectedTags;
    for (int i = 0; i < 5; ++i) {
        const QString tag = QStringLiteral("v%1").arg(i);
        expectedTags << tag;
        addImage(fake, QStringLiteral("a/one"), tag);
    }
    expectedTags.prepend(QStringLiteral("1"));
    expectedTags.sort();

    RegistryClient client(fake.host(), Credentials{kUser, kPassword});
    auto repos = client.repositories();
    QVERIFY2(repos.ok(), describe(repos));
    QCOMPARE(*repos, expectedRepos);
    auto tags = client.tags(QStringLiteral("a/one"));
    QVERIFY2(tags.ok(), describe(tags));
    QCOMPARE(*tags, expectedTags);

    int catalogPages = 0;
    for (const FakeRequest &r : fake.requests) {
        if (r.path() == QLatin1String("/v2/_catalog") && r.header("authorization").startsWith("Bearer"))
            ++catalogPages;
    }
    QCOMPARE(catalogPages, pageSize > 0 ? (5 + pageSize - 1) / pageSize : 1);
}

void TestRegistryClient::linkToOtherHostRefused()
{
    FakeRegistry other(QHostAddress(QStringLiteral("127.0.0.2")));
    QVERIFY(other.isListening());
    FakeRegistry fake;
    fake.setAuth(FakeRegistry::Auth::Basic, kUser, kPassword);
    fake.setLinks(FakeRegistry::Links::OtherHost, other.host());
    fake.setPageSize(1);
    addImage(fake, QStringLiteral("a/one"), QStringLiteral("1"));
    addImage(fake, QStringLiteral("a/two"), QStringLiteral("1"));
    RegistryClient client(fake.host(), Credentials{kUser, kPassword});
    auto repos = client.repositories();
    QVERIFY(!repos.ok());
    QVERIFY2(repos.error().message().contains(QLatin1String("another host")), describe(repos));
    QVERIFY(repos.error().message().contains(other.host()));
    QVERIFY(other.requests.isEmpty());
}

namespace {
// A tag list page as a fake answer: \a tags, and a Link to \a next if given.
FakeResponse tagPage(const QStringList &tags, const QByteArray &next)
{
    FakeResponse response;
    response.body = QJsonDocument(QJsonObject{{QStringLiteral("name"), QStringLiteral("a/b")},
                                              {QStringLiteral("tags"),
                                               QJsonArray::fromStringList(tags)}})
                        .toJson(QJsonDocument::Compact);
    response.header("Content-Type", "application/json");
    if (!next.isEmpty())
        response.header("Link", next);
    return response;
}
} // namespace

void TestRegistryClient::paginationLoopStopped()
{
    FakeRegistry fake;
    // Page 2 links back to page 1: the client must notice, not spin.
    fake.setOverride([](const FakeRequest &request) -> std::optional<FakeResponse> {
        if (request.query(QStringLiteral("last")).isEmpty())
            return tagPage({QStringLiteral("1")}, R"(</v2/a/b/tags/list?last=1>; rel="next")");
        return tagPage({QStringLiteral("2")}, R"(</v2/a/b/tags/list>; rel="next")");
    });
    RegistryClient client(fake.host(), std::nullopt);
    auto tags = client.tags(QStringLiteral("a/b"));
    QVERIFY(!tags.ok());
    QCOMPARE(tags.error().kind(), ErrorKind::Malformed);
    QVERIFY2(tags.error().message().contains(QLatin1String("circle")), describe(tags));
    QCOMPARE(fake.requests.size(), 2);
}

void TestRegistryClient::paginationEndsOnlyWithoutNextLink()
{
    // Short and empty pages with a next link do not end the list.
    FakeRegistry fake;
    fake.setOverride([](const FakeRequest &request) -> std::optional<FakeResponse> {
        const QString last = request.query(QStringLiteral("last"));
        if (last.isEmpty())
            return tagPage({QStringLiteral("a")}, R"(<?last=a&n=50>; rel="next")");
        if (last == QLatin1String("a"))
            return tagPage({}, R"(<?last=a2&n=50>; REL=next)");
        return tagPage({QStringLiteral("b"), QStringLiteral("c")}, {});
    });
    RegistryClient client(fake.host(), std::nullopt);
    auto tags = client.tags(QStringLiteral("a/b"));
    QVERIFY2(tags.ok(), describe(tags));
    QCOMPARE(*tags, (QStringList{QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")}));
    QCOMPARE(fake.requests.size(), 3);
}

void TestRegistryClient::paginationKeepsOpaqueQuery()
{
    // Quay and GHCR put opaque cursors in the query: they go back unchanged.
    const QByteArray cursor = "/v2/a/b/tags/list?last=YS9i%3D%2B+c%2F%20&n=2&x=%E2%9C%93";
    FakeRegistry fake;
    fake.setOverride([cursor](const FakeRequest &request) -> std::optional<FakeResponse> {
        if (request.target == cursor)
            return tagPage({QStringLiteral("2")}, {});
        return tagPage({QStringLiteral("1")}, "<" + cursor + ">; rel=\"next\"");
    });
    RegistryClient client(fake.host(), std::nullopt);
    auto tags = client.tags(QStringLiteral("a/b"));
    QVERIFY2(tags.ok(), describe(tags));
    QCOMPARE(fake.requests.size(), 2);
    QCOMPARE(fake.requests.last().target, cursor);
    QCOMPARE(*tags, (QStringList{QStringLiteral("1"), QStringLiteral("2")}));
}

void TestRegistryClient::paginationMalformedLink()
{
    FakeRegistry fake;
    fake.setOverride([](const FakeRequest &) -> std::optional<FakeResponse> {
        return tagPage({QStringLiteral("1")}, R"(</v2/a/b/tags/list?last=1; rel="next")");
    });
    RegistryClient client(fake.host(), std::nullopt);
    auto tags = client.tags(QStringLiteral("a/b"));
    QVERIFY(!tags.ok());
    QCOMPARE(tags.error().kind(), ErrorKind::Malformed);
    QVERIFY2(tags.error().message().contains(QLatin1String("Link header")), describe(tags));
}

void TestRegistryClient::digestMismatch_data()
{
    QTest::addColumn<QString>("what");
    QTest::newRow("Docker-Content-Digest lies") << "header";
    QTest::newRow("manifest bytes differ from the digest asked for") << "manifest";
    QTest::newRow("header agrees with the bytes, not with the request") << "manifest-honest-header";
    QTest::newRow("blob bytes differ from the digest asked for") << "blob";
}

void TestRegistryClient::digestMismatch()
{
    QFETCH(QString, what);
    FakeRegistry fake;
    const QString repo = QStringLiteral("ztsc/app");
    const QString digest = addImage(fake, repo, QStringLiteral("1.0"));
    RegistryClient client(fake.host(), std::nullopt);
    const QString other = QStringLiteral("sha256:") + QString(64, QLatin1Char('e'));
    Error error;
    if (what == QLatin1String("header")) {
        fake.setClaimedDigest(other.toLatin1());
        auto m = client.manifest(repo, QStringLiteral("1.0"));
        QVERIFY(!m.ok());
        error = m.error();
    } else if (what.startsWith(QLatin1String("manifest"))) {
        // Served under "other", the bytes are those of the real manifest.
        auto real = client.manifest(repo, digest);
        QVERIFY(real.ok());
        fake.addLie(repo, other, real->manifest.raw(), QByteArray(oci::mediatype::OciManifest.data()));
        fake.setClaimedDigest(what == QLatin1String("manifest") ? QByteArray("none")
                                                                : digest.toLatin1());
        auto m = client.manifest(repo, other);
        QVERIFY(!m.ok());
        error = m.error();
    } else {
        fake.addLie(repo, other, "not the blob you asked for");
        auto digestValue = reference::Digest::parse(other);
        QVERIFY(digestValue.ok());
        auto b = client.blob(repo, *digestValue, 1024);
        QVERIFY(!b.ok());
        error = b.error();
    }
    QCOMPARE(error.kind(), ErrorKind::DigestMismatch);
    QVERIFY(!error.message().isEmpty());
}

void TestRegistryClient::oversizeAnnounced()
{
    FakeRegistry fake;
    const QByteArray big(256 * 1024, 'b');
    const QString digest = fake.addBlob(QStringLiteral("ztsc/app"), big);
    RegistryClient client(fake.host(), std::nullopt);
    auto d = reference::Digest::parse(digest);
    QVERIFY(d.ok());
    auto blob = client.blob(QStringLiteral("ztsc/app"), *d, 1000);
    QVERIFY(!blob.ok());
    QCOMPARE(blob.error().kind(), ErrorKind::TooLarge);
    auto fits = client.blob(QStringLiteral("ztsc/app"), *d, big.size());
    QVERIFY2(fits.ok(), describe(fits));
}

void TestRegistryClient::oversizeStreamAbortsEarly()
{
    // No Content-Length: the limit must be enforced while bytes arrive.
    FakeRegistry fake;
    constexpr qint64 endless = 64LL * 1024 * 1024;
    fake.setOverride([](const FakeRequest &request) -> std::optional<FakeResponse> {
        if (!request.path().contains(QLatin1String("/blobs/")))
            return std::nullopt;
        FakeResponse response;
        response.closeDelimited = true;
        response.streamBytes = endless;
        return response;
    });
    RegistryClient client(fake.host(), std::nullopt);
    auto d = reference::Digest::parse(QStringLiteral("sha256:") + QString(64, QLatin1Char('a')));
    auto blob = client.blob(QStringLiteral("ztsc/app"), *d, 100 * 1024);
    QVERIFY(!blob.ok());
    QCOMPARE(blob.error().kind(), ErrorKind::TooLarge);
    QTRY_VERIFY_WITH_TIMEOUT(fake.streamedBeforeClose >= 0, 5000);
    QVERIFY2(fake.streamedBeforeClose < endless / 2,
             qPrintable(QString::number(fake.streamedBeforeClose)));
}

void TestRegistryClient::oversizeManifest()
{
    FakeRegistry fake;
    addImage(fake, QStringLiteral("ztsc/app"), QStringLiteral("1.0"));
    ClientOptions options;
    options.maxManifestBytes = 64;
    RegistryClient client(fake.host(), std::nullopt, options);
    auto m = client.manifest(QStringLiteral("ztsc/app"), QStringLiteral("1.0"));
    QVERIFY(!m.ok());
    QCOMPARE(m.error().kind(), ErrorKind::TooLarge);
}

void TestRegistryClient::redirectDropsAuthorization()
{
    FakeRegistry storage(QHostAddress(QStringLiteral("127.0.0.2")));
    QVERIFY(storage.isListening());
    FakeRegistry fake;
    fake.setAuth(FakeRegistry::Auth::Basic, kUser, kPassword);
    const QString repo = QStringLiteral("ztsc/app");
    const QString digest = addImage(fake, repo, QStringLiteral("1.0"));
    addImage(storage, repo, QStringLiteral("1.0")); // same bytes, same digests
    fake.setBlobRedirect(storage.baseUrl(), QStringLiteral("?X-Amz-Signature=secret"));

    RegistryClient client(fake.host(), Credentials{kUser, kPassword});
    auto m = client.manifest(repo, QStringLiteral("1.0"));
    QVERIFY2(m.ok(), describe(m));
    auto layer = client.blob(repo, m->manifest.layers().first().digest, 1024);
    QVERIFY2(layer.ok(), describe(layer));
    QCOMPARE(*layer, QByteArray("layer of ztsc/app"));

    QCOMPARE(storage.requests.size(), 1);
    QVERIFY(storage.requests.first().header("authorization").isEmpty());
    QCOMPARE(storage.requests.first().query(QStringLiteral("X-Amz-Signature")), QStringLiteral("secret"));
    QVERIFY(fake.requests.last().header("authorization").startsWith("Basic "));
    Q_UNUSED(digest);
}

void TestRegistryClient::redirectErrorIsRedacted()
{
    FakeRegistry storage(QHostAddress(QStringLiteral("127.0.0.2")));
    storage.setOverride([](const FakeRequest &) -> std::optional<FakeResponse> {
        FakeResponse response;
        response.status = 503;
        return response;
    });
    FakeRegistry fake;
    const QString repo = QStringLiteral("ztsc/app");
    addImage(fake, repo, QStringLiteral("1.0"));
    fake.setBlobRedirect(storage.baseUrl(), QStringLiteral("?X-Amz-Signature=secret&n=1"));
    RegistryClient client(fake.host(), std::nullopt);
    auto m = client.manifest(repo, QStringLiteral("1.0"));
    QVERIFY(m.ok());
    auto layer = client.blob(repo, m->manifest.layers().first().digest, 1024);
    QVERIFY(!layer.ok());
    QCOMPARE(layer.error().kind(), ErrorKind::Http);
    QCOMPARE(layer.error().httpStatus(), 503);
    QVERIFY(layer.error().isRetryable());
    QVERIFY2(layer.error().url().contains(storage.host()), qPrintable(layer.error().url()));
    QVERIFY2(!layer.error().url().contains(QLatin1String("secret")), qPrintable(layer.error().url()));
    QVERIFY(!layer.error().toString().contains(QLatin1String("secret")));
}

void TestRegistryClient::redirectUnauthorizedNotAnswered()
{
    // Blob storage on another host answers 401 with a Bearer challenge whose
    // realm it controls: the client must not fetch a token there, nor send
    // the registry's password anywhere but the registry.
    FakeRegistry storage(QHostAddress(QStringLiteral("127.0.0.2")));
    QVERIFY(storage.isListening());
    storage.setAuth(FakeRegistry::Auth::Bearer, kUser, kPassword); // realm: its own /token
    FakeRegistry fake;
    fake.setAuth(FakeRegistry::Auth::Basic, kUser, kPassword);
    const QString repo = QStringLiteral("ztsc/app");
    addImage(fake, repo, QStringLiteral("1.0"));
    addImage(storage, repo, QStringLiteral("1.0"));
    fake.setBlobRedirect(storage.baseUrl());

    RegistryClient client(fake.host(), Credentials{kUser, kPassword});
    auto m = client.manifest(repo, QStringLiteral("1.0"));
    QVERIFY2(m.ok(), describe(m));
    auto layer = client.blob(repo, m->manifest.layers().first().digest, 1024);
    QVERIFY(!layer.ok());
    QCOMPARE(layer.error().kind(), ErrorKind::Unauthorized);
    QCOMPARE(layer.error().httpStatus(), 401);
    QVERIFY2(layer.error().message().contains(storage.host()),
             qPrintable(layer.error().message()));
    QVERIFY(storage.tokenRequests().isEmpty());
    for (const FakeRequest &request : std::as_const(storage.requests))
        QVERIFY2(request.header("authorization").isEmpty(), request.target.constData());
}

namespace {
// An override that answers the first \a failures requests with \a failure,
// then lets the registry answer.
std::function<std::optional<FakeResponse>(const FakeRequest &)>
failFirst(int failures, FakeResponse failure)
{
    auto count = std::make_shared<int>(0);
    return [count, failures, failure](const FakeRequest &) -> std::optional<FakeResponse> {
        if ((*count)++ < failures)
            return failure;
        return std::nullopt;
    };
}

FakeResponse statusOnly(int status)
{
    FakeResponse response;
    response.status = status;
    return response;
}
} // namespace

void TestRegistryClient::retryAfter429_data()
{
    QTest::addColumn<bool>("httpDate");
    QTest::newRow("Retry-After in seconds") << false;
    QTest::newRow("Retry-After as an HTTP-date") << true;
}

void TestRegistryClient::retryAfter429()
{
    QFETCH(bool, httpDate);
    FakeRegistry fake;
    addImage(fake, QStringLiteral("ztsc/a"), QStringLiteral("1.0"));
    FakeResponse tooMany = statusOnly(429);
    // An HTTP-date has whole seconds: two seconds ahead waits more than one.
    tooMany.header("Retry-After",
                   httpDate ? QLocale::c()
                                  .toString(QDateTime::currentDateTimeUtc().addSecs(2),
                                            QStringLiteral("ddd, dd MMM yyyy HH:mm:ss 'GMT'"))
                                  .toLatin1()
                            : QByteArray("1"));
    fake.setOverride(failFirst(1, tooMany));
    ClientOptions options;
    options.retryBaseDelayMs = 10; // Retry-After must win over this
    RegistryClient client(fake.host(), std::nullopt, options);
    QElapsedTimer timer;
    timer.start();
    auto tags = client.tags(QStringLiteral("ztsc/a"));
    QVERIFY2(tags.ok(), describe(tags));
    QVERIFY2(timer.elapsed() >= 900, qPrintable(QString::number(timer.elapsed())));
    QVERIFY(timer.elapsed() < 4000);
    QCOMPARE(fake.requests.size(), 2);
}

void TestRegistryClient::unavailableThenSuccess()
{
    FakeRegistry fake;
    const QString digest = addImage(fake, QStringLiteral("ztsc/a"), QStringLiteral("1.0"));
    fake.setOverride(failFirst(2, statusOnly(503)));
    ClientOptions options;
    options.retryBaseDelayMs = 100;
    RegistryClient client(fake.host(), std::nullopt, options);
    QElapsedTimer timer;
    timer.start();
    auto m = client.manifest(QStringLiteral("ztsc/a"), QStringLiteral("1.0"));
    QVERIFY2(m.ok(), describe(m));
    QCOMPARE(m->manifest.digest().toString(), digest);
    QCOMPARE(fake.requests.size(), 3);
    QVERIFY(timer.elapsed() >= 280); // 100 ms, then 200 ms
}

void TestRegistryClient::retriesAreBounded()
{
    FakeRegistry fake;
    fake.setOverride([](const FakeRequest &) -> std::optional<FakeResponse> {
        return statusOnly(502);
    });
    ClientOptions options;
    options.retryBaseDelayMs = 20;
    options.maxAttempts = 3;
    RegistryClient client(fake.host(), std::nullopt, options);
    auto tags = client.tags(QStringLiteral("ztsc/a"));
    QVERIFY(!tags.ok());
    QCOMPARE(tags.error().httpStatus(), 502);
    QVERIFY(tags.error().isRetryable());
    QCOMPARE(fake.requests.size(), 3);

    // 501 Not Implemented will not get better by asking again.
    fake.setOverride([](const FakeRequest &) -> std::optional<FakeResponse> {
        return statusOnly(501);
    });
    fake.requests.clear();
    QVERIFY(!client.tags(QStringLiteral("ztsc/a")).ok());
    QCOMPARE(fake.requests.size(), 1);
}

void TestRegistryClient::retryAfterBeyondCapNotWaited()
{
    FakeRegistry fake;
    fake.setOverride([](const FakeRequest &) -> std::optional<FakeResponse> {
        return statusOnly(429).header("Retry-After", "3600");
    });
    ClientOptions options;
    options.maxRetryDelayMs = 2000;
    RegistryClient client(fake.host(), std::nullopt, options);
    QElapsedTimer timer;
    timer.start();
    auto tags = client.tags(QStringLiteral("ztsc/a"));
    QVERIFY(!tags.ok());
    QVERIFY(timer.elapsed() < 1500);
    QCOMPARE(fake.requests.size(), 1);
    QCOMPARE(tags.error().httpStatus(), 429);
    QVERIFY2(tags.error().message().contains(QLatin1String("3600")), describe(tags));
}

void TestRegistryClient::cancelDuringBackoff()
{
    FakeRegistry fake;
    fake.setOverride([](const FakeRequest &) -> std::optional<FakeResponse> {
        return statusOnly(503).header("Retry-After", "20");
    });
    std::atomic_bool cancel = false;
    ClientOptions options;
    options.maxRetryDelayMs = 60000;
    options.cancelFlag = &cancel;
    RegistryClient client(fake.host(), std::nullopt, options);
    std::thread canceller([&cancel] {
        std::this_thread::sleep_for(std::chrono::milliseconds(300));
        cancel = true;
    });
    QElapsedTimer timer;
    timer.start();
    auto tags = client.tags(QStringLiteral("ztsc/a"));
    canceller.join();
    QVERIFY(!tags.ok());
    QCOMPARE(tags.error().kind(), ErrorKind::Cancelled);
    QVERIFY(timer.elapsed() < 5000);
    QCOMPARE(fake.requests.size(), 1);
}

void TestRegistryClient::rateLimitHeaders()
{
    FakeRegistry fake;
    addImage(fake, QStringLiteral("ztsc/a"), QStringLiteral("1.0"));
    auto remaining = std::make_shared<int>(2);
    fake.setOverride([remaining](const FakeRequest &) -> std::optional<FakeResponse> {
        // Docker Hub's headers on every answer; the last allowed request
        // is followed by 429s.
        if (*remaining <= 0) {
            return statusOnly(429)
                .header("ratelimit-limit", "2;w=21600")
                .header("ratelimit-remaining", "0;w=21600");
        }
        --*remaining;
        return std::nullopt;
    });
    ClientOptions options;
    options.retryBaseDelayMs = 10;
    RegistryClient client(fake.host(), std::nullopt, options);
    QCOMPARE(client.connectionDetails().rateLimit, -1);
    QVERIFY(client.ping().ok()); // the fake adds no headers to what it serves itself
    QCOMPARE(client.connectionDetails().rateLimit, -1);
    QVERIFY(client.tags(QStringLiteral("ztsc/a")).ok());
    auto refused = client.tags(QStringLiteral("ztsc/a"));
    QVERIFY(!refused.ok());
    const ConnectionDetails details = client.connectionDetails();
    QCOMPARE(details.rateLimit, 2);
    QCOMPARE(details.rateRemaining, 0);
    QCOMPARE(details.rateWindowSeconds, 21600);
    QCOMPARE(refused.error().httpStatus(), 429);
    QVERIFY2(refused.error().message().contains(QLatin1String("limit of 2")), describe(refused));
}

void TestRegistryClient::slowDrip_data()
{
    QTest::addColumn<int>("dripMs");
    QTest::addColumn<int>("timeoutMs");
    QTest::addColumn<int>("totalMs");
    QTest::addColumn<QString>("expected");
    QTest::newRow("pauses longer than the inactivity timeout") << 700 << 300 << 0
                                                               << "did not answer";
    QTest::newRow("steady drip beyond the deadline") << 50 << 300 << 800 << "did not finish";
}

void TestRegistryClient::slowDrip()
{
    QFETCH(int, dripMs);
    QFETCH(int, timeoutMs);
    QFETCH(int, totalMs);
    QFETCH(QString, expected);
    FakeRegistry fake;
    fake.setOverride([dripMs](const FakeRequest &) -> std::optional<FakeResponse> {
        FakeResponse response;
        response.body = QByteArray(R"({"name":"ztsc/a","tags":[)") + QByteArray(4000, ' ') + "]}";
        response.dripIntervalMs = dripMs;
        return response;
    });
    ClientOptions options;
    options.timeoutMs = timeoutMs;
    options.totalTimeoutMs = totalMs;
    options.maxAttempts = 1;
    RegistryClient client(fake.host(), std::nullopt, options);
    QElapsedTimer timer;
    timer.start();
    auto tags = client.tags(QStringLiteral("ztsc/a"));
    QVERIFY(!tags.ok());
    QCOMPARE(tags.error().kind(), ErrorKind::Network);
    QVERIFY2(tags.error().message().contains(expected), describe(tags));
    QVERIFY(tags.error().isRetryable());
    QVERIFY(timer.elapsed() < 5000);
    QCOMPARE(fake.requests.size(), 1);
}

void TestRegistryClient::twentyMegabyteManifestRefused()
{
    // A manifest of 20 MB (valid JSON, honest digest) is refused under the
    // default limit, announced or streamed, before it is read whole.
    FakeRegistry fake;
    QByteArray huge = imageManifest(QStringLiteral("sha256:") + QString(64, QLatin1Char('a')),
                                    QStringLiteral("sha256:") + QString(64, QLatin1Char('b')), 1,
                                    1);
    huge.insert(huge.size() - 1, ",\"annotations\":{\"x\":\"" + QByteArray(20 << 20, 'x') + "\"}");
    fake.addManifest(QStringLiteral("ztsc/a"), huge,
                     QByteArray(oci::mediatype::OciManifest.data()), QStringLiteral("big"));
    RegistryClient client(fake.host(), std::nullopt);
    auto m = client.manifest(QStringLiteral("ztsc/a"), QStringLiteral("big"));
    QVERIFY(!m.ok());
    QCOMPARE(m.error().kind(), ErrorKind::TooLarge);
    QVERIFY2(m.error().message().contains(QString::number(ClientOptions().maxManifestBytes)),
             describe(m));

    fake.setOverride([](const FakeRequest &) -> std::optional<FakeResponse> {
        FakeResponse response;
        response.closeDelimited = true;
        response.streamBytes = 20 << 20;
        response.header("Content-Type", oci::mediatype::OciManifest.data());
        return response;
    });
    auto streamed = client.manifest(QStringLiteral("ztsc/a"), QStringLiteral("big"));
    QVERIFY(!streamed.ok());
    QCOMPARE(streamed.error().kind(), ErrorKind::TooLarge);
    QTRY_VERIFY_WITH_TIMEOUT(fake.streamedBeforeClose >= 0, 5000);
    QVERIFY(fake.streamedBeforeClose < (20 << 20));
}

void TestRegistryClient::malformedJson_data()
{
    QTest::addColumn<QString>("what");
    QTest::newRow("manifest") << "manifest";
    QTest::newRow("tag list") << "tags";
    QTest::newRow("tag list that is an array") << "tags-array";
    QTest::newRow("token answer") << "token";
}

void TestRegistryClient::malformedJson()
{
    QFETCH(QString, what);
    FakeRegistry fake;
    const QByteArray broken = R"({"schemaVersion":2,"mediaType":"application/vnd.oci.image.)";
    if (what == QLatin1String("manifest")) {
        // The digest is honest: only the JSON is broken.
        fake.addManifest(QStringLiteral("ztsc/a"), broken,
                         QByteArray(oci::mediatype::OciManifest.data()), QStringLiteral("1.0"));
    } else if (what.startsWith(QLatin1String("tags"))) {
        const QByteArray body = what == QLatin1String("tags") ? QByteArray(R"({"tags":["a",)")
                                                               : QByteArray(R"(["a"])");
        fake.setOverride([body](const FakeRequest &) -> std::optional<FakeResponse> {
            FakeResponse response;
            response.body = body;
            return response;
        });
    } else {
        fake.setAuth(FakeRegistry::Auth::Bearer);
        fake.setRealm(fake.baseUrl() + QStringLiteral("/broken-token"));
        fake.setOverride([](const FakeRequest &request) -> std::optional<FakeResponse> {
            if (request.path() != QLatin1String("/broken-token"))
                return std::nullopt;
            FakeResponse response;
            response.body = R"({"token": "abc)";
            return response;
        });
    }
    RegistryClient client(fake.host(), std::nullopt);
    Error error;
    if (what == QLatin1String("manifest")) {
        auto m = client.manifest(QStringLiteral("ztsc/a"), QStringLiteral("1.0"));
        QVERIFY(!m.ok());
        error = m.error();
    } else {
        auto tags = client.tags(QStringLiteral("ztsc/a"));
        QVERIFY(!tags.ok());
        error = tags.error();
    }
    QCOMPARE(error.kind(), ErrorKind::Malformed);
    QVERIFY(!error.message().isEmpty());
}

void TestRegistryClient::schema1IsLegacy()
{
    // Docker schema 1 (signed, v1+prettyjws): recognised, reported as legacy.
    FakeRegistry fake;
    const QByteArray schema1 = R"({"schemaVersion":1,"name":"ztsc/old","tag":"1.0",)"
                               R"("architecture":"amd64","fsLayers":[],"history":[],)"
                               R"("signatures":[]})";
    fake.addManifest(QStringLiteral("ztsc/old"), schema1,
                     "application/vnd.docker.distribution.manifest.v1+prettyjws",
                     QStringLiteral("1.0"));
    RegistryClient client(fake.host(), std::nullopt);
    auto m = client.manifest(QStringLiteral("ztsc/old"), QStringLiteral("1.0"));
    QVERIFY(!m.ok());
    QCOMPARE(m.error().kind(), ErrorKind::Unsupported);
    QVERIFY2(m.error().message().contains(QLatin1String("schema 1")), describe(m));
    QVERIFY(m.error().toString().contains(QLatin1String("ztsc/old:1.0")));
}

void TestRegistryClient::notFound()
{
    FakeRegistry fake;
    addImage(fake, QStringLiteral("ztsc/app"), QStringLiteral("1.0"));
    RegistryClient client(fake.host(), std::nullopt);
    auto m = client.manifest(QStringLiteral("ztsc/app"), QStringLiteral("2.0"));
    QVERIFY(!m.ok());
    QCOMPARE(m.error().kind(), ErrorKind::NotFound);
    QCOMPARE(m.error().httpStatus(), 404);
    QVERIFY2(m.error().message().contains(QLatin1String("ztsc/app:2.0")), describe(m));
    QVERIFY(m.error().message().contains(QLatin1String("MANIFEST_UNKNOWN")));
    auto tags = client.tags(QStringLiteral("ztsc/missing"));
    QVERIFY(!tags.ok());
    QCOMPARE(tags.error().kind(), ErrorKind::NotFound);
}

void TestRegistryClient::invalidNames()
{
    FakeRegistry fake;
    RegistryClient client(fake.host(), std::nullopt);
    auto traversal = client.tags(QStringLiteral("../../etc"));
    QVERIFY(!traversal.ok());
    QCOMPARE(traversal.error().kind(), ErrorKind::InvalidInput);
    auto badTag = client.manifest(QStringLiteral("ztsc/app"), QStringLiteral("a/b"));
    QVERIFY(!badTag.ok());
    QCOMPARE(badTag.error().kind(), ErrorKind::InvalidInput);
    QVERIFY(fake.requests.isEmpty());
}

void TestRegistryClient::connectionRefused()
{
    const QString host = QStringLiteral("127.0.0.1:%1").arg(closedPort());
    RegistryClient client(host, std::nullopt);
    auto ping = client.ping();
    QVERIFY(!ping.ok());
    QCOMPARE(ping.error().kind(), ErrorKind::Network);
    QVERIFY2(ping.error().message().contains(QStringLiteral("could not reach the registry at ") + host),
             describe(ping));
    QVERIFY(ping.error().message().contains(QLatin1String("connection refused")));
    QVERIFY(ping.error().isRetryable());
}

void TestRegistryClient::invalidPortRefused_data()
{
    QTest::addColumn<QString>("suffix"); // what follows "127.0.0.1:"
    // Port + 65536 wraps to the fake's own port in a 16-bit port field.
    QTest::newRow("wraps to the fake's port") << "wrap";
    QTest::newRow("too large") << "99999";
    QTest::newRow("zero") << "0";
    QTest::newRow("not a number") << "http";
    QTest::newRow("empty") << "";
}

void TestRegistryClient::invalidPortRefused()
{
    QFETCH(QString, suffix);
    FakeRegistry fake;
    if (suffix == QLatin1String("wrap")) {
        const int port = fake.host().section(QLatin1Char(':'), 1).toInt();
        suffix = QString::number(port + 65536);
    }
    RegistryClient client(QStringLiteral("127.0.0.1:") + suffix, std::nullopt);
    auto ping = client.ping();
    QVERIFY(!ping.ok());
    QCOMPARE(ping.error().kind(), ErrorKind::InvalidInput);
    QVERIFY2(ping.error().message().contains(QStringLiteral("\"%1\"").arg(suffix)),
             describe(ping));
    QVERIFY(fake.requests.isEmpty());
}

void TestRegistryClient::timeout()
{
    FakeRegistry fake;
    fake.setOverride([](const FakeRequest &) -> std::optional<FakeResponse> {
        FakeResponse response;
        response.stall = true;
        return response;
    });
    ClientOptions options;
    options.timeoutMs = 300;
    RegistryClient client(fake.host(), std::nullopt, options);
    QElapsedTimer timer;
    timer.start();
    auto tags = client.tags(QStringLiteral("ztsc/app"));
    QVERIFY(!tags.ok());
    QCOMPARE(tags.error().kind(), ErrorKind::Network);
    QVERIFY(tags.error().isRetryable());
    QVERIFY2(tags.error().message().contains(QLatin1String("did not answer")), describe(tags));
    QVERIFY(timer.elapsed() >= 250);
    QVERIFY(timer.elapsed() < 5000);
}

void TestRegistryClient::cancelFromAnotherThread()
{
    FakeRegistry fake;
    fake.setOverride([](const FakeRequest &) -> std::optional<FakeResponse> {
        FakeResponse response;
        response.stall = true;
        return response;
    });
    std::atomic_bool cancel = false;
    ClientOptions options;
    options.timeoutMs = 20000;
    options.cancelFlag = &cancel;
    RegistryClient client(fake.host(), std::nullopt, options);
    std::thread canceller([&cancel] {
        std::this_thread::sleep_for(std::chrono::milliseconds(200));
        cancel = true;
    });
    QElapsedTimer timer;
    timer.start();
    auto tags = client.tags(QStringLiteral("ztsc/app"));
    canceller.join();
    QVERIFY(!tags.ok());
    QCOMPARE(tags.error().kind(), ErrorKind::Cancelled);
    QVERIFY(timer.elapsed() < 5000);
}

void TestRegistryClient::cancelBeforeStart()
{
    FakeRegistry fake;
    std::atomic_bool cancel = true;
    ClientOptions options;
    options.cancelFlag = &cancel;
    RegistryClient client(fake.host(), std::nullopt, options);
    auto ping = client.ping();
    QVERIFY(!ping.ok());
    QCOMPARE(ping.error().kind(), ErrorKind::Cancelled);
    QVERIFY(fake.requests.isEmpty());
}

void TestRegistryClient::usableFromWorkerThread()
{
    // The GUI and CLI create a client on a worker thread and use it there;
    // the fake keeps serving from this thread's event loop meanwhile.
    FakeRegistry fake;
    fake.setAuth(FakeRegistry::Auth::Bearer, kUser, kPassword);
    addImage(fake, QStringLiteral("ztsc/app"), QStringLiteral("1.0"));
    const QString host = fake.host();
    QStringList tagsSeen;
    QString failure;
    QThread *worker = QThread::create([&] {
        RegistryClient client(host, Credentials{kUser, kPassword});
        auto tags = client.tags(QStringLiteral("ztsc/app"));
        auto manifest = client.manifest(QStringLiteral("ztsc/app"), QStringLiteral("1.0"));
        if (!tags.ok())
            failure = tags.error().toString();
        else if (!manifest.ok())
            failure = manifest.error().toString();
        else
            tagsSeen = *tags;
    });
    worker->start();
    QTRY_VERIFY_WITH_TIMEOUT(worker->isFinished(), 10000);
    delete worker;
    QVERIFY2(failure.isEmpty(), qPrintable(failure));
    QCOMPARE(tagsSeen, QStringList{QStringLiteral("1.0")});
}

namespace {
QStringList *g_captured = nullptr;
void capture(QtMsgType, const QMessageLogContext &context, const QString &message)
{
    if (g_captured && QByteArray(context.category).startsWith("chainscope.registry"))
        g_captured->append(message);
}
} // namespace

void TestRegistryClient::wireLogRedactsSecrets()
{
    FakeRegistry fake;
    fake.setAuth(FakeRegistry::Auth::Bearer, kUser, kPassword);
    addImage(fake, QStringLiteral("ztsc/app"), QStringLiteral("1.0"));
    QStringList captured;
    g_captured = &captured;
    QLoggingCategory::setFilterRules(QStringLiteral("chainscope.registry*.debug=true"));
    const QtMessageHandler previous = qInstallMessageHandler(capture);
    {
        RegistryClient client(fake.host(), Credentials{kUser, kPassword});
        QVERIFY(client.manifest(QStringLiteral("ztsc/app"), QStringLiteral("1.0")).ok());
    }
    qInstallMessageHandler(previous);
    QLoggingCategory::setFilterRules(QString());
    g_captured = nullptr;

    const QString all = captured.join(QLatin1Char('\n'));
    QVERIFY2(all.contains(QLatin1String("<redacted>")), qPrintable(all));
    QVERIFY(all.contains(QLatin1String("/v2/ztsc/app/manifests/1.0")));
    const QString basic = QString::fromLatin1((kUser + ':' + kPassword).toUtf8().toBase64());
    QVERIFY(!all.contains(basic));
    QVERIFY(!all.contains(kPassword));
    QVERIFY(!all.contains(QLatin1String("tok|"))); // the Bearer token
}

// Test certificates made now with `openssl req` (nothing fixed that could
// expire): a CA, a server certificate for 127.0.0.1 and a client certificate.
class TestPki
{
public:
    TestPki()
    {
        m_ok = make(QStringLiteral("ca"), QStringLiteral("Chainscope Test CA"),
                    QStringLiteral("basicConstraints=critical,CA:TRUE\n"
                                   "keyUsage=critical,keyCertSign,cRLSign\n"),
                    false)
               && make(QStringLiteral("server"), QStringLiteral("127.0.0.1"),
                       QStringLiteral("basicConstraints=critical,CA:FALSE\n"
                                      "subjectAltName=IP:127.0.0.1\n"
                                      "extendedKeyUsage=serverAuth\n"),
                       true)
               && make(QStringLiteral("client"), QStringLiteral("chainscope-client"),
                       QStringLiteral("basicConstraints=critical,CA:FALSE\n"
                                      "extendedKeyUsage=clientAuth\n"),
                       true);
    }
    bool ok() const { return m_ok; }
    QString error() const { return m_error; }
    QString path(const QString &name) const { return m_dir.filePath(name); }

    QSslConfiguration serverConfig(bool requireClientCertificate) const
    {
        QSslConfiguration config = QSslConfiguration::defaultConfiguration();
        config.setLocalCertificate(
            QSslCertificate::fromPath(path(QStringLiteral("server.crt"))).value(0));
        QFile key(path(QStringLiteral("server.key")));
        key.open(QIODevice::ReadOnly);
        config.setPrivateKey(QSslKey(key.readAll(), QSsl::Ec));
        if (requireClientCertificate) {
            config.setCaCertificates(QSslCertificate::fromPath(path(QStringLiteral("ca.crt"))));
            config.setPeerVerifyMode(QSslSocket::VerifyPeer);
        } else {
            config.setPeerVerifyMode(QSslSocket::VerifyNone);
        }
        return config;
    }

private:
    bool make(const QString &name, const QString &cn, const QString &extensions, bool signedByCa)
    {
        QFile config(path(name + QStringLiteral(".cnf")));
        if (!config.open(QIODevice::WriteOnly))
            return false;
        config.write(QStringLiteral("[req]\ndistinguished_name=dn\nprompt=no\n"
                                    "[dn]\nCN=%1\n[ext]\n%2")
                         .arg(cn, extensions)
                         .toUtf8());
        config.close();
        QStringList args = {QStringLiteral("req"), QStringLiteral("-x509"),
                            QStringLiteral("-config"), config.fileName(),
                            QStringLiteral("-extensions"), QStringLiteral("ext"),
                            QStringLiteral("-newkey"), QStringLiteral("ec"),
                            QStringLiteral("-pkeyopt"),
                            QStringLiteral("ec_paramgen_curve:prime256v1"),
                            QStringLiteral("-nodes"), QStringLiteral("-days"), QStringLiteral("1"),
                            QStringLiteral("-keyout"), path(name + QStringLiteral(".key")),
                            QStringLiteral("-out"), path(name + QStringLiteral(".crt"))};
        if (signedByCa)
            args << QStringLiteral("-CA") << path(QStringLiteral("ca.crt"))
                 << QStringLiteral("-CAkey") << path(QStringLiteral("ca.key"));
        QProcess openssl;
        openssl.start(QStringLiteral("openssl"), args);
        if (!openssl.waitForFinished(30000) || openssl.exitCode() != 0) {
            m_error = QString::fromLocal8Bit(openssl.readAllStandardError());
            return false;
        }
        return true;
    }

    QTemporaryDir m_dir;
    bool m_ok = false;
    QString m_error;
};

void TestRegistryClient::tlsWithCaFile()
{
    TestPki pki;
    QVERIFY2(pki.ok(), qPrintable(pki.error()));
    FakeRegistry fake(pki.serverConfig(false));
    QVERIFY(fake.isListening());
    addImage(fake, QStringLiteral("ztsc/a"), QStringLiteral("1.0"));

    // The system's CAs alone do not know our test CA.
    RegistryClient untrusting(QStringLiteral("https://") + fake.host(), std::nullopt);
    auto refused = untrusting.ping();
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().kind(), ErrorKind::Network);
    QVERIFY2(refused.error().message().contains(QLatin1String("TLS")), describe(refused));
    QVERIFY(fake.requests.isEmpty());

    ClientOptions options;
    options.caCertificatesFile = pki.path(QStringLiteral("ca.crt"));
    RegistryClient client(fake.host(), std::nullopt, options); // the CA file implies HTTPS
    QCOMPARE(client.connectionDetails().apiUrl, fake.baseUrl());
    QVERIFY(client.transportNotes().isEmpty()); // not "loopback HTTP"
    auto tags = client.tags(QStringLiteral("ztsc/a"));
    QVERIFY2(tags.ok(), describe(tags));
    QCOMPARE(*tags, QStringList{QStringLiteral("1.0")});
    QVERIFY(fake.clientCertificates.isEmpty());

    // Another CA's file does not help: it adds trust, it does not skip checks.
    ClientOptions wrong;
    wrong.caCertificatesFile = pki.path(QStringLiteral("client.crt"));
    RegistryClient mistrusting(fake.host(), std::nullopt, wrong);
    QVERIFY(!mistrusting.ping().ok());
}

void TestRegistryClient::tlsFilesUnreadable()
{
    FakeRegistry fake;
    QTemporaryDir dir;
    QFile notPem(dir.filePath(QStringLiteral("ca.crt")));
    QVERIFY(notPem.open(QIODevice::WriteOnly));
    notPem.write("not a certificate\n");
    notPem.close();
    for (const QString &file : {dir.filePath(QStringLiteral("missing.crt")), notPem.fileName()}) {
        ClientOptions options;
        options.caCertificatesFile = file;
        RegistryClient client(fake.host(), std::nullopt, options);
        auto ping = client.ping();
        QVERIFY(!ping.ok());
        QCOMPARE(ping.error().kind(), ErrorKind::InvalidInput);
        QVERIFY2(ping.error().message().contains(file), describe(ping));
    }
    ClientOptions keyless;
    keyless.clientCertificateFile = notPem.fileName();
    RegistryClient client(fake.host(), std::nullopt, keyless);
    QCOMPARE(client.ping().error().kind(), ErrorKind::InvalidInput);
    QVERIFY(fake.requests.isEmpty());
}

void TestRegistryClient::mutualTls()
{
    TestPki pki;
    QVERIFY2(pki.ok(), qPrintable(pki.error()));
    FakeRegistry fake(pki.serverConfig(true));
    QVERIFY(fake.isListening());
    addImage(fake, QStringLiteral("ztsc/a"), QStringLiteral("1.0"));
    ClientOptions options;
    options.caCertificatesFile = pki.path(QStringLiteral("ca.crt"));

    // Without a client certificate the server ends the handshake.
    RegistryClient anonymous(fake.host(), std::nullopt, options);
    auto refused = anonymous.ping();
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().kind(), ErrorKind::Network);
    QVERIFY(fake.requests.isEmpty());

    options.clientCertificateFile = pki.path(QStringLiteral("client.crt"));
    options.clientKeyFile = pki.path(QStringLiteral("client.key"));
    RegistryClient client(fake.host(), std::nullopt, options);
    auto m = client.manifest(QStringLiteral("ztsc/a"), QStringLiteral("1.0"));
    QVERIFY2(m.ok(), describe(m));
    QVERIFY(fake.clientCertificates.contains(QStringLiteral("chainscope-client")));
    QVERIFY(client.connectionDetails().clientCertificate);

    // Certificate and key in one file work as well.
    QFile both(pki.path(QStringLiteral("both.pem")));
    QVERIFY(both.open(QIODevice::WriteOnly));
    for (const char *name : {"client.crt", "client.key"}) {
        QFile part(pki.path(QString::fromLatin1(name)));
        QVERIFY(part.open(QIODevice::ReadOnly));
        both.write(part.readAll());
    }
    both.close();
    options.clientCertificateFile = both.fileName();
    options.clientKeyFile.clear();
    RegistryClient combined(fake.host(), std::nullopt, options);
    QVERIFY2(combined.ping().ok(), describe(combined.ping()));
}

void TestRegistryClient::systemProxy()
{
    // The "proxy" is a fake that answers absolute-form requests itself.
    FakeRegistry proxy(QHostAddress(QStringLiteral("127.0.0.2")));
    QVERIFY(proxy.isListening());
    FakeRegistry direct;
    const QByteArray saved = qgetenv("http_proxy");
    qputenv("http_proxy", proxy.baseUrl().toLatin1());
    qunsetenv("no_proxy");
    ClientOptions options;
    options.insecurePlainHttpToRemoteHosts = true;
    options.timeoutMs = 3000;
    RegistryClient remote(QStringLiteral("registry.invalid"), std::nullopt, options);
    auto ping = remote.ping();
    RegistryClient loopback(direct.host(), std::nullopt, options);
    auto loopbackPing = loopback.ping();
    ClientOptions noProxy = options;
    noProxy.useSystemProxy = false;
    RegistryClient without(QStringLiteral("registry.invalid"), std::nullopt, noProxy);
    const qsizetype proxiedBefore = proxy.requests.size();
    auto withoutPing = without.ping();
    if (saved.isEmpty())
        qunsetenv("http_proxy");
    else
        qputenv("http_proxy", saved);

    QVERIFY2(ping.ok(), describe(ping));
    QCOMPARE(proxy.requests.first().target, QByteArray("http://registry.invalid/v2/"));
    QCOMPARE(remote.connectionDetails().proxy, proxy.host());
    // Loopback registries never go through the proxy.
    QVERIFY2(loopbackPing.ok(), describe(loopbackPing));
    QCOMPARE(direct.requests.size(), 1);
    QCOMPARE(loopback.connectionDetails().proxy, QString());
    QVERIFY(!withoutPing.ok());
    QCOMPARE(proxy.requests.size(), proxiedBefore);
}

void TestRegistryClient::http2WithRealRegistryOverTls()
{
    // The real CNCF registry (docker-registry, Go) offers HTTP/2 over TLS;
    // this fake-free case checks that we take it, with our CA file.
    const QString binary = QStandardPaths::findExecutable(QStringLiteral("docker-registry"));
    QVERIFY2(!binary.isEmpty(), "docker-registry is missing: run installer/deps-debian.sh");
    TestPki pki;
    QVERIFY2(pki.ok(), qPrintable(pki.error()));
    const quint16 port = closedPort();
    QFile config(pki.path(QStringLiteral("config.yml")));
    QVERIFY(config.open(QIODevice::WriteOnly));
    config.write(QStringLiteral("version: 0.1\nlog:\n  level: error\nstorage:\n  filesystem:\n"
                                "    rootdirectory: %1\nhttp:\n  addr: 127.0.0.1:%2\n  tls:\n"
                                "    certificate: %3\n    key: %4\n")
                     .arg(pki.path(QStringLiteral("data")))
                     .arg(port)
                     .arg(pki.path(QStringLiteral("server.crt")),
                          pki.path(QStringLiteral("server.key")))
                     .toUtf8());
    config.close();
    QProcess registry;
    registry.setProcessChannelMode(QProcess::MergedChannels);
    registry.start(binary, {QStringLiteral("serve"), config.fileName()});
    QVERIFY2(registry.waitForStarted(10000), qPrintable(registry.errorString()));
    auto stop = qScopeGuard([&registry] {
        registry.terminate();
        if (!registry.waitForFinished(5000))
            registry.kill();
        registry.waitForFinished(2000);
    });

    ClientOptions options;
    options.caCertificatesFile = pki.path(QStringLiteral("ca.crt"));
    options.timeoutMs = 5000;
    const QString host = QStringLiteral("127.0.0.1:%1").arg(port);
    Result<void> ping = Error(ErrorKind::Internal, QStringLiteral("not tried"));
    for (int i = 0; i < 100 && !ping.ok(); ++i) {
        RegistryClient probe(host, std::nullopt, options);
        ping = probe.ping();
        if (!ping.ok())
            QTest::qWait(100);
    }
    QVERIFY2(ping.ok(), registry.readAll().constData());

    RegistryClient client(host, std::nullopt, options);
    QVERIFY2(client.ping().ok(), describe(client.ping()));
    auto repos = client.repositories();
    QVERIFY2(repos.ok(), describe(repos));
    QVERIFY(repos->isEmpty());
    const ConnectionDetails details = client.connectionDetails();
    QVERIFY(details.encrypted);
    QVERIFY(details.http2);
    QCOMPARE(details.apiUrl, QStringLiteral("https://") + host);
}

QTEST_GUILESS_MAIN(TestRegistryClient)
#include "tst_registryclient.moc"
