#pragma once

#include "core/registry/credentials.h"
#include "core/support/result.h"

#include <QString>
#include <QStringList>

#include <functional>
#include <optional>
#include <vector>

namespace chainscope::registry {

/// Where a credential came from. Shown to the user; never with the secret.
enum class CredentialSource {
    None,             ///< nothing found: the registry is used anonymously
    Typed,            ///< typed by the user (connect bar, --username)
    CredentialHelper, ///< "credHelpers"[host]: docker-credential-<name>
    CredsStore,       ///< "credsStore": docker-credential-<name> for all hosts
    DockerConfig,     ///< "auths" of the Docker config
    ContainersAuth,   ///< "auths" of containers' auth.json (podman, skopeo, buildah)
    Keychain,         ///< Chainscope's own entry in the system keychain
    Session,          ///< kept in memory for this session (no keychain service)
};

/// Stable, untranslated name of a source ("cred-helper", "docker-config", ...).
QString credentialSourceName(CredentialSource source);

/// One answer of the chain: the credential (if any) and where it came from.
struct CredentialLookup
{
    std::optional<Credentials> credentials;
    CredentialSource source = CredentialSource::None;
    /// For people: "credential helper docker-credential-pass",
    /// "~/.docker/config.json auths", "containers auth.json
    /// (/run/user/1000/containers/auth.json)", "system keychain".
    QString description;
    /// Sources that were skipped with a problem worth showing (a credsStore
    /// helper that is not installed, for a host it was never asked to hold).
    QStringList notes;
};

/// The credential chain, in the order docker and podman users expect:
///   1. "credHelpers"[host] (Docker config, then containers' auth.json)
///   2. "credsStore" of the Docker config (an empty "{}" auths entry means
///      exactly this: ask the store)
///   3. "auths" of $DOCKER_CONFIG/config.json or ~/.docker/config.json
///   4. "auths" of containers' auth.json ($REGISTRY_AUTH_FILE, else
///      $XDG_RUNTIME_DIR/containers/auth.json)
///   5. Chainscope's own entries in the system keychain (a lookup function,
///      see KeychainStore::lookupFunction()).
/// Hosts are matched after normaliseRegistryHost().
///
/// Threading: load() reads files; lookup() may run credential helpers and
/// the keychain lookup, which block: call both off the GUI thread. A loaded
/// store is immutable and may be shared between threads read-only.
/// Errors: load() fails on a malformed file; lookup() fails when a helper
/// configured for this host (credHelpers, or credsStore with an empty auths
/// entry) is missing, fails or times out — the message names the helper.
class CredentialStore
{
public:
    struct Files
    {
        QString dockerConfig;
        QStringList containersAuth; ///< the first one that exists is read
    };
    /// Answers with the credential, its source (Keychain or Session) and
    /// description, or no credentials.
    using KeychainLookup = std::function<Result<CredentialLookup>(const QString &registryHost)>;

    /// The files the environment names ($DOCKER_CONFIG, $REGISTRY_AUTH_FILE,
    /// $XDG_RUNTIME_DIR).
    static Files defaultFiles();

    static Result<CredentialStore> load(const Files &files = defaultFiles());

    void setKeychainLookup(KeychainLookup lookup) { m_keychain = std::move(lookup); }
    void setHelperTimeoutMs(int timeoutMs) { m_helperTimeoutMs = timeoutMs; }

    Result<CredentialLookup> lookup(const QString &registryHost) const;

    const DockerConfig &dockerConfig() const { return m_docker; }
    /// Empty when no containers auth.json exists.
    const DockerConfig &containersAuth() const { return m_containers; }

private:
    DockerConfig m_docker;
    DockerConfig m_containers;
    KeychainLookup m_keychain;
    int m_helperTimeoutMs = 20000;
};

} // namespace chainscope::registry
