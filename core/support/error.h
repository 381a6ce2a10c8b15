#pragma once

#include <QString>
#include <QStringList>

namespace chainscope {

/// What kind of failure an Error describes. Callers branch on the kind; the
/// message is for people.
enum class ErrorKind {
    InvalidInput,   ///< something the user typed or a file they opened is wrong
    Malformed,      ///< data from outside (registry, signature, policy) does not parse
    Unsupported,    ///< well-formed, but a format or algorithm we do not handle
    Io,             ///< local file system
    Network,        ///< could not connect, DNS, TLS, timeout
    Http,           ///< the server answered with an unexpected HTTP status
    Unauthorized,   ///< 401 after trying the credentials we have
    Forbidden,      ///< 403
    NotFound,       ///< 404 or an empty answer where content was expected
    DigestMismatch, ///< bytes received do not hash to the digest asked for
    TooLarge,       ///< a response or document exceeds a safety limit
    Cancelled,      ///< the user cancelled
    Internal,       ///< a bug in Chainscope
};

/// Stable, untranslated name of an error kind, e.g. "digest-mismatch".
QString errorKindName(ErrorKind kind);

/// An error as a value. Each layer that passes an error on may add a short
/// phrase of context ("fetching manifest of ztsc/app:1.0"). URLs stored here
/// must already be redacted (no userinfo, no tokens in the query).
/// Messages are translated where they are made (QCoreApplication::translate),
/// so a process that installs no translator gets English.
class Error
{
public:
    Error() = default;
    Error(ErrorKind kind, QString message);

    ErrorKind kind() const { return m_kind; }
    QString message() const { return m_message; }
    int httpStatus() const { return m_httpStatus; }
    QString url() const { return m_url; }
    bool isRetryable() const { return m_retryable; }
    QStringList context() const { return m_context; }

    Error &setHttpStatus(int status);
    Error &setUrl(const QString &redactedUrl);
    Error &setRetryable(bool retryable);

    /// Adds a phrase describing what was being done; outermost last.
    Error &addContext(const QString &phrase);

    /// "outer context: inner context: message (HTTP 404)".
    QString toString() const;

private:
    ErrorKind m_kind = ErrorKind::Internal;
    QString m_message;
    int m_httpStatus = 0;
    QString m_url;
    bool m_retryable = false;
    QStringList m_context;
};

} // namespace chainscope
