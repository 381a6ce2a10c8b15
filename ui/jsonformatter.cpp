#include "ui/jsonformatter.h"

#include <QJsonDocument>
#include <QJsonParseError>

#include <climits>

namespace chainscope::ui {

QString JsonFormatter::pretty(const QByteArray &raw, QString *errorMessage, int indent,
                             qsizetype maxChars)
{
    QJsonParseError error;
    QJsonDocument::fromJson(raw, &error);
    if (error.error != QJsonParseError::NoError) {
        if (errorMessage)
            *errorMessage = tr("not valid JSON: %1 at offset %2")
                                .arg(error.errorString())
                                .arg(error.offset);
        return {};
    }

    const QString text = QString::fromUtf8(raw);
    // Deep nesting multiplies indentation: a small hostile config could
    // otherwise grow into gigabytes.
    const qsizetype cap = maxChars >= 0 ? maxChars : qMax(4 * text.size(), MinOutputCap);
    QString out;
    out.reserve(qMin(text.size() * 2, cap));
    int depth = 0;
    bool inString = false;
    auto newline = [&out, &depth, indent]() {
        out += QLatin1Char('\n');
        out += QString(qMin(depth, MaxIndentDepth) * indent, QLatin1Char(' '));
    };

    auto tooLong = [errorMessage, cap]() {
        if (errorMessage)
            *errorMessage = tr("indented, it would exceed %n characters", nullptr,
                               int(qMin<qsizetype>(cap, INT_MAX)));
        return QString();
    };

    for (qsizetype i = 0; i < text.size(); ++i) {
        if (out.size() > cap)
            return tooLong();
        const QChar c = text.at(i);
        if (inString) {
            out += c;
            if (c == QLatin1Char('\\') && i + 1 < text.size()) {
                out += text.at(++i);
            } else if (c == QLatin1Char('"')) {
                inString = false;
            }
            continue;
        }
        switch (c.unicode()) {
        case '"':
            inString = true;
            out += c;
            break;
        case '{':
        case '[': {
            // Keep empty containers on one line: "{}" and "[]".
            qsizetype next = i + 1;
            while (next < text.size() && text.at(next).isSpace())
                ++next;
            const QChar close = c == QLatin1Char('{') ? QLatin1Char('}') : QLatin1Char(']');
            if (next < text.size() && text.at(next) == close) {
                out += c;
                out += close;
                i = next;
                break;
            }
            out += c;
            ++depth;
            newline();
            break;
        }
        case '}':
        case ']':
            --depth;
            newline();
            out += c;
            break;
        case ',':
            out += c;
            newline();
            break;
        case ':':
            out += QLatin1String(": ");
            break;
        case ' ':
        case '\t':
        case '\n':
        case '\r':
            break;
        default:
            out += c;
        }
    }
    return out.size() > cap ? tooLong() : out;
}

} // namespace chainscope::ui
