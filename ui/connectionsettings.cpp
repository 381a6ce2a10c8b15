#include "ui/connectionsettings.h"

#include "core/reference/imagereference.h"
#include "core/registry/registryclient.h"

#include <QUrl>

namespace chainscope::ui {

Result<QString> ConnectionSettings::host() const
{
    const QString text = url.trimmed();
    if (text.isEmpty())
        return Error(ErrorKind::InvalidInput, tr("Enter the registry address, e.g. "
                                                 "127.0.0.1:5000 or https://quay.io."));

    const bool hasScheme = text.contains(QLatin1String("://"));
    const QUrl parsed = QUrl::fromUserInput(hasScheme ? text : QLatin1String("https://") + text);
    if (!parsed.isValid() || parsed.host().isEmpty())
        return Error(ErrorKind::InvalidInput, tr("\"%1\" is not a registry address.").arg(text));
    if (hasScheme && parsed.scheme() != QLatin1String("http")
        && parsed.scheme() != QLatin1String("https"))
        return Error(ErrorKind::InvalidInput,
                     tr("Registries are reached over http or https, not %1.").arg(parsed.scheme()));
    if (!parsed.userInfo().isEmpty())
        return Error(ErrorKind::InvalidInput,
                     tr("Put the user name and password in their own fields, not in the address."));

    QString host = parsed.host();
    if (host.contains(QLatin1Char(':')))
        host = QLatin1Char('[') + host + QLatin1Char(']'); // IPv6 literal
    if (parsed.port() > 0)
        host += QLatin1Char(':') + QString::number(parsed.port());

    if (parsed.scheme() == QLatin1String("http") && !reference::isLoopbackHost(host)
        && !allowInsecureHttp)
        return Error(ErrorKind::InvalidInput,
                     tr("Plain HTTP to %1 lets anyone on the network change what you see. "
                        "Use https, or tick \"Allow insecure plain HTTP\".")
                         .arg(host));
    return host;
}

SourceFactory ConnectionSettings::sourceFactory() const
{
    const Result<QString> resolved = host();
    const QString hostName = resolved ? resolved.value() : QString();
    const bool insecure = allowInsecureHttp;
    std::optional<registry::Credentials> credentials;
    if (!username.isEmpty() || !password.isEmpty())
        credentials = registry::Credentials{username, password};

    return [hostName, insecure, credentials](const std::atomic_bool &cancel) {
        registry::ClientOptions options;
        options.cancelFlag = &cancel;
        options.insecurePlainHttpToRemoteHosts = insecure;
        return std::unique_ptr<registry::ContentSource>(
            std::make_unique<registry::RegistryClient>(hostName, credentials, options));
    };
}

} // namespace chainscope::ui
