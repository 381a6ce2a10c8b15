#pragma once

#include "core/policy/diagnostic.h"
#include "core/policy/kyvernopolicy.h"

#include <QString>

#include <optional>

namespace chainscope::policy {

/// Builds the linter's quick fixes as text edits on the policy text, so a
/// fix changes only the lines it must and keeps comments and layout.
/// Stateless; thread-safe.
class PolicyFixer
{
public:
    /// Rewrites a verifyImages entry in the 2021 form (image, key or
    /// issuer/subject/roots) to the current form with the same meaning as
    /// Kyverno's own conversion: imageReferences: [image] and
    /// attestors: - entries: - keys: publicKeys (or keyless). nullopt when
    /// the entry cannot be rewritten safely (flow style, mixed forms,
    /// annotations).
    static std::optional<QuickFix> convertDeprecated(const QString &text,
                                                     const YamlNode &verifyImagesItem,
                                                     const ImageVerification &verification);

    /// Adds rekor: {ignoreTlog: true} and ctlog: {ignoreSCT: true} to a keys
    /// attestor, for signatures made without a transparency log (cosign
    /// --tlog-upload=false). Weakens verification; labelled so.
    static std::optional<QuickFix> ignoreTransparencyLog(const QString &text,
                                                         const StaticKeyAttestor &keys);

    /// Replaces the deprecated spec.validationFailureAction by failureAction
    /// on each verifyImages entry and validate block that has none, keeping
    /// the policy's behaviour.
    static std::optional<QuickFix> moveFailureAction(const QString &text,
                                                     const KyvernoPolicy &policy);
};

} // namespace chainscope::policy
