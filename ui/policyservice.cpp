#include "ui/policyservice.h"

#include "core/policy/policyevaluator.h"
#include "core/policy/policylinter.h"
#include "ui/stepsview.h"

namespace chainscope::ui {

namespace {

Status statusOf(policy::CheckResult result)
{
    switch (result) {
    case policy::CheckResult::Pass:
        return Status::Pass;
    case policy::CheckResult::Fail:
        return Status::Fail;
    case policy::CheckResult::Skip:
    case policy::CheckResult::Error:
        break;
    }
    return Status::Unknown;
}

QString joinSentences(const QStringList &parts)
{
    QStringList kept;
    for (const QString &part : parts) {
        if (!part.trimmed().isEmpty())
            kept << part.trimmed();
    }
    return kept.join(QLatin1Char(' '));
}

PolicyTraceNode entryNode(const policy::AttestorEntryTrace &entry)
{
    PolicyTraceNode node;
    node.title = entry.path.isEmpty() ? entry.kind : entry.path + QLatin1String(" (")
                                                         + entry.kind + QLatin1Char(')');
    node.status = statusOf(entry.result);
    node.detail = joinSentences({entry.explanation, entry.hint});
    if (entry.verification) {
        for (const report::Step &step : entry.verification->steps) {
            PolicyTraceNode stepNode;
            stepNode.title = step.title;
            stepNode.status = ui::statusOf(step.status);
            QStringList detail{step.explanation};
            if (!step.expected.isEmpty() || !step.actual.isEmpty())
                detail << PolicyService::tr("Expected: %1; actual: %2.")
                              .arg(step.expected, step.actual);
            stepNode.detail = joinSentences(detail);
            node.children.append(stepNode);
        }
    }
    return node;
}

PolicyTraceNode imageNode(const policy::ImageTrace &image)
{
    PolicyTraceNode node;
    node.title = image.image;
    node.status = statusOf(image.result);
    QStringList detail{image.explanation};
    if (image.convertedFromDeprecated)
        detail << PolicyService::tr("(verifyImages[%1] uses the 2021 form and was converted "
                                    "as Kyverno converts it.)")
                      .arg(image.verifyImagesIndex);
    detail << image.notes;
    node.detail = joinSentences(detail);
    for (const policy::AttestorSetTrace &set : image.attestorSets) {
        PolicyTraceNode setNode;
        setNode.title = PolicyService::tr("attestors[%1]").arg(set.index);
        setNode.status = statusOf(set.result);
        setNode.detail = PolicyService::tr("%1 of %2 required entries verified")
                             .arg(set.verified)
                             .arg(set.required);
        for (const policy::AttestorEntryTrace &entry : set.entries)
            setNode.children.append(entryNode(entry));
        node.children.append(setNode);
    }
    return node;
}

} // namespace

QList<policy::Diagnostic> PolicyService::lint(const QString &text)
{
    return policy::PolicyLinter().lint(text).diagnostics;
}

PolicyEvaluation PolicyService::evaluate(const QString &text, const QStringList &images,
                                         registry::ContentSource &source)
{
    PolicyEvaluation evaluation;
    const policy::LintResult lint = policy::PolicyLinter().lint(text);
    int errors = 0;
    for (const policy::Diagnostic &diagnostic : lint.diagnostics) {
        if (diagnostic.severity != policy::Severity::Error)
            continue;
        if (errors++ == 0)
            evaluation.reason = tr("Line %1, column %2: %3")
                                    .arg(diagnostic.line)
                                    .arg(diagnostic.column)
                                    .arg(diagnostic.message);
    }
    if (lint.policies.isEmpty()) {
        evaluation.headline = tr("Cannot evaluate: no Kyverno policy could be read");
        return evaluation;
    }
    // Kubernetes would drop what the errors name (a misspelt verifyImages
    // leaves a rule that checks nothing): an admission would be a false pass.
    if (errors > 0) {
        evaluation.headline
            = tr("Cannot evaluate: the policy has %n error(s)", nullptr, errors);
        return evaluation;
    }

    const QString host = source.host();
    policy::PolicyEvaluator evaluator([&source, host](const QString &wanted) {
        return wanted == host ? &source : nullptr;
    });
    policy::AdmissionRequest request;
    request.images = images;
    const policy::Decision decision = evaluator.evaluate(lint.policies, request);

    evaluation.evaluated = true;
    evaluation.admit = decision.admit;

    // The decisive reason: the first failing image under an enforcing rule
    // (or, when admitted, the first audit finding), with its hint.
    QString firstRule;
    QString firstReason;
    bool anyRuleApplied = false;
    QStringList skipped;
    for (const policy::PolicyTrace &policyTrace : decision.policies) {
        PolicyTraceNode policyNode;
        policyNode.title = QStringLiteral("%1 %2").arg(policyTrace.kind, policyTrace.name);
        bool anyRulePassed = false;
        bool anyRuleFailed = false;
        bool anyRuleErrored = false;
        for (const policy::RuleTrace &rule : policyTrace.rules) {
            PolicyTraceNode ruleNode;
            ruleNode.title = tr("Rule %1 (%2)").arg(rule.name, rule.failureAction);
            ruleNode.status = statusOf(rule.result);
            ruleNode.detail = joinSentences(QStringList{rule.message} + rule.notes);
            for (const policy::ImageTrace &image : rule.images) {
                ruleNode.children.append(imageNode(image));
                const bool decisive = image.result == policy::CheckResult::Fail
                                      || image.result == policy::CheckResult::Error;
                if (decisive && firstReason.isEmpty()
                    && (!decision.admit || rule.failureAction != QLatin1String("Enforce"))) {
                    firstRule = rule.name;
                    firstReason = image.image + QLatin1String(": ") + image.explanation;
                }
            }
            if (rule.result == policy::CheckResult::Skip)
                skipped << tr("Rule %1: %2").arg(rule.name, rule.message);
            else
                anyRuleApplied = true;
            anyRulePassed = anyRulePassed || rule.result == policy::CheckResult::Pass;
            anyRuleFailed = anyRuleFailed || rule.result == policy::CheckResult::Fail;
            anyRuleErrored = anyRuleErrored || rule.result == policy::CheckResult::Error;
            policyNode.children.append(ruleNode);
        }
        // Green only when a rule passed and none failed or could not be checked.
        policyNode.status = anyRuleFailed                     ? Status::Fail
                            : anyRuleErrored || !anyRulePassed ? Status::Unknown
                                                               : Status::Pass;
        evaluation.trace.append(policyNode);
    }

    evaluation.ruleApplied = anyRuleApplied;
    if (decision.admit && !anyRuleApplied) {
        evaluation.headline = tr("No rule applied: nothing was checked");
        evaluation.reason = skipped.join(QLatin1Char('\n'));
    } else if (decision.admit) {
        evaluation.headline = decision.findings.isEmpty()
                                  ? tr("Admitted: every image passes the policy")
                                  : tr("Admitted, with audit findings");
        evaluation.reason = decision.findings.isEmpty()
                                ? tr("Images checked: %n.", nullptr, int(images.size()))
                                : joinSentences({firstReason,
                                                 tr("Audit rules report failures but do not "
                                                    "block the Pod.")});
    } else {
        evaluation.headline = firstRule.isEmpty() ? tr("Denied")
                                                  : tr("Denied by rule %1").arg(firstRule);
        evaluation.reason = firstReason.isEmpty() ? decision.denials.join(QLatin1Char('\n'))
                                                  : firstReason;
    }
    return evaluation;
}

} // namespace chainscope::ui
