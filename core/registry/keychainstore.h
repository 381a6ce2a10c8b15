#pragma once

#include "core/registry/credentials.h"
#include "core/registry/credentialstore.h"
#include "core/support/result.h"

#include <QString>

#include <memory>

namespace chainscope::registry {

/// Chainscope's own registry passwords in the system keychain (the Secret
/// Service of GNOME Keyring or KWallet, through QtKeychain), one entry per
/// registry host (normaliseRegistryHost()). Where no keychain service runs
/// the password is kept in memory for this session only — never in a file —
/// and store() says so.
///
/// Threading: every call blocks until the keychain answers (it may ask the
/// user to unlock it; at most two minutes). QtKeychain runs its jobs in the
/// main thread: call from the main thread (a local event loop runs there),
/// or from a worker while the main thread runs its event loop (the GUI's
/// task threads). Copies share one session memory; all methods may be
/// called from several threads.
/// Errors: the keychain refused or failed; "no keychain service" is not an
/// error for store() (the session keeps it) but is one for checkAvailable().
class KeychainStore
{
public:
    /// \a service names the entries in the keychain (tests use their own).
    explicit KeychainStore(QString service = QStringLiteral("Chainscope registry"));

    /// Whether a keychain service answers on the session bus; the error
    /// says why not ("no D-Bus session bus", "no Secret Service").
    Result<void> checkAvailable() const;

    /// Stores \a credentials for \a registryHost. Gives Keychain, or Session
    /// when no keychain service exists (then unavailableReason() says why).
    Result<CredentialSource> store(const QString &registryHost,
                                   const Credentials &credentials) const;

    /// The stored entry (source Keychain or Session), or no credentials.
    Result<CredentialLookup> read(const QString &registryHost) const;

    /// Forgets the entry in the keychain and in the session; absent is fine.
    Result<void> remove(const QString &registryHost) const;

    /// For CredentialStore::setKeychainLookup(): shares this store's state.
    CredentialStore::KeychainLookup lookupFunction() const;

    /// A sentence for the user when no keychain service is available.
    QString unavailableReason() const;

private:
    struct Private;
    std::shared_ptr<Private> d;
};

} // namespace chainscope::registry
