#pragma once

#include <QList>

namespace chainscope::ui {

/// What a piece of JSON or YAML text is, for the built-in highlighters.
enum class SyntaxToken {
    Key,         ///< object key / mapping key
    String,      ///< string value, also block scalar content in YAML
    Number,
    Keyword,     ///< true, false, null (and YAML's ~, yes/no are left plain)
    Punctuation, ///< { } [ ] , : and YAML's "- "
    Comment,     ///< YAML only
    Marker,      ///< YAML document markers, anchors, aliases, tags, block indicators
    Error,       ///< text that cannot be valid here (unterminated JSON string)
};

/// A token found on one line: \a start and \a length in UTF-16 code units.
struct HighlightSpan
{
    int start = 0;
    int length = 0;
    SyntaxToken token = SyntaxToken::String;

    friend bool operator==(const HighlightSpan &, const HighlightSpan &) = default;
};

using HighlightSpans = QList<HighlightSpan>;

} // namespace chainscope::ui
