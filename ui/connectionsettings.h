#pragma once

#include "core/registry/contentsource.h"
#include "core/registry/credentialstore.h"
#include "core/registry/keychainstore.h"
#include "core/support/result.h"

#include <QCoreApplication>
#include <QString>

#include <atomic>
#include <functional>
#include <memory>

namespace chainscope::ui {

/// Creates a content source inside a worker thread. The source must honour
/// \a cancel (the registry client takes it as ClientOptions::cancelFlag).
/// Tests hand the window a factory that serves a MemorySource.
using SourceFactory = std::function<std::unique_ptr<registry::ContentSource>(
    const std::atomic_bool &cancel)>;

/// What the connect bar holds: where the registry is and how to log in.
struct ConnectionSettings
{
    Q_DECLARE_TR_FUNCTIONS(chainscope::ui::ConnectionSettings)

public:
    QString url;      ///< as typed: "http://127.0.0.1:5000", "127.0.0.1:5000", "quay.io"
    QString username;
    QString password;
    /// Plain HTTP to a host that is not loopback: named to sound dangerous.
    bool allowInsecureHttp = false;
    /// Store the typed password in the system keychain once it worked.
    bool rememberPassword = false;

    /// "host[:port]" taken from url; an error says what is wrong with it.
    Result<QString> host() const;

    /// A factory creating a RegistryClient for these settings in the worker.
    SourceFactory sourceFactory() const;
    /// The same with \a credentials found by resolveCredentials().
    SourceFactory sourceFactory(std::optional<registry::Credentials> credentials) const;

    /// What the connection logs in with: the typed user name and password
    /// (source Typed), else the credential chain of CredentialStore ending
    /// in keychain(). Blocking (may run credential helpers and ask the
    /// keychain): call it in a worker. Errors: a broken Docker config, a
    /// configured credential helper that fails.
    Result<registry::CredentialLookup> resolveCredentials() const;

    /// When rememberPassword is set and a password was typed: stores it for
    /// host() in keychain(). Returns a sentence for the user, e.g. that no
    /// keychain exists and the password is kept for this session only.
    /// Blocking: call it in a worker.
    QString rememberTypedPassword() const;

    /// The app's keychain entries; one session memory for the whole app.
    static const registry::KeychainStore &keychain();

    /// "Credentials: credential helper docker-credential-pass" — the source,
    /// never the secret; "No credentials (anonymous)" when none.
    static QString describeSource(const registry::CredentialLookup &lookup);
};

} // namespace chainscope::ui
