// OciLayoutSource and ArchiveSource: real OCI layouts (regclient,
// go-containerregistry, containers/image) read as folders and, packed with
// tar at test time, as oci-archive tarballs; docker save tarballs written
// here; hostile archives (path traversal, a huge entry header, bad digests).

#include "core/oci/mediatypes.h"
#include "core/registry/archivesource.h"
#include "core/registry/ocilayoutsource.h"

#include "tests/support/testdata.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace chainscope;
using namespace chainscope::registry;
using reference::Digest;

namespace {

const QString RefName = QStringLiteral("org.opencontainers.image.ref.name");

// A minimal ustar writer, so hostile archives can say exactly what we want.
class TarWriter
{
public:
    void add(const QByteArray &name, const QByteArray &data, qint64 claimedSize = -1,
             char type = '0')
    {
        QByteArray header(512, '\0');
        std::memcpy(header.data(), name.constData(), size_t(qMin<qsizetype>(name.size(), 100)));
        std::memcpy(header.data() + 100, "0000644", 7);
        std::memcpy(header.data() + 108, "0000000", 7);
        std::memcpy(header.data() + 116, "0000000", 7);
        const qint64 size = claimedSize >= 0 ? claimedSize : data.size();
        if (size < 077777777777LL) {
            const QByteArray octal = QByteArray::number(size, 8).rightJustified(11, '0');
            std::memcpy(header.data() + 124, octal.constData(), 11);
        } else {
            // GNU base-256: high bit set, big-endian value in the field.
            header[124] = char(0x80);
            for (int i = 0; i < 8; ++i)
                header[135 - i] = char((size >> (8 * i)) & 0xff);
        }
        std::memcpy(header.data() + 136, "00000000000", 11);
        header[156] = type;
        std::memcpy(header.data() + 257, "ustar\0" "00", 8);
        std::memset(header.data() + 148, ' ', 8);
        unsigned sum = 0;
        for (char c : header)
            sum += static_cast<unsigned char>(c);
        const QByteArray checksum = QByteArray::number(sum, 8).rightJustified(6, '0');
        std::memcpy(header.data() + 148, checksum.constData(), 6);
        header[154] = '\0';
        header[155] = ' ';
        m_bytes += header;
        m_bytes += data;
        if (data.size() % 512)
            m_bytes += QByteArray(512 - data.size() % 512, '\0');
    }
    QByteArray finish() const { return m_bytes + QByteArray(1024, '\0'); }

private:
    QByteArray m_bytes;
};

QString sha256Hex(const QByteArray &bytes)
{
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

void writeFile(const QString &path, const QByteArray &bytes)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        qFatal("cannot write %s", qPrintable(path));
    file.write(bytes);
}

bool runTar(const QStringList &arguments)
{
    QProcess tar;
    tar.start(QStringLiteral("tar"), arguments);
    return tar.waitForFinished(60000) && tar.exitStatus() == QProcess::NormalExit
           && tar.exitCode() == 0;
}

// The tags of a layout, read from index.json by the test itself.
QStringList tagsOf(const QString &layout)
{
    QStringList tags;
    const QJsonArray entries = QJsonDocument::fromJson(test::readData(layout + "/index.json"))
                                   .object()
                                   .value(QLatin1String("manifests"))
                                   .toArray();
    for (const QJsonValue &entry : entries) {
        const QString name
            = entry.toObject().value("annotations").toObject().value(RefName).toString();
        if (!name.isEmpty() && !tags.contains(name))
            tags.append(name);
    }
    return tags;
}

// Walks every manifest reachable from index.json, fetching each child
// manifest, config and layer; each is digest-checked by the source. Returns
// the digests read, or fails the test.
QSet<QString> walk(ContentSource &source, const QString &repository,
                   const QList<oci::Descriptor> &entries)
{
    QSet<QString> seen;
    QList<oci::Descriptor> queue = entries;
    while (!queue.isEmpty()) {
        const oci::Descriptor next = queue.takeFirst();
        if (seen.contains(next.digest.toString()))
            continue;
        seen.insert(next.digest.toString());
        auto fetched = source.manifest(repository, next.digest.toString());
        if (!fetched) {
            QTest::qFail(qPrintable(next.digest.toString() + ": " + fetched.error().toString()),
                         __FILE__, __LINE__);
            return {};
        }
        if (fetched->manifest.digest() != next.digest) {
            QTest::qFail("manifest digest differs", __FILE__, __LINE__);
            return {};
        }
        if (fetched->manifest.isIndex()) {
            queue += fetched->manifest.manifests();
            continue;
        }
        QList<oci::Descriptor> blobs = fetched->manifest.layers();
        blobs.prepend(fetched->manifest.config());
        for (const oci::Descriptor &blob : blobs) {
            auto bytes = source.blob(repository, blob.digest, 64 * 1024 * 1024);
            if (!bytes) {
                QTest::qFail(qPrintable(blob.digest.toString() + ": " + bytes.error().toString()),
                             __FILE__, __LINE__);
                return {};
            }
            if (sha256Hex(*bytes) != blob.digest.hex()) {
                QTest::qFail("blob bytes do not hash to the digest", __FILE__, __LINE__);
                return {};
            }
            seen.insert(blob.digest.toString());
        }
    }
    return seen;
}

// The error kind's name, or "ok": a test comparing it never reads the error of a success.
template<typename T>
QString failure(const Result<T> &result)
{
    return result ? QStringLiteral("ok") : errorKindName(result.error().kind());
}

} // namespace

class TestLocalSource : public QObject
{
    Q_OBJECT

private slots:
    void layoutFolder_data();
    void layoutFolder();
    void layoutTagResolvesToIndexEntry();
    void layoutErrors();
    void layoutTamperedBlob();
    void layoutSymlinkOutside();
    void layoutSizeLimit();
    void ociArchive_data();
    void ociArchive();
    void dockerArchive();
    void dockerArchiveNamesAndDefaults();
    void hostileArchive_data();
    void hostileArchive();
    void archiveBadBlobDigest();
    void archiveEntryLimits();
};

void TestLocalSource::layoutFolder_data()
{
    QTest::addColumn<QString>("layout");
    QTest::addColumn<int>("minimumDigests");
    QTest::newRow("regclient testrepo") << "regclient/testrepo" << 40;
    QTest::newRow("ggcr test_index") << "go-containerregistry/layout-testdata/test_index" << 5;
    QTest::newRow("ggcr test_index_one_image")
        << "go-containerregistry/layout-testdata/test_index_one_image" << 3;
    QTest::newRow("ggcr test_index_media_type")
        << "go-containerregistry/layout-testdata/test_index_media_type" << 1;
    QTest::newRow("containers-image delete_image_multiple_images")
        << "containers-image/oci-layout-fixtures/delete_image_multiple_images" << 19;
}

void TestLocalSource::layoutFolder()
{
    QFETCH(QString, layout);
    QFETCH(int, minimumDigests);
    auto source = OciLayoutSource::open(test::dataPath(layout));
    QVERIFY2(source, qPrintable(source ? QString() : source.error().toString()));
    OciLayoutSource &layoutSource = **source;
    const QString repository = QFileInfo(layout).fileName();
    QCOMPARE(layoutSource.repository(), repository);
    QCOMPARE(*layoutSource.repositories(), QStringList{repository});
    QVERIFY(layoutSource.host().startsWith(QLatin1String("oci:/")));

    auto tags = layoutSource.tags(repository);
    QVERIFY(tags);
    QCOMPARE(*tags, tagsOf(layout));

    const QSet<QString> digests = walk(layoutSource, repository, layoutSource.indexEntries());
    QVERIFY(!QTest::currentTestFailed());
    QVERIFY2(digests.size() >= minimumDigests, qPrintable(QString::number(digests.size())));
}

void TestLocalSource::layoutTagResolvesToIndexEntry()
{
    auto source = OciLayoutSource::open(test::dataPath("regclient/testrepo"));
    QVERIFY(source);
    const QJsonArray entries
        = QJsonDocument::fromJson(test::readData("regclient/testrepo/index.json"))
              .object()
              .value("manifests")
              .toArray();
    int checked = 0;
    for (const QJsonValue &value : entries) {
        const QJsonObject entry = value.toObject();
        const QString tag = entry.value("annotations").toObject().value(RefName).toString();
        if (tag.isEmpty())
            continue;
        auto fetched = (*source)->manifest("testrepo", tag);
        QVERIFY2(fetched, qPrintable(tag));
        QCOMPARE(fetched->manifest.digest().toString(), entry.value("digest").toString());
        QCOMPARE(fetched->contentType, entry.value("mediaType").toString());
        ++checked;
    }
    QVERIFY(checked >= 20);
    // Several images and no "latest": the user must name one.
    QCOMPARE(failure((*source)->defaultTagOrDigest()), errorKindName(ErrorKind::NotFound));
    auto one = OciLayoutSource::open(
        test::dataPath("go-containerregistry/layout-testdata/test_index_one_image"));
    QVERIFY(one);
    QCOMPARE(*(*one)->defaultTagOrDigest(),
             QStringLiteral("sha256:98ceaf93e482fe91b9bfd6bba07137c098e49ee2d55e69f09fb6c951e75e0e46"));
    auto latest = OciLayoutSource::open(
        test::dataPath("containers-image/oci-layout-fixtures/delete_image_multiple_images"));
    QVERIFY(latest);
    QCOMPARE(*(*latest)->defaultTagOrDigest(), QStringLiteral("latest"));
}

void TestLocalSource::layoutErrors()
{
    auto source = OciLayoutSource::open(test::dataPath("regclient/testrepo"));
    QVERIFY(source);
    QCOMPARE(failure((*source)->manifest("testrepo", "no-such-tag")),
             errorKindName(ErrorKind::NotFound));
    QCOMPARE(failure((*source)->manifest("other", "v1")), errorKindName(ErrorKind::NotFound));
    QCOMPARE(failure((*source)->tags("other")), errorKindName(ErrorKind::NotFound));
    const Digest absent = Digest::sha256Of("absent");
    QCOMPARE(failure((*source)->blob("testrepo", absent, 1024)),
             errorKindName(ErrorKind::NotFound));

    // An index.json without its oci-layout marker is not a layout.
    auto indexOnly = OciLayoutSource::open(
        test::dataPath("containers-image/oci-layout-fixtures/name_lookups"));
    QVERIFY(!indexOnly);
    QCOMPARE(failure(indexOnly), errorKindName(ErrorKind::Malformed));
    QVERIFY(indexOnly.error().toString().contains("oci-layout"));

    QTemporaryDir dir;
    QCOMPARE(failure(OciLayoutSource::open(dir.filePath("missing"))), errorKindName(ErrorKind::Io));
    writeFile(dir.filePath("oci-layout"), R"({"imageLayoutVersion":"2.0.0"})");
    writeFile(dir.filePath("index.json"), R"({"schemaVersion":2,"manifests":[]})");
    QCOMPARE(failure(OciLayoutSource::open(dir.path())), errorKindName(ErrorKind::Unsupported));
    writeFile(dir.filePath("oci-layout"), R"({"imageLayoutVersion":"1.0.0"})");
    writeFile(dir.filePath("index.json"), "not json");
    QCOMPARE(failure(OciLayoutSource::open(dir.path())), errorKindName(ErrorKind::Malformed));
    writeFile(dir.filePath("index.json"),
              R"({"schemaVersion":2,"manifests":[{"digest":"sha256:short","size":1}]})");
    QVERIFY(!OciLayoutSource::open(dir.path()));
}

void TestLocalSource::layoutTamperedBlob()
{
    QTemporaryDir dir;
    const QString root = dir.filePath("testrepo");
    QVERIFY(runTar({"-cf", dir.filePath("copy.tar"), "-C", test::dataPath("regclient"),
                    "testrepo"}));
    QVERIFY(runTar({"-xf", dir.filePath("copy.tar"), "-C", dir.path()}));
    auto before = OciLayoutSource::open(root);
    QVERIFY(before);
    auto fetched = (*before)->manifest("testrepo", "a1");
    QVERIFY(fetched);
    const Digest manifestDigest = fetched->manifest.digest();
    const Digest configDigest = fetched->manifest.config().digest;

    // Same length, one byte changed: only hashing notices.
    const QString manifestPath = root + "/blobs/sha256/" + manifestDigest.hex();
    QByteArray bytes = test::readData("regclient/testrepo/blobs/sha256/" + manifestDigest.hex());
    bytes[bytes.size() - 2] = bytes.at(bytes.size() - 2) == ' ' ? '\t' : ' ';
    QFile::setPermissions(manifestPath, QFile::ReadOwner | QFile::WriteOwner);
    writeFile(manifestPath, bytes);
    const QString configPath = root + "/blobs/sha256/" + configDigest.hex();
    QFile::setPermissions(configPath, QFile::ReadOwner | QFile::WriteOwner);
    writeFile(configPath, "[]");

    auto after = OciLayoutSource::open(root);
    QVERIFY(after);
    QCOMPARE(failure((*after)->manifest("testrepo", "a1")),
             errorKindName(ErrorKind::DigestMismatch));
    QCOMPARE(failure((*after)->manifest("testrepo", manifestDigest.toString())),
             errorKindName(ErrorKind::DigestMismatch));
    QCOMPARE(failure((*after)->blob("testrepo", configDigest, 1024)),
             errorKindName(ErrorKind::DigestMismatch));
}

void TestLocalSource::layoutSymlinkOutside()
{
    // A layout whose blob is a symlink to a file outside it (with the right
    // hash, so only the path check can refuse it).
    QTemporaryDir dir;
    const QByteArray secret = "outside the layout\n";
    const QString hex = sha256Hex(secret);
    writeFile(dir.filePath("secret"), secret);
    const QString root = dir.filePath("layout");
    writeFile(root + "/oci-layout", R"({"imageLayoutVersion":"1.0.0"})");
    writeFile(root + "/index.json", R"({"schemaVersion":2,"manifests":[]})");
    QDir().mkpath(root + "/blobs/sha256");
    QVERIFY(QFile::link(dir.filePath("secret"), root + "/blobs/sha256/" + hex));
    auto source = OciLayoutSource::open(root);
    QVERIFY(source);
    auto read = (*source)->blob("layout", *Digest::parse("sha256:" + hex), 1024);
    QVERIFY(!read);
    QCOMPARE(failure(read), errorKindName(ErrorKind::InvalidInput));

    // A symlink inside the layout is fine.
    writeFile(root + "/inside", secret);
    QFile::remove(root + "/blobs/sha256/" + hex);
    QVERIFY(QFile::link(root + "/inside", root + "/blobs/sha256/" + hex));
    QVERIFY((*source)->blob("layout", *Digest::parse("sha256:" + hex), 1024));
}

void TestLocalSource::layoutSizeLimit()
{
    auto source = OciLayoutSource::open(
        test::dataPath("go-containerregistry/layout-testdata/test_index_one_image"));
    QVERIFY(source);
    auto fetched = (*source)->manifest("test_index_one_image", *(*source)->defaultTagOrDigest());
    QVERIFY(fetched);
    const oci::Descriptor config = fetched->manifest.config();
    QVERIFY(config.size > 10);
    QCOMPARE(failure((*source)->blob("test_index_one_image", config.digest, config.size - 1)),
             errorKindName(ErrorKind::TooLarge));
    QVERIFY((*source)->blob("test_index_one_image", config.digest, config.size));
}

void TestLocalSource::ociArchive_data()
{
    QTest::addColumn<QString>("layout");
    QTest::addColumn<QStringList>("tarOptions");
    QTest::addColumn<bool>("dotPrefix");
    QTest::newRow("regclient, tar, ./ paths") << "regclient/testrepo" << QStringList{"-cf"} << true;
    QTest::newRow("regclient, gzip, plain paths")
        << "regclient/testrepo" << QStringList{"-czf"} << false;
    QTest::newRow("ggcr test_index, xz") << "go-containerregistry/layout-testdata/test_index"
                                         << QStringList{"-cJf"} << true;
    QTest::newRow("containers-image, tar")
        << "containers-image/oci-layout-fixtures/delete_image_multiple_images"
        << QStringList{"-cf"} << false;
}

void TestLocalSource::ociArchive()
{
    QFETCH(QString, layout);
    QFETCH(QStringList, tarOptions);
    QFETCH(bool, dotPrefix);
    QTemporaryDir dir;
    const QString archive = dir.filePath("image.tar");
    QStringList arguments = tarOptions;
    arguments << archive << "-C" << test::dataPath(layout);
    if (dotPrefix)
        arguments << ".";
    else
        arguments << "oci-layout" << "index.json" << "blobs";
    QVERIFY(runTar(arguments));

    auto folder = OciLayoutSource::open(test::dataPath(layout));
    QVERIFY(folder);
    auto opened = ArchiveSource::open(archive);
    QVERIFY2(opened, qPrintable(opened ? QString() : opened.error().toString()));
    ArchiveSource &source = **opened;
    QCOMPARE(source.format(), ArchiveSource::Format::OciArchive);
    QCOMPARE(source.host(), "oci-archive:" + archive);
    QCOMPARE(*source.repositories(), QStringList{"image"});
    QCOMPARE(*source.tags("image"), tagsOf(layout));

    const QSet<QString> fromArchive = walk(source, "image", (*folder)->indexEntries());
    QVERIFY(!QTest::currentTestFailed());
    const QSet<QString> fromFolder
        = walk(**folder, (*folder)->repository(), (*folder)->indexEntries());
    QCOMPARE(fromArchive, fromFolder);
    for (const QString &tag : tagsOf(layout)) {
        QCOMPARE(source.manifest("image", tag)->manifest.digest(),
                 (*folder)->manifest((*folder)->repository(), tag)->manifest.digest());
    }
    QVERIFY(!source.isSynthesized((*folder)->indexEntries().first().digest));
}

namespace {

struct DockerSave
{
    QByteArray archive;
    QByteArray config;
    QByteArray layer;       // uncompressed tar
    QByteArray gzipLayer;
};

// A docker save tarball as Docker up to 24 writes it: <id>.json config,
// <id>/layer.tar layers, manifest.json naming them.
DockerSave makeDockerSave(const QString &workDir, bool lieAboutDiffId = false,
                          bool misnameConfig = false)
{
    DockerSave save;
    TarWriter layerTar;
    layerTar.add("etc/hello", "hello from a layer\n");
    save.layer = layerTar.finish();
    writeFile(workDir + "/layer.tar", save.layer);
    QProcess gzip;
    gzip.start("gzip", {"-n", "-k", "-f", workDir + "/layer.tar"});
    gzip.waitForFinished();
    QFile gz(workDir + "/layer.tar.gz");
    if (!gz.open(QIODevice::ReadOnly))
        qFatal("gzip failed");
    save.gzipLayer = gz.readAll();

    const QString diffId
        = "sha256:" + (lieAboutDiffId ? sha256Hex("other") : sha256Hex(save.layer));
    const QJsonObject config{
        {"architecture", "amd64"},
        {"os", "linux"},
        {"config", QJsonObject{{"Labels", QJsonObject{{"org.example", "docker-save"}}}}},
        {"rootfs", QJsonObject{{"type", "layers"}, {"diff_ids", QJsonArray{diffId, diffId}}}}};
    save.config = QJsonDocument(config).toJson(QJsonDocument::Compact);
    const QString configName
        = (misnameConfig ? sha256Hex("not the config") : sha256Hex(save.config)) + ".json";
    const QJsonArray manifest{QJsonObject{
        {"Config", configName},
        {"RepoTags", QJsonArray{"example.com:5000/team/app:1.0", "app:latest"}},
        {"Layers", QJsonArray{"aaaa/layer.tar", "bbbb/layer.tar"}}}};

    TarWriter tar;
    tar.add("aaaa/", {}, 0, '5');
    tar.add("aaaa/layer.tar", save.layer);
    tar.add("bbbb/layer.tar", save.gzipLayer);
    tar.add(configName.toUtf8(), save.config);
    tar.add("manifest.json", QJsonDocument(manifest).toJson());
    tar.add("repositories", R"({"app":{"latest":"x"}})");
    save.archive = tar.finish();
    return save;
}

} // namespace

void TestLocalSource::dockerArchive()
{
    QTemporaryDir dir;
    const DockerSave save = makeDockerSave(dir.path());
    writeFile(dir.filePath("save.tar"), save.archive);
    auto opened = ArchiveSource::open(dir.filePath("save.tar"));
    QVERIFY2(opened, qPrintable(opened ? QString() : opened.error().toString()));
    ArchiveSource &source = **opened;
    QCOMPARE(source.format(), ArchiveSource::Format::DockerArchive);
    QCOMPARE(*source.repositories(), (QStringList{"app", "example.com:5000/team/app"}));
    QCOMPARE(*source.tags("example.com:5000/team/app"), QStringList{"1.0"});
    QVERIFY(source.notes().join(' ').contains("synthesized"));

    auto fetched = source.manifest("app", "latest");
    QVERIFY2(fetched, qPrintable(fetched ? QString() : fetched.error().toString()));
    const oci::Manifest &manifest = fetched->manifest;
    QCOMPARE(manifest.mediaType(), QString(oci::mediatype::DockerManifest));
    QVERIFY(source.isSynthesized(manifest.digest()));
    QCOMPARE(manifest.digest().hex(), sha256Hex(manifest.raw()));
    QCOMPARE(source.manifest("example.com:5000/team/app", "1.0")->manifest.digest(),
             manifest.digest());
    QCOMPARE(source.manifest("app", manifest.digest().toString())->manifest.raw(), manifest.raw());

    // Config and layer digests are the hashes of the bytes in the tar.
    QCOMPARE(manifest.config().digest.hex(), sha256Hex(save.config));
    QCOMPARE(manifest.config().size, save.config.size());
    QCOMPARE(manifest.config().mediaType, QString(oci::mediatype::DockerConfig));
    QCOMPARE(manifest.layers().size(), 2);
    QCOMPARE(manifest.layers().at(0).digest.hex(), sha256Hex(save.layer));
    QCOMPARE(manifest.layers().at(0).mediaType,
             QStringLiteral("application/vnd.docker.image.rootfs.diff.tar"));
    QCOMPARE(manifest.layers().at(1).digest.hex(), sha256Hex(save.gzipLayer));
    QCOMPARE(manifest.layers().at(1).mediaType,
             QStringLiteral("application/vnd.docker.image.rootfs.diff.tar.gzip"));
    QCOMPARE(*source.blob("app", manifest.config().digest, 1 << 20), save.config);
    QCOMPARE(*source.blob("app", manifest.layers().at(1).digest, 1 << 20), save.gzipLayer);
    QCOMPARE(failure(source.blob("app", manifest.layers().at(1).digest, 10)),
             errorKindName(ErrorKind::TooLarge));
    QCOMPARE(failure(source.blob("app", Digest::sha256Of("absent"), 10)),
             errorKindName(ErrorKind::NotFound));
    QCOMPARE(failure(source.manifest("nginx", "latest")), errorKindName(ErrorKind::NotFound));
    QCOMPARE(failure(source.manifest("app", "2.0")), errorKindName(ErrorKind::NotFound));

    // Large entries are not kept in memory but read again and hashed.
    ArchiveSource::Limits small;
    small.keepInMemoryBytes = 16;
    auto streaming = ArchiveSource::open(dir.filePath("save.tar"), small);
    QVERIFY(streaming);
    QCOMPARE(*(*streaming)->blob("app", manifest.layers().at(0).digest, 1 << 20), save.layer);
    QCOMPARE((*streaming)->manifest("app", "latest")->manifest.digest(), manifest.digest());
    // The same when the memory budget for kept entries is spent.
    ArchiveSource::Limits budget;
    budget.keepInMemoryTotalBytes = 100;
    auto spent = ArchiveSource::open(dir.filePath("save.tar"), budget);
    QVERIFY(spent);
    QCOMPARE(*(*spent)->blob("app", manifest.config().digest, 1 << 20), save.config);
    QCOMPARE(*(*spent)->blob("app", manifest.layers().at(1).digest, 1 << 20), save.gzipLayer);
    QCOMPARE((*spent)->manifest("app", "latest")->manifest.digest(), manifest.digest());

    // The file changes after it was opened: what is read again is hashed again.
    QByteArray changed = save.archive;
    const qsizetype at = changed.indexOf("hello from a layer");
    QVERIFY(at > 0);
    changed[at] = 'J';
    writeFile(dir.filePath("save.tar"), changed);
    QCOMPARE(failure((*spent)->blob("app", manifest.layers().at(0).digest, 1 << 20)),
             errorKindName(ErrorKind::DigestMismatch));
}

void TestLocalSource::dockerArchiveNamesAndDefaults()
{
    QTemporaryDir dir;
    const DockerSave save = makeDockerSave(dir.path());
    writeFile(dir.filePath("save.tar"), save.archive);
    auto source = ArchiveSource::open(dir.filePath("save.tar"));
    QVERIFY(source);
    // One image under two names: it is the default.
    auto chosen = (*source)->defaultImage();
    QVERIFY(chosen);
    QCOMPARE((*source)->manifest(chosen->first, chosen->second)->manifest.digest(),
             (*source)->manifest("app", "latest")->manifest.digest());

    // A config whose file name is another digest, a layer whose diff_id lies.
    QTemporaryDir other;
    writeFile(other.filePath("misnamed.tar"), makeDockerSave(other.path(), false, true).archive);
    auto misnamed = ArchiveSource::open(other.filePath("misnamed.tar"));
    QVERIFY(!misnamed);
    QCOMPARE(failure(misnamed), errorKindName(ErrorKind::DigestMismatch));
    writeFile(other.filePath("diffid.tar"), makeDockerSave(other.path(), true).archive);
    auto diffId = ArchiveSource::open(other.filePath("diffid.tar"));
    QVERIFY(!diffId);
    QCOMPARE(failure(diffId), errorKindName(ErrorKind::DigestMismatch));
    QVERIFY(diffId.error().toString().contains("diff_id"));
}

void TestLocalSource::hostileArchive_data()
{
    QTest::addColumn<QByteArray>("archive");
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("mentions");

    const QByteArray layout = R"({"imageLayoutVersion":"1.0.0"})";
    const QByteArray index = R"({"schemaVersion":2,"manifests":[]})";
    {
        TarWriter tar;
        tar.add("oci-layout", layout);
        tar.add("../../etc/cron.d/evil", "* * * * * root sh\n");
        tar.add("index.json", index);
        QTest::newRow("parent traversal") << tar.finish() << int(ErrorKind::InvalidInput)
                                          << "outside";
    }
    {
        TarWriter tar;
        tar.add("blobs/sha256/../../../x", "x");
        QTest::newRow("traversal inside a path")
            << tar.finish() << int(ErrorKind::InvalidInput) << "outside";
    }
    {
        TarWriter tar;
        tar.add("/etc/passwd", "root:x:0:0\n");
        QTest::newRow("absolute path") << tar.finish() << int(ErrorKind::InvalidInput)
                                       << "outside";
    }
    {
        TarWriter tar;
        tar.add("oci-layout", layout);
        tar.add("blobs/sha256/huge", "tiny", qint64(1) << 40);
        QTest::newRow("entry header claims 1 TiB")
            << tar.finish() << int(ErrorKind::TooLarge) << "limit";
    }
    {
        TarWriter tar;
        tar.add("oci-layout", layout);
        QByteArray truncated = R"({"schemaVersion":2,"manifests":[]})";
        tar.add("index.json", truncated.left(5), truncated.size());
        QByteArray bytes = tar.finish();
        bytes.chop(1024 + 512); // the data block and the end marker go missing
        QTest::newRow("truncated entry") << bytes << int(ErrorKind::Malformed) << "";
    }
    {
        TarWriter tar;
        tar.add("oci-layout", layout);
        tar.add("index.json", index);
        tar.add("index.json", R"({"schemaVersion":2,"manifests":[{}]})");
        QTest::newRow("duplicate index.json") << tar.finish() << int(ErrorKind::Malformed)
                                              << "twice";
    }
    {
        TarWriter tar;
        tar.add("hello.txt", "not an image\n");
        QTest::newRow("not an image archive")
            << tar.finish() << int(ErrorKind::Malformed) << "manifest.json";
    }
    QTest::newRow("not a tar at all") << QByteArray(4096, 'x') << int(ErrorKind::Malformed) << "";
}

void TestLocalSource::hostileArchive()
{
    QFETCH(QByteArray, archive);
    QFETCH(int, kind);
    QFETCH(QString, mentions);
    QTemporaryDir dir;
    writeFile(dir.filePath("hostile.tar"), archive);
    auto opened = ArchiveSource::open(dir.filePath("hostile.tar"));
    QVERIFY(!opened);
    QCOMPARE(errorKindName(opened.error().kind()), errorKindName(ErrorKind(kind)));
    QVERIFY2(opened.error().toString().contains(mentions), qPrintable(opened.error().toString()));
    // Nothing was written outside the folder.
    QVERIFY(!QFile::exists(dir.filePath("../../etc/cron.d/evil")));
}

void TestLocalSource::archiveBadBlobDigest()
{
    // An oci-archive whose manifest and config files do not hash to their names.
    const QByteArray config = R"({"architecture":"amd64","os":"linux"})";
    const QString configHex = sha256Hex(config);
    const QByteArray manifest = QStringLiteral(
        R"({"schemaVersion":2,"mediaType":"application/vnd.oci.image.manifest.v1+json",)"
        R"("config":{"mediaType":"application/vnd.oci.image.config.v1+json","size":%1,)"
        R"("digest":"sha256:%2"},"layers":[]})").arg(config.size()).arg(configHex).toUtf8();
    const QString manifestHex = sha256Hex(manifest);
    const QByteArray index = QStringLiteral(
        R"({"schemaVersion":2,"manifests":[{"mediaType":)"
        R"("application/vnd.oci.image.manifest.v1+json","size":%1,"digest":"sha256:%2",)"
        R"("annotations":{"org.opencontainers.image.ref.name":"1.0"}}]})")
        .arg(manifest.size()).arg(manifestHex).toUtf8();

    const auto build = [&](const QByteArray &manifestBytes, const QByteArray &configBytes) {
        TarWriter tar;
        tar.add("oci-layout", R"({"imageLayoutVersion":"1.0.0"})");
        tar.add("index.json", index);
        tar.add(("blobs/sha256/" + manifestHex).toUtf8(), manifestBytes);
        tar.add(("blobs/sha256/" + configHex).toUtf8(), configBytes);
        return tar.finish();
    };
    QTemporaryDir dir;
    writeFile(dir.filePath("good.tar"), build(manifest, config));
    auto good = ArchiveSource::open(dir.filePath("good.tar"));
    QVERIFY(good);
    auto fetched = (*good)->manifest("good", "1.0");
    QVERIFY2(fetched, qPrintable(fetched ? QString() : fetched.error().toString()));
    QCOMPARE(*(*good)->blob("good", fetched->manifest.config().digest, 1024), config);

    // Same sizes, other bytes: only hashing notices.
    QByteArray badManifest = manifest;
    badManifest[badManifest.size() - 2] = ' ';
    writeFile(dir.filePath("bad.tar"),
              build(badManifest, QByteArray(config).replace("amd64", "arm64")));
    auto bad = ArchiveSource::open(dir.filePath("bad.tar"));
    QVERIFY(bad);
    QCOMPARE(failure((*bad)->manifest("bad", "1.0")), errorKindName(ErrorKind::DigestMismatch));
    QCOMPARE(failure((*bad)->blob("bad", *Digest::parse("sha256:" + configHex), 1024)),
             errorKindName(ErrorKind::DigestMismatch));
}

void TestLocalSource::archiveEntryLimits()
{
    TarWriter tar;
    tar.add("oci-layout", R"({"imageLayoutVersion":"1.0.0"})");
    tar.add("index.json", R"({"schemaVersion":2,"manifests":[]})");
    for (int i = 0; i < 20; ++i)
        tar.add(QByteArray("blobs/sha256/f") + QByteArray::number(i), QByteArray(100, 'x'));
    QTemporaryDir dir;
    writeFile(dir.filePath("many.tar"), tar.finish());
    QVERIFY(ArchiveSource::open(dir.filePath("many.tar")));

    ArchiveSource::Limits fewEntries;
    fewEntries.maxEntries = 10;
    QCOMPARE(failure(ArchiveSource::open(dir.filePath("many.tar"), fewEntries)),
             errorKindName(ErrorKind::TooLarge));
    ArchiveSource::Limits smallEntries;
    smallEntries.maxEntryBytes = 99;
    QCOMPARE(failure(ArchiveSource::open(dir.filePath("many.tar"), smallEntries)),
             errorKindName(ErrorKind::TooLarge));
    ArchiveSource::Limits smallTotal;
    smallTotal.maxTotalBytes = 1000;
    QCOMPARE(failure(ArchiveSource::open(dir.filePath("many.tar"), smallTotal)),
             errorKindName(ErrorKind::TooLarge));
    QCOMPARE(failure(ArchiveSource::open(dir.filePath("absent.tar"))),
             errorKindName(ErrorKind::Io));
}

QTEST_GUILESS_MAIN(TestLocalSource)
#include "tst_localsource.moc"
