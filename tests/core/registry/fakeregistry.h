#pragma once

// An in-process HTTP/1.1 registry for tests of RegistryClient.
//
// This is a fake on purpose: the suites need a registry that misbehaves on
// command (lies about digests, redirects blobs to another host, links pages
// to another host or in a circle, stalls, drips or streams without end,
// answers 429/503 with Retry-After, requires client certificates over TLS)
// and a Bearer token server with every answer shape (access_token,
// expires_in, refresh tokens, tokens that open nothing), none of which the
// real CNCF registry can be made to do. Everything the
// real registry can do is tested against it in tst_realregistry.cpp.
//
// Single-threaded: it serves from the thread's event loop, which the
// client's blocking calls keep spinning.

#include <QByteArray>
#include <QHash>
#include <QHostAddress>
#include <QList>
#include <QMap>
#include <QObject>
#include <QString>
#include <QStringList>
#include <QSslConfiguration>
#include <QTcpServer>

#include <functional>
#include <memory>
#include <optional>

class QTcpSocket;

struct FakeRequest
{
    QByteArray method;
    QByteArray target; // path and query as sent
    QHash<QByteArray, QByteArray> headers; // lower-case names
    QByteArray body;   // as sent (Content-Length bodies only)

    QString path() const;
    QString query(const QString &key) const;
    QStringList queryAll(const QString &key) const;
    QByteArray header(const char *name) const { return headers.value(QByteArray(name)); }
    /// A value of an application/x-www-form-urlencoded body.
    QString form(const QString &key) const;
};

struct FakeResponse
{
    int status = 200;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;
    bool stall = false;          ///< never answer
    bool closeDelimited = false; ///< no Content-Length: the body ends when we close
    qint64 streamBytes = 0;      ///< with closeDelimited: stream this many filler bytes
    int dripIntervalMs = 0;      ///< send the body one byte per interval

    FakeResponse &header(const QByteArray &name, const QByteArray &value)
    {
        headers.append({name, value});
        return *this;
    }
};

class FakeRegistry : public QObject
{
    Q_OBJECT

public:
    enum class Auth { None, Basic, Bearer };

    explicit FakeRegistry(QHostAddress address = QHostAddress::LocalHost,
                          QObject *parent = nullptr);
    /// Serves HTTPS with \a tls (QSslServer); baseUrl() says https.
    explicit FakeRegistry(const QSslConfiguration &tls,
                          QHostAddress address = QHostAddress::LocalHost);
    ~FakeRegistry() override;

    bool isListening() const { return m_server->isListening(); }
    quint16 port() const { return m_server->serverPort(); }
    QString host() const; ///< "127.0.0.1:port"
    QString baseUrl() const
    {
        return (m_tls ? QStringLiteral("https://") : QStringLiteral("http://")) + host();
    }

    // Content
    QString addManifest(const QString &repo, const QByteArray &raw, const QByteArray &mediaType,
                        const QString &tag = {}); ///< returns the digest
    QString addBlob(const QString &repo, const QByteArray &bytes);
    /// Serves \a bytes under \a digest (which they do not hash to).
    void addLie(const QString &repo, const QString &digest, const QByteArray &bytes,
                const QByteArray &mediaType = {});
    void setTag(const QString &repo, const QString &tag, const QString &digest);
    /// Sends this Docker-Content-Digest for every manifest instead of the true
    /// one; "none" sends no such header.
    void setClaimedDigest(const QByteArray &digest) { m_claimedDigest = digest; }

    // Behaviour
    void setAuth(Auth auth, const QString &user = {}, const QString &password = {});
    /// Where the Bearer challenge sends clients; defaults to this server's /token.
    void setRealm(const QString &realm) { m_realm = realm; }
    void setPageSize(int n) { m_pageSize = n; }
    /// How the /token endpoint answers (distribution auth/token.md, oauth.md).
    struct TokenStyle
    {
        bool accessTokenField = false; ///< "access_token" instead of "token"
        int expiresIn = 300;           ///< 0: leave expires_in out
        QString issueRefreshToken;     ///< handed out with GET answers
        QString acceptRefreshToken;    ///< accepted by POST grant_type=refresh_token
        bool grantNoScopes = false;    ///< tokens that open nothing
    };
    void setTokenStyle(const TokenStyle &style) { m_tokenStyle = style; }
    enum class Links { Relative, Absolute, OtherHost };
    void setLinks(Links links, const QString &otherHost = {});
    /// Blob GETs are answered with a 307 to \a storageBase + path + query.
    void setBlobRedirect(const QString &storageBase, const QString &query = {});
    /// Answers every request with this (after auth checks when \a afterAuth).
    void setOverride(std::function<std::optional<FakeResponse>(const FakeRequest &)> handler)
    {
        m_override = std::move(handler);
    }

    // Observation
    QList<FakeRequest> requests; ///< every request received, in order
    QList<FakeRequest> tokenRequests() const;
    qint64 streamedBeforeClose = -1; ///< bytes of a stream written when the client left
    /// With TLS: the subject CN of each client certificate presented.
    QStringList clientCertificates;
    QStringList tlsErrors; ///< handshake failures seen by the server

private:
    void onConnection();
    void onReadable(QTcpSocket *socket);
    FakeResponse handle(const FakeRequest &request);
    FakeResponse registryApi(const FakeRequest &request);
    FakeResponse tokenEndpoint(const FakeRequest &request);
    std::optional<FakeResponse> checkAuth(const FakeRequest &request, const QString &scope);
    FakeResponse list(const FakeRequest &request, const QStringList &all, const QString &key,
                      const QString &name);
    void send(QTcpSocket *socket, const FakeResponse &response);
    void stream(QTcpSocket *socket, qint64 remaining);
    void drip(QTcpSocket *socket, const QByteArray &body, int intervalMs);

    struct Repo
    {
        QMap<QString, QString> tags;
        QHash<QString, QByteArray> content;
        QHash<QString, QByteArray> types;
    };

    void listen();

    std::unique_ptr<QTcpServer> m_server;
    bool m_tls = false;
    QHostAddress m_address;
    QMap<QString, Repo> m_repos;
    Auth m_auth = Auth::None;
    QString m_user;
    QString m_password;
    QString m_realm;
    TokenStyle m_tokenStyle;
    int m_tokensIssued = 0;
    int m_pageSize = 0;
    Links m_links = Links::Relative;
    QString m_otherHost;
    QString m_storageBase;
    QString m_storageQuery;
    QByteArray m_claimedDigest;
    std::function<std::optional<FakeResponse>(const FakeRequest &)> m_override;
    QHash<QTcpSocket *, QByteArray> m_buffers;
};
