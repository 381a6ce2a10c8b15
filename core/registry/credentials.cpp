#include "core/registry/credentials.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QSet>
#include <QUrl>

namespace chainscope::registry {

namespace {

// lupdate files Tr::tr() strings under this context, as translate() looks them up.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(chainscope::registry)
};

constexpr qint64 kMaxConfigBytes = 4 * 1024 * 1024;

// Whether an "auths" key names a whole registry rather than a namespace in
// it ("quay.io/org" in containers' auth.json): host-only keys win.
bool isHostOnlyKey(QString key)
{
    key = key.trimmed();
    const qsizetype scheme = key.indexOf(QLatin1String("://"));
    if (scheme >= 0)
        key = key.mid(scheme + 3);
    const qsizetype slash = key.indexOf(QLatin1Char('/'));
    if (slash < 0)
        return true;
    // "https://index.docker.io/v1/" and "https://ghcr.io/v2/" are API paths, not namespaces.
    const QString rest = key.mid(slash + 1);
    return rest.isEmpty() || rest == QLatin1String("v1/") || rest == QLatin1String("v2/")
           || rest == QLatin1String("v1") || rest == QLatin1String("v2");
}

} // namespace

// As Docker's credentials.ConvertToHostname: drop the scheme and any path.
QString normaliseRegistryHost(QString key)
{
    key = key.trimmed();
    const qsizetype scheme = key.indexOf(QLatin1String("://"));
    if (scheme >= 0)
        key = key.mid(scheme + 3);
    const qsizetype slash = key.indexOf(QLatin1Char('/'));
    if (slash >= 0)
        key = key.left(slash);
    key = key.toLower();
    // Docker Hub is stored under "https://index.docker.io/v1/" by docker login.
    if (key == QLatin1String("index.docker.io") || key == QLatin1String("registry-1.docker.io")
        || key == QLatin1String("registry.hub.docker.com"))
        key = QStringLiteral("docker.io");
    return key;
}

QString credentialServerAddress(const QString &registryHost)
{
    const QString host = normaliseRegistryHost(registryHost);
    if (host == QLatin1String("docker.io"))
        return QStringLiteral("https://index.docker.io/v1/");
    return host;
}

QString DockerConfig::defaultPath()
{
    const QString dir = qEnvironmentVariable("DOCKER_CONFIG");
    if (!dir.isEmpty())
        return QDir(dir).filePath(QStringLiteral("config.json"));
    return QDir::home().filePath(QStringLiteral(".docker/config.json"));
}

Result<DockerConfig> DockerConfig::load(const QString &path)
{
    DockerConfig config;
    QFile file(path);
    if (!file.exists())
        return config;
    if (!file.open(QIODevice::ReadOnly)) {
        return Error(ErrorKind::Io,
                     Tr::tr("cannot read the Docker config %1: %2").arg(path, file.errorString()));
    }
    if (file.size() > kMaxConfigBytes)
        return Error(ErrorKind::TooLarge, Tr::tr("the Docker config %1 is too large").arg(path));
    const QByteArray bytes = file.readAll();

    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(bytes, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
        return Error(ErrorKind::InvalidInput,
                     Tr::tr("the Docker config %1 is not valid JSON: %2")
                         .arg(path, parseError.errorString()));
    }
    config.m_path = path;
    const QJsonObject root = document.object();
    config.m_credsStore = root.value(QLatin1String("credsStore")).toString().trimmed();
    const QJsonObject helpers = root.value(QLatin1String("credHelpers")).toObject();
    for (auto it = helpers.begin(); it != helpers.end(); ++it) {
        const QString helper = it.value().toString().trimmed();
        if (!helper.isEmpty())
            config.m_credHelpers.insert(normaliseRegistryHost(it.key()), helper);
    }

    QSet<QString> fromHostKeys;
    const QJsonObject auths = root.value(QLatin1String("auths")).toObject();
    for (auto it = auths.begin(); it != auths.end(); ++it) {
        const QJsonObject entry = it.value().toObject();
        Credentials credentials;
        const QString auth = entry.value(QLatin1String("auth")).toString();
        if (!auth.isEmpty()) {
            const auto decoded = QByteArray::fromBase64Encoding(
                auth.toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
            // Passwords may contain colons: split on the first one only.
            const qsizetype colon = decoded.decoded.indexOf(':');
            if (!decoded || colon < 0) {
                return Error(ErrorKind::InvalidInput,
                             Tr::tr("the \"auth\" entry for %1 in %2 is not base64 of "
                                "\"user:password\"")
                                 .arg(it.key(), path));
            }
            credentials.username = QString::fromUtf8(decoded.decoded.left(colon));
            credentials.password = QString::fromUtf8(decoded.decoded.mid(colon + 1));
        } else {
            credentials.username = entry.value(QLatin1String("username")).toString();
            credentials.password = entry.value(QLatin1String("password")).toString();
        }
        credentials.identityToken = entry.value(QLatin1String("identitytoken")).toString();
        const QString host = normaliseRegistryHost(it.key());
        const bool hostKey = isHostOnlyKey(it.key());
        if (!hostKey && fromHostKeys.contains(host))
            continue;
        if (hostKey)
            fromHostKeys.insert(host);
        // An empty entry is kept: it says "ask the credential store" (docker
        // login with a credsStore writes exactly that).
        config.m_auths.insert(host, credentials);
    }
    return config;
}

std::optional<Credentials> DockerConfig::find(const QString &registryHost) const
{
    const auto it = m_auths.constFind(normaliseRegistryHost(registryHost));
    if (it == m_auths.constEnd() || it->isEmpty())
        return std::nullopt;
    return *it;
}

QString DockerConfig::credentialHelper(const QString &registryHost) const
{
    return m_credHelpers.value(normaliseRegistryHost(registryHost));
}

bool DockerConfig::hasAuthEntry(const QString &registryHost) const
{
    return m_auths.contains(normaliseRegistryHost(registryHost));
}

} // namespace chainscope::registry
