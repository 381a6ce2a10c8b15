#pragma once

#include "core/policy/yamlnode.h"
#include "core/support/error.h"

#include <QString>

#include <optional>
#include <vector>

namespace chainscope::policy {

/// Safety limits for YAML from outside (policies typed or opened by users,
/// files from the network). The defaults are far above any real policy.
struct YamlLimits
{
    qsizetype maxBytes = 4 * 1024 * 1024; ///< UTF-8 size of the text
    int maxDepth = 100; ///< nesting of collections
    qint64 maxNodes = 200000; ///< nodes after expanding aliases
    int maxDocuments = 1000;
};

/// A syntax error or a limit hit, with the place it was found.
struct YamlSyntaxError
{
    ErrorKind kind = ErrorKind::Malformed; ///< Malformed or TooLarge
    QString message; ///< translated, without the position
    YamlPosition position; ///< may be invalid (size limit)

    /// "line 3, column 7: <message>" as an Error value.
    Error toError() const;
};

struct YamlParseResult
{
    std::vector<YamlNode> documents;
    std::optional<YamlSyntaxError> error;

    bool ok() const { return !error.has_value(); }
};

/// Loads YAML text (one or more documents separated by "---") into YamlNode
/// trees, with the position of every node. Parsing uses yaml-cpp internally;
/// no parser type leaks out of this class. Aliases are expanded, counting
/// every node produced, so an alias bomb ("billion laughs") stops at
/// YamlLimits::maxNodes instead of exhausting memory; nesting deeper than
/// maxDepth stops with an error too. Reentrant: a parser may be used from
/// several threads at once.
class YamlParser
{
public:
    explicit YamlParser(YamlLimits limits = {});

    YamlParseResult parse(const QString &text) const;

private:
    YamlLimits m_limits;
};

} // namespace chainscope::policy
