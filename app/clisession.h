#pragma once

#include "core/registry/credentials.h"
#include "core/registry/credentialstore.h"
#include "core/registry/registryclient.h"
#include "core/support/result.h"

#include <QJsonObject>
#include <QMap>
#include <QSet>
#include <QString>
#include <QStringList>

#include <memory>

namespace chainscope::app {

/// How the CLI reaches registries, from its options.
struct ConnectionOptions
{
    QString username;          ///< --username; the password comes from stdin
    bool passwordFromStdin = false;
    /// --insecure-plain-http: plain HTTP to hosts that are not loopback.
    bool insecurePlainHttp = false;
    /// --follow-all-registries: read bases from registries without credentials.
    bool followAllRegistries = false;
};

/// The registry clients of one CLI run, one per host, with credentials from
/// --username/--password-stdin (for the hosts the command names) or from the
/// credential chain (CredentialStore: credHelpers, credsStore, auths of
/// $DOCKER_CONFIG/config.json, containers' auth.json; not the keychain,
/// which may prompt). Collects the transport notes of every client used, so
/// that each report can carry them. Main thread only.
class CliSession
{
public:
    /// Reads the credential files and, when asked, the password from stdin.
    /// Errors: a broken Docker config or auth.json, --password-stdin without --username
    /// (or the reverse), an empty password.
    Result<void> init(const ConnectionOptions &options, const QStringList &namedHosts);

    /// The client for \a host, made on first use.
    registry::RegistryClient &client(const QString &host);
    std::shared_ptr<registry::RegistryClient> sharedClient(const QString &host);

    /// Whether the lineage may follow a base to \a host: the hosts the command
    /// names, loopback hosts, hosts with credentials, or any with
    /// --follow-all-registries.
    bool mayFollow(const QString &host) const;

    /// Where the credential for \a host comes from, never the secret:
    /// {"source": credentialSourceName() ("typed", "cred-helper",
    /// "docker-config", "none", ...), "description", "username", "notes"}.
    QJsonObject credentialInfo(const QString &host);

    /// The notes of every client made so far ("loopback HTTP", warnings).
    QStringList transportNotes() const;

private:
    ConnectionOptions m_options;
    /// The chain's answer for \a host, asked once; a failing helper is a
    /// note and the host is used anonymously.
    const registry::CredentialLookup &lookup(const QString &host);

    registry::CredentialStore m_store;
    QMap<QString, registry::CredentialLookup> m_lookups;
    QSet<QString> m_namedHosts;
    std::optional<registry::Credentials> m_explicit;
    QMap<QString, std::shared_ptr<registry::RegistryClient>> m_clients;
};

} // namespace chainscope::app
