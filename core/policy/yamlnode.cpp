#include "core/policy/yamlnode.h"

namespace chainscope::policy {

QString YamlNode::typeName() const
{
    switch (m_type) {
    case Type::Null:
        return QStringLiteral("null");
    case Type::Scalar:
        return QStringLiteral("string");
    case Type::Sequence:
        return QStringLiteral("list");
    case Type::Map:
        return QStringLiteral("map");
    }
    return {};
}

std::optional<bool> YamlNode::toBool() const
{
    if (m_type != Type::Scalar || m_style != ScalarStyle::Plain)
        return std::nullopt;
    // Kubernetes decodes YAML through JSON with YAML 1.2-like booleans;
    // sigs.k8s.io/yaml still accepts the case variants of true/false.
    const QString v = m_scalar.toLower();
    if (v == QLatin1String("true"))
        return true;
    if (v == QLatin1String("false"))
        return false;
    return std::nullopt;
}

std::optional<qint64> YamlNode::toInt() const
{
    if (m_type != Type::Scalar || m_style != ScalarStyle::Plain)
        return std::nullopt;
    bool ok = false;
    const qint64 v = m_scalar.toLongLong(&ok, 10);
    if (!ok)
        return std::nullopt;
    return v;
}

const YamlNode::Entry *YamlNode::entry(const QString &key) const
{
    for (const Entry &e : m_entries) {
        if (e.key.isScalar() && e.key.scalar() == key)
            return &e;
    }
    return nullptr;
}

const YamlNode *YamlNode::value(const QString &key) const
{
    const Entry *e = entry(key);
    return e ? &e->value : nullptr;
}

QStringList YamlNode::keys() const
{
    QStringList out;
    out.reserve(qsizetype(m_entries.size()));
    for (const Entry &e : m_entries)
        out << e.key.scalar();
    return out;
}

} // namespace chainscope::policy
