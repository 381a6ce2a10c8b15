// Real OCI layouts (tests/data/regclient, tests/data/go-containerregistry:
// buildx multi-platform indexes, unknown/unknown attestation entries, OCI 1.1
// artifacts with subject, referrers fallback tags) pushed byte for byte into
// the lab registry by `lab.py start`, read back through RegistryClient.
// Every expectation comes from the layout files themselves (index.json and
// the blobs named by their digests); the lab state only says which
// repository holds which layout and which manifests the registry refused.

#include "core/registry/registryclient.h"
#include "tests/support/testdata.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QTest>

using namespace chainscope;
using namespace chainscope::registry;

namespace {

const QString kRefName = QStringLiteral("org.opencontainers.image.ref.name");
const QString kReferenceType = QStringLiteral("vnd.docker.reference.type");
const QString kReferenceDigest = QStringLiteral("vnd.docker.reference.digest");
const QString kDockerList =
    QStringLiteral("application/vnd.docker.distribution.manifest.list.v2+json");
const QStringList kManifestTypes = {
    QStringLiteral("application/vnd.oci.image.manifest.v1+json"),
    QStringLiteral("application/vnd.oci.image.index.v1+json"),
    QStringLiteral("application/vnd.docker.distribution.manifest.v2+json"), kDockerList};

template<typename T>
QByteArray describe(const Result<T> &result)
{
    return result.ok() ? QByteArray("ok")
                       : (errorKindName(result.error().kind()) + QStringLiteral(": ")
                          + result.error().toString())
                             .toUtf8();
}

/// One layout folder as the files say.
struct Layout
{
    QString repository;
    QString path; // absolute
    QJsonObject state;

    QString blobPath(const QString &digest) const
    {
        return path + QStringLiteral("/blobs/") + digest.section(QLatin1Char(':'), 0, 0)
               + QLatin1Char('/') + digest.section(QLatin1Char(':'), 1);
    }
    bool hasBlob(const QString &digest) const { return QFile::exists(blobPath(digest)); }
    QByteArray blob(const QString &digest) const
    {
        QFile file(blobPath(digest));
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }
    QJsonObject json(const QString &digest) const
    {
        return QJsonDocument::fromJson(blob(digest)).object();
    }
    QJsonArray topLevel() const
    {
        QFile file(path + QStringLiteral("/index.json"));
        if (!file.open(QIODevice::ReadOnly))
            return {};
        const QJsonObject index = QJsonDocument::fromJson(file.readAll()).object();
        return index.value(QLatin1String("manifests")).toArray();
    }
    QJsonObject refused() const { return state.value(QLatin1String("refused")).toObject(); }

    /// Every manifest descriptor reachable from index.json whose blob is in the
    /// layout, by digest, with the media type its own JSON or its parent names.
    QMap<QString, QString> reachable() const
    {
        QMap<QString, QString> found;
        QList<QJsonObject> queue;
        for (const QJsonValue &v : topLevel())
            queue.append(v.toObject());
        while (!queue.isEmpty()) {
            const QJsonObject desc = queue.takeFirst();
            const QString digest = desc.value(QLatin1String("digest")).toString();
            if (found.contains(digest) || !hasBlob(digest))
                continue;
            const QJsonObject doc = json(digest);
            QString type = doc.value(QLatin1String("mediaType")).toString();
            if (type.isEmpty())
                type = desc.value(QLatin1String("mediaType")).toString();
            found.insert(digest, type);
            for (const QJsonValue &child : doc.value(QLatin1String("manifests")).toArray())
                queue.append(child.toObject());
        }
        return found;
    }
};

} // namespace

class TestLayouts : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void everyManifestAndBlobReadsBack_data() { layoutRows(); }
    void everyManifestAndBlobReadsBack();
    void tagsPointAtTheirManifests_data() { layoutRows(); }
    void tagsPointAtTheirManifests();
    void fallbackTagsListTheReferrers_data() { layoutRows(); }
    void fallbackTagsListTheReferrers();
    void unknownPlatformEntriesReferenceASibling_data() { layoutRows(); }
    void unknownPlatformEntriesReferenceASibling();
    void artifactsKeepSubjectAndType_data() { layoutRows(); }
    void artifactsKeepSubjectAndType();
    void theRichLayoutHasEveryFeature();

private:
    void layoutRows();
    Layout layout() const;

    QJsonObject m_lab;
    QMap<QString, Layout> m_layouts;
    std::unique_ptr<RegistryClient> m_client;
    // Feature counts seen over all layouts, checked by theRichLayoutHasEveryFeature.
    QMap<QString, int> m_seen;
};

void TestLayouts::initTestCase()
{
    const QString statePath = qEnvironmentVariable("CHAINSCOPE_LAB_STATE");
    QFile state(statePath);
    QVERIFY2(state.open(QIODevice::ReadOnly),
             qPrintable(statePath + QStringLiteral(": lab not started (LAB suite)")));
    m_lab = QJsonDocument::fromJson(state.readAll()).object();
    const QJsonObject layouts = m_lab.value(QLatin1String("layouts")).toObject();
    QVERIFY2(layouts.size() >= 6, "lab.json lists no layouts: is lab.py current?");
    for (auto it = layouts.begin(); it != layouts.end(); ++it) {
        Layout l;
        l.repository = it.key();
        l.state = it.value().toObject();
        l.path = test::dataPath(l.state.value(QLatin1String("layout")).toString());
        QVERIFY2(QFile::exists(l.path + QStringLiteral("/index.json")), qPrintable(l.path));
        m_layouts.insert(l.repository, l);
    }
    m_client = std::make_unique<RegistryClient>(
        m_lab.value(QLatin1String("registry")).toString(),
        Credentials{m_lab.value(QLatin1String("username")).toString(),
                    m_lab.value(QLatin1String("password")).toString()});
}

void TestLayouts::layoutRows()
{
    QTest::addColumn<QString>("repository");
    for (const QString &repository : m_layouts.keys())
        QTest::newRow(qPrintable(repository.section(QLatin1Char('/'), 1))) << repository;
}

Layout TestLayouts::layout() const
{
    QFETCH(QString, repository);
    return m_layouts.value(repository);
}

void TestLayouts::everyManifestAndBlobReadsBack()
{
    const Layout l = layout();
    const QMap<QString, QString> manifests = l.reachable();
    QVERIFY(!manifests.isEmpty());
    int blobs = 0;
    for (auto it = manifests.begin(); it != manifests.end(); ++it) {
        const QString &digest = it.key();
        if (l.refused().contains(digest)) {
            // Only what the registry cannot hold may be missing: descriptors
            // that are not manifests, and Docker lists naming OCI manifests
            // (distribution 2.8 refuses those with MANIFEST_INVALID).
            QVERIFY2(!kManifestTypes.contains(it.value()) || it.value() == kDockerList,
                     qPrintable(digest + QStringLiteral(" refused: ")
                                + l.refused().value(digest).toString()));
            ++m_seen[QStringLiteral("refused")];
            continue;
        }
        QVERIFY2(kManifestTypes.contains(it.value()), qPrintable(digest + ' ' + it.value()));
        auto fetched = m_client->manifest(l.repository, digest);
        QVERIFY2(fetched.ok(), qPrintable(digest + QStringLiteral(": ") + describe(fetched)));
        QCOMPARE(fetched->manifest.digest().toString(), digest);
        QCOMPARE(fetched->manifest.raw(), l.blob(digest)); // byte for byte
        const QJsonObject doc = l.json(digest);
        QCOMPARE(fetched->manifest.isIndex(), doc.contains(QLatin1String("manifests")));
        if (fetched->manifest.isIndex()) {
            QCOMPARE(fetched->manifest.manifests().size(),
                     doc.value(QLatin1String("manifests")).toArray().size());
            continue;
        }
        QList<oci::Descriptor> contents = fetched->manifest.layers();
        contents.prepend(fetched->manifest.config());
        for (const oci::Descriptor &d : contents) {
            if (!l.hasBlob(d.digest.toString()))
                continue; // referenced, but not part of this layout (never pushed)
            auto bytes = m_client->blob(l.repository, d.digest, 16 * 1024 * 1024);
            QVERIFY2(bytes.ok(), qPrintable(d.digest.toString() + QStringLiteral(": ")
                                            + describe(bytes)));
            QCOMPARE(*bytes, l.blob(d.digest.toString()));
            ++blobs;
        }
    }
    m_seen[QStringLiteral("manifests")] += manifests.size();
    m_seen[QStringLiteral("blobs")] += blobs;
}

void TestLayouts::tagsPointAtTheirManifests()
{
    const Layout l = layout();
    auto tags = m_client->tags(l.repository);
    const QSet<QString> listed(tags.ok() ? QSet<QString>(tags->begin(), tags->end())
                                         : QSet<QString>());
    int checked = 0;
    for (const QJsonValue &v : l.topLevel()) {
        const QJsonObject desc = v.toObject();
        const QString tag =
            desc.value(QLatin1String("annotations")).toObject().value(kRefName).toString();
        const QString digest = desc.value(QLatin1String("digest")).toString();
        if (tag.isEmpty() || l.refused().contains(digest) || !l.hasBlob(digest))
            continue;
        QVERIFY2(tags.ok(), describe(tags));
        QVERIFY2(listed.contains(tag), qPrintable(tag));
        auto fetched = m_client->manifest(l.repository, tag);
        QVERIFY2(fetched.ok(), qPrintable(tag + QStringLiteral(": ") + describe(fetched)));
        QCOMPARE(fetched->manifest.digest().toString(), digest);
        ++checked;
    }
    m_seen[QStringLiteral("tags")] += checked;
}

void TestLayouts::fallbackTagsListTheReferrers()
{
    // distribution-spec "Referrers tag schema": tag sha256-<hex> is an index
    // of the manifests whose subject is sha256:<hex>.
    static const QRegularExpression fallback(QStringLiteral("^sha256-([0-9a-f]{64})$"));
    const Layout l = layout();
    for (const QJsonValue &v : l.topLevel()) {
        const QJsonObject desc = v.toObject();
        const QString tag =
            desc.value(QLatin1String("annotations")).toObject().value(kRefName).toString();
        const QRegularExpressionMatch match = fallback.match(tag);
        if (!match.hasMatch())
            continue;
        const QString subject = QStringLiteral("sha256:") + match.captured(1);
        auto index = m_client->manifest(l.repository, tag);
        QVERIFY2(index.ok(), qPrintable(tag + QStringLiteral(": ") + describe(index)));
        const bool listsReferrers = l.json(desc.value(QLatin1String("digest")).toString())
                                        .contains(QLatin1String("manifests"));
        QCOMPARE(index->manifest.isIndex(), listsReferrers);
        if (!listsReferrers) {
            // regclient's "mirror": an image under a name shaped like a fallback
            // tag. Read as what it is, not as a list of referrers.
            ++m_seen[QStringLiteral("fallbackLookalike")];
            continue;
        }
        for (const oci::Descriptor &referrer : index->manifest.manifests()) {
            auto fetched = m_client->manifest(l.repository, referrer.digest.toString());
            QVERIFY2(fetched.ok(), qPrintable(referrer.digest.toString() + QStringLiteral(": ")
                                              + describe(fetched)));
            QVERIFY2(fetched->manifest.subject().has_value(),
                     qPrintable(referrer.digest.toString()));
            QCOMPARE(fetched->manifest.subject()->digest.toString(), subject);
            // The entry carries the referrer's artifactType, or its config media
            // type when it has none (distribution-spec "Listing Referrers").
            const QString type = fetched->manifest.artifactType().isEmpty()
                                     ? fetched->manifest.config().mediaType
                                     : fetched->manifest.artifactType();
            QCOMPARE(referrer.artifactType, type);
            ++m_seen[QStringLiteral("referrers")];
        }
        ++m_seen[QStringLiteral("fallbackTags")];
    }
}

void TestLayouts::unknownPlatformEntriesReferenceASibling()
{
    const Layout l = layout();
    const QMap<QString, QString> manifests = l.reachable();
    for (auto it = manifests.begin(); it != manifests.end(); ++it) {
        const QJsonObject doc = l.json(it.key());
        if (!doc.contains(QLatin1String("manifests")) || l.refused().contains(it.key()))
            continue;
        int expected = 0; // counted in the file
        for (const QJsonValue &e : doc.value(QLatin1String("manifests")).toArray()) {
            const QJsonObject p = e.toObject().value(QLatin1String("platform")).toObject();
            if (p.value(QLatin1String("os")) == QLatin1String("unknown")
                && p.value(QLatin1String("architecture")) == QLatin1String("unknown"))
                ++expected;
        }
        if (expected == 0)
            continue;
        auto fetched = m_client->manifest(l.repository, it.key());
        QVERIFY2(fetched.ok(), describe(fetched));
        QSet<QString> siblings;
        for (const oci::Descriptor &d : fetched->manifest.manifests())
            siblings.insert(d.digest.toString());
        int seen = 0;
        for (const oci::Descriptor &d : fetched->manifest.manifests()) {
            if (!d.platform || d.platform->os != QLatin1String("unknown")
                || d.platform->architecture != QLatin1String("unknown"))
                continue;
            ++seen;
            QVERIFY2(!d.annotations.value(kReferenceType).isEmpty(),
                     qPrintable(d.digest.toString()));
            const QString target = d.annotations.value(kReferenceDigest);
            QVERIFY2(siblings.contains(target), qPrintable(d.digest.toString() + " -> " + target));
            QVERIFY(target != d.digest.toString());
            // The entry itself is a real manifest in the registry too.
            auto entry = m_client->manifest(l.repository, d.digest.toString());
            QVERIFY2(entry.ok(), describe(entry));
        }
        QCOMPARE(seen, expected);
        m_seen[QStringLiteral("unknownPlatform")] += seen;
    }
}

void TestLayouts::artifactsKeepSubjectAndType()
{
    const Layout l = layout();
    const QMap<QString, QString> manifests = l.reachable();
    for (auto it = manifests.begin(); it != manifests.end(); ++it) {
        const QJsonObject doc = l.json(it.key());
        if (l.refused().contains(it.key()))
            continue;
        const bool hasSubject = doc.contains(QLatin1String("subject"));
        const QString artifactType = doc.value(QLatin1String("artifactType")).toString();
        if (!hasSubject && artifactType.isEmpty())
            continue;
        auto fetched = m_client->manifest(l.repository, it.key());
        QVERIFY2(fetched.ok(), describe(fetched));
        QCOMPARE(fetched->manifest.artifactType(), artifactType);
        QCOMPARE(fetched->manifest.subject().has_value(), hasSubject);
        if (hasSubject) {
            QCOMPARE(fetched->manifest.subject()->digest.toString(),
                     doc.value(QLatin1String("subject")).toObject()
                         .value(QLatin1String("digest")).toString());
            ++m_seen[QStringLiteral("subject")];
        }
        if (!artifactType.isEmpty())
            ++m_seen[QStringLiteral("artifactType")];
    }
}

void TestLayouts::theRichLayoutHasEveryFeature()
{
    // The issue names these features; the data must actually exercise them,
    // or the functions above would pass vacuously. Runs last (declaration
    // order), after the counts are in.
    const QString summary = [this] {
        QStringList parts;
        for (auto it = m_seen.begin(); it != m_seen.end(); ++it)
            parts << it.key() + QLatin1Char('=') + QString::number(it.value());
        return parts.join(QLatin1String(", "));
    }();
    qInfo().noquote() << "checked:" << summary;
    for (const char *feature : {"manifests", "blobs", "tags", "fallbackTags", "referrers",
                                "unknownPlatform", "subject", "artifactType"})
        QVERIFY2(m_seen.value(QLatin1String(feature)) > 0, qPrintable(summary));
}

QTEST_GUILESS_MAIN(TestLayouts)
#include "tst_layouts.moc"
