#include "ui/yamlhighlighter.h"

#include "ui/jsonhighlighter.h"

#include <QRegularExpression>

namespace chainscope::ui {

namespace {

int skipSpaces(const QString &line, int pos)
{
    while (pos < line.size() && line.at(pos) == QLatin1Char(' '))
        ++pos;
    return pos;
}

// End of a quoted scalar starting at \a pos, past the closing quote, or the
// line's end when it is not closed on this line.
int quotedEnd(const QString &line, int pos)
{
    const QChar quote = line.at(pos);
    int end = pos + 1;
    while (end < line.size()) {
        if (quote == QLatin1Char('"') && line.at(end) == QLatin1Char('\\')) {
            end += 2;
            continue;
        }
        if (line.at(end) == quote) {
            if (quote == QLatin1Char('\'') && end + 1 < line.size()
                && line.at(end + 1) == QLatin1Char('\'')) {
                end += 2; // '' escapes a quote inside single quotes
                continue;
            }
            return end + 1;
        }
        ++end;
    }
    return int(line.size());
}

bool isQuote(QChar c)
{
    return c == QLatin1Char('"') || c == QLatin1Char('\'');
}

// A ':' that ends a mapping key: followed by a space or the end of the line.
int plainKeyColon(const QString &line, int pos)
{
    for (int i = pos; i < line.size(); ++i) {
        const QChar c = line.at(i);
        if (c == QLatin1Char('#') && i > pos && line.at(i - 1) == QLatin1Char(' '))
            return -1;
        if (c == QLatin1Char(':') && (i + 1 == line.size() || line.at(i + 1) == QLatin1Char(' ')))
            return i;
    }
    return -1;
}

SyntaxToken plainScalarToken(QStringView text)
{
    static const QRegularExpression number(
        QStringLiteral("^[-+]?(\\d[\\d_]*(\\.\\d*)?([eE][-+]?\\d+)?|\\.\\d+|0x[0-9a-fA-F]+|"
                       "\\.inf|\\.nan)$"));
    static const QStringList keywords = {
        QStringLiteral("true"), QStringLiteral("false"), QStringLiteral("null"),
        QStringLiteral("True"), QStringLiteral("False"), QStringLiteral("Null"),
        QStringLiteral("TRUE"), QStringLiteral("FALSE"), QStringLiteral("NULL"),
        QStringLiteral("~")};
    if (keywords.contains(text))
        return SyntaxToken::Keyword;
    if (number.match(text.toString()).hasMatch())
        return SyntaxToken::Number;
    return SyntaxToken::String;
}

// Flow collections ("[a, b]", "{k: v}") on one line: punctuation, quoted and
// plain scalars.
void tokenizeFlow(const QString &line, int pos, int end, HighlightSpans &spans)
{
    while (pos < end) {
        const QChar c = line.at(pos);
        if (c == QLatin1Char(' ')) {
            ++pos;
        } else if (QStringView(u"[]{},:").contains(c)) {
            spans.append({pos, 1, SyntaxToken::Punctuation});
            ++pos;
        } else if (isQuote(c)) {
            const int stop = qMin(quotedEnd(line, pos), end);
            spans.append({pos, stop - pos, SyntaxToken::String});
            pos = stop;
        } else if (c == QLatin1Char('#') && line.at(pos - 1) == QLatin1Char(' ')) {
            spans.append({pos, end - pos, SyntaxToken::Comment});
            return;
        } else {
            int stop = pos;
            while (stop < end && !QStringView(u"[]{},").contains(line.at(stop))
                   && !(line.at(stop) == QLatin1Char(':')
                        && (stop + 1 == end || line.at(stop + 1) == QLatin1Char(' '))))
                ++stop;
            QStringView word = QStringView(line).mid(pos, stop - pos).trimmed();
            spans.append({pos, int(word.size()), plainScalarToken(word)});
            pos = stop;
        }
    }
}

} // namespace

YamlHighlighter::YamlHighlighter(QTextDocument *document)
    : QSyntaxHighlighter(document)
{
}

HighlightSpans YamlHighlighter::tokenize(const QString &line, int previousState, int *nextState)
{
    HighlightSpans spans;
    const int size = int(line.size());
    const int indent = skipSpaces(line, 0);
    *nextState = -1;

    if (previousState >= 0) {
        if (indent == size) {
            *nextState = previousState;
            return spans;
        }
        if (indent > previousState) {
            *nextState = previousState;
            spans.append({indent, size - indent, SyntaxToken::String});
            return spans;
        }
    }

    if (indent == size)
        return spans;
    if (line.at(indent) == QLatin1Char('#')) {
        spans.append({indent, size - indent, SyntaxToken::Comment});
        return spans;
    }
    const bool marker = line.startsWith(QLatin1String("---"))
                        || line.startsWith(QLatin1String("..."));
    if (indent == 0 && marker && (size == 3 || line.at(3) == QLatin1Char(' '))) {
        spans.append({0, 3, SyntaxToken::Marker});
        const int rest = skipSpaces(line, 3);
        if (rest < size && line.at(rest) == QLatin1Char('#'))
            spans.append({rest, size - rest, SyntaxToken::Comment});
        return spans;
    }

    int pos = indent;
    int parent = indent; // the column block scalar content must be indented past
    while (pos < size && line.at(pos) == QLatin1Char('-')
           && (pos + 1 == size || line.at(pos + 1) == QLatin1Char(' '))) {
        spans.append({pos, 1, SyntaxToken::Punctuation});
        parent = pos;
        pos = skipSpaces(line, pos + 1);
    }
    if (pos >= size)
        return spans;

    // A mapping key, quoted or plain.
    if (isQuote(line.at(pos))) {
        const int end = quotedEnd(line, pos);
        const int colon = skipSpaces(line, end);
        if (colon < size && line.at(colon) == QLatin1Char(':')
            && (colon + 1 == size || line.at(colon + 1) == QLatin1Char(' '))) {
            spans.append({pos, end - pos, SyntaxToken::Key});
            spans.append({colon, 1, SyntaxToken::Punctuation});
            parent = pos;
            pos = skipSpaces(line, colon + 1);
        }
    } else if (!QStringView(u"[{&*!|>").contains(line.at(pos))) {
        const int colon = plainKeyColon(line, pos);
        if (colon >= 0) {
            int keyEnd = colon;
            while (keyEnd > pos && line.at(keyEnd - 1) == QLatin1Char(' '))
                --keyEnd;
            spans.append({pos, keyEnd - pos, SyntaxToken::Key});
            spans.append({colon, 1, SyntaxToken::Punctuation});
            parent = pos;
            pos = skipSpaces(line, colon + 1);
        }
    }

    // Anchors, aliases and tags before the value.
    while (pos < size && QStringView(u"&*!").contains(line.at(pos))) {
        int end = pos + 1;
        while (end < size && line.at(end) != QLatin1Char(' '))
            ++end;
        spans.append({pos, end - pos, SyntaxToken::Marker});
        pos = skipSpaces(line, end);
    }
    if (pos >= size)
        return spans;

    const QChar c = line.at(pos);
    if (c == QLatin1Char('#')) {
        spans.append({pos, size - pos, SyntaxToken::Comment});
    } else if (c == QLatin1Char('|') || c == QLatin1Char('>')) {
        int end = pos + 1;
        while (end < size && (line.at(end).isDigit() || line.at(end) == QLatin1Char('-')
                              || line.at(end) == QLatin1Char('+')))
            ++end;
        spans.append({pos, end - pos, SyntaxToken::Marker});
        const int rest = skipSpaces(line, end);
        if (rest < size && line.at(rest) == QLatin1Char('#'))
            spans.append({rest, size - rest, SyntaxToken::Comment});
        *nextState = parent;
    } else if (c == QLatin1Char('[') || c == QLatin1Char('{')) {
        tokenizeFlow(line, pos, size, spans);
    } else if (isQuote(c)) {
        const int end = quotedEnd(line, pos);
        spans.append({pos, end - pos, SyntaxToken::String});
        const int rest = skipSpaces(line, end);
        if (rest < size && line.at(rest) == QLatin1Char('#'))
            spans.append({rest, size - rest, SyntaxToken::Comment});
    } else {
        int end = pos;
        while (end < size
               && !(end > pos && line.at(end) == QLatin1Char('#')
                    && line.at(end - 1) == QLatin1Char(' ')))
            ++end;
        const int commentStart = end;
        while (end > pos && line.at(end - 1) == QLatin1Char(' '))
            --end;
        spans.append({pos, end - pos, plainScalarToken(QStringView(line).mid(pos, end - pos))});
        if (commentStart < size)
            spans.append({commentStart, size - commentStart, SyntaxToken::Comment});
    }
    return spans;
}

void YamlHighlighter::highlightBlock(const QString &text)
{
    int next = -1;
    for (const HighlightSpan &span : tokenize(text, previousBlockState(), &next))
        setFormat(span.start, span.length, JsonHighlighter::format(span.token));
    setCurrentBlockState(next);
}

} // namespace chainscope::ui
