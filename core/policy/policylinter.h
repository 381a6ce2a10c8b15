#pragma once

#include "core/policy/diagnostic.h"
#include "core/policy/kyvernopolicy.h"
#include "core/policy/yamlparser.h"

#include <QList>
#include <QString>

namespace chainscope::policy {

/// What linting a text found: the diagnostics in text order and the
/// policies that could be read (for the evaluator and the editor outline).
struct LintResult
{
    QList<Diagnostic> diagnostics;
    QList<KyvernoPolicy> policies;

    bool hasErrors() const;
    /// How many diagnostics are errors. A policy text with errors must not
    /// be evaluated: a misspelt field (verifyImage:) silently drops a rule.
    int errorCount() const;
    /// Diagnostics whose code is \a code.
    QList<Diagnostic> withCode(const QString &code) const;
};

/// Lints Kyverno ClusterPolicy/Policy YAML: syntax errors and limits (with
/// line:column), fields unknown to the CRD of the API version, wrong types
/// and enum values, deprecated fields (the 2021 verifyImages image/key form,
/// spec.validationFailureAction), missing imageReferences, public keys that
/// do not parse, and key attestors whose signatures will need a
/// transparency-log entry. Offers quick fixes as text edits.
/// Stateless apart from its limits; reentrant.
class PolicyLinter
{
public:
    explicit PolicyLinter(YamlLimits limits = {});

    LintResult lint(const QString &text) const;

private:
    YamlLimits m_limits;
};

} // namespace chainscope::policy
