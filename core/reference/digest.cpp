#include "core/reference/digest.h"

#include <QCoreApplication>
#include <QCryptographicHash>

namespace chainscope::reference {

namespace {

int hexLength(const QString &algorithm)
{
    if (algorithm == QLatin1String("sha256"))
        return 64;
    if (algorithm == QLatin1String("sha512"))
        return 128;
    return -1;
}

bool isLowerHex(const QString &text)
{
    for (const QChar c : text) {
        if (!((c >= QLatin1Char('0') && c <= QLatin1Char('9'))
              || (c >= QLatin1Char('a') && c <= QLatin1Char('f'))))
            return false;
    }
    return true;
}

} // namespace

Result<Digest> Digest::parse(const QString &text)
{
    const qsizetype colon = text.indexOf(QLatin1Char(':'));
    if (colon <= 0) {
        return Error(ErrorKind::InvalidInput,
                     QCoreApplication::translate("chainscope::reference",
                                                 "\"%1\" is not a digest (expected algorithm:hex)")
                         .arg(text.left(80)));
    }
    const QString algorithm = text.left(colon);
    const QString hex = text.mid(colon + 1);
    const int wanted = hexLength(algorithm);
    if (wanted < 0) {
        return Error(ErrorKind::Unsupported,
                     QCoreApplication::translate("chainscope::reference",
                                                 "digest algorithm \"%1\" is not supported")
                         .arg(algorithm.left(32)));
    }
    if (hex.size() != wanted || !isLowerHex(hex)) {
        return Error(ErrorKind::InvalidInput,
                     QCoreApplication::translate("chainscope::reference",
                                                 "\"%1\" is not a valid %2 digest")
                         .arg(text.left(140), algorithm));
    }
    Digest digest;
    digest.m_algorithm = algorithm;
    digest.m_hex = hex;
    return digest;
}

Digest Digest::sha256Of(const QByteArray &bytes)
{
    Digest digest;
    digest.m_algorithm = QStringLiteral("sha256");
    digest.m_hex = QString::fromLatin1(
        QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
    return digest;
}

QString Digest::toString() const
{
    if (!isValid())
        return {};
    return m_algorithm + QLatin1Char(':') + m_hex;
}

bool Digest::matches(const QByteArray &bytes) const
{
    QCryptographicHash::Algorithm algorithm;
    if (m_algorithm == QLatin1String("sha256"))
        algorithm = QCryptographicHash::Sha256;
    else if (m_algorithm == QLatin1String("sha512"))
        algorithm = QCryptographicHash::Sha512;
    else
        return false;
    return QString::fromLatin1(QCryptographicHash::hash(bytes, algorithm).toHex()) == m_hex;
}

QString Digest::tagPrefix() const
{
    return m_algorithm + QLatin1Char('-') + m_hex;
}

} // namespace chainscope::reference
