#include "core/registry/registryclient.h"

#include <QCoreApplication>

namespace chainscope::registry {

// TODO(#2): placeholder until the network client lands in the next commit.
class RegistryClient::Private
{
public:
    QString host;
};

static Error notYet()
{
    return Error(ErrorKind::Internal, QStringLiteral("registry client not implemented yet"));
}

RegistryClient::RegistryClient(const QString &host, std::optional<Credentials>, ClientOptions)
    : d(std::make_unique<Private>())
{
    d->host = host;
}

RegistryClient::~RegistryClient() = default;

QString RegistryClient::host() const { return d->host; }
Result<FetchedManifest> RegistryClient::manifest(const QString &, const QString &) { return notYet(); }
Result<QByteArray> RegistryClient::blob(const QString &, const reference::Digest &, qint64) { return notYet(); }
Result<QStringList> RegistryClient::tags(const QString &) { return notYet(); }
Result<QStringList> RegistryClient::repositories() { return notYet(); }
Result<void> RegistryClient::ping() { return notYet(); }
QStringList RegistryClient::transportNotes() const { return {}; }

} // namespace chainscope::registry
