#include "core/support/error.h"

namespace chainscope {

QString errorKindName(ErrorKind kind)
{
    switch (kind) {
    case ErrorKind::InvalidInput: return QStringLiteral("invalid-input");
    case ErrorKind::Malformed: return QStringLiteral("malformed");
    case ErrorKind::Unsupported: return QStringLiteral("unsupported");
    case ErrorKind::Io: return QStringLiteral("io");
    case ErrorKind::Network: return QStringLiteral("network");
    case ErrorKind::Http: return QStringLiteral("http");
    case ErrorKind::Unauthorized: return QStringLiteral("unauthorized");
    case ErrorKind::Forbidden: return QStringLiteral("forbidden");
    case ErrorKind::NotFound: return QStringLiteral("not-found");
    case ErrorKind::DigestMismatch: return QStringLiteral("digest-mismatch");
    case ErrorKind::TooLarge: return QStringLiteral("too-large");
    case ErrorKind::Cancelled: return QStringLiteral("cancelled");
    case ErrorKind::Internal: return QStringLiteral("internal");
    }
    return QStringLiteral("internal");
}

Error::Error(ErrorKind kind, QString message)
    : m_kind(kind)
    , m_message(std::move(message))
{
}

Error &Error::setHttpStatus(int status)
{
    m_httpStatus = status;
    return *this;
}

Error &Error::setUrl(const QString &redactedUrl)
{
    m_url = redactedUrl;
    return *this;
}

Error &Error::setRetryable(bool retryable)
{
    m_retryable = retryable;
    return *this;
}

Error &Error::addContext(const QString &phrase)
{
    m_context.append(phrase);
    return *this;
}

QString Error::toString() const
{
    QString text;
    for (auto it = m_context.crbegin(); it != m_context.crend(); ++it)
        text += *it + QStringLiteral(": ");
    text += m_message;
    if (m_httpStatus != 0)
        text += QStringLiteral(" (HTTP %1)").arg(m_httpStatus);
    return text;
}

} // namespace chainscope
