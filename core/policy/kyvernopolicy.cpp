#include "core/policy/kyvernopolicy.h"

#include <QCoreApplication>

namespace chainscope::policy {

namespace {

// lupdate files Tr::tr() strings under this context, as translate() looks them up.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(chainscope::policy)
};

YamlRange keyRangeOf(const YamlNode &map, const QString &key)
{
    const YamlNode::Entry *e = map.isMap() ? map.entry(key) : nullptr;
    return e ? e->key.range() : YamlRange{};
}

// Marks \a out present with its ranges when \a map holds \a key; the
// caller converts the value. Returns the entry, or null when absent.
template <typename T>
const YamlNode::Entry *locateField(const YamlNode &map, const QString &key, Field<T> &out)
{
    const YamlNode::Entry *e = map.isMap() ? map.entry(key) : nullptr;
    if (e) {
        out.present = true;
        out.keyRange = e->key.range();
        out.valueRange = e->value.range();
    }
    return e;
}

// The same for a section (rekor:, keys:, ...), whose value range is "range".
template <typename Section>
const YamlNode::Entry *locateSection(const YamlNode &map, const QString &key, Section &out)
{
    const YamlNode::Entry *e = map.isMap() ? map.entry(key) : nullptr;
    if (e) {
        out.present = true;
        out.keyRange = e->key.range();
        out.range = e->value.range();
    }
    return e;
}

void readString(const YamlNode &map, const QString &key, Field<QString> &out)
{
    if (const YamlNode::Entry *e = locateField(map, key, out); e && e->value.isScalar())
        out.value = e->value.scalar();
}

void readBool(const YamlNode &map, const QString &key, Field<bool> &out)
{
    if (const YamlNode::Entry *e = locateField(map, key, out)) {
        if (const auto b = e->value.toBool())
            out.value = *b;
    }
}

void readInt(const YamlNode &map, const QString &key, Field<int> &out)
{
    if (const YamlNode::Entry *e = locateField(map, key, out)) {
        if (const auto v = e->value.toInt())
            out.value = int(*v);
    }
}

QList<Field<QString>> readStringList(const YamlNode &map, const QString &key)
{
    QList<Field<QString>> out;
    const YamlNode *list = map.isMap() ? map.value(key) : nullptr;
    if (!list || !list->isSequence())
        return out;
    for (const YamlNode &item : list->items()) {
        Field<QString> f;
        f.present = true;
        f.valueRange = item.range();
        if (item.isScalar())
            f.value = item.scalar();
        out << f;
    }
    return out;
}

QStringList scalarList(const YamlNode *list)
{
    QStringList out;
    if (list && list->isSequence()) {
        for (const YamlNode &item : list->items()) {
            if (item.isScalar())
                out << item.scalar();
        }
    }
    return out;
}

QMap<QString, QString> readStringMap(const YamlNode *map)
{
    QMap<QString, QString> out;
    if (map && map->isMap()) {
        for (const YamlNode::Entry &e : map->entries())
            out.insert(e.key.scalar(), e.value.scalar());
    }
    return out;
}

RekorOptions readRekor(const YamlNode &parent)
{
    RekorOptions r;
    const YamlNode::Entry *e = locateSection(parent, QStringLiteral("rekor"), r);
    if (!e)
        return r;
    readString(e->value, QStringLiteral("url"), r.url);
    readString(e->value, QStringLiteral("pubkey"), r.pubkey);
    readBool(e->value, QStringLiteral("ignoreTlog"), r.ignoreTlog);
    return r;
}

CtlogOptions readCtlog(const YamlNode &parent)
{
    CtlogOptions c;
    const YamlNode::Entry *e = locateSection(parent, QStringLiteral("ctlog"), c);
    if (!e)
        return c;
    readBool(e->value, QStringLiteral("ignoreSCT"), c.ignoreSCT);
    readString(e->value, QStringLiteral("pubkey"), c.pubkey);
    readString(e->value, QStringLiteral("tsaCertChain"), c.tsaCertChain);
    return c;
}

Attestor readAttestor(const YamlNode &node)
{
    Attestor a;
    a.range = node.range();
    if (!node.isMap())
        return a;
    if (const YamlNode::Entry *e = locateSection(node, QStringLiteral("keys"), a.keys)) {
        StaticKeyAttestor &k = a.keys;
        readString(e->value, QStringLiteral("publicKeys"), k.publicKeys);
        readString(e->value, QStringLiteral("signatureAlgorithm"), k.signatureAlgorithm);
        readString(e->value, QStringLiteral("kms"), k.kms);
        k.hasSecret = e->value.isMap() && e->value.value(QStringLiteral("secret"));
        k.rekor = readRekor(e->value);
        k.ctlog = readCtlog(e->value);
    }
    if (const YamlNode::Entry *e = locateSection(node, QStringLiteral("keyless"), a.keyless)) {
        KeylessAttestor &k = a.keyless;
        readString(e->value, QStringLiteral("subject"), k.subject);
        readString(e->value, QStringLiteral("subjectRegExp"), k.subjectRegExp);
        readString(e->value, QStringLiteral("issuer"), k.issuer);
        readString(e->value, QStringLiteral("issuerRegExp"), k.issuerRegExp);
        readString(e->value, QStringLiteral("roots"), k.roots);
        k.hasAdditionalExtensions
            = e->value.isMap() && e->value.value(QStringLiteral("additionalExtensions"));
        k.rekor = readRekor(e->value);
        k.ctlog = readCtlog(e->value);
    }
    if (const YamlNode::Entry *e
        = locateSection(node, QStringLiteral("certificates"), a.certificates)) {
        CertificateAttestor &c = a.certificates;
        readString(e->value, QStringLiteral("cert"), c.cert);
        readString(e->value, QStringLiteral("certChain"), c.certChain);
        c.rekor = readRekor(e->value);
        c.ctlog = readCtlog(e->value);
    }
    a.hasNestedAttestor = node.value(QStringLiteral("attestor")) != nullptr;
    a.annotations = readStringMap(node.value(QStringLiteral("annotations")));
    readString(node, QStringLiteral("repository"), a.repository);
    return a;
}

QList<AttestorSet> readAttestorSets(const YamlNode *list)
{
    QList<AttestorSet> out;
    if (!list || !list->isSequence())
        return out;
    for (const YamlNode &item : list->items()) {
        AttestorSet set;
        set.range = item.range();
        readInt(item, QStringLiteral("count"), set.count);
        const YamlNode *entries = item.isMap() ? item.value(QStringLiteral("entries")) : nullptr;
        if (entries && entries->isSequence()) {
            for (const YamlNode &entry : entries->items())
                set.entries << readAttestor(entry);
        }
        out << set;
    }
    return out;
}

ResourceFilter readResourceFilter(const YamlNode *resources)
{
    ResourceFilter f;
    if (!resources || !resources->isMap())
        return f;
    f.kinds = scalarList(resources->value(QStringLiteral("kinds")));
    f.namespaces = scalarList(resources->value(QStringLiteral("namespaces")));
    for (const QString &key : resources->keys()) {
        if (key != QLatin1String("kinds") && key != QLatin1String("namespaces"))
            f.hasOtherConstraints = true;
    }
    return f;
}

MatchSpec readMatch(const YamlNode &rule, const QString &key)
{
    MatchSpec m;
    const YamlNode::Entry *e = rule.entry(key);
    if (!e)
        return m;
    m.present = true;
    m.keyRange = e->key.range();
    const YamlNode &spec = e->value;
    if (!spec.isMap())
        return m;
    for (const QString &list : {QStringLiteral("any"), QStringLiteral("all")}) {
        const YamlNode *items = spec.value(list);
        if (!items || !items->isSequence())
            continue;
        for (const YamlNode &item : items->items()) {
            ResourceFilter f;
            if (item.isMap()) {
                f = readResourceFilter(item.value(QStringLiteral("resources")));
                for (const QString &k : item.keys()) {
                    if (k != QLatin1String("resources"))
                        f.hasOtherConstraints = true;
                }
            }
            (list == QLatin1String("any") ? m.any : m.all) << f;
        }
    }
    if (const YamlNode *resources = spec.value(QStringLiteral("resources"))) {
        m.hasDirectResources = true;
        m.resources = readResourceFilter(resources);
    }
    for (const QString &k :
         {QStringLiteral("subjects"), QStringLiteral("roles"), QStringLiteral("clusterRoles")}) {
        if (spec.value(k))
            m.hasUserFilters = true;
    }
    return m;
}

ImageVerification readImageVerification(const YamlNode &node, int index)
{
    ImageVerification v;
    v.index = index;
    v.range = node.range();
    if (!node.isMap())
        return v;
    readString(node, QStringLiteral("image"), v.image);
    readString(node, QStringLiteral("key"), v.key);
    readString(node, QStringLiteral("subject"), v.subject);
    readString(node, QStringLiteral("issuer"), v.issuer);
    readString(node, QStringLiteral("roots"), v.roots);
    if (const YamlNode::Entry *e
        = locateField(node, QStringLiteral("annotations"), v.annotations))
        v.annotations.value = readStringMap(&e->value);
    if (const YamlNode::Entry *e
        = locateField(node, QStringLiteral("imageReferences"), v.imageReferencesField)) {
        v.imageReferencesField.value = scalarList(&e->value);
        // A single string is accepted by nobody; the linter reports it.
    }
    v.imageReferences = readStringList(node, QStringLiteral("imageReferences"));
    v.skipImageReferences = readStringList(node, QStringLiteral("skipImageReferences"));
    readString(node, QStringLiteral("repository"), v.repository);
    readString(node, QStringLiteral("type"), v.type);
    readString(node, QStringLiteral("failureAction"), v.failureAction);
    readBool(node, QStringLiteral("mutateDigest"), v.mutateDigest);
    readBool(node, QStringLiteral("verifyDigest"), v.verifyDigest);
    readBool(node, QStringLiteral("required"), v.required);
    readBool(node, QStringLiteral("useCache"), v.useCache);
    v.hasImageRegistryCredentials = node.value(QStringLiteral("imageRegistryCredentials"));
    v.attestorsKeyRange = keyRangeOf(node, QStringLiteral("attestors"));
    v.attestors = readAttestorSets(node.value(QStringLiteral("attestors")));
    if (const YamlNode *list = node.value(QStringLiteral("attestations"));
        list && list->isSequence()) {
        for (const YamlNode &item : list->items()) {
            Attestation a;
            a.range = item.range();
            readString(item, QStringLiteral("type"), a.type);
            readString(item, QStringLiteral("predicateType"), a.predicateType);
            readString(item, QStringLiteral("name"), a.name);
            if (item.isMap()) {
                a.attestors = readAttestorSets(item.value(QStringLiteral("attestors")));
                a.hasConditions = item.value(QStringLiteral("conditions")) != nullptr;
            }
            v.attestations << a;
        }
    }
    return v;
}

} // namespace

bool ImageVerification::usesDeprecatedFields() const
{
    return image.present || key.present || subject.present || issuer.present || roots.present
        || annotations.present;
}

ImageVerification ImageVerification::converted() const
{
    // Mirrors Convert() of kyverno api/kyverno/v1 at 111e07bb: nothing to do
    // when no deprecated field is set; otherwise image is appended to the
    // references and key/issuer become one attestor set.
    if (image.value.isEmpty() && key.value.isEmpty() && issuer.value.isEmpty())
        return *this;
    ImageVerification copy = *this;
    copy.image = {};
    copy.issuer = {};
    copy.subject = {};
    copy.roots = {};
    if (!image.value.isEmpty())
        copy.imageReferences << image;
    if (!annotations.value.isEmpty() || !key.value.isEmpty() || !issuer.value.isEmpty()) {
        Attestor attestor;
        attestor.annotations = annotations.value;
        attestor.range = key.present ? key.keyRange : issuer.keyRange;
        if (!key.value.isEmpty()) {
            attestor.keys.present = true;
            attestor.keys.keyRange = key.keyRange;
            attestor.keys.range = key.valueRange;
            attestor.keys.publicKeys = key;
        } else if (!issuer.value.isEmpty()) {
            attestor.keyless.present = true;
            attestor.keyless.keyRange = issuer.keyRange;
            attestor.keyless.range = issuer.valueRange;
            attestor.keyless.issuer = issuer;
            attestor.keyless.subject = subject;
            attestor.keyless.roots = roots;
        }
        AttestorSet set;
        set.range = attestor.range;
        set.entries << attestor;
        if (!attestations.isEmpty()) {
            for (Attestation &a : copy.attestations)
                a.attestors << set;
        } else {
            copy.attestors << set;
        }
    }
    copy.key = {};
    copy.annotations = {};
    return copy;
}

Result<KyvernoPolicy> KyvernoPolicy::fromDocument(const YamlNode &document)
{
    if (!document.isMap()) {
        return Error(
            ErrorKind::InvalidInput,
            Tr::tr("the document is a %1, not a Kyverno policy").arg(document.typeName()));
    }
    KyvernoPolicy p;
    p.document = document;
    readString(document, QStringLiteral("apiVersion"), p.apiVersion);
    readString(document, QStringLiteral("kind"), p.kind);
    if (!p.apiVersion.value.startsWith(QLatin1String("kyverno.io/"))
        || (p.kind.value != QLatin1String("ClusterPolicy")
            && p.kind.value != QLatin1String("Policy"))) {
        return Error(ErrorKind::InvalidInput,
                     Tr::tr("the document is %1 %2, not a Kyverno ClusterPolicy or Policy")
                         .arg(p.apiVersion.value, p.kind.value));
    }
    if (const YamlNode *metadata = document.value(QStringLiteral("metadata"))) {
        readString(*metadata, QStringLiteral("name"), p.name);
        readString(*metadata, QStringLiteral("namespace"), p.namespaceName);
    }
    const YamlNode *spec = document.value(QStringLiteral("spec"));
    if (!spec || !spec->isMap())
        return p;
    readString(*spec, QStringLiteral("validationFailureAction"), p.validationFailureAction);
    readBool(*spec, QStringLiteral("background"), p.background);
    p.rulesKeyRange = keyRangeOf(*spec, QStringLiteral("rules"));
    const YamlNode *rules = spec->value(QStringLiteral("rules"));
    if (!rules || !rules->isSequence())
        return p;
    for (const YamlNode &node : rules->items()) {
        Rule rule;
        rule.range = node.range();
        if (node.isMap()) {
            readString(node, QStringLiteral("name"), rule.name);
            rule.match = readMatch(node, QStringLiteral("match"));
            rule.exclude = readMatch(node, QStringLiteral("exclude"));
            rule.hasPreconditions = node.value(QStringLiteral("preconditions")) != nullptr;
            rule.verifyImagesKeyRange = keyRangeOf(node, QStringLiteral("verifyImages"));
            const YamlNode *list = node.value(QStringLiteral("verifyImages"));
            if (list && list->isSequence()) {
                int index = 0;
                for (const YamlNode &item : list->items())
                    rule.verifyImages << readImageVerification(item, index++);
            }
        }
        p.rules << rule;
    }
    return p;
}

} // namespace chainscope::policy
