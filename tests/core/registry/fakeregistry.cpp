#include "fakeregistry.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSslServer>
#include <QSslSocket>
#include <QTcpSocket>
#include <QTimer>
#include <QUrl>
#include <QUrlQuery>

namespace {

QByteArray reason(int status)
{
    switch (status) {
    case 200: return "OK";
    case 307: return "Temporary Redirect";
    case 401: return "Unauthorized";
    case 403: return "Forbidden";
    case 404: return "Not Found";
    default: return "Status";
    }
}

FakeResponse json(int status, const QJsonObject &object)
{
    FakeResponse response;
    response.status = status;
    response.body = QJsonDocument(object).toJson(QJsonDocument::Compact);
    response.header("Content-Type", "application/json");
    return response;
}

FakeResponse apiError(int status, const QString &code)
{
    return json(status, {{QStringLiteral("errors"),
                          QJsonArray{QJsonObject{{QStringLiteral("code"), code},
                                                 {QStringLiteral("message"), code.toLower()}}}}});
}

QString sha256(const QByteArray &bytes)
{
    return QStringLiteral("sha256:")
           + QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

} // namespace

QString FakeRequest::path() const
{
    return QUrl::fromEncoded(target).path();
}

QString FakeRequest::query(const QString &key) const
{
    return QUrlQuery(QUrl::fromEncoded(target)).queryItemValue(key, QUrl::FullyDecoded);
}

QString FakeRequest::form(const QString &key) const
{
    QByteArray plus = body;
    plus.replace('+', ' ');
    return QUrlQuery(QString::fromLatin1(plus)).queryItemValue(key, QUrl::FullyDecoded);
}

QStringList FakeRequest::queryAll(const QString &key) const
{
    return QUrlQuery(QUrl::fromEncoded(target)).allQueryItemValues(key, QUrl::FullyDecoded);
}

FakeRegistry::FakeRegistry(QHostAddress address, QObject *parent)
    : QObject(parent)
    , m_server(std::make_unique<QTcpServer>())
    , m_address(address)
{
    listen();
}

FakeRegistry::FakeRegistry(const QSslConfiguration &tls, QHostAddress address)
    : m_address(address)
{
    auto server = std::make_unique<QSslServer>();
    server->setSslConfiguration(tls);
    connect(server.get(), &QSslServer::errorOccurred, this,
            [this](QSslSocket *, QAbstractSocket::SocketError error) {
                tlsErrors << QStringLiteral("socket error %1").arg(int(error));
            });
    connect(server.get(), &QSslServer::peerVerifyError, this,
            [this](QSslSocket *, const QSslError &error) { tlsErrors << error.errorString(); });
    connect(server.get(), &QSslServer::handshakeInterruptedOnError, this,
            [this](QSslSocket *, const QSslError &error) { tlsErrors << error.errorString(); });
    connect(server.get(), &QSslServer::sslErrors, this,
            [this](QSslSocket *, const QList<QSslError> &errors) {
                for (const QSslError &e : errors)
                    tlsErrors << e.errorString();
            });
    m_server = std::move(server);
    m_tls = true;
    listen();
}

void FakeRegistry::listen()
{
    // QSslServer offers a socket once its handshake is done, through
    // pendingConnectionAvailable (Qt 6.4), not newConnection.
    if (m_tls)
        connect(m_server.get(), &QTcpServer::pendingConnectionAvailable, this,
                &FakeRegistry::onConnection);
    else
        connect(m_server.get(), &QTcpServer::newConnection, this, &FakeRegistry::onConnection);
    m_server->listen(m_address, 0);
}

FakeRegistry::~FakeRegistry()
{
    // Sockets are children of the server; detach them before our members go.
    const auto sockets = m_server->findChildren<QTcpSocket *>();
    for (QTcpSocket *socket : sockets)
        QObject::disconnect(socket, nullptr, this, nullptr);
    m_server->close();
}

QString FakeRegistry::host() const
{
    return m_address.toString() + QLatin1Char(':') + QString::number(port());
}

QString FakeRegistry::addManifest(const QString &repo, const QByteArray &raw,
                                  const QByteArray &mediaType, const QString &tag)
{
    const QString digest = sha256(raw);
    m_repos[repo].content.insert(digest, raw);
    m_repos[repo].types.insert(digest, mediaType);
    if (!tag.isEmpty())
        m_repos[repo].tags.insert(tag, digest);
    return digest;
}

QString FakeRegistry::addBlob(const QString &repo, const QByteArray &bytes)
{
    const QString digest = sha256(bytes);
    m_repos[repo].content.insert(digest, bytes);
    return digest;
}

void FakeRegistry::addLie(const QString &repo, const QString &digest, const QByteArray &bytes,
                          const QByteArray &mediaType)
{
    m_repos[repo].content.insert(digest, bytes);
    if (!mediaType.isEmpty())
        m_repos[repo].types.insert(digest, mediaType);
}

void FakeRegistry::setTag(const QString &repo, const QString &tag, const QString &digest)
{
    m_repos[repo].tags.insert(tag, digest);
}

void FakeRegistry::setAuth(Auth auth, const QString &user, const QString &password)
{
    m_auth = auth;
    m_user = user;
    m_password = password;
}

void FakeRegistry::setLinks(Links links, const QString &otherHost)
{
    m_links = links;
    m_otherHost = otherHost;
}

void FakeRegistry::setBlobRedirect(const QString &storageBase, const QString &query)
{
    m_storageBase = storageBase;
    m_storageQuery = query;
}

QList<FakeRequest> FakeRegistry::tokenRequests() const
{
    QList<FakeRequest> result;
    for (const FakeRequest &r : requests) {
        if (r.path() == QLatin1String("/token"))
            result.append(r);
    }
    return result;
}

void FakeRegistry::onConnection()
{
    while (QTcpSocket *socket = m_server->nextPendingConnection()) {
        if (auto *tls = qobject_cast<QSslSocket *>(socket)) {
            const QSslCertificate peer = tls->peerCertificate();
            if (!peer.isNull())
                clientCertificates << peer.subjectInfo(QSslCertificate::CommonName).join(',');
        }
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] { onReadable(socket); });
        connect(socket, &QTcpSocket::disconnected, this, [this, socket] {
            m_buffers.remove(socket);
            socket->deleteLater();
        });
        // QSslServer hands over sockets after the handshake; the request may
        // already be waiting.
        if (socket->bytesAvailable() > 0)
            onReadable(socket);
    }
}

void FakeRegistry::onReadable(QTcpSocket *socket)
{
    QByteArray &buffer = m_buffers[socket];
    buffer += socket->readAll();
    const qsizetype end = buffer.indexOf("\r\n\r\n");
    if (end < 0)
        return;
    const QList<QByteArray> lines = buffer.left(end).split('\n');

    FakeRequest request;
    const QList<QByteArray> first = lines.first().trimmed().split(' ');
    request.method = first.value(0);
    request.target = first.value(1);
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const qsizetype colon = lines[i].indexOf(':');
        if (colon > 0)
            request.headers.insert(lines[i].left(colon).trimmed().toLower(),
                                   lines[i].mid(colon + 1).trimmed());
    }
    const qsizetype length = request.header("content-length").toLongLong();
    if (buffer.size() < end + 4 + length)
        return; // wait for the rest of the body
    request.body = buffer.mid(end + 4, length);
    buffer.remove(0, end + 4 + length);
    requests.append(request);
    send(socket, handle(request));
}

void FakeRegistry::send(QTcpSocket *socket, const FakeResponse &response)
{
    if (response.stall)
        return;
    QByteArray head = "HTTP/1.1 " + QByteArray::number(response.status) + ' '
                      + reason(response.status) + "\r\n";
    for (const auto &h : response.headers)
        head += h.first + ": " + h.second + "\r\n";
    if (!response.closeDelimited)
        head += "Content-Length: " + QByteArray::number(response.body.size()) + "\r\n";
    head += "Connection: close\r\n\r\n";
    socket->write(head);
    if (response.dripIntervalMs > 0) {
        drip(socket, response.body, response.dripIntervalMs);
        return;
    }
    socket->write(response.body);
    if (response.closeDelimited && response.streamBytes > 0) {
        stream(socket, response.streamBytes);
        return;
    }
    socket->disconnectFromHost();
}

// Writes filler in chunks, only when the previous chunk has left, so the
// amount written when the client hangs up shows whether it stopped early.
void FakeRegistry::stream(QTcpSocket *socket, qint64 remaining)
{
    auto written = std::make_shared<qint64>(0);
    auto left = std::make_shared<qint64>(remaining);
    auto pump = [this, socket, written, left] {
        if (socket->state() != QAbstractSocket::ConnectedState)
            return;
        if (socket->bytesToWrite() > 0)
            return;
        if (*left <= 0) {
            socket->disconnectFromHost();
            return;
        }
        const qint64 chunk = qMin<qint64>(*left, 64 * 1024);
        socket->write(QByteArray(chunk, 'x'));
        *written += chunk;
        *left -= chunk;
    };
    connect(socket, &QTcpSocket::bytesWritten, socket, pump);
    connect(socket, &QTcpSocket::disconnected, this, [this, written] {
        streamedBeforeClose = *written;
    });
    connect(socket, &QAbstractSocket::errorOccurred, this, [this, written] {
        streamedBeforeClose = *written;
    });
    pump();
}

void FakeRegistry::drip(QTcpSocket *socket, const QByteArray &body, int intervalMs)
{
    auto *timer = new QTimer(socket);
    auto sent = std::make_shared<qsizetype>(0);
    connect(timer, &QTimer::timeout, socket, [socket, timer, body, sent] {
        if (socket->state() != QAbstractSocket::ConnectedState || *sent >= body.size()) {
            timer->stop();
            socket->disconnectFromHost();
            return;
        }
        socket->write(body.mid((*sent)++, 1));
    });
    timer->start(intervalMs);
}

FakeResponse FakeRegistry::handle(const FakeRequest &request)
{
    if (request.path() == QLatin1String("/token"))
        return tokenEndpoint(request);
    if (m_override) {
        if (auto answer = m_override(request))
            return *answer;
    }
    return registryApi(request);
}

FakeResponse FakeRegistry::tokenEndpoint(const FakeRequest &request)
{
    QStringList scopes;
    if (request.method == "POST") {
        // auth/oauth.md: form body, grant_type=refresh_token, no Basic header.
        if (request.form(QStringLiteral("grant_type")) != QLatin1String("refresh_token")
            || m_tokenStyle.acceptRefreshToken.isEmpty()
            || request.form(QStringLiteral("refresh_token")) != m_tokenStyle.acceptRefreshToken)
            return json(400, {{QStringLiteral("error"), QStringLiteral("invalid_grant")}});
        scopes = request.form(QStringLiteral("scope")).split(QLatin1Char(' '), Qt::SkipEmptyParts);
    } else {
        // auth/token.md: Basic credentials, scopes in the query.
        const QByteArray expected =
            "Basic " + (m_user + QLatin1Char(':') + m_password).toUtf8().toBase64();
        if (!m_user.isEmpty() && request.header("authorization") != expected)
            return apiError(401, QStringLiteral("UNAUTHORIZED"));
        scopes = request.queryAll(QStringLiteral("scope"));
    }
    if (m_tokenStyle.grantNoScopes)
        scopes.clear();
    // "tok|scope|…|#n": what checkAuth() reads, numbered to tell tokens apart.
    const QString token = QStringLiteral("tok|") + scopes.join(QLatin1Char('|'))
                          + QStringLiteral("|#") + QString::number(++m_tokensIssued);
    QJsonObject answer;
    answer.insert(m_tokenStyle.accessTokenField ? QStringLiteral("access_token")
                                                : QStringLiteral("token"),
                  token);
    if (m_tokenStyle.expiresIn > 0)
        answer.insert(QStringLiteral("expires_in"), m_tokenStyle.expiresIn);
    if (request.method != "POST" && !m_tokenStyle.issueRefreshToken.isEmpty())
        answer.insert(QStringLiteral("refresh_token"), m_tokenStyle.issueRefreshToken);
    return json(200, answer);
}

std::optional<FakeResponse> FakeRegistry::checkAuth(const FakeRequest &request,
                                                    const QString &scope)
{
    const QByteArray authorization = request.header("authorization");
    if (m_auth == Auth::Basic) {
        const QByteArray expected =
            "Basic " + (m_user + QLatin1Char(':') + m_password).toUtf8().toBase64();
        if (authorization == expected)
            return std::nullopt;
        return apiError(401, QStringLiteral("UNAUTHORIZED"))
            .header("WWW-Authenticate", "Basic realm=\"fake\"");
    }
    if (m_auth == Auth::Bearer) {
        // Tokens are "tok|scope|scope"; the request's scope must be in it.
        if (authorization.startsWith("Bearer ")) {
            const QStringList granted = QString::fromUtf8(authorization.mid(7)).split(QLatin1Char('|'));
            if (granted.value(0) == QLatin1String("tok")
                && (scope.isEmpty() || granted.contains(scope)))
                return std::nullopt;
        }
        const QString realm = m_realm.isEmpty() ? baseUrl() + QStringLiteral("/token") : m_realm;
        QByteArray challenge = "Bearer realm=\"" + realm.toUtf8() + "\",service=\"fake-registry\"";
        if (authorization.startsWith("Bearer "))
            challenge += ",error=\"insufficient_scope\"";
        if (!scope.isEmpty())
            challenge += ",scope=\"" + scope.toUtf8() + "\"";
        return apiError(401, QStringLiteral("UNAUTHORIZED")).header("WWW-Authenticate", challenge);
    }
    return std::nullopt;
}

FakeResponse FakeRegistry::list(const FakeRequest &request, const QStringList &all,
                                const QString &key, const QString &name)
{
    int n = request.query(QStringLiteral("n")).toInt();
    if (n <= 0)
        n = m_pageSize;
    const QString last = request.query(QStringLiteral("last"));
    QStringList page;
    qsizetype start = 0;
    if (!last.isEmpty())
        start = all.indexOf(last) + 1;
    const qsizetype end = n > 0 ? qMin(all.size(), start + n) : all.size();
    for (qsizetype i = start; i < end; ++i)
        page.append(all[i]);
    QJsonObject object{{key, QJsonArray::fromStringList(page)}};
    if (!name.isEmpty())
        object.insert(QStringLiteral("name"), name);
    FakeResponse response = json(200, object);
    if (end < all.size()) {
        QString link = request.path() + QStringLiteral("?last=") + page.last()
                       + QStringLiteral("&n=") + QString::number(n);
        if (m_links == Links::Absolute)
            link = baseUrl() + link;
        else if (m_links == Links::OtherHost)
            link = QStringLiteral("http://") + m_otherHost + link;
        response.header("Link", "<" + link.toUtf8() + ">; rel=\"next\"");
    }
    return response;
}

FakeResponse FakeRegistry::registryApi(const FakeRequest &request)
{
    const QString path = request.path();
    if (path == QLatin1String("/v2/") || path == QLatin1String("/v2")) {
        if (auto denied = checkAuth(request, {}))
            return *denied;
        return json(200, {});
    }
    if (path == QLatin1String("/v2/_catalog")) {
        if (auto denied = checkAuth(request, QStringLiteral("registry:catalog:*")))
            return *denied;
        return list(request, m_repos.keys(), QStringLiteral("repositories"), {});
    }
    // /v2/<name>/(tags/list|manifests/<ref>|blobs/<digest>)
    static const QStringList kinds = {QStringLiteral("/tags/list"), QStringLiteral("/manifests/"),
                                      QStringLiteral("/blobs/")};
    for (const QString &kind : kinds) {
        const qsizetype at = path.lastIndexOf(kind);
        if (!path.startsWith(QLatin1String("/v2/")) || at < 0)
            continue;
        const QString repo = path.mid(4, at - 4);
        const QString ref = path.mid(at + kind.size());
        if (auto denied = checkAuth(request, QStringLiteral("repository:%1:pull").arg(repo)))
            return *denied;
        const auto it = m_repos.constFind(repo);
        if (it == m_repos.constEnd())
            return apiError(404, QStringLiteral("NAME_UNKNOWN"));
        if (kind == QLatin1String("/tags/list"))
            return list(request, it->tags.keys(), QStringLiteral("tags"), repo);
        if (kind == QLatin1String("/blobs/") && !m_storageBase.isEmpty()) {
            FakeResponse redirect;
            redirect.status = 307;
            redirect.header("Location", (m_storageBase + path + m_storageQuery).toUtf8());
            return redirect;
        }
        const QString digest = ref.startsWith(QLatin1String("sha256:")) ? ref : it->tags.value(ref);
        if (digest.isEmpty() || !it->content.contains(digest))
            return apiError(404, kind == QLatin1String("/blobs/") ? QStringLiteral("BLOB_UNKNOWN")
                                                                 : QStringLiteral("MANIFEST_UNKNOWN"));
        FakeResponse response;
        response.body = it->content.value(digest);
        if (kind == QLatin1String("/manifests/")) {
            response.header("Content-Type", it->types.value(digest));
            if (m_claimedDigest != "none")
                response.header("Docker-Content-Digest",
                                m_claimedDigest.isEmpty() ? digest.toLatin1() : m_claimedDigest);
        } else {
            response.header("Content-Type", "application/octet-stream");
        }
        return response;
    }
    return apiError(404, QStringLiteral("NOT_FOUND"));
}
