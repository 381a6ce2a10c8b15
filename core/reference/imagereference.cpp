#include "core/reference/imagereference.h"

#include <QCoreApplication>
#include <QHostAddress>
#include <QRegularExpression>

namespace chainscope::reference {

namespace {

// Grammar of distribution/reference (reference/regexp.go), anchored.
const QString kAlphanumeric = QStringLiteral("[a-z0-9]+");
const QString kSeparator = QStringLiteral("(?:[._]|__|[-]+)");
const QString kPathComponent =
    QStringLiteral("%1(?:%2%1)*").arg(kAlphanumeric, kSeparator);
const QString kDomainComponent =
    QStringLiteral("(?:[a-zA-Z0-9]|[a-zA-Z0-9][a-zA-Z0-9-]*[a-zA-Z0-9])");
const QString kDomainName = QStringLiteral("%1(?:\\.%1)*").arg(kDomainComponent);
const QString kIpv6 = QStringLiteral("\\[(?:[a-fA-F0-9:]+)\\]");
const QString kDomainAndPort =
    QStringLiteral("(?:%1|%2)(?::[0-9]+)?").arg(kDomainName, kIpv6);
const QString kTag = QStringLiteral("[\\w][\\w.-]{0,127}");

constexpr int kNameTotalLengthMax = 255;
const QString kDefaultDomain = QStringLiteral("docker.io");
const QString kLegacyDefaultDomain = QStringLiteral("index.docker.io");
const QString kOfficialRepoPrefix = QStringLiteral("library/");

// lupdate files Tr::tr() strings under this context, as translate() looks them up.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(chainscope::reference)
};

Error invalid(const QString &message)
{
    return Error(ErrorKind::InvalidInput, message);
}

bool fullMatch(const QString &pattern, const QString &text)
{
    const QRegularExpression re(QStringLiteral("\\A(?:%1)\\z").arg(pattern));
    return re.match(text).hasMatch();
}

// splitDockerDomain of distribution/reference/normalize.go: the first path
// element is a registry only when it looks like a host (has '.' or ':', is
// "localhost", or has upper-case letters, which a repository cannot have).
void splitDockerDomain(const QString &name, QString *domain, QString *remainder)
{
    const qsizetype slash = name.indexOf(QLatin1Char('/'));
    if (slash < 0) {
        *domain = kDefaultDomain;
        *remainder = name;
    } else {
        const QString first = name.left(slash);
        const bool looksLikeHost = first.contains(QLatin1Char('.'))
                                   || first.contains(QLatin1Char(':'))
                                   || first == QLatin1String("localhost")
                                   || first.toLower() != first;
        if (looksLikeHost) {
            *domain = first;
            *remainder = name.mid(slash + 1);
        } else {
            *domain = kDefaultDomain;
            *remainder = name;
        }
    }
    if (*domain == kLegacyDefaultDomain)
        *domain = kDefaultDomain;
    if (*domain == kDefaultDomain && !remainder->contains(QLatin1Char('/')))
        *remainder = kOfficialRepoPrefix + *remainder;
}

QString shortened(const QString &text)
{
    return text.size() > 120 ? text.left(117) + QStringLiteral("...") : text;
}

} // namespace

Result<ImageReference> ImageReference::parse(const QString &input)
{
    const QString text = input.trimmed();
    if (text.isEmpty())
        return invalid(Tr::tr("the image reference is empty"));
    if (text != input)
        return invalid(Tr::tr("the image reference \"%1\" has surrounding spaces")
                           .arg(shortened(input)));

    // A bare 64-hex string is an image ID, not a name (normalize.go).
    static const QRegularExpression identifier(QStringLiteral("\\A[a-f0-9]{64}\\z"));
    if (identifier.match(text).hasMatch())
        return invalid(Tr::tr("\"%1\" is an image ID, not a repository name; "
                          "use name@sha256:... to pin a digest")
                           .arg(shortened(text)));

    // Split off the digest first: it is the only part that may contain '@'.
    QString nameAndTag = text;
    QString digestText;
    const qsizetype at = text.indexOf(QLatin1Char('@'));
    if (at >= 0) {
        nameAndTag = text.left(at);
        digestText = text.mid(at + 1);
        if (digestText.isEmpty())
            return invalid(Tr::tr("\"%1\" ends with '@' but has no digest").arg(shortened(text)));
    }
    if (nameAndTag.isEmpty())
        return invalid(Tr::tr("\"%1\" has no repository name").arg(shortened(text)));

    // The tag is after the last ':' that follows the last '/', so a
    // registry port ("host:5000/app") is not mistaken for a tag.
    QString name = nameAndTag;
    QString tag;
    bool hasTag = false;
    const qsizetype lastSlash = nameAndTag.lastIndexOf(QLatin1Char('/'));
    const qsizetype colon = nameAndTag.lastIndexOf(QLatin1Char(':'));
    if (colon > lastSlash) {
        name = nameAndTag.left(colon);
        tag = nameAndTag.mid(colon + 1);
        hasTag = true;
    }

    QString domain;
    QString remainder;
    splitDockerDomain(name, &domain, &remainder);

    if (remainder.toLower() != remainder)
        return invalid(Tr::tr("repository name \"%1\" must be lowercase")
                           .arg(shortened(remainder)));

    if (!fullMatch(kDomainAndPort, domain))
        return invalid(Tr::tr("\"%1\" is not a valid registry host").arg(shortened(domain)));
    if (auto port = checkHostPort(domain); !port)
        return port.error();
    if (remainder.isEmpty())
        return invalid(Tr::tr("\"%1\" has no repository path").arg(shortened(text)));
    const QStringList components = remainder.split(QLatin1Char('/'));
    for (const QString &component : components) {
        if (component.isEmpty())
            return invalid(Tr::tr("repository path \"%1\" has an empty component")
                               .arg(shortened(remainder)));
        if (!fullMatch(kPathComponent, component))
            return invalid(Tr::tr("repository path component \"%1\" is not valid (lowercase "
                              "letters, digits and single separators '.', '_', '__', '-')")
                               .arg(shortened(component)));
    }
    // ParseNormalizedNamed checks the limit on the normalised name
    // (domain + "/" + path), so "docker.io/library/" counts.
    if (domain.size() + 1 + remainder.size() > kNameTotalLengthMax)
        return invalid(Tr::tr("repository name is longer than %1 characters")
                           .arg(kNameTotalLengthMax));

    if (hasTag) {
        if (tag.isEmpty())
            return invalid(Tr::tr("\"%1\" ends with ':' but has no tag").arg(shortened(text)));
        if (!fullMatch(kTag, tag))
            return invalid(Tr::tr("tag \"%1\" is not valid (up to 128 letters, digits, '_', '.', "
                              "'-', not starting with '.' or '-')")
                               .arg(shortened(tag)));
    }

    ImageReference ref;
    ref.m_registry = domain;
    ref.m_repository = remainder;
    if (!digestText.isEmpty()) {
        auto digest = Digest::parse(digestText);
        if (!digest) {
            Error error = digest.error();
            error.addContext(Tr::tr("digest of \"%1\"").arg(shortened(text)));
            return error;
        }
        ref.m_digest = *digest;
    }
    if (hasTag)
        ref.m_tag = tag;
    else if (!ref.m_digest.isValid())
        ref.m_tag = QStringLiteral("latest");
    return ref;
}

QString ImageReference::name() const
{
    return m_registry + QLatin1Char('/') + m_repository;
}

QString ImageReference::toString() const
{
    QString text = name();
    if (!m_tag.isEmpty())
        text += QLatin1Char(':') + m_tag;
    if (m_digest.isValid())
        text += QLatin1Char('@') + m_digest.toString();
    return text;
}

QString ImageReference::pinned() const
{
    if (m_digest.isValid())
        return name() + QLatin1Char('@') + m_digest.toString();
    return name() + QLatin1Char(':') + m_tag;
}

ImageReference ImageReference::withTag(const QString &tag) const
{
    ImageReference copy = *this;
    copy.m_tag = tag;
    copy.m_digest = Digest();
    return copy;
}

ImageReference ImageReference::withDigest(const Digest &digest) const
{
    ImageReference copy = *this;
    copy.m_digest = digest;
    return copy;
}

bool ImageReference::isLoopback() const
{
    return isLoopbackHost(m_registry);
}

bool isLoopbackHost(const QString &hostAndPort)
{
    QString host = hostAndPort.trimmed();
    if (host.startsWith(QLatin1Char('['))) {
        const qsizetype close = host.indexOf(QLatin1Char(']'));
        if (close < 0)
            return false;
        host = host.mid(1, close - 1);
    } else if (host.count(QLatin1Char(':')) == 1) {
        host = host.left(host.indexOf(QLatin1Char(':')));
    }
    if (host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0)
        return true;
    QHostAddress address;
    if (!address.setAddress(host))
        return false;
    return address.isLoopback();
}

Result<void> checkHostPort(const QString &hostAndPort)
{
    QString port;
    bool hasPort = false;
    if (hostAndPort.startsWith(QLatin1Char('['))) {
        const qsizetype close = hostAndPort.indexOf(QLatin1Char(']'));
        if (close >= 0 && close + 1 < hostAndPort.size()
            && hostAndPort.at(close + 1) == QLatin1Char(':')) {
            port = hostAndPort.mid(close + 2);
            hasPort = true;
        }
    } else if (hostAndPort.count(QLatin1Char(':')) == 1) {
        port = hostAndPort.mid(hostAndPort.indexOf(QLatin1Char(':')) + 1);
        hasPort = true;
    }
    if (!hasPort)
        return {};
    // toInt() accepts signs and spaces; a port is digits only, and a
    // value that does not fit must not fall back to a default port.
    static const QRegularExpression digits(QStringLiteral("\\A[0-9]{1,5}\\z"));
    const int value = digits.match(port).hasMatch() ? port.toInt() : 0;
    if (value < 1 || value > 65535)
        return invalid(Tr::tr("port \"%1\" of registry host \"%2\" is not valid "
                              "(a number from 1 to 65535)")
                           .arg(shortened(port), shortened(hostAndPort)));
    return {};
}

namespace {

// Kyverno's ext/wildcard.Match, which is IGLOU-EU/go-wildcard v2: '*' any
// run (also '/'), '.' exactly one character, '?' one character or none.
// The '?' backtracking follows that library, quirks included, so that a
// pattern admits exactly what Kyverno admits.
bool wildcardMatch(const QString &pattern, const QString &text)
{
    if (pattern.isEmpty())
        return text.isEmpty();
    if (pattern == QLatin1String("*") || pattern == text)
        return true;

    const qsizetype pLen = pattern.size();
    const qsizetype sLen = text.size();
    qsizetype p = 0;
    qsizetype s = 0;
    qsizetype star = -1;
    qsizetype lastStar = 0;
    qsizetype eroteme = -1;
    qsizetype lastEroteme = 0;
    QChar erotemeChar;

    while (s < sLen) {
        if (p >= pLen) {
            if (star < 0)
                return false;
            p = star + 1;
            s = ++lastStar;
            continue;
        }
        const QChar pc = pattern[p];
        if (pc == QLatin1Char('.')) {
            // any single character
        } else if (pc == QLatin1Char('?')) {
            eroteme = p;
            lastEroteme = s;
            erotemeChar = text[s];
        } else if (pc == QLatin1Char('*')) {
            star = p;
            lastStar = s;
            ++p;
            continue;
        } else if (pc != text[s]) {
            if (eroteme >= 0) {
                // Retry with the '?' matching nothing.
                p = eroteme + 1;
                s = lastEroteme;
                eroteme = -1;
                continue;
            }
            if (star >= 0) {
                p = star + 1;
                s = ++lastStar;
                continue;
            }
            return false;
        } else if (eroteme >= 0 && erotemeChar != text[s]) {
            eroteme = -1;
        }
        ++p;
        ++s;
    }
    while (p < pLen && (pattern[p] == QLatin1Char('*') || pattern[p] == QLatin1Char('?')))
        ++p;
    return p == pLen;
}

} // namespace

QString kyvernoImageString(const ImageReference &image)
{
    // pkg/utils/image ImageInfo.String(): registry/path@digest when a digest
    // is set (the tag is dropped), else registry/path:tag.
    if (image.digest().isValid())
        return image.name() + QLatin1Char('@') + image.digest().toString();
    return image.name() + QLatin1Char(':') + image.tag();
}

bool matchesImagePattern(const QString &pattern, const ImageReference &image)
{
    if (!image.isValid())
        return false;
    // Kyverno matches imageReferences against the normalised string only
    // (pkg/engine/internal matchReferences), so "nginx*" does not match
    // "nginx": that image is "docker.io/library/nginx:latest".
    return wildcardMatch(pattern, kyvernoImageString(image));
}

bool matchesWildcard(const QString &pattern, const QString &text)
{
    return wildcardMatch(pattern, text);
}

} // namespace chainscope::reference
