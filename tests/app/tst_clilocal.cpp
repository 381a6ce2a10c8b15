// `chainscope repos|tags|inspect` on local images (no registry): OCI layout
// folders of tests/data, oci-archive tarballs packed with tar at test time,
// a docker save tarball and a buildkit-style index with an attestation
// manifest written here.

#include "clirun.h"

#include "tests/support/testdata.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>

namespace {

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

QByteArray compact(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

QJsonObject descriptor(const QString &mediaType, const QByteArray &bytes)
{
    return {{"mediaType", mediaType}, {"digest", QString("sha256:" + sha256Hex(bytes))},
            {"size", qint64(bytes.size())}};
}

bool runTar(const QStringList &arguments)
{
    QProcess tar;
    tar.start("tar", arguments);
    return tar.waitForFinished(60000) && tar.exitStatus() == QProcess::NormalExit
           && tar.exitCode() == 0;
}

} // namespace

using namespace chainscope;

class TestCliLocal : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_regclient;

    CliRun run(const QStringList &arguments) const
    {
        return runChainscope(arguments, m_dir.filePath("no-docker-config"));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_regclient = test::dataPath("regclient/testrepo");
    }

    void inspectLayoutIndexWithReferrers()
    {
        const CliRun result = run({"inspect", "oci:" + m_regclient + ":v2", "--output", "json"});
        QVERIFY2(result.exitCode == 0, QByteArray(result.out + result.err).constData());
        const QJsonObject json = result.json();
        const QString v2
            = "sha256:dfae8f425735a5e3a72e40d6609e03079995511d48157c74d54801ff4430491e";
        QCOMPARE(json.value("digest").toString(), v2);
        QCOMPARE(json.value("kind").toString(), QStringLiteral("index"));
        QCOMPARE(json.value("local").toObject().value("transport").toString(),
                 QStringLiteral("oci"));
        const QJsonArray platforms = json.value("platforms").toArray();
        QCOMPARE(platforms.size(), 3);
        QCOMPARE(platforms.at(2).toObject().value("platform").toString(),
                 QStringLiteral("linux/arm/v7"));

        // The referrers are the entries of the index behind the fallback tag.
        const QJsonObject referrers = json.value("referrers").toObject();
        QCOMPARE(referrers.value("available").toBool(), true);
        QCOMPARE(referrers.value("tag").toString(), "sha256-" + v2.mid(7));
        const QJsonArray expected
            = QJsonDocument::fromJson(
                  test::readData("regclient/testrepo/blobs/sha256/"
                                 "955b8a891713a806107edb6dd09410233a9e7926584b1d6fd8b7b5342296188b"))
                  .object()
                  .value("manifests")
                  .toArray();
        const QJsonArray found = referrers.value("manifests").toArray();
        QCOMPARE(found.size(), expected.size());
        QVERIFY(found.size() >= 2);
        for (qsizetype i = 0; i < found.size(); ++i) {
            QCOMPARE(found.at(i).toObject().value("digest"),
                     expected.at(i).toObject().value("digest"));
            QCOMPARE(found.at(i).toObject().value("artifactType"),
                     expected.at(i).toObject().value("artifactType"));
        }
        QCOMPARE(json.value("credentials").toObject().value("source").toString(),
                 QStringLiteral("none"));
    }

    void buildkitEntriesListedUnderTheirManifest()
    {
        // regclient's v1: two platforms, each with a "builder" entry for unknown/unknown.
        const CliRun result = run({"inspect", "oci:" + m_regclient + ":v1", "--output", "json"});
        QVERIFY2(result.exitCode == 0, QByteArray(result.out + result.err).constData());
        const QJsonArray platforms = result.json().value("platforms").toArray();
        QCOMPARE(platforms.size(), 2);
        const QJsonObject amd64 = platforms.at(0).toObject();
        QCOMPARE(amd64.value("platform").toString(), QStringLiteral("linux/amd64"));
        QCOMPARE(amd64.value("attached").toArray().size(), 1);
        QCOMPARE(amd64.value("attached").toArray().first().toObject().value("digest").toString(),
                 QStringLiteral("sha256:43089316cfeec5c2f7897591f5925167afda21932cf71a1a1264684930e7b40a"));
        QCOMPARE(amd64.value("attached").toArray().first().toObject().value("type").toString(),
                 QStringLiteral("builder"));
        QCOMPARE(amd64.value("attestations").toArray().size(), 0);
    }

    void attestationManifestUnderItsImage()
    {
        // A buildkit-style index written here: one image, its attestation
        // manifest (unknown/unknown, attestation-manifest) and one for a
        // manifest the index does not hold.
        const QString root = m_dir.filePath("attested");
        const QByteArray config
            = R"({"architecture":"amd64","os":"linux","rootfs":{"type":"layers","diff_ids":[]}})";
        const QByteArray statement = R"({"_type":"https://in-toto.io/Statement/v0.1"})";
        const QString ociManifest = "application/vnd.oci.image.manifest.v1+json";
        const QString ociConfig = "application/vnd.oci.image.config.v1+json";
        const QByteArray image = compact({{"schemaVersion", 2},
                                          {"mediaType", ociManifest},
                                          {"config", descriptor(ociConfig, config)},
                                          {"layers", QJsonArray()}});
        const QByteArray attestation = compact(
            {{"schemaVersion", 2},
             {"mediaType", "application/vnd.oci.image.manifest.v1+json"},
             {"config", descriptor("application/vnd.oci.image.config.v1+json", config)},
             {"layers", QJsonArray{descriptor("application/vnd.in-toto+json", statement)}}});
        const auto attestationEntry = [&](const QString &of) {
            QJsonObject entry = descriptor(ociManifest, attestation);
            entry.insert("platform", QJsonObject{{"os", "unknown"}, {"architecture", "unknown"}});
            entry.insert("annotations",
                         QJsonObject{{"vnd.docker.reference.type", "attestation-manifest"},
                                     {"vnd.docker.reference.digest", of}});
            return entry;
        };
        QJsonObject imageEntry = descriptor("application/vnd.oci.image.manifest.v1+json", image);
        imageEntry.insert("platform", QJsonObject{{"os", "linux"}, {"architecture", "amd64"}});
        const QString other = "sha256:" + sha256Hex("not in the index");
        const QByteArray index = compact(
            {{"schemaVersion", 2},
             {"mediaType", "application/vnd.oci.image.index.v1+json"},
             {"manifests", QJsonArray{imageEntry, attestationEntry("sha256:" + sha256Hex(image)),
                                      attestationEntry(other)}}});
        for (const QByteArray &blob : {config, statement, image, attestation, index})
            writeFile(root + "/blobs/sha256/" + sha256Hex(blob), blob);
        writeFile(root + "/oci-layout", R"({"imageLayoutVersion":"1.0.0"})");
        QJsonObject top = descriptor("application/vnd.oci.image.index.v1+json", index);
        top.insert("annotations", QJsonObject{{"org.opencontainers.image.ref.name", "1.0"}});
        writeFile(root + "/index.json",
                  compact({{"schemaVersion", 2}, {"manifests", QJsonArray{top}}}));

        const CliRun result = run({"inspect", "oci:" + root, "--output", "json"});
        QVERIFY2(result.exitCode == 0, QByteArray(result.out + result.err).constData());
        const QJsonArray platforms = result.json().value("platforms").toArray();
        QCOMPARE(platforms.size(), 1);
        const QJsonArray attestations
            = platforms.first().toObject().value("attestations").toArray();
        QCOMPARE(attestations.size(), 1);
        QCOMPARE(attestations.first().toObject().value("digest").toString(),
                 "sha256:" + sha256Hex(attestation));
        QCOMPARE(attestations.first().toObject().value("type").toString(),
                 QStringLiteral("attestation-manifest"));
        const QJsonArray unattached = result.json().value("unattached").toArray();
        QCOMPARE(unattached.size(), 1);
        QCOMPARE(unattached.first().toObject().value("annotations").toObject()
                     .value("vnd.docker.reference.digest").toString(), other);

        const CliRun text = run({"inspect", "oci:" + root + ":1.0"});
        QCOMPARE(text.exitCode, 0);
        QVERIFY(text.out.contains("linux/amd64"));
        const QByteArray line = "attestation sha256:" + sha256Hex(attestation).toLatin1();
        QVERIFY(text.out.contains(line));
    }

    void ociArchiveBrowsesLikeTheFolder()
    {
        const QString archive = m_dir.filePath("testrepo.tar.gz");
        QVERIFY(runTar({"-czf", archive, "-C", m_regclient, "."}));
        const CliRun folder = run({"inspect", "oci:" + m_regclient + ":a1", "--output", "json"});
        const CliRun packed
            = run({"inspect", "oci-archive:" + archive + ":a1", "--output", "json"});
        QVERIFY2(packed.exitCode == 0, QByteArray(packed.out + packed.err).constData());
        QCOMPARE(packed.json().value("digest"), folder.json().value("digest"));
        QCOMPARE(packed.json().value("config"), folder.json().value("config"));
        QCOMPARE(packed.json().value("subject"), folder.json().value("subject"));

        const CliRun tags = run({"tags", "oci-archive:" + archive, "--output", "json"});
        QCOMPARE(tags.exitCode, 0);
        QCOMPARE(tags.json().value("repository").toString(), QStringLiteral("testrepo"));
        QVERIFY(tags.json().value("tags").toArray().contains("v3"));
        const CliRun repos = run({"repos", "oci-archive:" + archive, "--output", "json"});
        QCOMPARE(repos.exitCode, 0);
        QCOMPARE(repos.json().value("repositories").toArray(), QJsonArray{"testrepo"});

        // Wrong transport for the file: said, exit 2.
        const CliRun wrong = run({"inspect", "docker-archive:" + archive, "--output", "json"});
        QCOMPARE(wrong.exitCode, 2);
        QVERIFY(wrong.json().value("error").toObject().value("message").toString()
                    .contains("oci-archive:"));
    }

    void dockerArchiveIsSynthesized()
    {
        // docker save's layout: <hex>.json config, <id>/layer.tar, manifest.json.
        const QString root = m_dir.filePath("save");
        writeFile(root + "/content/hello", "hello\n");
        const QString layer = m_dir.filePath("layer.tar");
        QVERIFY(runTar({"-cf", layer, "-C", root + "/content", "hello"}));
        QFile layerFile(layer);
        QVERIFY(layerFile.open(QIODevice::ReadOnly));
        const QByteArray layerBytes = layerFile.readAll();
        const QByteArray config = compact(
            {{"architecture", "arm64"}, {"os", "linux"},
             {"rootfs", QJsonObject{{"type", "layers"},
                                    {"diff_ids", QJsonArray{QString("sha256:" + sha256Hex(layerBytes))}}}}});
        writeFile(root + "/image/" + sha256Hex(config) + ".json", config);
        writeFile(root + "/image/abc/layer.tar", layerBytes);
        writeFile(root + "/image/manifest.json",
                  QJsonDocument(QJsonArray{QJsonObject{{"Config", QString(sha256Hex(config) + ".json")},
                                                       {"RepoTags", QJsonArray{"team/app:2.1"}},
                                                       {"Layers", QJsonArray{"abc/layer.tar"}}}})
                      .toJson());
        const QString archive = m_dir.filePath("save.tar");
        QVERIFY(runTar({"-cf", archive, "-C", root + "/image", "."}));

        const CliRun result = run({"inspect", "docker-archive:" + archive, "--output", "json"});
        QVERIFY2(result.exitCode == 0, QByteArray(result.out + result.err).constData());
        const QJsonObject json = result.json();
        QCOMPARE(json.value("repository").toString(), QStringLiteral("team/app"));
        QCOMPARE(json.value("reference").toString(), QStringLiteral("2.1"));
        QCOMPARE(json.value("configDescriptor").toObject().value("digest").toString(),
                 "sha256:" + sha256Hex(config));
        QCOMPARE(json.value("layers").toArray().first().toObject().value("digest").toString(),
                 "sha256:" + sha256Hex(layerBytes));
        QCOMPARE(json.value("config").toObject().value("architecture").toString(),
                 QStringLiteral("arm64"));
        QVERIFY(json.value("local").toObject().value("notes").toArray().first().toString()
                    .contains("synthesized"));
        const CliRun named = run({"inspect", "docker-archive:" + archive + ":team/app:2.1"});
        QCOMPARE(named.exitCode, 0);
        QVERIFY(named.out.contains("synthesized"));
        QVERIFY(named.out.contains("linux/arm64"));
        QCOMPARE(run({"inspect", "docker-archive:" + archive + ":team/app:9"}).exitCode, 2);
    }

    void localErrors()
    {
        const CliRun missingTag
            = run({"inspect", "oci:" + m_regclient + ":nope", "--output", "json"});
        QCOMPARE(missingTag.exitCode, 2);
        QCOMPARE(missingTag.json().value("error").toObject().value("kind").toString(),
                 QStringLiteral("not-found"));
        // Several images, none named "latest".
        QCOMPARE(run({"inspect", "oci:" + m_regclient}).exitCode, 2);
        const CliRun missingPath = run({"inspect", "oci:" + m_dir.filePath("absent") + ":1"});
        QCOMPARE(missingPath.exitCode, 2);
        QVERIFY(missingPath.err.contains("no file or folder"));
        const CliRun tags = run({"tags", "oci:" + m_regclient});
        QCOMPARE(tags.exitCode, 0);
        QVERIFY(QString::fromUtf8(tags.out).split('\n').contains("a-docker"));
    }
};

QTEST_GUILESS_MAIN(TestCliLocal)
#include "tst_clilocal.moc"
