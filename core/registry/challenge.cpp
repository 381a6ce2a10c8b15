#include "core/registry/challenge.h"

#include <QCoreApplication>

namespace chainscope::registry {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(chainscope::registry)
};

// RFC 9110 §5.6.2: tchar
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

// RFC 9110 §11.2: token68 = 1*( ALPHA / DIGIT / "-" / "." / "_" / "~" / "+" / "/" ) *"="
bool isToken68Char(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
           || c == '-' || c == '.' || c == '_' || c == '~' || c == '+' || c == '/';
}

bool isSpace(char c)
{
    return c == ' ' || c == '\t';
}

} // namespace

class ChallengeParser
{
public:
    explicit ChallengeParser(const QByteArray &text) : s(text) {}

    Result<void> run(QList<Challenge> &out)
    {
        for (;;) {
            skipListSeparators();
            if (atEnd())
                return {};
            const QByteArray scheme = token();
            if (scheme.isEmpty())
                return fail(Tr::tr("expected an authentication scheme"));
            Challenge challenge(QString::fromLatin1(scheme).toLower());
            const qsizetype afterScheme = i;
            skipSpaces();
            if (i == afterScheme || atEnd() || s[i] == ',') {
                // No parameters (a bare scheme), unless a space is missing.
                if (i == afterScheme && !atEnd() && s[i] != ',')
                    return fail(Tr::tr("unexpected character after the scheme"));
                out.append(challenge);
                continue;
            }
            if (tryToken68(challenge)) {
                out.append(challenge);
                continue;
            }
            auto params = readParams(challenge);
            if (!params.ok())
                return params;
            out.append(challenge);
        }
    }

private:
    const QByteArray &s;
    qsizetype i = 0;

    bool atEnd() const { return i >= s.size(); }
    void skipSpaces()
    {
        while (!atEnd() && isSpace(s[i]))
            ++i;
    }
    void skipListSeparators()
    {
        while (!atEnd() && (isSpace(s[i]) || s[i] == ','))
            ++i;
    }
    QByteArray token()
    {
        const qsizetype start = i;
        while (!atEnd() && isTchar(s[i]))
            ++i;
        return s.mid(start, i - start);
    }
    Error failError(const QString &what) const
    {
        return Error(ErrorKind::Malformed,
                     Tr::tr("unreadable WWW-Authenticate header at character %1: %2")
                         .arg(i + 1)
                         .arg(what));
    }
    Result<void> fail(const QString &what) const { return failError(what); }

    bool tryToken68(Challenge &challenge)
    {
        const qsizetype start = i;
        qsizetype j = i;
        while (j < s.size() && isToken68Char(s[j]))
            ++j;
        if (j == start)
            return false;
        while (j < s.size() && s[j] == '=')
            ++j;
        const qsizetype end = j;
        while (j < s.size() && isSpace(s[j]))
            ++j;
        if (j < s.size() && s[j] != ',')
            return false; // an auth-param, read by readParams
        challenge.m_token68 = QString::fromLatin1(s.mid(start, end - start));
        i = j;
        return true;
    }

    // After a comma: another auth-param of this challenge (`name =`), or the
    // start of the next challenge?
    bool nextIsParam() const
    {
        qsizetype j = i;
        while (j < s.size() && (isSpace(s[j]) || s[j] == ','))
            ++j;
        const qsizetype start = j;
        while (j < s.size() && isTchar(s[j]))
            ++j;
        if (j == start)
            return false;
        while (j < s.size() && isSpace(s[j]))
            ++j;
        return j < s.size() && s[j] == '=';
    }

    Result<void> readParams(Challenge &challenge)
    {
        for (;;) {
            const QByteArray name = token();
            if (name.isEmpty())
                return fail(Tr::tr("expected a parameter name"));
            skipSpaces();
            if (atEnd() || s[i] != '=')
                return fail(Tr::tr("parameter \"%1\" has no value")
                                .arg(QString::fromLatin1(name)));
            ++i;
            skipSpaces();
            QByteArray value;
            if (!atEnd() && s[i] == '"') {
                ++i;
                bool closed = false;
                while (!atEnd()) {
                    const char c = s[i++];
                    if (c == '"') {
                        closed = true;
                        break;
                    }
                    if (c == '\\') {
                        if (atEnd())
                            break;
                        value += s[i++]; // quoted-pair (§5.6.4)
                    } else {
                        value += c;
                    }
                }
                if (!closed)
                    return fail(Tr::tr("unterminated quoted string"));
            } else {
                value = token();
                if (value.isEmpty())
                    return fail(Tr::tr("parameter \"%1\" has an empty value")
                                    .arg(QString::fromLatin1(name)));
            }
            const QString key = QString::fromLatin1(name).toLower();
            // §11.2: each parameter name MUST only occur once per challenge.
            if (challenge.m_params.contains(key))
                return fail(Tr::tr("parameter \"%1\" is given twice").arg(key));
            challenge.m_params.insert(key, QString::fromUtf8(value));
            skipSpaces();
            if (atEnd())
                return {};
            if (s[i] != ',')
                return fail(Tr::tr("expected a comma between parameters"));
            if (!nextIsParam())
                return {};
            skipListSeparators();
        }
    }
};

Result<QList<Challenge>> Challenge::parse(const QList<QByteArray> &fieldValues)
{
    QList<Challenge> all;
    for (const QByteArray &value : fieldValues) {
        // Qt may hand over repeated fields joined by newlines.
        for (const QByteArray &line : value.split('\n')) {
            ChallengeParser parser(line);
            auto parsed = parser.run(all);
            if (!parsed.ok())
                return parsed.error();
        }
    }
    return all;
}

Result<QList<Challenge>> Challenge::parse(const QByteArray &fieldValue)
{
    return parse(QList<QByteArray>{fieldValue});
}

} // namespace chainscope::registry
