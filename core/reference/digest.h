#pragma once

#include "core/support/result.h"

#include <QByteArray>
#include <QString>

namespace chainscope::reference {

/// A content digest "algorithm:hex". Only sha256 and sha512 are accepted; the
/// hex part must have the algorithm's length and be lowercase.
class Digest
{
public:
    Digest() = default;

    static Result<Digest> parse(const QString &text);
    static Digest sha256Of(const QByteArray &bytes);

    bool isValid() const { return !m_algorithm.isEmpty(); }
    QString algorithm() const { return m_algorithm; }
    QString hex() const { return m_hex; }
    QString toString() const;

    /// True when \a bytes hash to this digest (same algorithm).
    bool matches(const QByteArray &bytes) const;

    /// The cosign tag prefix "sha256-<hex>".
    QString tagPrefix() const;

    friend bool operator==(const Digest &, const Digest &) = default;

private:
    QString m_algorithm;
    QString m_hex;
};

} // namespace chainscope::reference
