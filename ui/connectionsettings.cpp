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
    std::optional<registry::Credentials> credentials;
    if (!username.isEmpty() || !password.isEmpty())
        credentials = registry::Credentials{username, password, {}};
    return sourceFactory(credentials);
}

Result<registry::CredentialLookup> ConnectionSettings::resolveCredentials() const
{
    if (!username.isEmpty() || !password.isEmpty()) {
        registry::CredentialLookup typed;
        typed.credentials = registry::Credentials{username, password, {}};
        typed.source = registry::CredentialSource::Typed;
        typed.description = tr("typed in the connect bar");
        return typed;
    }
    const Result<QString> resolved = host();
    if (!resolved)
        return resolved.error();
    auto store = registry::CredentialStore::load();
    if (!store)
        return store.error();
    store->setKeychainLookup(keychain().lookupFunction());
    return store->lookup(resolved.value());
}

QString ConnectionSettings::rememberTypedPassword() const
{
    const Result<QString> resolved = host();
    if (!rememberPassword || password.isEmpty() || !resolved)
        return {};
    const auto stored = keychain().store(resolved.value(),
                                         registry::Credentials{username, password, {}});
    if (!stored)
        return tr("The password was not stored: %1").arg(stored.error().message());
    if (*stored == registry::CredentialSource::Session)
        return tr("%1. The password is kept for this session only, never in a file.")
            .arg(keychain().unavailableReason());
    return tr("Password stored in the system keychain.");
}

const registry::KeychainStore &ConnectionSettings::keychain()
{
    static const registry::KeychainStore store;
    return store;
}

QString ConnectionSettings::describeSource(const registry::CredentialLookup &lookup)
{
    if (!lookup.credentials)
        return tr("No stored credentials: anonymous access");
    return tr("Credentials: %1").arg(lookup.description);
}

SourceFactory ConnectionSettings::sourceFactory(
    std::optional<registry::Credentials> credentials) const
{
    const Result<QString> resolved = host();
    const QString hostName = resolved ? resolved.value() : QString();
    const bool insecure = allowInsecureHttp;

    return [hostName, insecure, credentials](const std::atomic_bool &cancel) {
        registry::ClientOptions options;
        options.cancelFlag = &cancel;
        options.insecurePlainHttpToRemoteHosts = insecure;
        return std::unique_ptr<registry::ContentSource>(
            std::make_unique<registry::RegistryClient>(hostName, credentials, options));
    };
}

} // namespace chainscope::ui
