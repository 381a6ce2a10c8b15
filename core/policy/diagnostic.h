#pragma once

#include "core/policy/yamlnode.h"

#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace chainscope::policy {

/// Replace the text between two offsets (QString indices, end exclusive)
/// with newText. An insertion has start == end.
struct TextEdit
{
    int start = 0;
    int end = 0;
    QString newText;

    QJsonObject toJson() const;
};

/// A change the user may apply to the policy text. Edits never overlap;
/// everything outside them (comments, other rules, formatting) is kept.
struct QuickFix
{
    QString id; ///< stable: "convert-deprecated-verify-images", "ignore-tlog"
    QString title; ///< translated
    /// The fix makes verification accept more (e.g. skipping the
    /// transparency log); the UI labels it so.
    bool weakensVerification = false;
    QList<TextEdit> edits;

    /// \a text with the edits applied.
    QString apply(const QString &text) const;
    QJsonObject toJson() const;
};

enum class Severity { Error, Warning, Info };

/// "error", "warning", "info".
QString severityName(Severity severity);

/// One finding of the policy linter, at a place in the text (1-based line
/// and column; end exclusive). code is stable and untranslated
/// ("verifyImages.deprecated-image"); message is translated.
struct Diagnostic
{
    Severity severity = Severity::Error;
    QString code;
    QString message;
    int line = 0;
    int column = 0;
    int endLine = 0;
    int endColumn = 0;
    std::optional<QuickFix> fix;

    void setRange(const YamlRange &range);
    QJsonObject toJson() const;
};

} // namespace chainscope::policy
