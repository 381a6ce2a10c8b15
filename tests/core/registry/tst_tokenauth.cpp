// RegistryClient's Bearer flow against the real CNCF distribution registry in
// `auth: token` mode. The token issuer is ours (tests/lab/tokenserver.py, a
// fake only in that we run it: it speaks distribution's token protocol and
// signs RS256 JWTs); the registry itself checks every JWT's signature, issuer,
// audience, expiry and access claim, so the scopes granted are enforced for
// real. `lab.py start-token` starts both on free loopback ports in a temporary
// folder (not the shared lab fixture), so this suite runs beside the others.
//
// Users (tests/lab/lab.py TOKEN_ACL): writer may pull/push everything and list
// the catalog; reader may pull team/*; everyone, signed in or anonymous, may
// pull public/*; private/* is writer's only.

#include "core/registry/registryclient.h"

#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUrlQuery>

using namespace chainscope;
using namespace chainscope::registry;

namespace {

template<typename T>
QByteArray describe(const Result<T> &result)
{
    return result.ok() ? QByteArray("ok")
                       : (errorKindName(result.error().kind()) + QStringLiteral(": ")
                          + result.error().toString())
                             .toUtf8();
}

QString field(const QJsonObject &object, const char *key)
{
    return object.value(QLatin1String(key)).toString();
}

struct Raw
{
    int status = 0;
    QByteArray body;
    QByteArray challenge;
};

} // namespace

class TestTokenAuth : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void readerPullsWithAPullToken();
    void tokensAreCachedPerScope();
    void readerMayNotPush();
    void forgedTokenIsRefusedByTheRegistry();
    void wrongPassword();
    void anonymousPullOfAPublicRepository();
    void anonymousIsRefusedElsewhere();
    void repositoryWithoutAccess();
    void catalogNeedsTheCatalogScope();
    void refreshTokenFromThePasswordGrant();
    void expiredTokenIsReplacedOnce();

private:
    QJsonObject startLab(const QString &dir, const QStringList &options);
    void stopLab(const QString &dir);
    Raw send(const QByteArray &verb, const QUrl &url, const QByteArray &authorization,
             const QByteArray &body = {}, const QByteArray &contentType = {});
    QString tokenFor(const QString &user, const QString &scope);
    QList<QJsonObject> tokenLog() const;
    Credentials user(const QString &name) const;
    QJsonObject image(const QString &role) const;

    QTemporaryDir m_dir;
    QString m_python;
    QJsonObject m_state;
    QString m_host;
    QNetworkAccessManager m_nam;
};

Raw TestTokenAuth::send(const QByteArray &verb, const QUrl &url, const QByteArray &authorization,
                        const QByteArray &body, const QByteArray &contentType)
{
    QNetworkRequest request(url);
    if (!authorization.isEmpty())
        request.setRawHeader("Authorization", authorization);
    if (!contentType.isEmpty())
        request.setHeader(QNetworkRequest::ContentTypeHeader, contentType);
    request.setRawHeader("Accept", "application/vnd.oci.image.manifest.v1+json");
    QNetworkReply *reply = m_nam.sendCustomRequest(request, verb, body);
    QEventLoop loop;
    connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    QTimer::singleShot(15000, &loop, &QEventLoop::quit);
    if (!reply->isFinished())
        loop.exec();
    Raw raw{reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), reply->readAll(),
            reply->rawHeader("WWW-Authenticate")};
    reply->deleteLater();
    return raw;
}

QString TestTokenAuth::tokenFor(const QString &name, const QString &scope)
{
    // distribution auth/token.md: GET realm?service=…&scope=… with Basic credentials.
    QUrl url(field(m_state, "realm"));
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("service"), field(m_state, "service"));
    query.addQueryItem(QStringLiteral("scope"), scope);
    url.setQuery(query);
    const Credentials c = user(name);
    const QByteArray basic = (c.username + ':' + c.password).toUtf8().toBase64();
    const Raw raw = send("GET", url, "Basic " + basic);
    if (raw.status != 200)
        return {};
    return field(QJsonDocument::fromJson(raw.body).object(), "token");
}

QList<QJsonObject> TestTokenAuth::tokenLog() const
{
    QFile file(field(m_state, "tokenLog"));
    QList<QJsonObject> entries;
    if (!file.open(QIODevice::ReadOnly))
        return entries;
    for (const QByteArray &line : file.readAll().split('\n')) {
        if (!line.trimmed().isEmpty())
            entries.append(QJsonDocument::fromJson(line).object());
    }
    return entries;
}

Credentials TestTokenAuth::user(const QString &name) const
{
    const QJsonObject users = m_state.value(QLatin1String("users")).toObject();
    return Credentials{name, users.value(name).toString()};
}

QJsonObject TestTokenAuth::image(const QString &role) const
{
    return m_state.value(QLatin1String("images")).toObject().value(role).toObject();
}

QJsonObject TestTokenAuth::startLab(const QString &dir, const QStringList &options)
{
    QProcess lab;
    lab.setProcessChannelMode(QProcess::MergedChannels);
    lab.start(m_python, QStringList{QStringLiteral(CHAINSCOPE_LAB_PY),
                                    QStringLiteral("start-token"), QStringLiteral("--dir"), dir}
                            + options);
    if (!lab.waitForFinished(60000) || lab.exitCode() != 0) {
        qWarning().noquote() << lab.readAll();
        return {};
    }
    QFile state(dir + QStringLiteral("/token-lab.json"));
    if (!state.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(state.readAll()).object();
}

void TestTokenAuth::stopLab(const QString &dir)
{
    QProcess lab;
    lab.start(m_python, {QStringLiteral(CHAINSCOPE_LAB_PY), QStringLiteral("stop"),
                         QStringLiteral("--dir"), dir});
    lab.waitForFinished(30000);
}

void TestTokenAuth::initTestCase()
{
    m_python = QStandardPaths::findExecutable(QStringLiteral("python3"));
    QVERIFY2(!m_python.isEmpty(), "python3 is missing");
    QVERIFY2(!QStandardPaths::findExecutable(QStringLiteral("docker-registry")).isEmpty(),
             "docker-registry is missing: run installer/deps-debian.sh");
    QVERIFY(m_dir.isValid());
    m_state = startLab(m_dir.filePath(QStringLiteral("lab")), {});
    m_host = field(m_state, "registry");
    QVERIFY2(!m_host.isEmpty(), "lab.py start-token failed (see the warning above)");
}

void TestTokenAuth::cleanupTestCase()
{
    if (!m_python.isEmpty() && m_dir.isValid())
        stopLab(m_dir.filePath(QStringLiteral("lab")));
}

void TestTokenAuth::readerPullsWithAPullToken()
{
    const QJsonObject team = image(QStringLiteral("team"));
    const QString repo = field(team, "repository");
    const qsizetype before = tokenLog().size();
    RegistryClient client(m_host, user(QStringLiteral("reader")));
    auto fetched = client.manifest(repo, field(team, "tag"));
    QVERIFY2(fetched.ok(), describe(fetched));
    QCOMPARE(fetched->manifest.digest().toString(), field(team, "digest"));
    auto config = client.blob(repo, fetched->manifest.config().digest, 1 << 20);
    QVERIFY2(config.ok(), describe(config));
    QCOMPARE(fetched->manifest.config().digest.toString(),
             field(team, "config"));
    auto layer = client.blob(repo, fetched->manifest.layers().value(0).digest, 1 << 20);
    QVERIFY2(layer.ok(), describe(layer));
    auto tags = client.tags(repo);
    QVERIFY2(tags.ok(), describe(tags));
    QCOMPARE(*tags, QStringList{field(team, "tag")});

    // The issuer saw reader ask for a pull scope on this repository and grant it.
    const QList<QJsonObject> log = tokenLog().mid(before);
    QVERIFY(!log.isEmpty());
    for (const QJsonObject &entry : log) {
        QCOMPARE(field(entry, "account"), QStringLiteral("reader"));
        QCOMPARE(entry.value(QLatin1String("granted")).toArray(),
                 QJsonArray{QStringLiteral("repository:%1:pull").arg(repo)});
    }
}

void TestTokenAuth::tokensAreCachedPerScope()
{
    const QJsonObject team = image(QStringLiteral("team"));
    const QString repo = field(team, "repository");
    RegistryClient client(m_host, user(QStringLiteral("reader")));
    QVERIFY(client.manifest(repo, field(team, "tag")).ok());
    const qsizetype afterFirst = tokenLog().size();
    // Same client, same repository: the cached pull token is reused (expires_in 300 s).
    for (int i = 0; i < 3; ++i) {
        auto again = client.manifest(repo, field(team, "digest"));
        QVERIFY2(again.ok(), describe(again));
    }
    QCOMPARE(tokenLog().size(), afterFirst);
}

void TestTokenAuth::readerMayNotPush()
{
    // The client never pushes, so this is checked with raw requests: the
    // issuer grants reader only pull, and the registry refuses the upload.
    const QString repo = field(image(QStringLiteral("team")), "repository");
    const QString scope = QStringLiteral("repository:%1:pull,push").arg(repo);
    const QString readerToken = tokenFor(QStringLiteral("reader"), scope);
    QVERIFY(!readerToken.isEmpty());
    const QJsonObject claims = QJsonDocument::fromJson(
        QByteArray::fromBase64(readerToken.section(QLatin1Char('.'), 1, 1).toLatin1(),
                               QByteArray::Base64UrlEncoding)).object();
    const QJsonArray access = claims.value(QLatin1String("access")).toArray();
    QCOMPARE(access.size(), 1);
    QCOMPARE(access.first().toObject().value(QLatin1String("actions")).toArray(),
             QJsonArray{QStringLiteral("pull")});

    const QUrl uploads(QStringLiteral("http://%1/v2/%2/blobs/uploads/").arg(m_host, repo));
    const Raw refused = send("POST", uploads, "Bearer " + readerToken.toLatin1());
    QCOMPARE(refused.status, 401);
    QVERIFY2(refused.challenge.contains("error=\"insufficient_scope\""), refused.challenge);
    // The registry names the scope it wants (actions in its own order).
    QVERIFY2(refused.challenge.contains(QByteArray("scope=\"repository:" + repo.toLatin1() + ':'))
                 && refused.challenge.contains("push"),
             refused.challenge);

    // Control: the same request with writer's token opens an upload session.
    const QString writerToken = tokenFor(QStringLiteral("writer"), scope);
    QCOMPARE(send("POST", uploads, "Bearer " + writerToken.toLatin1()).status, 202);
}

void TestTokenAuth::forgedTokenIsRefusedByTheRegistry()
{
    // reader's token with "push" written into its claims but the old signature:
    // only a registry that checks the JWT signature refuses it.
    const QString repo = field(image(QStringLiteral("team")), "repository");
    const QString token = tokenFor(QStringLiteral("reader"),
                                   QStringLiteral("repository:%1:pull").arg(repo));
    const QStringList parts = token.split(QLatin1Char('.'));
    QCOMPARE(parts.size(), 3);
    QJsonObject claims = QJsonDocument::fromJson(
        QByteArray::fromBase64(parts[1].toLatin1(), QByteArray::Base64UrlEncoding)).object();
    claims.insert(QStringLiteral("access"),
                  QJsonArray{QJsonObject{{QStringLiteral("type"), QStringLiteral("repository")},
                                         {QStringLiteral("name"), repo},
                                         {QStringLiteral("actions"),
                                          QJsonArray{QStringLiteral("pull"),
                                                     QStringLiteral("push")}}}});
    const QByteArray forged = parts[0].toLatin1() + '.'
                              + QJsonDocument(claims).toJson(QJsonDocument::Compact).toBase64(
                                  QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals)
                              + '.' + parts[2].toLatin1();
    const QUrl uploads(QStringLiteral("http://%1/v2/%2/blobs/uploads/").arg(m_host, repo));
    QCOMPARE(send("POST", uploads, "Bearer " + forged).status, 401);
    // The genuine token still reads.
    QCOMPARE(send("GET", QUrl(QStringLiteral("http://%1/v2/%2/manifests/1.0").arg(m_host, repo)),
                  "Bearer " + token.toLatin1()).status,
             200);
}

void TestTokenAuth::wrongPassword()
{
    const QJsonObject team = image(QStringLiteral("team"));
    const QString password = QStringLiteral("Not-Th3-Pa55word");
    RegistryClient client(m_host, Credentials{QStringLiteral("reader"), password});
    auto fetched = client.manifest(field(team, "repository"),
                                   field(team, "tag"));
    QVERIFY(!fetched.ok());
    QCOMPARE(fetched.error().kind(), ErrorKind::Unauthorized);
    const QString message = fetched.error().message();
    QVERIFY2(message.contains(QLatin1String("\"reader\"")), qPrintable(message));
    QVERIFY2(message.contains(QLatin1String("token service")), qPrintable(message));
    QVERIFY2(!message.contains(password), qPrintable(message)); // never the secret
    QCOMPARE(field(tokenLog().constLast(), "result"),
             QStringLiteral("unauthorized"));
    auto ping = client.ping();
    QVERIFY(!ping.ok());
    QCOMPARE(ping.error().kind(), ErrorKind::Unauthorized);
}

void TestTokenAuth::anonymousPullOfAPublicRepository()
{
    const QJsonObject pub = image(QStringLiteral("public"));
    const QString repo = field(pub, "repository");
    const qsizetype before = tokenLog().size();
    RegistryClient client(m_host, std::nullopt);
    auto fetched = client.manifest(repo, field(pub, "tag"));
    QVERIFY2(fetched.ok(), describe(fetched));
    QCOMPARE(fetched->manifest.digest().toString(), field(pub, "digest"));
    auto layer = client.blob(repo, fetched->manifest.layers().value(0).digest, 1 << 20);
    QVERIFY2(layer.ok(), describe(layer));
    const QList<QJsonObject> log = tokenLog().mid(before);
    QVERIFY(!log.isEmpty());
    for (const QJsonObject &entry : log) {
        // No Authorization header at the realm: an anonymous token.
        QCOMPARE(field(entry, "authorization"), QString());
        QCOMPARE(field(entry, "account"), QString());
    }
}

void TestTokenAuth::anonymousIsRefusedElsewhere()
{
    const QJsonObject team = image(QStringLiteral("team"));
    RegistryClient client(m_host, std::nullopt);
    auto fetched = client.manifest(field(team, "repository"),
                                   field(team, "tag"));
    QVERIFY(!fetched.ok());
    QCOMPARE(fetched.error().kind(), ErrorKind::Unauthorized);
    QCOMPARE(fetched.error().httpStatus(), 401);
}

void TestTokenAuth::repositoryWithoutAccess()
{
    const QJsonObject secret = image(QStringLiteral("private"));
    const QString repo = field(secret, "repository");
    const qsizetype before = tokenLog().size();
    RegistryClient client(m_host, user(QStringLiteral("reader")));
    auto fetched = client.manifest(repo, field(secret, "tag"));
    QVERIFY(!fetched.ok());
    QCOMPARE(fetched.error().kind(), ErrorKind::Unauthorized);
    QCOMPARE(fetched.error().httpStatus(), 401);
    // One token request, nothing granted, and no retry loop.
    const QList<QJsonObject> log = tokenLog().mid(before);
    QCOMPARE(log.size(), 1);
    QCOMPARE(log.first().value(QLatin1String("granted")).toArray(), QJsonArray());
    // The message names the scope that was refused.
    const QString scope = QStringLiteral("repository:%1:pull").arg(repo);
    QVERIFY2(fetched.error().message().contains(scope), qPrintable(fetched.error().message()));
    // writer may read it: the refusal is the ACL's, not a broken repository.
    RegistryClient writer(m_host, user(QStringLiteral("writer")));
    auto allowed = writer.manifest(repo, field(secret, "tag"));
    QVERIFY2(allowed.ok(), describe(allowed));
    QCOMPARE(allowed->manifest.digest().toString(), field(secret, "digest"));
}

void TestTokenAuth::catalogNeedsTheCatalogScope()
{
    RegistryClient writer(m_host, user(QStringLiteral("writer")));
    auto repos = writer.repositories();
    QVERIFY2(repos.ok(), describe(repos));
    QStringList expected;
    for (const QJsonValue &value : m_state.value(QLatin1String("images")).toObject())
        expected.append(field(value.toObject(), "repository"));
    expected.sort();
    QCOMPARE(*repos, expected);

    RegistryClient reader(m_host, user(QStringLiteral("reader")));
    auto refused = reader.repositories();
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().kind(), ErrorKind::Unauthorized);
}

void TestTokenAuth::refreshTokenFromThePasswordGrant()
{
    // distribution auth/oauth.md: POST grant_type=password with access_type=offline
    // returns a refresh token; grant_type=refresh_token trades it for access.
    const QString repo = field(image(QStringLiteral("team")), "repository");
    const QString scope = QStringLiteral("repository:%1:pull").arg(repo);
    const QString service = field(m_state, "service");
    const QUrl realm(field(m_state, "realm"));
    QUrlQuery form;
    form.addQueryItem(QStringLiteral("grant_type"), QStringLiteral("password"));
    form.addQueryItem(QStringLiteral("username"), QStringLiteral("reader"));
    form.addQueryItem(QStringLiteral("password"), user(QStringLiteral("reader")).password);
    form.addQueryItem(QStringLiteral("service"), service);
    form.addQueryItem(QStringLiteral("scope"), scope);
    form.addQueryItem(QStringLiteral("client_id"), QStringLiteral("chainscope-tests"));
    form.addQueryItem(QStringLiteral("access_type"), QStringLiteral("offline"));
    const Raw granted = send("POST", realm, {}, form.toString(QUrl::FullyEncoded).toUtf8(),
                             "application/x-www-form-urlencoded");
    QCOMPARE(granted.status, 200);
    const QString refreshToken =
        field(QJsonDocument::fromJson(granted.body).object(), "refresh_token");
    QVERIFY(!refreshToken.isEmpty());

    QUrlQuery refresh;
    refresh.addQueryItem(QStringLiteral("grant_type"), QStringLiteral("refresh_token"));
    refresh.addQueryItem(QStringLiteral("refresh_token"), refreshToken);
    refresh.addQueryItem(QStringLiteral("service"), service);
    refresh.addQueryItem(QStringLiteral("scope"), scope);
    refresh.addQueryItem(QStringLiteral("client_id"), QStringLiteral("chainscope-tests"));
    const Raw traded = send("POST", realm, {}, refresh.toString(QUrl::FullyEncoded).toUtf8(),
                            "application/x-www-form-urlencoded");
    QCOMPARE(traded.status, 200);
    const QString access =
        field(QJsonDocument::fromJson(traded.body).object(), "access_token");
    QCOMPARE(send("GET", QUrl(QStringLiteral("http://%1/v2/%2/manifests/1.0").arg(m_host, repo)),
                  "Bearer " + access.toLatin1()).status,
             200);

    // An identity token is traded with the OAuth2 POST (grant_type=refresh_token);
    // the issuer's log shows the grant and that no password was sent.
    Credentials identity;
    identity.identityToken = refreshToken;
    const qsizetype before = tokenLog().size();
    RegistryClient client(m_host, identity);
    auto fetched = client.manifest(repo, QStringLiteral("1.0"));
    QVERIFY2(fetched.ok(), describe(fetched));
    QCOMPARE(fetched->manifest.digest().toString(),
             field(image(QStringLiteral("team")), "digest"));
    const QList<QJsonObject> log = tokenLog().mid(before);
    QVERIFY(!log.isEmpty());
    for (const QJsonObject &entry : log) {
        QCOMPARE(field(entry, "grant_type"), QStringLiteral("refresh_token"));
        QCOMPARE(field(entry, "account"), QStringLiteral("reader"));
        QCOMPARE(field(entry, "authorization"), QString());
    }

    // A refresh token the issuer never gave out is refused with a clear error.
    Credentials bogus;
    bogus.identityToken = QStringLiteral("rt-not-issued-here");
    RegistryClient refused(m_host, bogus);
    auto denied = refused.manifest(repo, QStringLiteral("1.0"));
    QVERIFY(!denied.ok());
    QCOMPARE(denied.error().kind(), ErrorKind::Unauthorized);
    QVERIFY2(!denied.error().message().contains(bogus.identityToken),
             qPrintable(denied.error().message()));
}

void TestTokenAuth::expiredTokenIsReplacedOnce()
{
    // A second token lab whose tokens the registry stops accepting after about
    // 4 s (ttl 2 s; exp backdated 58 s against the registry's 60 s skew
    // allowance), while the client keeps a token for at least 60 s
    // (auth/token.md). The registry's 401 makes the client fetch one fresh
    // token and carry on.
    const QString dir = m_dir.filePath(QStringLiteral("expiring"));
    const QJsonObject state = startLab(dir, {QStringLiteral("--ttl"), QStringLiteral("2"),
                                             QStringLiteral("--exp-backdate"),
                                             QStringLiteral("58")});
    QVERIFY(!state.isEmpty());
    const QJsonObject team = state.value(QLatin1String("images")).toObject()
                                 .value(QLatin1String("team")).toObject();
    const QString repo = field(team, "repository");
    QFile log(field(state, "tokenLog"));
    auto requests = [&log] {
        log.close();
        return log.open(QIODevice::ReadOnly) ? log.readAll().count('\n') : -1;
    };
    const QJsonObject users = state.value(QLatin1String("users")).toObject();
    RegistryClient client(field(state, "registry"),
                          Credentials{QStringLiteral("reader"),
                                      users.value(QLatin1String("reader")).toString()});
    auto first = client.manifest(repo, field(team, "tag"));
    const qsizetype afterFirst = requests();
    QTest::qWait(6000);
    auto second = client.manifest(repo, field(team, "digest"));
    const qsizetype afterSecond = requests();
    stopLab(dir);
    QVERIFY2(first.ok(), describe(first));
    QVERIFY2(second.ok(), describe(second));
    QCOMPARE(second->manifest.digest().toString(), field(team, "digest"));
    QCOMPARE(afterSecond - afterFirst, 1);
}

QTEST_GUILESS_MAIN(TestTokenAuth)
#include "tst_tokenauth.moc"
