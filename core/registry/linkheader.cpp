#include "core/registry/linkheader.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <cstring>

namespace chainscope::registry {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(chainscope::registry)
};

bool isTchar(char c)
{
    if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'))
        return true;
    switch (c) {
    case '!': case '#': case '$': case '%': case '&': case '\'': case '*': case '+':
    case '-': case '.': case '^': case '_': case '`': case '|': case '~':
        return true;
    default:
        return false;
    }
}

class Parser
{
public:
    Parser(const QByteArray &text, const QUrl &base) : s(text), base(base) {}

    Result<QList<LinkHeader::Link>> run()
    {
        QList<LinkHeader::Link> links;
        for (;;) {
            skip(" \t,");
            if (atEnd())
                return links;
            if (s[i] != '<')
                return fail(Tr::tr("expected \"<\" to open a link target"));
            const qsizetype close = s.indexOf('>', i + 1);
            if (close < 0)
                return fail(Tr::tr("link target without \">\""));
            LinkHeader::Link link;
            link.rawTarget = s.mid(i + 1, close - i - 1).trimmed();
            i = close + 1;
            const QUrl reference = QUrl::fromEncoded(link.rawTarget, QUrl::StrictMode);
            if (!reference.isValid() || link.rawTarget.contains(' '))
                return fail(Tr::tr("invalid link target"));
            link.target = base.resolved(reference);
            // *( OWS ";" OWS link-param )
            for (;;) {
                skip(" \t");
                if (atEnd() || s[i] == ',')
                    break;
                if (s[i] != ';')
                    return fail(Tr::tr("expected \";\" or \",\" after a link"));
                ++i;
                skip(" \t");
                const qsizetype start = i;
                while (!atEnd() && isTchar(s[i]))
                    ++i;
                if (i == start)
                    return fail(Tr::tr("expected a link parameter name"));
                const QString name = QString::fromLatin1(s.mid(start, i - start)).toLower();
                skip(" \t");
                QString value;
                if (!atEnd() && s[i] == '=') {
                    ++i;
                    skip(" \t");
                    auto read = readValue();
                    if (!read.ok())
                        return read.error();
                    value = *read;
                }
                // §3: occurrences after the first of rel are ignored.
                if (!link.params.contains(name))
                    link.params.insert(name, value);
            }
            const QString rel = link.params.value(QStringLiteral("rel"));
            for (const QString &type : rel.split(QRegularExpression(QStringLiteral("\\s+")),
                                                 Qt::SkipEmptyParts))
                link.relations << type.toLower();
            links.append(link);
        }
    }

private:
    const QByteArray &s;
    const QUrl &base;
    qsizetype i = 0;

    bool atEnd() const { return i >= s.size(); }
    void skip(const char *set)
    {
        while (!atEnd() && std::strchr(set, s[i]) && s[i] != '\0')
            ++i;
    }
    Error fail(const QString &what) const
    {
        return Error(ErrorKind::Malformed, Tr::tr("unreadable Link header at character %1: %2")
                                               .arg(i + 1)
                                               .arg(what));
    }
    Result<QString> readValue()
    {
        QByteArray value;
        if (!atEnd() && s[i] == '"') {
            ++i;
            while (!atEnd()) {
                const char c = s[i++];
                if (c == '"')
                    return QString::fromUtf8(value);
                if (c == '\\') {
                    if (atEnd())
                        break;
                    value += s[i++];
                } else {
                    value += c;
                }
            }
            return fail(Tr::tr("unterminated quoted string"));
        }
        const qsizetype start = i;
        while (!atEnd() && isTchar(s[i]))
            ++i;
        if (i == start)
            return fail(Tr::tr("expected a parameter value"));
        return QString::fromLatin1(s.mid(start, i - start));
    }
};

} // namespace

Result<QList<LinkHeader::Link>> LinkHeader::parse(const QByteArray &fieldValue,
                                                  const QUrl &requestUrl)
{
    Parser parser(fieldValue, requestUrl);
    return parser.run();
}

Result<std::optional<QUrl>> LinkHeader::next(const QByteArray &fieldValue,
                                             const QUrl &requestUrl)
{
    auto links = parse(fieldValue, requestUrl);
    if (!links.ok())
        return links.error();
    for (const Link &link : *links) {
        if (link.relations.contains(QLatin1String("next")))
            return std::optional<QUrl>(link.target);
    }
    return std::optional<QUrl>();
}

} // namespace chainscope::registry
