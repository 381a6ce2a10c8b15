#pragma once

#include "core/report/verification.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace chainscope::policy {

/// Result of one check, as in Kyverno's policy reports.
enum class CheckResult { Pass, Fail, Skip, Error };

/// "pass", "fail", "skip", "error".
QString checkResultName(CheckResult result);

/// One attestor entry tried on one image (".attestors[0].entries[0].keys").
struct AttestorEntryTrace
{
    QString path; ///< Kyverno's path: ".attestors[0].entries[0].keys"
    QString kind; ///< "keys", "keyless", "certificates", "attestor"
    CheckResult result = CheckResult::Error;
    bool requireTransparencyLog = false;
    QString keyFingerprint; ///< the policy's key, when keys
    QString message; ///< Kyverno's wording, English (as Kyverno prints it)
    QString explanation; ///< translated sentence for people
    QString hint; ///< translated: what to change, may be empty
    QString fixId; ///< the linter's quick fix that addresses it, may be empty
    std::optional<report::Verification> verification;

    QJsonObject toJson() const;
};

/// attestors[i] on one image: count semantics.
struct AttestorSetTrace
{
    int index = 0;
    int required = 0; ///< count, or all entries
    int verified = 0;
    CheckResult result = CheckResult::Error;
    QList<AttestorEntryTrace> entries;

    QJsonObject toJson() const;
};

/// One image against one verifyImages entry.
struct ImageTrace
{
    QString image; ///< as the Pod names it
    QString normalized; ///< as Kyverno matches it
    int verifyImagesIndex = 0;
    QString matchedPattern; ///< empty when skipped
    CheckResult result = CheckResult::Skip;
    QString message; ///< Kyverno's wording, English
    QString explanation; ///< translated
    bool convertedFromDeprecated = false;
    QList<AttestorSetTrace> attestorSets;
    QStringList notes; ///< translated: assumptions, settings that weaken checks

    QJsonObject toJson() const;
};

struct RuleTrace
{
    QString name;
    CheckResult result = CheckResult::Skip;
    QString failureAction; ///< "Enforce" or "Audit" as applied
    QString message; ///< why skipped (translated), or first failure (English)
    QList<ImageTrace> images;
    QStringList notes;

    QJsonObject toJson() const;
};

struct PolicyTrace
{
    QString name;
    QString kind;
    QList<RuleTrace> rules;

    QJsonObject toJson() const;
};

/// The admission decision for one Pod against one or more policies: admit or
/// deny, the denials (Enforce failures) and findings (Audit failures) in
/// Kyverno's wording, and the full trace. Plain data; toJson() is the CLI's
/// `policy test --output json` and never translated apart from the
/// explanation/hint/note fields.
struct Decision
{
    bool admit = true;
    QStringList images;
    QList<PolicyTrace> policies;
    QStringList denials; ///< "check-image/check-image: failed to verify image ..."
    QStringList findings; ///< same form, from Audit rules: reported, admitted

    /// True when at least one rule matched an image (passed, failed or
    /// errored); false when every rule was skipped, so nothing was checked
    /// and "admit" means only that no rule applied.
    bool anyRuleApplied() const;

    QJsonObject toJson() const;
};

} // namespace chainscope::policy
