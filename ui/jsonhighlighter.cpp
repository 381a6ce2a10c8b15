#include "ui/jsonhighlighter.h"

#include <QColor>
#include <QFont>

namespace chainscope::ui {

JsonHighlighter::JsonHighlighter(QTextDocument *document)
    : QSyntaxHighlighter(document)
{
}

QTextCharFormat JsonHighlighter::format(SyntaxToken token)
{
    QTextCharFormat format;
    switch (token) {
    case SyntaxToken::Key:
        format.setForeground(QColor(0x1f, 0x4e, 0x9a));
        format.setFontWeight(QFont::DemiBold);
        break;
    case SyntaxToken::String:
        format.setForeground(QColor(0x2e, 0x7d, 0x32));
        break;
    case SyntaxToken::Number:
        format.setForeground(QColor(0xad, 0x56, 0x00));
        break;
    case SyntaxToken::Keyword:
        format.setForeground(QColor(0x8e, 0x24, 0xaa));
        format.setFontWeight(QFont::DemiBold);
        break;
    case SyntaxToken::Punctuation:
        format.setForeground(QColor(0x60, 0x60, 0x60));
        break;
    case SyntaxToken::Comment:
        format.setForeground(QColor(0x75, 0x75, 0x75));
        format.setFontItalic(true);
        break;
    case SyntaxToken::Marker:
        format.setForeground(QColor(0x00, 0x79, 0x6b));
        break;
    case SyntaxToken::Error:
        format.setUnderlineStyle(QTextCharFormat::WaveUnderline);
        format.setUnderlineColor(QColor(0xc0, 0x39, 0x2b));
        break;
    }
    return format;
}

HighlightSpans JsonHighlighter::tokenize(const QString &line)
{
    HighlightSpans spans;
    const int size = int(line.size());
    int i = 0;
    while (i < size) {
        const QChar c = line.at(i);
        if (c == QLatin1Char('"')) {
            int end = i + 1;
            bool closed = false;
            while (end < size) {
                if (line.at(end) == QLatin1Char('\\')) {
                    end += 2;
                    continue;
                }
                if (line.at(end) == QLatin1Char('"')) {
                    closed = true;
                    ++end;
                    break;
                }
                ++end;
            }
            end = qMin(end, size);
            SyntaxToken token = SyntaxToken::Error;
            if (closed) {
                int next = end;
                while (next < size && line.at(next).isSpace())
                    ++next;
                token = next < size && line.at(next) == QLatin1Char(':') ? SyntaxToken::Key
                                                                         : SyntaxToken::String;
            }
            spans.append({i, end - i, token});
            i = end;
        } else if (c == QLatin1Char('-') || c.isDigit()) {
            int end = i + 1;
            while (end < size
                   && (line.at(end).isDigit() || QStringView(u".eE+-").contains(line.at(end))))
                ++end;
            spans.append({i, end - i, SyntaxToken::Number});
            i = end;
        } else if (c.isLetter()) {
            int end = i + 1;
            while (end < size && line.at(end).isLetter())
                ++end;
            const QStringView word = QStringView(line).mid(i, end - i);
            const bool keyword = word == u"true" || word == u"false" || word == u"null";
            spans.append({i, end - i, keyword ? SyntaxToken::Keyword : SyntaxToken::Error});
            i = end;
        } else if (QStringView(u"{}[],:").contains(c)) {
            spans.append({i, 1, SyntaxToken::Punctuation});
            ++i;
        } else {
            ++i;
        }
    }
    return spans;
}

void JsonHighlighter::highlightBlock(const QString &text)
{
    for (const HighlightSpan &span : tokenize(text))
        setFormat(span.start, span.length, format(span.token));
}

} // namespace chainscope::ui
