#include "app/clisession.h"

#include "core/reference/imagereference.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>

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

    auto store = registry::CredentialStore::load();
    if (!store) {
        Error error = store.error();
        error.addContext(Tr::tr("reading the registry credentials"));
        return error;
    }
    m_store = *store;

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

    const std::optional<registry::Credentials> credentials = lookup(host).credentials;

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
           || reference::isLoopbackHost(host) || m_store.dockerConfig().hasAuthEntry(host)
           || m_store.containersAuth().hasAuthEntry(host)
           || !m_store.dockerConfig().credentialHelper(host).isEmpty();
}

const registry::CredentialLookup &CliSession::lookup(const QString &host)
{
    auto found = m_lookups.find(host);
    if (found != m_lookups.end())
        return *found;
    registry::CredentialLookup answer;
    if (m_explicit && m_namedHosts.contains(host)) {
        answer.credentials = m_explicit;
        answer.source = registry::CredentialSource::Typed;
        answer.description = Tr::tr("--username and --password-stdin");
    } else if (auto looked = m_store.lookup(host)) {
        answer = *looked;
    } else {
        // A helper that is missing or fails: say so in every report, go on anonymously.
        answer.description = Tr::tr("none: anonymous access");
        answer.notes.append(looked.error().toString());
    }
    return *m_lookups.insert(host, answer);
}

QJsonObject CliSession::credentialInfo(const QString &host)
{
    const registry::CredentialLookup &answer = lookup(host);
    QJsonObject json{{QStringLiteral("source"), registry::credentialSourceName(answer.source)},
                     {QStringLiteral("description"),
                      answer.description.isEmpty() ? Tr::tr("none: anonymous access")
                                                   : answer.description},
                     {QStringLiteral("notes"), QJsonArray::fromStringList(answer.notes)}};
    if (answer.credentials && !answer.credentials->username.isEmpty())
        json.insert(QStringLiteral("username"), answer.credentials->username);
    return json;
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
