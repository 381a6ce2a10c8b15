#pragma once

#include "core/registry/contentsource.h"
#include "core/registry/credentials.h"

#include <QStringList>

#include <atomic>
#include <memory>
#include <optional>

namespace chainscope::registry {

struct ClientOptions
{
    /// Plain HTTP to a host that is not loopback. Dangerous: anyone on the
    /// path can change what we read. Every report made with it says so.
    bool insecurePlainHttpToRemoteHosts = false;
    /// Accept any TLS certificate. Dangerous; reported like the above.
    bool insecureSkipTlsVerify = false;
    int timeoutMs = 30000;
    /// Longest time one request may take in all, however steadily bytes
    /// arrive (a server dripping a byte at a time); 0: no limit.
    int totalTimeoutMs = 300000;
    /// Tries for a request answered 429, 500, 502, 503 or 504 (1: no retry).
    int maxAttempts = 3;
    /// Backoff before the 2nd try, doubled for each further one, unless the
    /// answer's Retry-After (seconds or HTTP-date) says otherwise.
    int retryBaseDelayMs = 500;
    /// The longest wait between tries; a longer Retry-After ends the tries.
    int maxRetryDelayMs = 10000;
    qint64 maxManifestBytes = 4 * 1024 * 1024;
    /// PEM file of CA certificates trusted for this registry in addition
    /// to the system's (a private CA, a self-signed registry).
    QString caCertificatesFile;
    /// PEM client certificate (chain) and unencrypted PEM private key for
    /// registries that require mutual TLS; the key file may be omitted when
    /// the certificate file holds the key too. Presented to the registry's
    /// own host only, never to blob storage or a token realm elsewhere.
    /// A CA or client certificate file makes a loopback registry use HTTPS.
    QString clientCertificateFile;
    QString clientKeyFile;
    /// Go through the system's proxy (http_proxy/https_proxy/no_proxy or
    /// the desktop settings); loopback hosts never use a proxy.
    bool useSystemProxy = true;
    /// Set from another thread to abort the request in flight with Cancelled.
    const std::atomic_bool *cancelFlag = nullptr;
};

/// How the client reached a registry, for the connection details the UI and
/// CLI show. Filled in as requests are made (empty before the first).
struct ConnectionDetails
{
    QString apiUrl;             ///< e.g. "https://registry-1.docker.io"
    QString authScheme;         ///< "bearer", "basic" or empty (anonymous so far)
    /// host[:port] of the token service the registry named, if any. Another
    /// host than the registry's is normal (Docker Hub: auth.docker.io) and
    /// flagged so the user sees where credentials were sent.
    QString tokenRealmHost;
    bool tokenRealmOnOtherHost = false;
    /// Docker Hub's rate-limit headers from the last answer that had them
    /// (-1: not sent): requests allowed and left per window of seconds.
    int rateLimit = -1;
    int rateRemaining = -1;
    int rateWindowSeconds = -1;
    QString proxy;               ///< host:port of the proxy used, if any
    bool encrypted = false;      ///< the last registry answer came over TLS
    bool http2 = false;          ///< ... and over HTTP/2
    bool clientCertificate = false; ///< a client certificate is configured
};

/// OCI Distribution API client (distribution-spec v1.1) over QtNetwork.
///
/// Blocking: each call runs a local event loop, so create and use a client on
/// one worker thread (the GUI uses QtConcurrent; the CLI its main thread).
/// Handles Basic and Bearer auth challenges (WWW-Authenticate read by
/// Challenge; token realm named by the registry; "token" or "access_token";
/// expires_in; OAuth2 refresh tokens, including an identity token from the
/// credentials; one cached token per scope; a second 401 after a fresh token
/// is ErrorKind::Unauthorized naming the refused scope, never a retry loop),
/// Link pagination (LinkHeader), digest verification of
/// every manifest and blob, size limits and redirects (credentials never
/// follow a redirect to another host). Loopback hosts (localhost,
/// 127.0.0.0/8, ::1) are reached over plain HTTP, as Docker does, and
/// transportNotes() says "loopback HTTP" (unless the host is given as
/// "https://…" or TLS files are set); other hosts use HTTPS unless
/// insecurePlainHttpToRemoteHosts is set, which adds a warning note.
/// Credentials (Basic, or Basic and refresh tokens to a token realm) are
/// sent only over HTTPS or to loopback: over plain HTTP to another host the
/// requests stay anonymous, and a registry that then wants credentials gives
/// ErrorKind::Unauthorized "Chainscope refused to send credentials over
/// plain HTTP to HOST".
/// TLS uses the system's CAs plus ClientOptions::caCertificatesFile; an
/// unreadable TLS file makes every call fail with ErrorKind::InvalidInput.
/// Errors are values: kind, HTTP status, redacted URL, retryable; a host that
/// cannot be reached gives ErrorKind::Network "could not reach the registry
/// at ...", rejected credentials ErrorKind::Unauthorized, bytes that do not
/// hash to the digest asked for (or to Docker-Content-Digest)
/// ErrorKind::DigestMismatch. "docker.io" is reached at registry-1.docker.io.
/// timeoutMs is an inactivity timeout per request, totalTimeoutMs a deadline. Answers 429 and 5xx
/// (500/502/503/504) are retried with backoff as ClientOptions says,
/// honouring Retry-After; waiting stops at once on cancel.
class RegistryClient final : public ContentSource
{
public:
    RegistryClient(const QString &host, std::optional<Credentials> credentials,
                   ClientOptions options = {});
    ~RegistryClient() override;

    QString host() const override;
    Result<FetchedManifest> manifest(const QString &repository, const QString &tagOrDigest) override;
    Result<QByteArray> blob(const QString &repository, const reference::Digest &digest,
                            qint64 maxBytes) override;
    Result<QStringList> tags(const QString &repository) override;
    Result<QStringList> repositories() override;

    /// Checks that the registry answers /v2/ and that the credentials work.
    Result<void> ping();

    /// Notes that belong in every report made with this client, e.g.
    /// "loopback HTTP" or a warning about an insecure option.
    QStringList transportNotes() const;

    /// Where requests and credentials went so far (see ConnectionDetails).
    ConnectionDetails connectionDetails() const;

private:
    class Private;
    std::unique_ptr<Private> d;
};

} // namespace chainscope::registry
