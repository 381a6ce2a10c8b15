#pragma once

// Test-only: Kyverno policy text in the seed's 2021 layout, which the
// linter, the evaluator and the policy editor all take as input.

#include <QString>

namespace chainscope::test {

/// \a text trimmed, each line indented by \a spaces: a PEM under "key: |-".
QString indented(const QString &text, int spaces);

/// The seed's check-image ClusterPolicy in its 2021 form (deprecated
/// "image" and "key" fields): \a image is the image pattern, \a pem the key.
/// A non-empty \a ruleComment is written after the rule's name as "# ...".
QString seedPolicy2021(const QString &image, const QString &pem,
                       const QString &ruleComment = QString());

} // namespace chainscope::test
