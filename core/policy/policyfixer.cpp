#include "core/policy/policyfixer.h"

#include <QCoreApplication>

namespace chainscope::policy {

namespace {

// lupdate files Tr::tr() strings under this context, as translate() looks them up.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(chainscope::policy)
};

QString spaces(int n)
{
    return QString(std::max(n, 0), QLatin1Char(' '));
}

// Offset of the end of the line holding \a offset (before its newline).
int lineEnd(const QString &text, int offset)
{
    const int nl = text.indexOf(QLatin1Char('\n'), offset);
    return nl < 0 ? int(text.size()) : nl;
}

int lineStart(const QString &text, int offset)
{
    const int nl = text.lastIndexOf(QLatin1Char('\n'), std::max(offset - 1, 0));
    return offset == 0 || nl < 0 ? 0 : nl + 1;
}

// The value as YAML text at \a indent: block scalars are re-indented,
// single-line values keep their quoting as written.
QString valueText(const QString &text, const YamlNode &value, int indent)
{
    if (value.isScalar() && value.scalar().contains(QLatin1Char('\n'))) {
        QString body = value.scalar();
        QString header = QStringLiteral("|-");
        if (body.endsWith(QLatin1Char('\n'))) {
            body.chop(1);
            header = QStringLiteral("|");
        }
        if (body.endsWith(QLatin1Char('\n')))
            return {}; // keeps trailing lines: leave such values alone
        QString out = header;
        for (const QString &line : body.split(QLatin1Char('\n')))
            out += QLatin1Char('\n') + (line.isEmpty() ? QString() : spaces(indent) + line);
        return out;
    }
    const int from = value.start().offset;
    const int to = value.end().offset;
    if (from < 0 || to < from)
        return {};
    return text.mid(from, to - from);
}

// Removes a whole "key: value" entry that sits on its own lines.
TextEdit removeEntry(const QString &text, const YamlNode::Entry &e)
{
    const int from = lineStart(text, e.key.start().offset);
    int to = lineEnd(text, e.value.end().isValid() ? e.value.end().offset : e.key.end().offset);
    if (to < text.size())
        ++to;
    return TextEdit{from, to, {}};
}

} // namespace

std::optional<QuickFix> PolicyFixer::convertDeprecated(const QString &text, const YamlNode &item,
                                                       const ImageVerification &v)
{
    if (!item.isMap() || item.isFlow() || !v.usesDeprecatedFields() || v.annotations.present
        || v.imageReferencesField.present || !v.attestors.isEmpty() || !v.attestations.isEmpty())
        return std::nullopt;
    const YamlNode::Entry *imageEntry = item.entry(QStringLiteral("image"));
    const YamlNode::Entry *keyEntry = item.entry(QStringLiteral("key"));
    const YamlNode::Entry *issuerEntry = item.entry(QStringLiteral("issuer"));
    if (!imageEntry || !imageEntry->value.isScalar())
        return std::nullopt;
    const int indent = imageEntry->key.start().column - 1;
    const QString ind = spaces(indent);

    QuickFix fix;
    fix.id = QStringLiteral("convert-deprecated-verify-images");
    fix.title = Tr::tr("Rewrite to imageReferences and attestors (current Kyverno form)");

    const QString image = valueText(text, imageEntry->value, indent + 2);
    if (image.isEmpty())
        return std::nullopt;
    fix.edits << TextEdit{imageEntry->key.start().offset, imageEntry->value.end().offset,
                          QStringLiteral("imageReferences:\n") + ind + QStringLiteral("- ")
                              + image};

    if (keyEntry) {
        if (!keyEntry->value.isScalar())
            return std::nullopt;
        const QString key = valueText(text, keyEntry->value, indent + 8);
        if (key.isEmpty())
            return std::nullopt;
        fix.edits << TextEdit{keyEntry->key.start().offset, keyEntry->value.end().offset,
                              QStringLiteral("attestors:\n") + ind + QStringLiteral("- entries:\n")
                                  + ind + QStringLiteral("  - keys:\n") + ind
                                  + QStringLiteral("      publicKeys: ") + key};
        // Kyverno ignores subject/issuer/roots once a key is set; so do we.
        for (const QString &k :
             {QStringLiteral("subject"), QStringLiteral("issuer"), QStringLiteral("roots")}) {
            if (const YamlNode::Entry *e = item.entry(k))
                fix.edits << removeEntry(text, *e);
        }
    } else if (issuerEntry) {
        QString block = QStringLiteral("attestors:\n") + ind + QStringLiteral("- entries:\n") + ind
            + QStringLiteral("  - keyless:");
        for (const QString &k :
             {QStringLiteral("subject"), QStringLiteral("issuer"), QStringLiteral("roots")}) {
            const YamlNode::Entry *e = item.entry(k);
            if (!e)
                continue;
            const QString value = valueText(text, e->value, indent + 8);
            if (value.isEmpty())
                return std::nullopt;
            block += QLatin1Char('\n') + ind + QStringLiteral("      ") + k + QStringLiteral(": ")
                + value;
            if (e != issuerEntry)
                fix.edits << removeEntry(text, *e);
        }
        fix.edits << TextEdit{issuerEntry->key.start().offset, issuerEntry->value.end().offset,
                              block};
    }
    return fix;
}

std::optional<QuickFix> PolicyFixer::ignoreTransparencyLog(const QString &text,
                                                           const StaticKeyAttestor &keys)
{
    if (!keys.present || !keys.range.start.isValid() || !keys.range.end.isValid())
        return std::nullopt;
    if (keys.rekor.ignoreTlog.value && (!keys.ctlog.present || keys.ctlog.ignoreSCT.value))
        return std::nullopt;
    // The column of the keys map's own keys ("publicKeys:").
    const int indent = keys.range.start.column - 1;
    const QString ind = spaces(indent);

    QuickFix fix;
    fix.id = QStringLiteral("ignore-tlog");
    fix.title = Tr::tr("Accept signatures without a transparency-log entry "
                       "(adds rekor.ignoreTlog and ctlog.ignoreSCT; weakens the check)");
    fix.weakensVerification = true;

    QString append;
    auto setFlag = [&](bool present, const YamlRange &range, const QString &name,
                       const Field<bool> &flag, const QString &flagName) -> bool {
        if (!present) {
            append += QLatin1Char('\n') + ind + name + QStringLiteral(":\n") + ind
                + QStringLiteral("  ") + flagName + QStringLiteral(": true");
            return true;
        }
        if (flag.present) {
            fix.edits << TextEdit{flag.valueRange.start.offset, flag.valueRange.end.offset,
                                  QStringLiteral("true")};
            return true;
        }
        if (!range.start.isValid() || !range.end.isValid())
            return false;
        const bool flow = text.mid(range.start.offset, 1) == QLatin1String("{");
        if (flow) {
            const int close = range.end.offset - 1;
            const bool empty = text.mid(range.start.offset, close - range.start.offset).trimmed()
                == QLatin1String("{");
            fix.edits << TextEdit{close, close,
                                  (empty ? QString() : QStringLiteral(", ")) + flagName
                                      + QStringLiteral(": true")};
            return true;
        }
        const int at = lineEnd(text, range.end.offset);
        fix.edits << TextEdit{at, at,
                              QLatin1Char('\n') + spaces(range.start.column - 1) + flagName
                                  + QStringLiteral(": true")};
        return true;
    };
    if (!keys.rekor.ignoreTlog.value
        && !setFlag(keys.rekor.present, keys.rekor.range, QStringLiteral("rekor"),
                    keys.rekor.ignoreTlog, QStringLiteral("ignoreTlog")))
        return std::nullopt;
    if (!keys.ctlog.ignoreSCT.value
        && !setFlag(keys.ctlog.present, keys.ctlog.range, QStringLiteral("ctlog"),
                    keys.ctlog.ignoreSCT, QStringLiteral("ignoreSCT")))
        return std::nullopt;
    if (!append.isEmpty()) {
        if (text.mid(keys.range.start.offset, 1) == QLatin1String("{"))
            return std::nullopt; // TODO(#5): flow-style keys maps
        const int at = lineEnd(text, keys.range.end.offset);
        fix.edits << TextEdit{at, at, append};
    }
    return fix;
}

std::optional<QuickFix> PolicyFixer::moveFailureAction(const QString &text,
                                                       const KyvernoPolicy &policy)
{
    const YamlNode *spec = policy.document.value(QStringLiteral("spec"));
    const YamlNode::Entry *entry
        = spec ? spec->entry(QStringLiteral("validationFailureAction")) : nullptr;
    if (!entry || !entry->value.isScalar() || spec->isFlow())
        return std::nullopt;
    QString action = entry->value.scalar();
    // The per-rule field only takes the capitalised forms.
    if (action.compare(QLatin1String("enforce"), Qt::CaseInsensitive) == 0)
        action = QStringLiteral("Enforce");
    else if (action.compare(QLatin1String("audit"), Qt::CaseInsensitive) == 0)
        action = QStringLiteral("Audit");
    else
        return std::nullopt;

    QuickFix fix;
    fix.id = QStringLiteral("move-failure-action");
    fix.title = Tr::tr("Set failureAction: %1 on each rule instead").arg(action);
    fix.edits << removeEntry(text, *entry);
    const YamlNode *rules = spec->value(QStringLiteral("rules"));
    if (rules && rules->isSequence()) {
        for (const YamlNode &rule : rules->items()) {
            if (!rule.isMap())
                continue;
            if (const YamlNode *list = rule.value(QStringLiteral("verifyImages"));
                list && list->isSequence()) {
                for (const YamlNode &item : list->items()) {
                    if (!item.isMap() || item.isFlow() || item.entries().empty())
                        return std::nullopt;
                    if (item.value(QStringLiteral("failureAction")))
                        continue;
                    const YamlPosition at = item.entries().front().key.start();
                    fix.edits << TextEdit{at.offset, at.offset,
                                          QStringLiteral("failureAction: ") + action
                                              + QLatin1Char('\n') + spaces(at.column - 1)};
                }
            }
            if (const YamlNode *validate = rule.value(QStringLiteral("validate"))) {
                if (!validate->isMap() || validate->isFlow() || validate->entries().empty())
                    return std::nullopt;
                if (validate->value(QStringLiteral("failureAction")))
                    continue;
                const YamlPosition at = validate->entries().front().key.start();
                fix.edits << TextEdit{at.offset, at.offset,
                                      QStringLiteral("failureAction: ") + action
                                          + QLatin1Char('\n') + spaces(at.column - 1)};
            }
        }
    }
    return fix;
}

} // namespace chainscope::policy
