#pragma once

#include "ui/highlightspan.h"

#include <QSyntaxHighlighter>

namespace chainscope::ui {

/// A small YAML highlighter for policies, used when KSyntaxHighlighting is
/// not available: keys, scalars, comments, anchors/aliases/tags, document
/// markers, and block scalars ("key: |") whose content spans lines, such as
/// the PEM keys inside Kyverno policies.
class YamlHighlighter final : public QSyntaxHighlighter
{
    Q_OBJECT

public:
    explicit YamlHighlighter(QTextDocument *document);

    /// Tokens of one line. \a previousState is -1 normally, or the indent of
    /// the line that opened a block scalar; \a nextState receives the same
    /// for the next line.
    static HighlightSpans tokenize(const QString &line, int previousState, int *nextState);

protected:
    void highlightBlock(const QString &text) override;
};

} // namespace chainscope::ui
