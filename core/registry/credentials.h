#pragma once

#include "core/support/result.h"

#include <QMap>
#include <QString>

#include <optional>

namespace chainscope::registry {

/// What a registry login needs. Values only; copyable between threads.
struct Credentials
{
    QString username;
    QString password;
    /// An OAuth2 refresh token ("identitytoken" of a Docker config, or a
    /// credential helper answering with the user name "<token>"). When set,
    /// the client trades it at the token realm instead of a password.
    QString identityToken;

    bool isEmpty() const
    {
        return username.isEmpty() && password.isEmpty() && identityToken.isEmpty();
    }
};

/// A registry host as credential stores key it: scheme, path and trailing
/// slashes dropped, lower case, and Docker Hub's names ("index.docker.io",
/// "registry-1.docker.io", "https://index.docker.io/v1/") folded into
/// "docker.io". Keeps the port. Used for every source of the chain.
QString normaliseRegistryHost(QString key);

/// The server address credential helpers are asked for: Docker Hub's is
/// "https://index.docker.io/v1/" (as `docker login` stores it), any other
/// registry's is its host[:port].
QString credentialServerAddress(const QString &registryHost);

/// Reads a Docker config file ($DOCKER_CONFIG/config.json, else
/// ~/.docker/config.json) or a containers auth.json (same format):
/// "auths" ("auth" is base64 "user:password", split on the first colon;
/// "username"/"password" and "identitytoken" are accepted too),
/// "credHelpers" and "credsStore". Keys are matched after
/// normaliseRegistryHost(). Immutable after load; safe to share read-only.
/// Errors (from load): unreadable, too large or malformed files.
class DockerConfig
{
public:
    /// The default path following $DOCKER_CONFIG.
    static QString defaultPath();

    /// Loads \a path; a missing file is an empty config, a broken one an error.
    static Result<DockerConfig> load(const QString &path);

    /// Credentials stored in "auths" for \a registryHost (an empty "{}"
    /// entry gives nothing: it means "ask the credential store").
    std::optional<Credentials> find(const QString &registryHost) const;

    /// The helper named in "credHelpers" for \a registryHost ("pass" for
    /// docker-credential-pass), or empty.
    QString credentialHelper(const QString &registryHost) const;
    /// "credsStore": the helper for every registry without its own, or empty.
    QString credsStore() const { return m_credsStore; }
    /// Whether "auths" has any entry (even an empty one) for \a registryHost.
    bool hasAuthEntry(const QString &registryHost) const;

    /// The file this config was read from (empty for a default-made one).
    QString path() const { return m_path; }

private:
    QString m_path;
    QString m_credsStore;
    QMap<QString, Credentials> m_auths;
    QMap<QString, QString> m_credHelpers;
};

} // namespace chainscope::registry
