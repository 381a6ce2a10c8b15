#include "core/policy/yamlparser.h"

#include <QCoreApplication>

#include <yaml-cpp/depthguard.h>
#include <yaml-cpp/yaml.h>

#include <algorithm>
#include <functional>
#include <string>

namespace chainscope::policy {

namespace {

// lupdate files Tr::tr() strings under this context, as translate() looks them up.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(chainscope::policy)
};

// Maps yaml-cpp's byte positions (0-based line, byte column) to positions in
// the QString the caller gave us.
class SourceMap
{
public:
    explicit SourceMap(const std::string &utf8)
        : m_text(utf8)
    {
        m_lineStarts.push_back(0);
        for (size_t i = 0; i < utf8.size(); ++i) {
            if (utf8[i] == '\n')
                m_lineStarts.push_back(i + 1);
        }
        m_lineCharStarts.resize(m_lineStarts.size(), -1);
    }

    const std::string &text() const { return m_text; }

    size_t byteOffset(int line0, int column0) const
    {
        if (line0 < 0 || size_t(line0) >= m_lineStarts.size())
            return m_text.size();
        return std::min(m_lineStarts[size_t(line0)] + size_t(std::max(column0, 0)), m_text.size());
    }

    YamlPosition positionOfByte(size_t offset) const
    {
        offset = std::min(offset, m_text.size());
        auto it = std::upper_bound(m_lineStarts.begin(), m_lineStarts.end(), offset);
        const size_t line0 = size_t(it - m_lineStarts.begin()) - 1;
        const size_t lineStart = m_lineStarts[line0];
        const int columnChars = int(
            QString::fromUtf8(m_text.data() + lineStart, qsizetype(offset - lineStart)).size());
        YamlPosition p;
        p.line = int(line0) + 1;
        p.column = columnChars + 1;
        p.offset = lineCharStart(line0) + columnChars;
        return p;
    }

private:
    int lineCharStart(size_t line0) const
    {
        // Filled lazily, in order, so ASCII-heavy documents stay cheap.
        if (m_lineCharStarts[line0] >= 0)
            return m_lineCharStarts[line0];
        size_t known = line0;
        while (known > 0 && m_lineCharStarts[known] < 0)
            --known;
        if (m_lineCharStarts[known] < 0)
            m_lineCharStarts[known] = 0;
        for (size_t l = known + 1; l <= line0; ++l) {
            const size_t from = m_lineStarts[l - 1];
            const size_t to = m_lineStarts[l];
            m_lineCharStarts[l] = m_lineCharStarts[l - 1]
                + int(QString::fromUtf8(m_text.data() + from, qsizetype(to - from)).size());
        }
        return m_lineCharStarts[line0];
    }

    const std::string &m_text;
    std::vector<size_t> m_lineStarts;
    mutable std::vector<int> m_lineCharStarts;
};

struct LimitHit
{
    YamlSyntaxError error;
};

class Converter
{
public:
    Converter(const SourceMap &map, const YamlLimits &limits)
        : m_map(map)
        , m_limits(limits)
    {
    }

    void convert(const YAML::Node &in, YamlNode &out, int depth, bool inFlow);

    // Accessors to YamlNode's private members go through the friend parser,
    // so the converter fills a node via these setters.
    std::function<void(YamlNode &, YamlNode::Type, YamlNode::ScalarStyle, bool, QString, QString,
                       YamlRange)>
        set;
    std::function<std::vector<YamlNode> &(YamlNode &)> items;
    std::function<std::vector<YamlNode::Entry> &(YamlNode &)> entries;

private:
    size_t scalarEnd(size_t start, YamlNode::ScalarStyle style, const std::string &value,
                     bool inFlow) const;
    size_t flowEnd(size_t afterLastChild, char close) const;
    YamlSyntaxError errorAt(const YAML::Mark &mark, ErrorKind kind, const QString &message) const
    {
        YamlSyntaxError e;
        e.kind = kind;
        e.message = message;
        if (mark.line >= 0)
            e.position = m_map.positionOfByte(m_map.byteOffset(mark.line, mark.column));
        return e;
    }

    const SourceMap &m_map;
    const YamlLimits &m_limits;
    qint64 m_nodes = 0;
};

size_t Converter::scalarEnd(size_t start, YamlNode::ScalarStyle style, const std::string &value,
                            bool inFlow) const
{
    const std::string &s = m_map.text();
    const size_t n = s.size();
    switch (style) {
    case YamlNode::ScalarStyle::DoubleQuoted: {
        for (size_t i = start + 1; i < n; ++i) {
            if (s[i] == '\\')
                ++i;
            else if (s[i] == '"')
                return i + 1;
        }
        return n;
    }
    case YamlNode::ScalarStyle::SingleQuoted: {
        for (size_t i = start + 1; i < n; ++i) {
            if (s[i] == '\'') {
                if (i + 1 < n && s[i + 1] == '\'')
                    ++i;
                else
                    return i + 1;
            }
        }
        return n;
    }
    case YamlNode::ScalarStyle::Literal:
    case YamlNode::ScalarStyle::Folded: {
        // Content lines follow the header line; they end at the first
        // non-empty line indented less than the first content line.
        size_t lineStart = s.find('\n', start);
        if (lineStart == std::string::npos)
            return n;
        size_t end = lineStart;
        ++lineStart;
        int contentIndent = -1;
        while (lineStart < n) {
            size_t lineEnd = s.find('\n', lineStart);
            if (lineEnd == std::string::npos)
                lineEnd = n;
            size_t indent = 0;
            while (lineStart + indent < lineEnd && s[lineStart + indent] == ' ')
                ++indent;
            const bool blank = lineStart + indent == lineEnd
                || (s[lineStart + indent] == '\r' && lineStart + indent + 1 == lineEnd);
            if (!blank) {
                if (contentIndent < 0)
                    contentIndent = int(indent);
                if (int(indent) < contentIndent)
                    break;
                end = lineEnd;
                if (end > lineStart && s[end - 1] == '\r')
                    --end;
            }
            lineStart = lineEnd + 1;
        }
        return end;
    }
    case YamlNode::ScalarStyle::Plain:
        break;
    }
    if (s.compare(start, value.size(), value) == 0)
        return start + value.size();
    // A plain scalar folded over lines, or with escapes we cannot see: end at
    // the end of its first line, before a comment.
    size_t i = start;
    size_t lastNonSpace = start;
    while (i < n && s[i] != '\n') {
        if (s[i] == '#' && i > start && (s[i - 1] == ' ' || s[i - 1] == '\t'))
            break;
        if (inFlow && (s[i] == ',' || s[i] == ']' || s[i] == '}'))
            break;
        if (s[i] != ' ' && s[i] != '\t' && s[i] != '\r')
            lastNonSpace = i + 1;
        ++i;
    }
    return lastNonSpace;
}

size_t Converter::flowEnd(size_t from, char close) const
{
    const std::string &s = m_map.text();
    bool comment = false;
    for (size_t i = from; i < s.size(); ++i) {
        const char c = s[i];
        if (comment) {
            if (c == '\n')
                comment = false;
            continue;
        }
        if (c == '#')
            comment = true;
        else if (c == close)
            return i + 1;
        else if (c != ' ' && c != '\t' && c != '\r' && c != '\n' && c != ',')
            break;
    }
    return from;
}

void Converter::convert(const YAML::Node &in, YamlNode &out, int depth, bool inFlow)
{
    if (++m_nodes > m_limits.maxNodes) {
        throw LimitHit{errorAt(in.Mark(), ErrorKind::TooLarge,
                               Tr::tr("the document expands to more than %1 nodes; "
                                      "aliases that repeat content many times (an alias bomb) "
                                      "are refused")
                                   .arg(m_limits.maxNodes))};
    }
    if (depth > m_limits.maxDepth) {
        throw LimitHit{
            errorAt(in.Mark(), ErrorKind::TooLarge,
                    Tr::tr("the document nests deeper than %1 levels").arg(m_limits.maxDepth))};
    }
    const YAML::Mark mark = in.Mark();
    const bool hasMark = mark.line >= 0;
    const size_t startByte = hasMark ? m_map.byteOffset(mark.line, mark.column) : 0;
    YamlRange range;
    if (hasMark)
        range.start = m_map.positionOfByte(startByte);

    QString tag = QString::fromStdString(in.Tag());
    if (tag == QLatin1String("?") || tag == QLatin1String("!"))
        tag.clear();

    switch (in.Type()) {
    case YAML::NodeType::Undefined:
    case YAML::NodeType::Null: {
        if (hasMark) {
            // yaml-cpp marks an empty value where the parser stood; only a
            // written null ("~", "null") has a width.
            const std::string &s = m_map.text();
            size_t end = startByte;
            for (const char *word : {"null", "Null", "NULL", "~"}) {
                const size_t len = std::char_traits<char>::length(word);
                if (s.compare(startByte, len, word) == 0) {
                    end = startByte + len;
                    break;
                }
            }
            range.end = m_map.positionOfByte(end);
        }
        set(out, YamlNode::Type::Null, YamlNode::ScalarStyle::Plain, false, {}, tag, range);
        return;
    }
    case YAML::NodeType::Scalar: {
        YamlNode::ScalarStyle style = YamlNode::ScalarStyle::Plain;
        if (hasMark && startByte < m_map.text().size()) {
            switch (m_map.text()[startByte]) {
            case '"':
                style = YamlNode::ScalarStyle::DoubleQuoted;
                break;
            case '\'':
                style = YamlNode::ScalarStyle::SingleQuoted;
                break;
            case '|':
                style = YamlNode::ScalarStyle::Literal;
                break;
            case '>':
                style = YamlNode::ScalarStyle::Folded;
                break;
            default:
                break;
            }
        }
        // A plain scalar that looks like a quote start belongs to a tag
        // ("!!str 'x'") or similar; trust yaml-cpp's "!" marker for quoting.
        if (in.Tag() == "?" && style != YamlNode::ScalarStyle::Plain)
            style = YamlNode::ScalarStyle::Plain;
        const std::string &value = in.Scalar();
        if (hasMark)
            range.end = m_map.positionOfByte(scalarEnd(startByte, style, value, inFlow));
        set(out, YamlNode::Type::Scalar, style, false, QString::fromStdString(value), tag, range);
        return;
    }
    case YAML::NodeType::Sequence: {
        const bool flow = in.Style() == YAML::EmitterStyle::Flow;
        set(out, YamlNode::Type::Sequence, YamlNode::ScalarStyle::Plain, flow, {}, tag, range);
        std::vector<YamlNode> &list = items(out);
        list.reserve(in.size());
        for (const YAML::Node &child : in) {
            list.emplace_back();
            convert(child, list.back(), depth + 1, inFlow || flow);
        }
        break;
    }
    case YAML::NodeType::Map: {
        const bool flow = in.Style() == YAML::EmitterStyle::Flow;
        set(out, YamlNode::Type::Map, YamlNode::ScalarStyle::Plain, flow, {}, tag, range);
        std::vector<YamlNode::Entry> &list = entries(out);
        list.reserve(in.size());
        for (auto it = in.begin(); it != in.end(); ++it) {
            list.emplace_back();
            convert(it->first, list.back().key, depth + 1, inFlow || flow);
            convert(it->second, list.back().value, depth + 1, inFlow || flow);
            YamlNode &v = list.back().value;
            // An empty value has no place of its own: use the end of its key.
            if (v.isNull()
                && (!v.start().isValid() || v.start().line != list.back().key.start().line)) {
                YamlRange r{list.back().key.end(), list.back().key.end()};
                set(v, YamlNode::Type::Null, YamlNode::ScalarStyle::Plain, false, {}, v.tag(), r);
            }
        }
        break;
    }
    }

    // End of a collection: its last child's end, or the closing bracket.
    YamlPosition lastEnd;
    if (out.isSequence() && !out.items().empty())
        lastEnd = out.items().back().end();
    else if (out.isMap() && !out.entries().empty())
        lastEnd = out.entries().back().value.end().isValid() ? out.entries().back().value.end()
                                                             : out.entries().back().key.end();
    if (out.isFlow() && hasMark) {
        // lastEnd.offset counts QChars; re-derive the byte offset from line/column.
        size_t from = startByte + 1;
        if (lastEnd.isValid()) {
            from = m_map.byteOffset(lastEnd.line - 1, 0);
            // Convert the column (QChars) back to bytes on that line.
            const std::string &s = m_map.text();
            size_t lineEnd = s.find('\n', from);
            if (lineEnd == std::string::npos)
                lineEnd = s.size();
            const QString line = QString::fromUtf8(s.data() + from, qsizetype(lineEnd - from));
            from += size_t(line.left(lastEnd.column - 1).toUtf8().size());
        }
        range.end = m_map.positionOfByte(flowEnd(from, out.isSequence() ? ']' : '}'));
    } else {
        range.end = lastEnd;
    }
    set(out, out.type(), YamlNode::ScalarStyle::Plain, out.isFlow(), {}, tag, range);
}

} // namespace

Error YamlSyntaxError::toError() const
{
    QString text = message;
    if (position.isValid())
        text = Tr::tr("line %1, column %2: %3")
                   .arg(position.line)
                   .arg(position.column)
                   .arg(message);
    return Error(kind, text);
}

YamlParser::YamlParser(YamlLimits limits)
    : m_limits(limits)
{
}

YamlParseResult YamlParser::parse(const QString &text) const
{
    YamlParseResult result;
    QString source = text;
    if (source.startsWith(QChar(0xFEFF)))
        source[0] = QLatin1Char(' '); // keep offsets; a BOM is not content
    const QByteArray utf8 = source.toUtf8();
    if (utf8.size() > m_limits.maxBytes) {
        YamlSyntaxError e;
        e.kind = ErrorKind::TooLarge;
        e.message = Tr::tr("the document is %1 bytes long; the limit is %2 bytes")
                        .arg(utf8.size())
                        .arg(m_limits.maxBytes);
        result.error = e;
        return result;
    }
    const std::string bytes(utf8.constData(), size_t(utf8.size()));
    const SourceMap map(bytes);

    std::vector<YAML::Node> docs;
    try {
        docs = YAML::LoadAll(bytes);
    } catch (const YAML::Exception &ex) {
        YamlSyntaxError e;
        // yaml-cpp's DeepRecursion is its own nesting guard (depth 2000).
        e.kind = dynamic_cast<const YAML::DeepRecursion *>(&ex) ? ErrorKind::TooLarge
                                                                : ErrorKind::Malformed;
        e.message = e.kind == ErrorKind::TooLarge
            ? Tr::tr("the document nests deeper than %1 levels").arg(m_limits.maxDepth)
            : QString::fromStdString(ex.msg);
        if (!ex.mark.is_null())
            e.position = map.positionOfByte(map.byteOffset(ex.mark.line, ex.mark.column));
        result.error = e;
        return result;
    } catch (const std::exception &ex) {
        YamlSyntaxError e;
        e.message = QString::fromLocal8Bit(ex.what());
        result.error = e;
        return result;
    }
    if (docs.size() > size_t(m_limits.maxDocuments)) {
        YamlSyntaxError e;
        e.kind = ErrorKind::TooLarge;
        e.message = Tr::tr("the text holds %1 documents; the limit is %2")
                        .arg(docs.size())
                        .arg(m_limits.maxDocuments);
        result.error = e;
        return result;
    }

    Converter converter(map, m_limits);
    converter.set = [](YamlNode &n, YamlNode::Type type, YamlNode::ScalarStyle style, bool flow,
                       QString scalar, QString tag, YamlRange range) {
        n.m_type = type;
        n.m_style = style;
        n.m_flow = flow;
        if (type == YamlNode::Type::Scalar)
            n.m_scalar = std::move(scalar);
        n.m_tag = std::move(tag);
        n.m_range = range;
    };
    converter.items = [](YamlNode &n) -> std::vector<YamlNode> & { return n.m_items; };
    converter.entries = [](YamlNode &n) -> std::vector<YamlNode::Entry> & { return n.m_entries; };
    try {
        for (const YAML::Node &doc : docs) {
            result.documents.emplace_back();
            converter.convert(doc, result.documents.back(), 0, false);
        }
    } catch (const LimitHit &hit) {
        result.documents.clear();
        result.error = hit.error;
    } catch (const YAML::Exception &ex) {
        result.documents.clear();
        YamlSyntaxError e;
        e.message = QString::fromStdString(ex.msg);
        result.error = e;
    }
    return result;
}

} // namespace chainscope::policy
