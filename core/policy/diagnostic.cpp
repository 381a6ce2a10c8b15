#include "core/policy/diagnostic.h"

#include <QJsonArray>

#include <algorithm>

namespace chainscope::policy {

QJsonObject TextEdit::toJson() const
{
    return QJsonObject{{QStringLiteral("start"), start},
                       {QStringLiteral("end"), end},
                       {QStringLiteral("newText"), newText}};
}

QString QuickFix::apply(const QString &text) const
{
    // From the back, so earlier offsets stay valid; of two insertions at the
    // same place, the one listed first ends up first in the text.
    QList<int> order;
    for (int i = 0; i < edits.size(); ++i)
        order << i;
    std::sort(order.begin(), order.end(), [this](int a, int b) {
        if (edits[a].start != edits[b].start)
            return edits[a].start > edits[b].start;
        return a > b;
    });
    QString out = text;
    for (int i : order)
        out.replace(edits[i].start, edits[i].end - edits[i].start, edits[i].newText);
    return out;
}

QJsonObject QuickFix::toJson() const
{
    QJsonArray list;
    for (const TextEdit &e : edits)
        list.append(e.toJson());
    return QJsonObject{{QStringLiteral("id"), id},
                       {QStringLiteral("title"), title},
                       {QStringLiteral("weakensVerification"), weakensVerification},
                       {QStringLiteral("edits"), list}};
}

QString severityName(Severity severity)
{
    switch (severity) {
    case Severity::Error:
        return QStringLiteral("error");
    case Severity::Warning:
        return QStringLiteral("warning");
    case Severity::Info:
        return QStringLiteral("info");
    }
    return {};
}

void Diagnostic::setRange(const YamlRange &range)
{
    line = range.start.line;
    column = range.start.column;
    endLine = range.end.isValid() ? range.end.line : line;
    endColumn = range.end.isValid() ? range.end.column : column;
}

QJsonObject Diagnostic::toJson() const
{
    QJsonObject o{{QStringLiteral("severity"), severityName(severity)},
                  {QStringLiteral("code"), code},
                  {QStringLiteral("message"), message},
                  {QStringLiteral("line"), line},
                  {QStringLiteral("column"), column},
                  {QStringLiteral("endLine"), endLine},
                  {QStringLiteral("endColumn"), endColumn}};
    if (fix)
        o.insert(QStringLiteral("fix"), fix->toJson());
    return o;
}

} // namespace chainscope::policy
