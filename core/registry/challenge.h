#pragma once

#include "core/support/result.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>

namespace chainscope::registry {

/// One authentication challenge from a `WWW-Authenticate` header
/// (RFC 9110 §11.6.1, grammar in §11.3): a scheme and either a token68 or
/// a list of auth-params.
///
/// parse() reads every challenge of one or several header field values:
/// several challenges in one value (`Basic realm="x", Bearer realm="y"`),
/// quoted strings with backslash escapes and commas inside them, any case in
/// scheme and parameter names (both are lower-cased here, values are kept as
/// sent), optional whitespace around `=`. A value that does not follow the
/// grammar (unterminated quote, a parameter without `=`, a parameter given
/// twice in one challenge, stray characters) is an ErrorKind::Malformed error
/// rather than a guess. Plain value type; thread-safe like any value.
class Challenge
{
public:
    Challenge() = default;
    explicit Challenge(QString scheme) : m_scheme(std::move(scheme)) {}

    /// Lower case, e.g. "bearer", "basic".
    QString scheme() const { return m_scheme; }
    QString token68() const { return m_token68; }
    /// The parameter's value (name matched case-insensitively), or empty.
    QString param(const QString &name) const { return m_params.value(name.toLower()); }
    bool hasParam(const QString &name) const { return m_params.contains(name.toLower()); }
    QHash<QString, QString> params() const { return m_params; }

    /// All challenges in \a fieldValues, in order (each entry one header
    /// field value; Qt joins repeated fields with ", ", which parses the same).
    static Result<QList<Challenge>> parse(const QList<QByteArray> &fieldValues);
    static Result<QList<Challenge>> parse(const QByteArray &fieldValue);

private:
    friend class ChallengeParser;
    QString m_scheme;
    QString m_token68;
    QHash<QString, QString> m_params;
};

} // namespace chainscope::registry
