#pragma once

#include "ui/highlightspan.h"

#include <QSyntaxHighlighter>
#include <QTextCharFormat>

namespace chainscope::ui {

/// A small JSON highlighter, used when KSyntaxHighlighting is not available.
/// JSON strings never span lines, so every line is tokenised on its own.
class JsonHighlighter final : public QSyntaxHighlighter
{
    Q_OBJECT

public:
    explicit JsonHighlighter(QTextDocument *document);

    /// The tokens of one line; whitespace and unknown text are not reported.
    static HighlightSpans tokenize(const QString &line);

    /// The format used for \a token (shared with YamlHighlighter).
    static QTextCharFormat format(SyntaxToken token);

protected:
    void highlightBlock(const QString &text) override;
};

} // namespace chainscope::ui
