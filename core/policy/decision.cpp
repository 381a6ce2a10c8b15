#include "core/policy/decision.h"

#include <QJsonArray>

namespace chainscope::policy {

namespace {

template <typename T> QJsonArray toArray(const QList<T> &list)
{
    QJsonArray out;
    for (const T &item : list)
        out.append(item.toJson());
    return out;
}

} // namespace

QString checkResultName(CheckResult result)
{
    switch (result) {
    case CheckResult::Pass:
        return QStringLiteral("pass");
    case CheckResult::Fail:
        return QStringLiteral("fail");
    case CheckResult::Skip:
        return QStringLiteral("skip");
    case CheckResult::Error:
        return QStringLiteral("error");
    }
    return {};
}

QJsonObject AttestorEntryTrace::toJson() const
{
    QJsonObject o{{QStringLiteral("path"), path},
                  {QStringLiteral("kind"), kind},
                  {QStringLiteral("result"), checkResultName(result)},
                  {QStringLiteral("requireTransparencyLog"), requireTransparencyLog},
                  {QStringLiteral("message"), message},
                  {QStringLiteral("explanation"), explanation}};
    if (!keyFingerprint.isEmpty())
        o.insert(QStringLiteral("keyFingerprint"), keyFingerprint);
    if (!hint.isEmpty())
        o.insert(QStringLiteral("hint"), hint);
    if (!fixId.isEmpty())
        o.insert(QStringLiteral("fix"), fixId);
    if (verification)
        o.insert(QStringLiteral("verification"), verification->toJson());
    return o;
}

QJsonObject AttestorSetTrace::toJson() const
{
    return QJsonObject{{QStringLiteral("index"), index},
                       {QStringLiteral("required"), required},
                       {QStringLiteral("verified"), verified},
                       {QStringLiteral("result"), checkResultName(result)},
                       {QStringLiteral("entries"), toArray(entries)}};
}

QJsonObject ImageTrace::toJson() const
{
    return QJsonObject{{QStringLiteral("image"), image},
                       {QStringLiteral("normalized"), normalized},
                       {QStringLiteral("verifyImagesIndex"), verifyImagesIndex},
                       {QStringLiteral("matchedPattern"), matchedPattern},
                       {QStringLiteral("result"), checkResultName(result)},
                       {QStringLiteral("message"), message},
                       {QStringLiteral("explanation"), explanation},
                       {QStringLiteral("convertedFromDeprecated"), convertedFromDeprecated},
                       {QStringLiteral("attestors"), toArray(attestorSets)},
                       {QStringLiteral("notes"), QJsonArray::fromStringList(notes)}};
}

QJsonObject RuleTrace::toJson() const
{
    return QJsonObject{{QStringLiteral("name"), name},
                       {QStringLiteral("result"), checkResultName(result)},
                       {QStringLiteral("failureAction"), failureAction},
                       {QStringLiteral("message"), message},
                       {QStringLiteral("images"), toArray(images)},
                       {QStringLiteral("notes"), QJsonArray::fromStringList(notes)}};
}

QJsonObject PolicyTrace::toJson() const
{
    return QJsonObject{{QStringLiteral("name"), name},
                       {QStringLiteral("kind"), kind},
                       {QStringLiteral("rules"), toArray(rules)}};
}

bool Decision::anyRuleApplied() const
{
    for (const PolicyTrace &policy : policies) {
        for (const RuleTrace &rule : policy.rules) {
            if (rule.result != CheckResult::Skip)
                return true;
        }
    }
    return false;
}

QJsonObject Decision::toJson() const
{
    return QJsonObject{
        {QStringLiteral("decision"), admit ? QStringLiteral("admit") : QStringLiteral("deny")},
        {QStringLiteral("admit"), admit},
        {QStringLiteral("ruleApplied"), anyRuleApplied()},
        {QStringLiteral("images"), QJsonArray::fromStringList(images)},
        {QStringLiteral("denials"), QJsonArray::fromStringList(denials)},
        {QStringLiteral("findings"), QJsonArray::fromStringList(findings)},
        {QStringLiteral("policies"), toArray(policies)}};
}

} // namespace chainscope::policy
