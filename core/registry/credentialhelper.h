#pragma once

#include "core/registry/credentials.h"
#include "core/support/result.h"

#include <QString>

#include <optional>

namespace chainscope::registry {

/// Runs a Docker credential helper (`docker-credential-<name> get`, the
/// server address on standard input, {"ServerURL", "Username", "Secret"} on
/// standard output), as docker and podman do. A user name "<token>" makes
/// the secret an identity token. The secret never enters a message or a log.
///
/// Threading: blocking (waits for the process); call it off the GUI thread.
/// Errors: the helper is not on PATH, times out, fails, or answers with
/// something that is not the JSON above; each message names the helper.
/// "credentials not found" is not an error: it gives std::nullopt.
class CredentialHelper
{
public:
    explicit CredentialHelper(QString name, int timeoutMs = 20000);

    /// "docker-credential-<name>".
    QString program() const;

    Result<std::optional<Credentials>> get(const QString &serverAddress) const;

private:
    QString m_name;
    int m_timeoutMs;
};

} // namespace chainscope::registry
