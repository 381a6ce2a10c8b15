#include "core/registry/credentialstore.h"

#include "core/registry/credentialhelper.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

namespace chainscope::registry {

namespace {

// lupdate files Tr::tr() strings under this context, as translate() looks them up.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(chainscope::registry)
};

// "~/.docker/config.json" rather than the full home path: shorter, and the
// user recognises it.
QString displayPath(const QString &path)
{
    const QString home = QDir::homePath();
    if (!home.isEmpty() && home != QLatin1String("/")
        && path.startsWith(home + QLatin1Char('/')))
        return QLatin1Char('~') + path.mid(home.size());
    return path;
}

} // namespace

QString credentialSourceName(CredentialSource source)
{
    switch (source) {
    case CredentialSource::None: return QStringLiteral("none");
    case CredentialSource::Typed: return QStringLiteral("typed");
    case CredentialSource::CredentialHelper: return QStringLiteral("cred-helper");
    case CredentialSource::CredsStore: return QStringLiteral("creds-store");
    case CredentialSource::DockerConfig: return QStringLiteral("docker-config");
    case CredentialSource::ContainersAuth: return QStringLiteral("containers-auth");
    case CredentialSource::Keychain: return QStringLiteral("keychain");
    case CredentialSource::Session: return QStringLiteral("session");
    }
    return QStringLiteral("none");
}

CredentialStore::Files CredentialStore::defaultFiles()
{
    Files files;
    files.dockerConfig = DockerConfig::defaultPath();
    const QString authFile = qEnvironmentVariable("REGISTRY_AUTH_FILE");
    if (!authFile.isEmpty()) {
        files.containersAuth.append(authFile);
    } else {
        const QString runtime = qEnvironmentVariable("XDG_RUNTIME_DIR");
        if (!runtime.isEmpty())
            files.containersAuth.append(QDir(runtime).filePath(
                QStringLiteral("containers/auth.json")));
    }
    return files;
}

Result<CredentialStore> CredentialStore::load(const Files &files)
{
    CredentialStore store;
    if (!files.dockerConfig.isEmpty()) {
        auto docker = DockerConfig::load(files.dockerConfig);
        if (!docker)
            return docker.error();
        store.m_docker = *docker;
    }
    for (const QString &path : files.containersAuth) {
        if (!QFileInfo::exists(path))
            continue;
        auto containers = DockerConfig::load(path);
        if (!containers)
            return containers.error();
        store.m_containers = *containers;
        break;
    }
    return store;
}

Result<CredentialLookup> CredentialStore::lookup(const QString &registryHost) const
{
    CredentialLookup result;
    const QString server = credentialServerAddress(registryHost);

    // 1. A helper named for this very host: its failure is the user's problem to see.
    for (const DockerConfig *config : {&m_docker, &m_containers}) {
        const QString name = config->credentialHelper(registryHost);
        if (name.isEmpty())
            continue;
        const CredentialHelper helper(name, m_helperTimeoutMs);
        auto found = helper.get(server);
        if (!found) {
            Error error = found.error();
            error.addContext(Tr::tr("looking up credentials for %1").arg(registryHost));
            return error;
        }
        if (found->has_value()) {
            result.credentials = **found;
            result.source = CredentialSource::CredentialHelper;
            result.description = Tr::tr("credential helper %1").arg(helper.program());
            return result;
        }
        break; // docker asks only the first helper named for a host
    }

    // 2. The store for every host; an empty "{}" auths entry says it holds this one.
    if (!m_docker.credsStore().isEmpty()) {
        const CredentialHelper helper(m_docker.credsStore(), m_helperTimeoutMs);
        auto found = helper.get(server);
        const bool promised = m_docker.hasAuthEntry(registryHost)
                              && !m_docker.find(registryHost).has_value();
        if (!found) {
            if (promised) {
                Error error = found.error();
                error.addContext(Tr::tr("looking up credentials for %1").arg(registryHost));
                return error;
            }
            result.notes.append(found.error().message());
        } else if (found->has_value()) {
            result.credentials = **found;
            result.source = CredentialSource::CredsStore;
            result.description = Tr::tr("credential store %1").arg(helper.program());
            return result;
        }
    }

    // 3. and 4. Plain entries of the two files.
    if (auto found = m_docker.find(registryHost)) {
        result.credentials = *found;
        result.source = CredentialSource::DockerConfig;
        result.description = Tr::tr("%1 auths").arg(displayPath(m_docker.path()));
        return result;
    }
    if (auto found = m_containers.find(registryHost)) {
        result.credentials = *found;
        result.source = CredentialSource::ContainersAuth;
        result.description =
            Tr::tr("containers auth.json (%1)").arg(displayPath(m_containers.path()));
        return result;
    }

    // 5. What the user asked Chainscope to remember.
    if (m_keychain) {
        auto found = m_keychain(normaliseRegistryHost(registryHost));
        if (!found) {
            result.notes.append(found.error().message());
        } else if (found->credentials) {
            found->notes = result.notes + found->notes;
            return *found;
        }
    }
    result.description = Tr::tr("no stored credentials");
    return result;
}

} // namespace chainscope::registry
