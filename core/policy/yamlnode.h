#pragma once

#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace chainscope::policy {

/// A place in a YAML text. line and column are 1-based, column counted in
/// UTF-16 code units (as QString and QTextDocument count); offset is the
/// 0-based index into the text as a QString. line 0 means "unknown".
struct YamlPosition
{
    int line = 0;
    int column = 0;
    int offset = -1;

    bool isValid() const { return line > 0; }
    friend bool operator==(const YamlPosition &, const YamlPosition &) = default;
};

/// Start (inclusive) and end (exclusive) of a node in the text. The end is
/// known for scalars and for collections (end of their last child, or the
/// closing bracket of a flow collection); it may be invalid otherwise.
struct YamlRange
{
    YamlPosition start;
    YamlPosition end;
};

/// A node of a loaded YAML document: our own tree, independent of the parser
/// library, with the position of every key and value and map keys in
/// document order. Duplicate keys are kept (the linter reports them).
/// Plain value type; safe to copy and to read from any thread.
class YamlNode
{
public:
    enum class Type { Null, Scalar, Sequence, Map };
    enum class ScalarStyle { Plain, SingleQuoted, DoubleQuoted, Literal, Folded };

    struct Entry;

    YamlNode() = default;

    Type type() const { return m_type; }
    bool isNull() const { return m_type == Type::Null; }
    bool isScalar() const { return m_type == Type::Scalar; }
    bool isSequence() const { return m_type == Type::Sequence; }
    bool isMap() const { return m_type == Type::Map; }
    /// "null", "string", "list", "map": for messages.
    QString typeName() const;

    /// The scalar's value after YAML parsing (quotes and escapes resolved).
    QString scalar() const { return m_scalar; }
    ScalarStyle scalarStyle() const { return m_style; }
    /// Explicit tag ("!!str") or empty.
    QString tag() const { return m_tag; }
    /// true/false for YAML 1.1/1.2 booleans as Kubernetes reads them
    /// (true/false in any case); nullopt otherwise or when quoted.
    std::optional<bool> toBool() const;
    /// Integer value of a plain scalar; nullopt otherwise.
    std::optional<qint64> toInt() const;

    const std::vector<YamlNode> &items() const { return m_items; }
    const std::vector<Entry> &entries() const { return m_entries; }

    /// The value of the first entry whose key is \a key, or nullptr.
    const YamlNode *value(const QString &key) const;
    /// The first entry whose key is \a key, or nullptr.
    const Entry *entry(const QString &key) const;
    /// Keys in document order.
    QStringList keys() const;

    YamlRange range() const { return m_range; }
    YamlPosition start() const { return m_range.start; }
    YamlPosition end() const { return m_range.end; }
    /// A flow collection ("[a, b]", "{a: 1}") rather than a block one.
    bool isFlow() const { return m_flow; }

private:
    friend class YamlParser;

    Type m_type = Type::Null;
    ScalarStyle m_style = ScalarStyle::Plain;
    bool m_flow = false;
    QString m_scalar;
    QString m_tag;
    std::vector<YamlNode> m_items;
    std::vector<Entry> m_entries;
    YamlRange m_range;
};

/// One key/value pair of a map.
struct YamlNode::Entry
{
    YamlNode key;
    YamlNode value;
};

} // namespace chainscope::policy
