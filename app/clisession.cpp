#include "app/clisession.h"

#include "core/reference/imagereference.h"

#include <QCoreApplication>
#include <QFile>

#include <cstdio>

namespace chainscope::app {

namespace {

// lupdate files Tr::tr() strings under this context, as translate() looks them up.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(chainscope::app)
};

} // namespace

Result<void> CliSession::init(const ConnectionOptions &options, const QStringList &namedHosts)
{
    m_options = options;
    m_namedHosts = QSet<QString>(namedHosts.begin(), namedHosts.end());

    auto config = registry::DockerConfig::load(registry::DockerConfig::defaultPath());
    if (!config) {
        Error error = config.error();
        error.addContext(Tr::tr("reading the Docker configuration"));
        return error;
    }
    m_dockerConfig = *config;

    if (options.passwordFromStdin != !options.username.isEmpty()) {
        return Error(ErrorKind::InvalidInput,
                     Tr::tr("--username and --password-stdin go together: give both or neither"));
    }
    if (options.passwordFromStdin) {
        QFile in;
        if (!in.open(stdin, QIODevice::ReadOnly)) {
            return Error(ErrorKind::Io, Tr::tr("could not read the password from standard input"));
        }
        QByteArray password = in.readAll();
        // Like `docker login --password-stdin`: the trailing newline is not part of it.
        while (password.endsWith('\n') || password.endsWith('\r'))
            password.chop(1);
        if (password.isEmpty()) {
            return Error(ErrorKind::InvalidInput,
                         Tr::tr("--password-stdin was given, but standard input is empty"));
        }
        m_explicit = registry::Credentials{options.username, QString::fromUtf8(password)};
    }
    return {};
}

std::shared_ptr<registry::RegistryClient> CliSession::sharedClient(const QString &host)
{
    auto found = m_clients.constFind(host);
    if (found != m_clients.constEnd())
        return *found;

    std::optional<registry::Credentials> credentials;
    if (m_explicit && m_namedHosts.contains(host))
        credentials = m_explicit;
    else
        credentials = m_dockerConfig.find(host);

    registry::ClientOptions clientOptions;
    clientOptions.insecurePlainHttpToRemoteHosts = m_options.insecurePlainHttp;
    auto client = std::make_shared<registry::RegistryClient>(host, credentials, clientOptions);
    m_clients.insert(host, client);
    return client;
}

registry::RegistryClient &CliSession::client(const QString &host)
{
    return *sharedClient(host);
}

bool CliSession::mayFollow(const QString &host) const
{
    return m_options.followAllRegistries || m_namedHosts.contains(host)
           || reference::isLoopbackHost(host) || m_dockerConfig.find(host).has_value();
}

QJsonObject CliSession::credentialInfo(const QString &host) const
{
    if (m_explicit && m_namedHosts.contains(host)) {
        return {{QStringLiteral("source"), QStringLiteral("typed")},
                {QStringLiteral("description"), Tr::tr("--username and --password-stdin")},
                {QStringLiteral("username"), m_explicit->username}};
    }
    if (const auto found = m_dockerConfig.find(host)) {
        return {{QStringLiteral("source"), QStringLiteral("docker-config")},
                {QStringLiteral("description"),
                 Tr::tr("\"auths\" of %1").arg(registry::DockerConfig::defaultPath())},
                {QStringLiteral("username"), found->username}};
    }
    return {{QStringLiteral("source"), QStringLiteral("none")},
            {QStringLiteral("description"), Tr::tr("none: anonymous access")}};
}

QStringList CliSession::transportNotes() const
{
    QStringList notes;
    for (const auto &client : m_clients) {
        for (const QString &note : client->transportNotes()) {
            if (!notes.contains(note))
                notes.append(note);
        }
    }
    return notes;
}

} // namespace chainscope::app
