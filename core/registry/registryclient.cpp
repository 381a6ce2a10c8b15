#include "core/registry/registryclient.h"

#include "core/registry/challenge.h"
#include "core/registry/linkheader.h"

#include "core/oci/mediatypes.h"
#include "core/reference/imagereference.h"
#include "core/support/logging.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkProxyFactory>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QPointer>
#include <QRegularExpression>
#include <QSet>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslKey>
#include <QTimeZone>
#include <QTimer>
#include <QUrlQuery>

namespace chainscope::registry {

using reference::Digest;

namespace {

// lupdate files Tr::tr() strings under this context, as translate() looks them up.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(chainscope::registry)
};

constexpr int kMaxRedirects = 5;
constexpr int kMaxPages = 10000;
constexpr qint64 kMaxTokenBytes = 1024 * 1024;
constexpr qint64 kMaxListBytes = 16 * 1024 * 1024;
constexpr int kCancelPollMs = 50;

// Query keys whose values are safe to show; anything else (signed blob
// storage URLs carry signatures and credentials there) is replaced.
const QSet<QString> kSafeQueryKeys = {QStringLiteral("n"), QStringLiteral("last"),
                                      QStringLiteral("service"), QStringLiteral("scope")};

QString redact(const QUrl &url)
{
    QUrl copy = url.adjusted(QUrl::RemoveUserInfo | QUrl::RemoveFragment);
    if (copy.hasQuery()) {
        QUrlQuery query(copy);
        QUrlQuery cleaned;
        const auto items = query.queryItems(QUrl::FullyEncoded);
        for (const auto &item : items) {
            cleaned.addQueryItem(item.first, kSafeQueryKeys.contains(item.first)
                                                 ? item.second
                                                 : QStringLiteral("REDACTED"));
        }
        copy.setQuery(cleaned);
    }
    return copy.toString();
}

bool sameOrigin(const QUrl &a, const QUrl &b)
{
    return a.scheme() == b.scheme() && a.host().compare(b.host(), Qt::CaseInsensitive) == 0
           && a.port(a.scheme() == QLatin1String("https") ? 443 : 80)
                  == b.port(b.scheme() == QLatin1String("https") ? 443 : 80);
}

QString hostWithPort(const QUrl &url)
{
    QString host = url.host();
    if (host.contains(QLatin1Char(':')))
        host = QLatin1Char('[') + host + QLatin1Char(']');
    if (url.port() > 0)
        host += QLatin1Char(':') + QString::number(url.port());
    return host;
}

// Repository names and tags go into URL paths: hold them to the
// distribution grammar so nothing like "../" reaches the server.
bool validRepository(const QString &repository)
{
    static const QString component = QStringLiteral("[a-z0-9]+(?:(?:[._]|__|[-]+)[a-z0-9]+)*");
    static const QRegularExpression re(
        QStringLiteral("\\A%1(?:/%1)*\\z").arg(component));
    return repository.size() <= 255 && re.match(repository).hasMatch();
}

bool validTag(const QString &tag)
{
    static const QRegularExpression re(QStringLiteral("\\A[\\w][\\w.-]{0,127}\\z"));
    return re.match(tag).hasMatch();
}

Error invalidRepository(const QString &repository)
{
    return Error(ErrorKind::InvalidInput,
                 Tr::tr("\"%1\" is not a valid repository name").arg(repository.left(200)));
}

struct Response
{
    int status = 0;
    QByteArray body;
    QUrl url;
    QHash<QByteArray, QByteArray> headers; // lower-case names

    QByteArray header(const char *name) const { return headers.value(QByteArray(name)); }
};

struct Token
{
    QString value;
    QDateTime expires;
};

// The identity token (OAuth2 refresh token) of the credentials; the
// password stands in for it when the user name is Docker's "<token>" marker.
QString identityTokenOf(const Credentials &credentials)
{
    if (!credentials.identityToken.isEmpty())
        return credentials.identityToken;
    if (credentials.username == QLatin1String("<token>"))
        return credentials.password;
    return {};
}

// RFC 9110 §10.2.3: Retry-After is delay-seconds or an HTTP-date.
// Returns milliseconds to wait, or -1 when absent or unreadable.
qint64 retryAfterMs(const QByteArray &value, const QDateTime &now)
{
    const QByteArray text = value.trimmed();
    if (text.isEmpty())
        return -1;
    bool isNumber = false;
    const qint64 seconds = text.toLongLong(&isNumber);
    if (isNumber)
        return seconds < 0 ? -1 : qMin<qint64>(seconds, 24 * 3600) * 1000;
    // IMF-fixdate "Sun, 06 Nov 1994 08:49:37 GMT" (the only form senders use).
    QDateTime when = QLocale::c().toDateTime(QString::fromLatin1(text),
                                             QStringLiteral("ddd, dd MMM yyyy HH:mm:ss 'GMT'"));
    if (!when.isValid())
        return -1;
    when.setTimeZone(QTimeZone::utc());
    return qMax<qint64>(0, now.msecsTo(when));
}

bool retryableStatus(int status)
{
    return status == 429 || status == 500 || status == 502 || status == 503 || status == 504;
}

} // namespace

class RegistryClient::Private
{
public:
    QString host;
    QUrl base; // scheme://host[:port]
    std::optional<Credentials> credentials;
    ClientOptions options;
    QStringList notes;
    QNetworkAccessManager nam;

    // Auth state learned from challenges.
    bool basicAuth = false;
    QHash<QString, Token> tokens; // scope -> token
    // OAuth2 refresh token (token.md "refresh_token", oauth.md): an identity
    // token from the credentials, or one the token service handed out.
    QString refreshToken;
    ConnectionDetails details;
    int lastRetryAfterSeconds = -1; // of the last 429/503 given up on
    // TLS: the registry's own configuration (extra CAs, client certificate)
    // and the one for other hosts (extra CAs only: blob storage, realms).
    QSslConfiguration tlsRegistry;
    QSslConfiguration tlsOther;
    std::optional<Error> setupError; // a TLS file that could not be read
    std::shared_ptr<QString> proxyUsed = std::make_shared<QString>();
    // Credentials were kept back from a plain-HTTP token realm: a refusal
    // afterwards says so instead of blaming the user's access rights.
    bool credentialsWithheld = false;

    void setUpTls();
    void setUpProxy();

    struct RequestSpec
    {
        QUrl url;
        QByteArray accept;
        QString scope;   // token scope, e.g. "repository:ztsc/app:pull"
        qint64 maxBytes = -1;
    };

    Result<Response> fetch(const RequestSpec &spec);
    Result<Response> performWithRetries(const QUrl &url, const QByteArray &accept,
                                        const QByteArray &authorization, qint64 maxBytes);
    bool pause(int ms);
    void noteRateLimit(const Response &response);
    Result<Response> perform(const QUrl &url, const QByteArray &accept,
                             const QByteArray &authorization, qint64 maxBytes);
    Result<Response> transfer(const QNetworkRequest &request, qint64 maxBytes,
                              const QByteArray *postBody = nullptr);
    Result<void> answerChallenge(const Response &response, const QString &scope);
    Result<Token> fetchToken(const Challenge &challenge, const QString &scope);
    Result<Response> requestToken(const QUrl &realm, const QString &service,
                                  const QStringList &scopes, bool withRefreshToken,
                                  bool withPassword);
    Error refusedError(const Response &response, const QString &scope) const;
    QByteArray authorizationFor(const QString &scope) const;
    Error statusError(const Response &response, const QString &what) const;
    Result<QStringList> paginate(const QString &path, const QString &scope, const char *key);
    QUrl url(const QString &path) const;
    bool cancelled() const
    {
        return options.cancelFlag && options.cancelFlag->load(std::memory_order_relaxed);
    }
    Error cancelError() const
    {
        return Error(ErrorKind::Cancelled, Tr::tr("cancelled"));
    }
    bool plainHttpAllowed(const QUrl &url) const
    {
        return url.scheme() == QLatin1String("https") || reference::isLoopbackHost(url.host())
               || options.insecurePlainHttpToRemoteHosts;
    }
    // DESIGN.md "Credentials stay where they belong": a password (Basic, or
    // Basic and refresh tokens to a token realm) goes out only over HTTPS or
    // to loopback, even when the user allowed plain HTTP to this host.
    static bool credentialsMayGoTo(const QUrl &url)
    {
        return url.scheme() == QLatin1String("https") || reference::isLoopbackHost(url.host());
    }
    Error credentialsWithheldError(const QUrl &url) const
    {
        return Error(ErrorKind::Unauthorized,
                     Tr::tr("Chainscope refused to send credentials over plain HTTP to %1; "
                            "anyone on the network path could read them. Use HTTPS.")
                         .arg(hostWithPort(url)))
            .setUrl(redact(url));
    }
};

namespace {

// System proxy settings (http_proxy/https_proxy/no_proxy, or the desktop's),
// except for loopback hosts, which never go through a proxy.
class SystemProxyFactory final : public QNetworkProxyFactory
{
public:
    explicit SystemProxyFactory(std::shared_ptr<QString> used) : m_used(std::move(used)) {}

    QList<QNetworkProxy> queryProxy(const QNetworkProxyQuery &query) override
    {
        if (reference::isLoopbackHost(query.peerHostName()))
            return {QNetworkProxy(QNetworkProxy::NoProxy)};
        QList<QNetworkProxy> proxies = systemProxyForQuery(query);
        if (!proxies.isEmpty() && proxies.first().type() != QNetworkProxy::NoProxy) {
            const QNetworkProxy &p = proxies.first();
            *m_used = p.hostName() + QLatin1Char(':') + QString::number(p.port());
        }
        return proxies;
    }

private:
    std::shared_ptr<QString> m_used;
};

// PEM private keys of any common algorithm, with or without PKCS#8 wrapping.
QSslKey readPrivateKey(const QByteArray &pem)
{
    for (QSsl::KeyAlgorithm algorithm : {QSsl::Rsa, QSsl::Ec, QSsl::Dsa}) {
        QSslKey key(pem, algorithm, QSsl::Pem, QSsl::PrivateKey);
        if (!key.isNull())
            return key;
    }
    return {};
}

Result<QByteArray> readSmallFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return Error(ErrorKind::InvalidInput,
                     Tr::tr("cannot read %1: %2").arg(path, file.errorString()));
    }
    return file.read(1024 * 1024);
}

} // namespace

void RegistryClient::Private::setUpTls()
{
    tlsRegistry = QSslConfiguration::defaultConfiguration();
    auto fail = [this](const QString &message) {
        setupError = Error(ErrorKind::InvalidInput, message);
    };
    if (!options.caCertificatesFile.isEmpty()) {
        // Added to the system's CAs, not instead of them.
        auto pem = readSmallFile(options.caCertificatesFile);
        if (!pem)
            return fail(pem.error().message());
        const QList<QSslCertificate> cas = QSslCertificate::fromData(*pem, QSsl::Pem);
        if (cas.isEmpty()) {
            return fail(Tr::tr("%1 holds no PEM certificate").arg(options.caCertificatesFile));
        }
        tlsRegistry.addCaCertificates(cas);
    }
    tlsOther = tlsRegistry;
    if (!options.clientCertificateFile.isEmpty()) {
        auto certPem = readSmallFile(options.clientCertificateFile);
        if (!certPem)
            return fail(certPem.error().message());
        const QList<QSslCertificate> chain = QSslCertificate::fromData(*certPem, QSsl::Pem);
        if (chain.isEmpty())
            return fail(Tr::tr("%1 holds no PEM certificate").arg(options.clientCertificateFile));
        // The key may sit in the certificate file or in its own.
        const QString keyPath = options.clientKeyFile.isEmpty() ? options.clientCertificateFile
                                                                : options.clientKeyFile;
        auto keyPem = readSmallFile(keyPath);
        if (!keyPem)
            return fail(keyPem.error().message());
        const QSslKey key = readPrivateKey(*keyPem);
        if (key.isNull())
            return fail(Tr::tr("%1 holds no readable, unencrypted PEM private key").arg(keyPath));
        tlsRegistry.setLocalCertificateChain(chain);
        tlsRegistry.setPrivateKey(key);
    }
    if (options.insecureSkipTlsVerify) {
        tlsRegistry.setPeerVerifyMode(QSslSocket::VerifyNone);
        tlsOther.setPeerVerifyMode(QSslSocket::VerifyNone);
    }
}

void RegistryClient::Private::setUpProxy()
{
    if (options.useSystemProxy)
        nam.setProxyFactory(new SystemProxyFactory(proxyUsed)); // nam owns it
    else
        nam.setProxy(QNetworkProxy(QNetworkProxy::NoProxy));
}

RegistryClient::RegistryClient(const QString &host, std::optional<Credentials> credentials,
                               ClientOptions options)
    : d(std::make_unique<Private>())
{
    QString bare = host.trimmed();
    const qsizetype scheme = bare.indexOf(QLatin1String("://"));
    const bool askedForHttps =
        scheme >= 0 && bare.left(scheme).compare(QLatin1String("https"), Qt::CaseInsensitive) == 0;
    if (scheme >= 0)
        bare = bare.mid(scheme + 3);
    while (bare.endsWith(QLatin1Char('/')))
        bare.chop(1);
    d->host = bare;
    d->credentials = credentials && !credentials->isEmpty() ? credentials : std::nullopt;
    d->options = options;

    // Docker Hub's API lives on another name than its references use.
    const QString apiHost = bare == QLatin1String("docker.io")
                                ? QStringLiteral("registry-1.docker.io")
                                : bare;
    // A loopback registry speaks TLS when the user says so: an https:// host
    // or TLS files for it.
    const bool tlsConfigured = !options.caCertificatesFile.isEmpty()
                               || !options.clientCertificateFile.isEmpty();
    if (reference::isLoopbackHost(bare) && !askedForHttps && !tlsConfigured) {
        // Docker reaches loopback registries over plain HTTP without
        // configuration; nobody else is on that path.
        d->base = QUrl(QStringLiteral("http://") + apiHost);
        d->notes << Tr::tr("loopback HTTP: %1 is reached over plain HTTP on this machine")
            .arg(bare);
    } else if (options.insecurePlainHttpToRemoteHosts && !reference::isLoopbackHost(bare)) {
        d->base = QUrl(QStringLiteral("http://") + apiHost);
        d->notes << Tr::tr("WARNING: insecure plain HTTP to %1: anyone on the network path can "
                       "change what was read")
                        .arg(bare);
    } else {
        d->base = QUrl(QStringLiteral("https://") + apiHost);
    }
    d->setUpTls();
    d->setUpProxy();
    // A port that does not parse must not become the scheme's default port.
    if (auto port = reference::checkHostPort(bare); !port)
        d->setupError = port.error();
    else if (!d->base.isValid() || d->base.host().isEmpty())
        d->setupError = Error(ErrorKind::InvalidInput,
                              Tr::tr("\"%1\" is not a valid registry host").arg(bare));
    if (options.insecureSkipTlsVerify) {
        d->notes << Tr::tr("WARNING: TLS certificate verification is switched off for %1")
                        .arg(bare);
    }
    d->nam.setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
    qCDebug(lcRegistry) << "client for" << bare << "at" << d->base.toString();
}

RegistryClient::~RegistryClient() = default;

QString RegistryClient::host() const
{
    return d->host;
}

QStringList RegistryClient::transportNotes() const
{
    return d->notes;
}

ConnectionDetails RegistryClient::connectionDetails() const
{
    ConnectionDetails details = d->details;
    details.apiUrl = d->base.toString();
    details.proxy = *d->proxyUsed;
    details.clientCertificate = !d->options.clientCertificateFile.isEmpty();
    return details;
}

QUrl RegistryClient::Private::url(const QString &path) const
{
    QUrl result = base;
    result.setPath(path);
    return result;
}

QByteArray RegistryClient::Private::authorizationFor(const QString &scope) const
{
    const auto token = tokens.constFind(scope);
    if (token != tokens.constEnd() && token->expires > QDateTime::currentDateTimeUtc())
        return "Bearer " + token->value.toUtf8();
    if (basicAuth && credentials) {
        return "Basic "
               + (credentials->username + QLatin1Char(':') + credentials->password)
                     .toUtf8()
                     .toBase64();
    }
    return {};
}

Result<Response> RegistryClient::Private::transfer(const QNetworkRequest &plainRequest,
                                                   qint64 maxBytes, const QByteArray *postBody)
{
    if (cancelled())
        return cancelError();
    if (setupError)
        return *setupError;
    QNetworkRequest request = plainRequest;
    if (request.url().scheme() == QLatin1String("https"))
        request.setSslConfiguration(sameOrigin(request.url(), base) ? tlsRegistry : tlsOther);

    if (lcRegistryWire().isDebugEnabled()) {
        QStringList shown;
        for (const QByteArray &name : request.rawHeaderList()) {
            const bool secret = name.compare("authorization", Qt::CaseInsensitive) == 0;
            shown << QString::fromLatin1(name) + QStringLiteral(": ")
                         + (secret ? QStringLiteral("<redacted>")
                                   : QString::fromLatin1(request.rawHeader(name)));
        }
        qCDebug(lcRegistryWire).noquote()
            << (postBody ? "POST" : "GET") << redact(request.url()) << shown;
    }

    QNetworkReply *reply = postBody ? nam.post(request, *postBody) : nam.get(request);
    if (options.insecureSkipTlsVerify)
        reply->ignoreSslErrors();

    QEventLoop loop;
    QByteArray body;
    enum class Abort { None, Timeout, Deadline, Cancel, TooLarge } abort = Abort::None;
    qint64 announced = -1;

    QTimer idle;
    idle.setSingleShot(true);
    idle.setInterval(options.timeoutMs);
    QTimer poll;
    poll.setInterval(kCancelPollMs);

    auto stop = [&](Abort why) {
        if (abort == Abort::None) {
            abort = why;
            reply->abort();
        }
    };
    // A server that drips bytes keeps the idle timer alive; the deadline
    // bounds the whole request.
    QTimer deadline;
    deadline.setSingleShot(true);
    if (options.totalTimeoutMs > 0)
        deadline.setInterval(options.totalTimeoutMs);
    QObject::connect(&idle, &QTimer::timeout, &loop, [&] { stop(Abort::Timeout); });
    QObject::connect(&deadline, &QTimer::timeout, &loop, [&] { stop(Abort::Deadline); });
    QObject::connect(&poll, &QTimer::timeout, &loop, [&] {
        if (cancelled())
            stop(Abort::Cancel);
    });
    QObject::connect(reply, &QNetworkReply::metaDataChanged, &loop, [&] {
        // Refuse before reading when the server announces too much.
        const QVariant length = reply->header(QNetworkRequest::ContentLengthHeader);
        if (length.isValid()) {
            announced = length.toLongLong();
            const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
            if (maxBytes >= 0 && announced > maxBytes && status >= 200 && status < 300)
                stop(Abort::TooLarge);
        }
    });
    QObject::connect(reply, &QNetworkReply::readyRead, &loop, [&] {
        idle.start();
        body += reply->readAll();
        if (maxBytes >= 0 && body.size() > maxBytes)
            stop(Abort::TooLarge);
    });
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    idle.start();
    poll.start();
    if (options.totalTimeoutMs > 0)
        deadline.start();
    if (!reply->isFinished())
        loop.exec(QEventLoop::ExcludeUserInputEvents);
    if (abort == Abort::None)
        body += reply->readAll();

    const QUrl url = request.url();
    Response response;
    response.url = url;
    response.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    for (const auto &pair : reply->rawHeaderPairs())
        response.headers.insert(pair.first.toLower(), pair.second);
    if (response.status != 0 && sameOrigin(url, base)) {
        details.http2 = reply->attribute(QNetworkRequest::Http2WasUsedAttribute).toBool();
        details.encrypted = url.scheme() == QLatin1String("https");
    }
    const QNetworkReply::NetworkError networkError = reply->error();
    const QString errorString = reply->errorString();
    reply->deleteLater();

    switch (abort) {
    case Abort::Cancel:
        return cancelError();
    case Abort::Timeout:
        return Error(ErrorKind::Network,
                     Tr::tr("the registry at %1 did not answer within %2 seconds")
                         .arg(hostWithPort(url))
                         .arg(options.timeoutMs / 1000.0))
            .setUrl(redact(url))
            .setRetryable(true);
    case Abort::Deadline:
        return Error(ErrorKind::Network,
                     Tr::tr("the registry at %1 did not finish answering within %2 seconds")
                         .arg(hostWithPort(url))
                         .arg(options.totalTimeoutMs / 1000.0))
            .setUrl(redact(url))
            .setRetryable(true);
    case Abort::TooLarge:
        return Error(ErrorKind::TooLarge,
                     Tr::tr("the response from %1 is larger than the limit of %2 bytes")
                         .arg(hostWithPort(url))
                         .arg(maxBytes))
            .setUrl(redact(url));
    case Abort::None:
        break;
    }

    qCDebug(lcRegistryWire).noquote() << response.status << redact(url) << body.size() << "bytes"
                                      << response.headers.value("link");

    if (response.status == 0 && networkError != QNetworkReply::NoError) {
        // No HTTP answer at all: transport failure.
        QString reason;
        switch (networkError) {
        case QNetworkReply::ConnectionRefusedError:
            reason = Tr::tr("connection refused");
            break;
        case QNetworkReply::HostNotFoundError:
            reason = Tr::tr("host not found");
            break;
        case QNetworkReply::TimeoutError:
            reason = Tr::tr("timed out");
            break;
        case QNetworkReply::SslHandshakeFailedError:
            reason = Tr::tr("TLS handshake failed (%1)").arg(errorString);
            break;
        default:
            reason = errorString;
            break;
        }
        return Error(ErrorKind::Network, Tr::tr("could not reach the registry at %1: %2")
                                             .arg(hostWithPort(url), reason))
            .setUrl(redact(url))
            .setRetryable(networkError != QNetworkReply::HostNotFoundError);
    }
    response.body = body;
    return response;
}

bool RegistryClient::Private::pause(int ms)
{
    // Waits without blocking the thread's event loop, and gives up at once
    // when the user cancels.
    if (cancelled())
        return false;
    QEventLoop loop;
    QTimer done;
    done.setSingleShot(true);
    QObject::connect(&done, &QTimer::timeout, &loop, &QEventLoop::quit);
    QTimer poll;
    QObject::connect(&poll, &QTimer::timeout, &loop, [&] {
        if (cancelled())
            loop.quit();
    });
    done.start(ms);
    poll.start(kCancelPollMs);
    loop.exec(QEventLoop::ExcludeUserInputEvents);
    return !cancelled();
}

void RegistryClient::Private::noteRateLimit(const Response &response)
{
    // Docker Hub: "ratelimit-limit: 100;w=21600", "ratelimit-remaining: 76;w=21600".
    auto read = [](const QByteArray &value, int *window) {
        const QList<QByteArray> parts = value.split(';');
        bool ok = false;
        const int number = parts.value(0).trimmed().toInt(&ok);
        for (const QByteArray &part : parts.mid(1)) {
            const QByteArray p = part.trimmed();
            if (p.startsWith("w=") && window)
                *window = p.mid(2).toInt();
        }
        return ok ? number : -1;
    };
    const QByteArray limit = response.header("ratelimit-limit");
    const QByteArray remaining = response.header("ratelimit-remaining");
    if (limit.isEmpty() && remaining.isEmpty())
        return;
    int window = -1;
    details.rateLimit = read(limit, &window);
    details.rateRemaining = read(remaining, &window);
    details.rateWindowSeconds = window;
}

Result<Response> RegistryClient::Private::performWithRetries(const QUrl &url,
                                                             const QByteArray &accept,
                                                             const QByteArray &authorization,
                                                             qint64 maxBytes)
{
    lastRetryAfterSeconds = -1;
    const int attempts = qMax(1, options.maxAttempts);
    for (int attempt = 1;; ++attempt) {
        auto response = perform(url, accept, authorization, maxBytes);
        if (!response)
            return response;
        noteRateLimit(*response);
        if (!retryableStatus(response->status))
            return response;
        const qint64 asked = retryAfterMs(response->header("retry-after"),
                                          QDateTime::currentDateTimeUtc());
        if (asked >= 0)
            lastRetryAfterSeconds = int((asked + 999) / 1000);
        if (attempt >= attempts)
            return response;
        // Exponential backoff unless the server said how long to wait; a
        // wait longer than the cap is not sat out (the error says how long).
        const qint64 backoff = qint64(qMax(0, options.retryBaseDelayMs)) << (attempt - 1);
        const qint64 delay = asked >= 0 ? asked : qMin<qint64>(backoff, options.maxRetryDelayMs);
        if (delay > options.maxRetryDelayMs)
            return response;
        qCDebug(lcRegistry).noquote() << "retrying" << redact(url) << "after" << delay << "ms"
                                      << "(status" << response->status << ")";
        if (!pause(int(delay)))
            return cancelError();
    }
}

Result<Response> RegistryClient::Private::perform(const QUrl &start, const QByteArray &accept,
                                                  const QByteArray &authorization,
                                                  qint64 maxBytes)
{
    QUrl current = start;
    for (int hop = 0; hop <= kMaxRedirects; ++hop) {
        QNetworkRequest request(current);
        request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                             QNetworkRequest::ManualRedirectPolicy);
        // HTTP/2 where the server offers it (ALPN, so over TLS only).
        request.setAttribute(QNetworkRequest::Http2AllowedAttribute,
                             current.scheme() == QLatin1String("https"));
        request.setHeader(QNetworkRequest::UserAgentHeader, QByteArray("chainscope"));
        if (!accept.isEmpty())
            request.setRawHeader("Accept", accept);
        // Credentials belong to the registry alone: a redirect to blob
        // storage on another host gets no Authorization header.
        // A Basic password never travels over plain HTTP to another machine.
        if (!authorization.isEmpty() && sameOrigin(current, base)
            && (!authorization.startsWith("Basic ") || credentialsMayGoTo(current)))
            request.setRawHeader("Authorization", authorization);

        auto response = transfer(request, maxBytes);
        if (!response)
            return response;
        const int status = response->status;
        if (status != 301 && status != 302 && status != 303 && status != 307 && status != 308)
            return response;

        const QByteArray location = response->header("location");
        if (location.isEmpty()) {
            return Error(ErrorKind::Malformed, Tr::tr("redirect without a Location header"))
                .setHttpStatus(status)
                .setUrl(redact(current));
        }
        const QUrl next = current.resolved(QUrl::fromEncoded(location));
        if (next.scheme() != QLatin1String("https") && next.scheme() != QLatin1String("http")) {
            return Error(ErrorKind::Malformed, Tr::tr("redirect to an unsupported URL"))
                .setUrl(redact(current));
        }
        if (!plainHttpAllowed(next)) {
            return Error(ErrorKind::Network,
                         Tr::tr("refusing a redirect to plain HTTP at %1").arg(hostWithPort(next)))
                .setUrl(redact(next));
        }
        qCDebug(lcRegistry).noquote() << "redirect" << redact(current) << "->" << redact(next);
        current = next;
    }
    return Error(ErrorKind::Http, Tr::tr("too many redirects")).setUrl(redact(current));
}

Result<Response> RegistryClient::Private::requestToken(const QUrl &realm, const QString &service,
                                                       const QStringList &scopes,
                                                       bool withRefreshToken, bool withPassword)
{
    QNetworkRequest request;
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::ManualRedirectPolicy);
    request.setAttribute(QNetworkRequest::Http2AllowedAttribute,
                         realm.scheme() == QLatin1String("https"));
    request.setRawHeader("Accept", "application/json");
    if (withRefreshToken) {
        // distribution auth/oauth.md: POST form, grant_type=refresh_token.
        QUrlQuery form;
        form.addQueryItem(QStringLiteral("grant_type"), QStringLiteral("refresh_token"));
        form.addQueryItem(QStringLiteral("refresh_token"), refreshToken);
        form.addQueryItem(QStringLiteral("client_id"), QStringLiteral("chainscope"));
        if (!service.isEmpty())
            form.addQueryItem(QStringLiteral("service"), service);
        if (!scopes.isEmpty())
            form.addQueryItem(QStringLiteral("scope"), scopes.join(QLatin1Char(' ')));
        // QUrlQuery leaves "+" and "&" in values alone: encode for a form body.
        QByteArray body;
        for (const auto &item : form.queryItems(QUrl::FullyDecoded)) {
            if (!body.isEmpty())
                body += '&';
            body += QUrl::toPercentEncoding(item.first) + '='
                    + QUrl::toPercentEncoding(item.second);
        }
        request.setUrl(realm);
        request.setHeader(QNetworkRequest::ContentTypeHeader,
                          QByteArray("application/x-www-form-urlencoded"));
        return transfer(request, kMaxTokenBytes, &body);
    }
    // distribution auth/token.md: GET realm?service=…&scope=…&scope=…
    QUrl url = realm;
    QUrlQuery query(url);
    if (!service.isEmpty())
        query.addQueryItem(QStringLiteral("service"), service);
    for (const QString &s : scopes)
        query.addQueryItem(QStringLiteral("scope"), s);
    url.setQuery(query);
    request.setUrl(url);
    if (withPassword && credentials && !credentials->username.isEmpty()
        && !credentials->password.isEmpty()) {
        request.setRawHeader("Authorization",
                             "Basic "
                                 + (credentials->username + QLatin1Char(':')
                                    + credentials->password)
                                       .toUtf8()
                                       .toBase64());
    }
    return transfer(request, kMaxTokenBytes);
}

Result<Token> RegistryClient::Private::fetchToken(const Challenge &challenge, const QString &scope)
{
    const QUrl realm(challenge.param(QStringLiteral("realm")));
    if (!realm.isValid() || realm.host().isEmpty()
        || (realm.scheme() != QLatin1String("https") && realm.scheme() != QLatin1String("http"))) {
        return Error(ErrorKind::Malformed,
                     Tr::tr("the registry named an invalid token realm \"%1\"")
                         .arg(challenge.param(QStringLiteral("realm")).left(200)));
    }
    if (!plainHttpAllowed(realm)) {
        return Error(ErrorKind::Network,
                     Tr::tr("refusing to ask for a token over plain HTTP at %1")
                         .arg(hostWithPort(realm)))
            .setUrl(redact(realm));
    }
    // A realm on another host is normal (Docker Hub's auth.docker.io), but
    // the user should be able to see where the credentials went.
    details.tokenRealmHost = hostWithPort(realm);
    details.tokenRealmOnOtherHost =
        realm.host().compare(base.host(), Qt::CaseInsensitive) != 0;

    const QString service = challenge.param(QStringLiteral("service"));
    // The scope the registry asked for wins; ours is the fallback.
    const QString wanted = challenge.hasParam(QStringLiteral("scope"))
                               ? challenge.param(QStringLiteral("scope"))
                               : scope;
    const QStringList scopes = wanted.split(QLatin1Char(' '), Qt::SkipEmptyParts);

    // Over plain HTTP to another machine the token request goes anonymous:
    // a public repository still works, a private one fails with a message
    // that says why.
    const bool sendCredentials = credentialsMayGoTo(realm);
    credentialsWithheld = !sendCredentials && credentials.has_value();
    if (refreshToken.isEmpty() && credentials)
        refreshToken = identityTokenOf(*credentials);
    bool viaRefresh = sendCredentials && !refreshToken.isEmpty();
    auto response = requestToken(realm, service, scopes, viaRefresh, sendCredentials);
    if (!response)
        return response.error();
    const bool havePassword = sendCredentials && credentials && !credentials->username.isEmpty()
                              && credentials->username != QLatin1String("<token>")
                              && !credentials->password.isEmpty();
    const int status = response->status;
    // A token service without the OAuth2 endpoint, or a refresh token it
    // handed out earlier and no longer takes: ask again with the password.
    const bool learnedRefresh = !credentials || refreshToken != identityTokenOf(*credentials);
    if (viaRefresh && havePassword
        && (status == 404 || status == 405
            || (learnedRefresh && (status == 400 || status == 401)))) {
        if (status == 400 || status == 401)
            refreshToken.clear();
        viaRefresh = false;
        response = requestToken(realm, service, scopes, false, sendCredentials);
        if (!response)
            return response.error();
    }
    const QUrl url = response->url;
    if (response->status == 401 || response->status == 403
        || (viaRefresh && response->status == 400)) {
        if (credentialsWithheld)
            return credentialsWithheldError(realm).setHttpStatus(response->status);
        Error error;
        if (viaRefresh) {
            error = Error(ErrorKind::Unauthorized,
                          Tr::tr("the token service at %1 rejected the identity token "
                                 "(log in again?)")
                              .arg(hostWithPort(url)));
        } else if (credentials) {
            error = Error(ErrorKind::Unauthorized,
                          Tr::tr("the token service at %1 rejected the credentials for "
                                 "user \"%2\" (wrong user name or password?)")
                              .arg(hostWithPort(url), credentials->username));
        } else {
            error = Error(ErrorKind::Unauthorized,
                          Tr::tr("the token service at %1 requires credentials")
                              .arg(hostWithPort(url)));
        }
        return error.setHttpStatus(response->status).setUrl(redact(url));
    }
    if (response->status != 200)
        return statusError(*response, Tr::tr("token request"));
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(response->body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
        return Error(ErrorKind::Malformed,
                     Tr::tr("the token service at %1 answered with something other than a JSON "
                            "object")
                         .arg(hostWithPort(url)))
            .setUrl(redact(url));
    }
    const QJsonObject object = document.object();
    // token.md: "token", with "access_token" as the OAuth2 name for the same.
    QString token = object.value(QLatin1String("token")).toString();
    if (token.isEmpty())
        token = object.value(QLatin1String("access_token")).toString();
    if (token.isEmpty()) {
        return Error(ErrorKind::Malformed, Tr::tr("the token service answered without a token"))
            .setUrl(redact(url));
    }
    const QString refresh = object.value(QLatin1String("refresh_token")).toString();
    if (!refresh.isEmpty())
        refreshToken = refresh;
    // token.md: expires_in defaults to 60 s. Keep a margin so a token does
    // not run out between our check and the registry's.
    const QJsonValue expiresValue = object.value(QLatin1String("expires_in"));
    const int expiresIn = expiresValue.isDouble() && expiresValue.toInt() > 0
                              ? expiresValue.toInt()
                              : 60;
    const int margin = qMin(10, expiresIn / 4);
    return Token{token, QDateTime::currentDateTimeUtc().addMSecs(
                            qint64(expiresIn) * 1000 - qint64(margin) * 1000)};
}

Result<void> RegistryClient::Private::answerChallenge(const Response &response,
                                                      const QString &scope)
{
    auto parsed = Challenge::parse(response.header("www-authenticate"));
    if (!parsed) {
        return Error(ErrorKind::Malformed,
                     Tr::tr("the registry at %1 sent an unreadable authentication challenge (%2)")
                         .arg(host, parsed.error().message()))
            .setHttpStatus(401)
            .setUrl(redact(response.url));
    }
    const QList<Challenge> challenges = *parsed;
    const Challenge *bearer = nullptr;
    const Challenge *basic = nullptr;
    for (const Challenge &c : challenges) {
        if (c.scheme() == QLatin1String("bearer") && !bearer)
            bearer = &c;
        else if (c.scheme() == QLatin1String("basic") && !basic)
            basic = &c;
    }
    if (bearer) {
        auto token = fetchToken(*bearer, scope);
        if (!token)
            return token.error();
        tokens.insert(scope, *token);
        details.authScheme = QStringLiteral("bearer");
        return {};
    }
    if (basic) {
        if (!credentials) {
            return Error(ErrorKind::Unauthorized,
                         Tr::tr("the registry at %1 requires a user name and password")
                             .arg(host))
                .setHttpStatus(401)
                .setUrl(redact(response.url));
        }
        if (!credentialsMayGoTo(base))
            return credentialsWithheldError(response.url).setHttpStatus(401);
        basicAuth = true;
        details.authScheme = QStringLiteral("basic");
        return {};
    }
    return Error(ErrorKind::Unsupported,
                 Tr::tr("the registry at %1 asks for an authentication scheme we do not support")
                     .arg(host))
        .setHttpStatus(401)
        .setUrl(redact(response.url));
}

Result<Response> RegistryClient::Private::fetch(const RequestSpec &spec)
{
    bool answered = false;
    bool usedBearer = false;
    for (;;) {
        const QByteArray authorization = authorizationFor(spec.scope);
        usedBearer = authorization.startsWith("Bearer ");
        auto response = performWithRetries(spec.url, spec.accept, authorization,
                                           spec.maxBytes);
        if (!response || response->status != 401)
            return response;
        // A redirect (blob storage) answered 401: its challenge is not the
        // registry's, and answering it would hand the registry's password or
        // refresh token to whatever realm that host names.
        if (!sameOrigin(response->url, base)) {
            return Error(ErrorKind::Unauthorized,
                         Tr::tr("the storage host %1 that the registry redirected to asked "
                                "for credentials; Chainscope sends the registry's "
                                "credentials only to the registry")
                             .arg(hostWithPort(response->url)))
                .setHttpStatus(401)
                .setUrl(redact(response->url));
        }
        if (answered) {
            // We answered the challenge and the registry still says no: stop
            // here rather than fetch token after token.
            if (usedBearer && credentialsWithheld)
                return credentialsWithheldError(response->url).setHttpStatus(401);
            if (usedBearer)
                return refusedError(*response, spec.scope);
            Error error = credentials
                              ? Error(ErrorKind::Unauthorized,
                                      Tr::tr("the registry at %1 rejected the credentials for user "
                                         "\"%2\" (wrong user name or password?)")
                                          .arg(host, credentials->username))
                              : Error(ErrorKind::Unauthorized,
                                      Tr::tr("the registry at %1 requires credentials").arg(host));
            return error.setHttpStatus(401).setUrl(redact(response->url));
        }
        tokens.remove(spec.scope);
        auto challenge = answerChallenge(*response, spec.scope);
        if (!challenge)
            return challenge.error();
        answered = true;
    }
}

Error RegistryClient::Private::refusedError(const Response &response, const QString &scope) const
{
    // The registry may say which scope it wanted (RFC 6750 §3.1
    // error="insufficient_scope" with scope="…").
    QString refused = scope;
    QString reason;
    if (auto challenges = Challenge::parse(response.header("www-authenticate"))) {
        for (const Challenge &c : *challenges) {
            if (c.scheme() != QLatin1String("bearer"))
                continue;
            if (c.hasParam(QStringLiteral("scope")))
                refused = c.param(QStringLiteral("scope"));
            reason = c.param(QStringLiteral("error"));
            break;
        }
    }
    QString message =
        refused.isEmpty()
            ? Tr::tr("the registry at %1 refused a fresh token").arg(host)
            : Tr::tr("the registry at %1 refused a fresh token for scope \"%2\"")
                  .arg(host, refused.left(300));
    if (!reason.isEmpty())
        message += QStringLiteral(" (") + reason.left(100) + QLatin1Char(')');
    if (credentials && !credentials->username.isEmpty())
        message += QLatin1Char(' ')
                   + Tr::tr("(does user \"%1\" have access?)").arg(credentials->username);
    return Error(ErrorKind::Unauthorized, message)
        .setHttpStatus(401)
        .setUrl(redact(response.url));
}

Error RegistryClient::Private::statusError(const Response &response, const QString &what) const
{
    const int status = response.status;
    // distribution-spec error bodies: {"errors":[{"code","message"}]}
    QString detail;
    const QJsonArray errors = QJsonDocument::fromJson(response.body.left(64 * 1024))
                                  .object()
                                  .value(QLatin1String("errors"))
                                  .toArray();
    if (!errors.isEmpty()) {
        const QJsonObject first = errors.first().toObject();
        detail = first.value(QLatin1String("code")).toString();
        const QString message = first.value(QLatin1String("message")).toString();
        if (!message.isEmpty())
            detail += QStringLiteral(": ") + message.left(300);
    }
    Error error;
    if (status == 404) {
        error = Error(ErrorKind::NotFound, Tr::tr("%1 not found on %2").arg(what, host));
    } else if (status == 403) {
        error = Error(ErrorKind::Forbidden, Tr::tr("access to %1 on %2 is forbidden")
            .arg(what, host));
    } else if (status == 401) {
        error = Error(ErrorKind::Unauthorized, Tr::tr("%1 on %2 needs credentials")
            .arg(what, host));
    } else {
        error = Error(ErrorKind::Http,
                      Tr::tr("the registry at %1 answered %2 with an unexpected status")
                          .arg(host, what));
        error.setRetryable(status == 429 || status >= 500);
        if (status == 429 && details.rateRemaining == 0 && details.rateLimit > 0) {
            error = Error(ErrorKind::Http,
                          Tr::tr("the registry at %1 refused %2: its limit of %3 requests "
                                 "is used up")
                              .arg(host, what)
                              .arg(details.rateLimit))
                        .setRetryable(true);
        }
        if (lastRetryAfterSeconds >= 0) {
            error = Error(ErrorKind::Http,
                          error.message() + QLatin1Char(' ')
                              + Tr::tr("(it asks to wait %n second(s))", nullptr,
                                       lastRetryAfterSeconds))
                        .setRetryable(true);
        }
    }
    if (!detail.isEmpty())
        error = Error(error.kind(),
                      error.message() + QStringLiteral(" (") + detail + QLatin1Char(')'))
                    .setRetryable(error.isRetryable());
    return error.setHttpStatus(status).setUrl(redact(response.url));
}

Result<void> RegistryClient::ping()
{
    auto response = d->fetch({d->url(QStringLiteral("/v2/")), {}, QString(), kMaxTokenBytes});
    if (!response)
        return response.error();
    if (response->status != 200)
        return d->statusError(*response, Tr::tr("the registry API (/v2/)"));
    return {};
}

Result<FetchedManifest> RegistryClient::manifest(const QString &repository,
                                                 const QString &tagOrDigest)
{
    if (!validRepository(repository))
        return invalidRepository(repository);
    std::optional<Digest> requested;
    if (tagOrDigest.contains(QLatin1Char(':'))) {
        auto digest = Digest::parse(tagOrDigest);
        if (!digest)
            return digest.error();
        requested = *digest;
    } else if (!validTag(tagOrDigest)) {
        return Error(ErrorKind::InvalidInput,
                     Tr::tr("\"%1\" is not a valid tag").arg(tagOrDigest.left(200)));
    }
    const QString what = repository + (requested ? QLatin1Char('@') : QLatin1Char(':'))
                         + tagOrDigest;
    const QByteArray accept = QByteArray(oci::mediatype::OciManifest.data()) + ", "
                              + oci::mediatype::OciIndex.data() + ", "
                              + oci::mediatype::DockerManifest.data() + ", "
                              + oci::mediatype::DockerManifestList.data();
    const QUrl url = d->url(QStringLiteral("/v2/%1/manifests/%2").arg(repository, tagOrDigest));
    auto response = d->fetch({url, accept, QStringLiteral("repository:%1:pull").arg(repository),
                              d->options.maxManifestBytes});
    if (!response)
        return response.error().addContext(Tr::tr("fetching manifest %1").arg(what));
    if (response->status != 200)
        return d->statusError(*response, Tr::tr("manifest %1").arg(what));

    const QByteArray &bytes = response->body;
    // Never trust the registry: the bytes must hash to what it claims and
    // to what we asked for (distribution-spec "Pulling manifests").
    const QByteArray claimed = response->header("docker-content-digest");
    if (!claimed.isEmpty()) {
        auto claimedDigest = Digest::parse(QString::fromLatin1(claimed).trimmed());
        if (!claimedDigest || !claimedDigest->matches(bytes)) {
            return Error(ErrorKind::DigestMismatch,
                         Tr::tr("manifest %1: the registry says its digest is %2, but the bytes "
                            "received hash to %3")
                             .arg(what, QString::fromLatin1(claimed.left(200)),
                                  Digest::sha256Of(bytes).toString()))
                .setUrl(redact(response->url));
        }
    }
    if (requested && !requested->matches(bytes)) {
        return Error(ErrorKind::DigestMismatch,
                     Tr::tr("manifest %1: the bytes received hash to %2, not to the digest "
                            "asked for")
                         .arg(what, Digest::sha256Of(bytes).toString()))
            .setUrl(redact(response->url));
    }
    const QString contentType = QString::fromLatin1(response->header("content-type"));
    auto parsed = oci::Manifest::parse(bytes, contentType);
    if (!parsed)
        return parsed.error().addContext(Tr::tr("manifest %1").arg(what));
    return FetchedManifest{*parsed, contentType};
}

Result<QByteArray> RegistryClient::blob(const QString &repository, const Digest &digest,
                                        qint64 maxBytes)
{
    if (!digest.isValid())
        return Error(ErrorKind::InvalidInput, Tr::tr("no digest given for the blob"));
    if (!validRepository(repository))
        return invalidRepository(repository);
    const QString what = repository + QLatin1Char('@') + digest.toString();
    const QUrl url = d->url(QStringLiteral("/v2/%1/blobs/%2").arg(repository, digest.toString()));
    auto response = d->fetch({url, {}, QStringLiteral("repository:%1:pull").arg(repository),
                              maxBytes});
    if (!response)
        return response.error().addContext(Tr::tr("fetching blob %1").arg(what));
    if (response->status != 200)
        return d->statusError(*response, Tr::tr("blob %1").arg(what));
    if (!digest.matches(response->body)) {
        return Error(ErrorKind::DigestMismatch,
                     Tr::tr("blob %1: the bytes received do not hash to the digest asked for")
                         .arg(what))
            .setUrl(redact(response->url));
    }
    return response->body;
}

Result<QStringList> RegistryClient::Private::paginate(const QString &path, const QString &scope,
                                                      const char *key)
{
    QStringList all;
    QUrl next = url(path);
    QSet<QByteArray> seen;
    for (int page = 0; page < kMaxPages; ++page) {
        // A page link back to a page already read would never end.
        if (seen.contains(next.toEncoded())) {
            return Error(ErrorKind::Malformed,
                Tr::tr("the registry's page links go round in a circle"))
                .setUrl(redact(next));
        }
        seen.insert(next.toEncoded());
        auto response = fetch({next, "application/json", scope, kMaxListBytes});
        if (!response)
            return response.error();
        if (response->status != 200)
            return statusError(*response, path);
        QJsonParseError parseError;
        const QJsonDocument document = QJsonDocument::fromJson(response->body, &parseError);
        if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
            return Error(ErrorKind::Malformed, Tr::tr("the registry's list is not a JSON object"))
                .setUrl(redact(next));
        }
        const QJsonValue values = document.object().value(QLatin1String(key));
        if (!values.isNull() && !values.isUndefined() && !values.isArray()) {
            return Error(ErrorKind::Malformed,
                Tr::tr("\"%1\" in the registry's list is not an array")
                                                   .arg(QLatin1String(key)))
                .setUrl(redact(next));
        }
        for (const QJsonValue &value : values.toArray())
            all.append(value.toString());

        // The list ends when no next link comes, not when a page is short
        // or empty: registries cap n as they like.
        auto link = LinkHeader::next(response->header("link"), next);
        if (!link)
            return link.error().setUrl(redact(next));
        if (!link->has_value())
            return all;
        const QUrl resolved = **link;
        // A page link to another host would leak our token there.
        if (!sameOrigin(resolved, base)) {
            return Error(ErrorKind::Malformed,
                         Tr::tr("refusing to follow a page link to another host (%1)")
                             .arg(hostWithPort(resolved)))
                .setUrl(redact(resolved));
        }
        next = resolved;
    }
    return Error(ErrorKind::TooLarge, Tr::tr("the registry's list has too many pages"));
}

Result<QStringList> RegistryClient::tags(const QString &repository)
{
    if (!validRepository(repository))
        return invalidRepository(repository);
    auto tags = d->paginate(QStringLiteral("/v2/%1/tags/list").arg(repository),
                            QStringLiteral("repository:%1:pull").arg(repository), "tags");
    if (!tags)
        return tags.error().addContext(Tr::tr("listing tags of %1").arg(repository));
    return tags;
}

Result<QStringList> RegistryClient::repositories()
{
    auto repos = d->paginate(QStringLiteral("/v2/_catalog"), QStringLiteral("registry:catalog:*"),
                             "repositories");
    if (!repos)
        return repos.error().addContext(Tr::tr("listing repositories of %1").arg(d->host));
    return repos;
}

} // namespace chainscope::registry
