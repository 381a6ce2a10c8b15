#pragma once

#include <QString>

class QSyntaxHighlighter;
class QTextDocument;

namespace chainscope::ui {

enum class SyntaxLanguage { Json, Yaml };

/// Attaches a highlighter for \a language to \a document and returns it
/// (owned by the document). KSyntaxHighlighting's definition and a theme
/// matching the palette when Chainscope was built with KF6, otherwise the
/// built-in JsonHighlighter / YamlHighlighter.
QSyntaxHighlighter *attachHighlighter(QTextDocument *document, SyntaxLanguage language);

/// "KSyntaxHighlighting" or "built-in": shown in the About box and logs.
QString highlighterBackend();

} // namespace chainscope::ui
