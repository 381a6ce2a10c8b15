#include "core/policy/policylinter.h"

#include "core/crypto/publickey.h"
#include "core/policy/kyvernoschema.h"
#include "core/policy/policyfixer.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>

namespace chainscope::policy {

namespace {

// lupdate files Tr::tr() strings under this context, as translate() looks them up.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(chainscope::policy)
};

Diagnostic make(Severity severity, const QString &code, const QString &message,
                const YamlRange &range)
{
    Diagnostic d;
    d.severity = severity;
    d.code = code;
    d.message = message;
    d.setRange(range);
    return d;
}

// Fields of a verifyImages entry and of the spec that get their own,
// more helpful diagnostics than the CRD's generic "Deprecated".
bool hasOwnDeprecation(const QString &parent, const QString &key)
{
    static const QStringList verifyImages{
        QStringLiteral("image"),  QStringLiteral("key"),   QStringLiteral("subject"),
        QStringLiteral("issuer"), QStringLiteral("roots"), QStringLiteral("annotations")};
    if (parent == QLatin1String("verifyImages[]"))
        return verifyImages.contains(key);
    if (parent == QLatin1String("spec"))
        return key == QLatin1String("validationFailureAction");
    return false;
}

class SchemaWalker
{
public:
    explicit SchemaWalker(QList<Diagnostic> &out)
        : m_out(out)
    {
    }

    void walk(const YamlNode &node, const QJsonObject &schema, const QString &path,
              const QString &name)
    {
        if (schema.isEmpty() || node.isNull())
            return;
        const QString type = schema.value(QStringLiteral("t")).toString();
        if (schema.contains(QStringLiteral("s"))) {
            if (!node.isScalar())
                typeError(node, path, Tr::tr("a string or an integer"));
            return;
        }
        if (type == QLatin1String("object")) {
            if (!node.isMap()) {
                typeError(node, path, Tr::tr("a map"));
                return;
            }
            walkMap(node, schema, path, name);
        } else if (type == QLatin1String("array")) {
            if (!node.isSequence()) {
                typeError(node, path, Tr::tr("a list"));
                return;
            }
            const QJsonObject items = schema.value(QStringLiteral("i")).toObject();
            int i = 0;
            for (const YamlNode &item : node.items()) {
                walk(item, items, path + QStringLiteral("[%1]").arg(i),
                     name + QStringLiteral("[]"));
                ++i;
            }
        } else if (type == QLatin1String("string")) {
            if (!node.isScalar() || node.toBool().has_value()) {
                typeError(node, path, Tr::tr("a string"));
                return;
            }
            checkEnum(node, schema, path);
        } else if (type == QLatin1String("boolean")) {
            if (!node.toBool().has_value())
                typeError(node, path, Tr::tr("true or false"));
        } else if (type == QLatin1String("integer") || type == QLatin1String("number")) {
            if (!node.toInt().has_value()) {
                bool ok = false;
                node.scalar().toDouble(&ok);
                if (type == QLatin1String("integer") || !ok
                    || node.scalarStyle() != YamlNode::ScalarStyle::Plain)
                    typeError(node, path, Tr::tr("a number"));
            }
        } else if (schema.contains(QStringLiteral("p")) && node.isMap()) {
            walkMap(node, schema, path, name);
        }
    }

private:
    void walkMap(const YamlNode &node, const QJsonObject &schema, const QString &path,
                 const QString &name)
    {
        const QJsonObject props = schema.value(QStringLiteral("p")).toObject();
        const bool anyField = schema.contains(QStringLiteral("u"));
        const QJsonObject additional = schema.value(QStringLiteral("a")).toObject();
        QSet<QString> seen;
        for (const YamlNode::Entry &e : node.entries()) {
            const QString key = e.key.scalar();
            const QString childPath = path + QLatin1Char('.') + key;
            if (seen.contains(key)) {
                m_out << make(
                    Severity::Error, QStringLiteral("yaml.duplicate-key"),
                    Tr::tr("%1 is set twice; Kubernetes rejects duplicate fields").arg(childPath),
                    e.key.range());
            }
            seen << key;
            if (props.contains(key)) {
                const QJsonObject child = props.value(key).toObject();
                if (child.contains(QStringLiteral("x")) && !hasOwnDeprecation(name, key)) {
                    m_out << make(Severity::Warning, QStringLiteral("schema.deprecated"),
                                  Tr::tr("%1 is deprecated: %2")
                                      .arg(childPath, child.value(QStringLiteral("x")).toString()),
                                  e.key.range());
                }
                walk(e.value, child, childPath, key);
            } else if (!additional.isEmpty()) {
                walk(e.value, additional, childPath, key);
            } else if (!anyField && !props.isEmpty()) {
                QStringList known = props.keys();
                m_out << make(Severity::Error, QStringLiteral("schema.unknown-field"),
                              Tr::tr("unknown field %1; Kubernetes drops it silently, so it has "
                                     "no "
                                     "effect. Known fields here: %2")
                                  .arg(childPath, known.join(QStringLiteral(", "))),
                              e.key.range());
            }
        }
        for (const QJsonValue &req : schema.value(QStringLiteral("r")).toArray()) {
            if (!node.value(req.toString())) {
                m_out << make(
                    Severity::Error, QStringLiteral("schema.required"),
                    Tr::tr("%1 needs the field %2")
                        .arg(path.isEmpty() ? QStringLiteral(".") : path, req.toString()),
                    YamlRange{node.start(), node.start()});
            }
        }
    }

    void typeError(const YamlNode &node, const QString &path, const QString &expected)
    {
        m_out << make(Severity::Error, QStringLiteral("schema.type"),
                      Tr::tr("%1 must be %2, not a %3").arg(path, expected, node.typeName()),
                      node.range());
    }

    void checkEnum(const YamlNode &node, const QJsonObject &schema, const QString &path)
    {
        const QJsonArray values = schema.value(QStringLiteral("e")).toArray();
        if (values.isEmpty())
            return;
        QStringList allowed;
        for (const QJsonValue &v : values)
            allowed << v.toString();
        if (!allowed.contains(node.scalar())) {
            m_out << make(Severity::Error, QStringLiteral("schema.enum"),
                          Tr::tr("%1 is \"%2\"; allowed values: %3")
                              .arg(path, node.scalar(), allowed.join(QStringLiteral(", "))),
                          node.range());
        }
    }

    QList<Diagnostic> &m_out;
};

bool isKeyReference(const QString &value)
{
    const QString v = value.trimmed();
    return v.startsWith(QLatin1String("k8s://")) || v.contains(QLatin1String("{{"))
        || v.contains(QRegularExpression(QStringLiteral("^[a-z0-9]+kms://")))
        || v.startsWith(QLatin1String("hashivault://"));
}

qsizetype pemBlockCount(const QString &value)
{
    return value.count(QLatin1String("-----BEGIN "));
}

// Checks the PEM keys of a publicKeys/key value.
void checkKeys(const Field<QString> &field, const QString &path, QList<Diagnostic> &out)
{
    if (!field.present)
        return;
    const QString value = field.value;
    if (value.trimmed().isEmpty()) {
        out << make(Severity::Error, QStringLiteral("key.empty"),
                    Tr::tr("%1 is empty: give a PEM public key").arg(path), field.valueRange);
        return;
    }
    if (isKeyReference(value)) {
        out << make(Severity::Info, QStringLiteral("key.reference"),
                    Tr::tr("%1 refers to a key outside the policy (Kubernetes secret, KMS or "
                           "variable); Chainscope cannot read it, so it cannot check it")
                        .arg(path),
                    field.valueRange);
        return;
    }
    static const QRegularExpression block(QStringLiteral("-----BEGIN [A-Z ]+-----.*?-----END [A-Z "
                                                         "]+-----"),
                                          QRegularExpression::DotMatchesEverythingOption);
    auto it = block.globalMatch(value);
    int count = 0;
    while (it.hasNext()) {
        const QString pem = it.next().captured(0);
        ++count;
        const Result<crypto::PublicKey> key = crypto::PublicKey::fromPem(pem.toUtf8());
        if (!key.ok()) {
            out << make(Severity::Error, QStringLiteral("key.invalid-pem"),
                        Tr::tr("%1: key %2 does not load: %3")
                            .arg(path)
                            .arg(count)
                            .arg(key.error().message()),
                        field.valueRange);
        }
    }
    if (count == 0) {
        out << make(Severity::Error, QStringLiteral("key.invalid-pem"),
                    Tr::tr("%1 is neither a PEM public key (-----BEGIN PUBLIC KEY-----) nor a "
                           "k8s://<namespace>/<secret> reference")
                        .arg(path),
                    field.valueRange);
    }
}

void lintVerifyImages(const QString &text, const KyvernoPolicy &policy, const Rule &rule,
                      int ruleIndex, const YamlNode &ruleNode, QList<Diagnostic> &out)
{
    const YamlNode *list = ruleNode.value(QStringLiteral("verifyImages"));
    for (const ImageVerification &v : rule.verifyImages) {
        const QString path
            = QStringLiteral(".spec.rules[%1].verifyImages[%2]").arg(ruleIndex).arg(v.index);
        const YamlNode &itemNode = list->items().at(size_t(v.index));
        std::optional<QuickFix> convert;
        if (v.usesDeprecatedFields())
            convert = PolicyFixer::convertDeprecated(text, itemNode, v);

        if (v.image.present) {
            Diagnostic d = make(Severity::Warning, QStringLiteral("verifyImages.deprecated-image"),
                                Tr::tr("%1.image is deprecated (Kyverno 1.4 form); use "
                                       "imageReferences: [\"%2\"]")
                                    .arg(path, v.image.value),
                                v.image.keyRange);
            d.fix = convert;
            out << d;
        }
        if (v.key.present) {
            Diagnostic d = make(Severity::Warning, QStringLiteral("verifyImages.deprecated-key"),
                                Tr::tr("%1.key is deprecated (Kyverno 1.4 form); use attestors: "
                                       "- entries: - keys: publicKeys")
                                    .arg(path),
                                v.key.keyRange);
            d.fix = convert;
            out << d;
        }
        for (const auto &[name, field] : {std::pair{QStringLiteral("subject"), &v.subject},
                                          std::pair{QStringLiteral("issuer"), &v.issuer},
                                          std::pair{QStringLiteral("roots"), &v.roots}}) {
            if (!field->present)
                continue;
            Diagnostic d
                = make(Severity::Warning, QStringLiteral("verifyImages.deprecated-keyless"),
                       Tr::tr("%1.%2 is deprecated; use attestors: - entries: - keyless: %2")
                           .arg(path, name),
                       field->keyRange);
            d.fix = convert;
            out << d;
        }
        if (v.annotations.present) {
            out << make(Severity::Warning, QStringLiteral("verifyImages.deprecated-annotations"),
                        Tr::tr("%1.annotations is deprecated; set annotations on each attestor "
                               "entry")
                            .arg(path),
                        v.annotations.keyRange);
        }
        if (!v.image.present && v.imageReferences.isEmpty()) {
            out << make(Severity::Error, QStringLiteral("verifyImages.missing-image-references"),
                        Tr::tr("%1 has no imageReferences, so it matches no image and verifies "
                               "nothing")
                            .arg(path),
                        YamlRange{v.range.start, v.range.start});
        }
        if (v.imageReferencesField.present && !v.imageReferences.isEmpty() && !v.image.present) {
            for (const Field<QString> &ref : v.imageReferences) {
                if (ref.value.contains(QLatin1String("{{"))) {
                    out << make(Severity::Error, QStringLiteral("verifyImages.variable-reference"),
                                Tr::tr("imageReferences do not support variables; use a fixed "
                                       "pattern"),
                                ref.valueRange);
                }
            }
        }
        checkKeys(v.key, path + QStringLiteral(".key"), out);

        // The attestors Kyverno will evaluate (converted from the 2021 form).
        const ImageVerification current = v.converted();
        int setIndex = 0;
        for (const AttestorSet &set : current.attestors) {
            const QString setPath = path + QStringLiteral(".attestors[%1]").arg(setIndex);
            // Kyverno counts each key of a multi-key publicKeys as an entry.
            qsizetype entries = 0;
            for (const Attestor &a : set.entries)
                entries += std::max<qsizetype>(1, pemBlockCount(a.keys.publicKeys.value));
            if (set.count.present && (set.count.value < 1 || set.count.value > entries)) {
                out << make(Severity::Error, QStringLiteral("attestors.count"),
                            Tr::tr("%1.count is %2 but the set has %3 entries")
                                .arg(setPath)
                                .arg(set.count.value)
                                .arg(entries),
                            set.count.valueRange);
            }
            if (set.entries.isEmpty() && !v.key.present) {
                out << make(Severity::Error, QStringLiteral("attestors.empty"),
                            Tr::tr("%1 has no entries").arg(setPath), set.range);
            }
            int entryIndex = 0;
            for (const Attestor &a : set.entries) {
                const QString entryPath = setPath + QStringLiteral(".entries[%1]").arg(entryIndex);
                const bool fromDeprecated = v.key.present && !v.attestors.size();
                if (a.keys.present) {
                    if (!fromDeprecated)
                        checkKeys(a.keys.publicKeys,
                                  entryPath + QStringLiteral(".keys.publicKeys"), out);
                    if (!a.keys.rekor.ignoreTlog.value) {
                        Diagnostic d
                            = make(Severity::Warning, QStringLiteral("attestor.tlog-required"),
                                   fromDeprecated ? Tr::tr("Kyverno converts this key to a keys "
                                                           "attestor without "
                                                           "rekor settings, so current Kyverno "
                                                           "requires a "
                                                           "transparency-log (Rekor) entry for "
                                                           "every signature; "
                                                           "signatures made with cosign "
                                                           "--tlog-upload=false will be "
                                                           "rejected. Rewrite to the current "
                                                           "form, then set "
                                                           "rekor.ignoreTlog if you sign without "
                                                           "a log.")
                                                  : Tr::tr("%1.keys has no rekor.ignoreTlog: "
                                                           "true, so current Kyverno "
                                                           "requires a transparency-log (Rekor) "
                                                           "entry for every "
                                                           "signature; signatures made with "
                                                           "cosign "
                                                           "--tlog-upload=false will be rejected")
                                                        .arg(entryPath),
                                   fromDeprecated ? v.key.keyRange : a.keys.keyRange);
                        if (!fromDeprecated)
                            d.fix = PolicyFixer::ignoreTransparencyLog(text, a.keys);
                        out << d;
                    } else {
                        out << make(Severity::Info, QStringLiteral("attestor.tlog-ignored"),
                                    Tr::tr("%1.keys accepts signatures without a transparency-log "
                                           "entry (rekor.ignoreTlog: true): a signature cannot be "
                                           "checked against the public log")
                                        .arg(entryPath),
                                    a.keys.rekor.ignoreTlog.keyRange);
                    }
                }
                if (!a.keys.present && !a.keyless.present && !a.certificates.present
                    && !a.hasNestedAttestor) {
                    out << make(Severity::Error, QStringLiteral("attestor.empty"),
                                Tr::tr("%1 has none of keys, keyless, certificates or attestor")
                                    .arg(entryPath),
                                a.range);
                }
                ++entryIndex;
            }
            ++setIndex;
        }
        if (current.attestors.isEmpty() && current.attestations.isEmpty()) {
            out << make(Severity::Warning, QStringLiteral("verifyImages.no-attestors"),
                        Tr::tr("%1 has no attestors and no attestations: images are not checked "
                               "for "
                               "signatures")
                            .arg(path),
                        YamlRange{v.range.start, v.range.start});
        }
    }
    Q_UNUSED(policy);
}

} // namespace

bool LintResult::hasErrors() const
{
    return std::any_of(diagnostics.begin(), diagnostics.end(),
                       [](const Diagnostic &d) { return d.severity == Severity::Error; });
}

int LintResult::errorCount() const
{
    return int(std::count_if(diagnostics.begin(), diagnostics.end(),
                             [](const Diagnostic &d) { return d.severity == Severity::Error; }));
}

QList<Diagnostic> LintResult::withCode(const QString &code) const
{
    QList<Diagnostic> out;
    for (const Diagnostic &d : diagnostics) {
        if (d.code == code)
            out << d;
    }
    return out;
}

PolicyLinter::PolicyLinter(YamlLimits limits)
    : m_limits(limits)
{
}

LintResult PolicyLinter::lint(const QString &text) const
{
    LintResult result;
    const YamlParseResult parsed = YamlParser(m_limits).parse(text);
    if (!parsed.ok()) {
        const YamlSyntaxError &e = *parsed.error;
        result.diagnostics << make(Severity::Error,
                                   e.kind == ErrorKind::TooLarge ? QStringLiteral("yaml.limit")
                                                                 : QStringLiteral("yaml.syntax"),
                                   e.message, YamlRange{e.position, e.position});
        if (!e.position.isValid()) {
            result.diagnostics.last().line = 1;
            result.diagnostics.last().column = 1;
            result.diagnostics.last().endLine = 1;
            result.diagnostics.last().endColumn = 1;
        }
        return result;
    }
    int policies = 0;
    for (const YamlNode &doc : parsed.documents) {
        if (doc.isNull())
            continue;
        Result<KyvernoPolicy> policy = KyvernoPolicy::fromDocument(doc);
        if (!policy.ok()) {
            result.diagnostics << make(Severity::Info, QStringLiteral("policy.not-a-policy"),
                                       Tr::tr("skipped: %1").arg(policy.error().message()),
                                       YamlRange{doc.start(), doc.start()});
            continue;
        }
        ++policies;
        const KyvernoPolicy &p = *policy;
        const QString version = p.apiVersion.value.section(QLatin1Char('/'), 1);
        const QJsonObject schema = KyvernoSchema::forVersion(version);
        if (schema.isEmpty()) {
            result.diagnostics << make(Severity::Error, QStringLiteral("policy.api-version"),
                                       Tr::tr("apiVersion %1 is not served by Kyverno; use "
                                              "kyverno.io/v1")
                                           .arg(p.apiVersion.value),
                                       p.apiVersion.valueRange);
        } else {
            SchemaWalker(result.diagnostics).walk(doc, schema, QString(), QString());
        }
        if (p.validationFailureAction.present) {
            Diagnostic d = make(Severity::Warning,
                                QStringLiteral("policy.deprecated-validation-failure-action"),
                                Tr::tr("spec.validationFailureAction is deprecated; set "
                                       "failureAction "
                                       "on each rule (verifyImages[].failureAction, "
                                       "validate.failureAction)"),
                                p.validationFailureAction.keyRange);
            d.fix = PolicyFixer::moveFailureAction(text, p);
            result.diagnostics << d;
        }
        const YamlNode *rules = doc.value(QStringLiteral("spec"))
            ? doc.value(QStringLiteral("spec"))->value(QStringLiteral("rules"))
            : nullptr;
        for (int i = 0; i < p.rules.size(); ++i) {
            const YamlNode &ruleNode = rules->items().at(size_t(i));
            if (ruleNode.isMap() && ruleNode.value(QStringLiteral("verifyImages"))
                && ruleNode.value(QStringLiteral("verifyImages"))->isSequence())
                lintVerifyImages(text, p, p.rules.at(i), i, ruleNode, result.diagnostics);
        }
        result.policies << p;
    }
    if (policies == 0) {
        result.diagnostics << make(Severity::Error, QStringLiteral("policy.none"),
                                   Tr::tr("no Kyverno ClusterPolicy or Policy found"),
                                   YamlRange{{1, 1, 0}, {1, 1, 0}});
    }
    std::stable_sort(result.diagnostics.begin(), result.diagnostics.end(),
                     [](const Diagnostic &a, const Diagnostic &b) {
                         return std::tie(a.line, a.column) < std::tie(b.line, b.column);
                     });
    return result;
}

} // namespace chainscope::policy
