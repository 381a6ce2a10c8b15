// Image configuration parsing: containers/image fixtures (Docker and OCI)
// and the Red Hat UBI label set (tests/data/ubi-labels, from Trivy).

#include "core/oci/imageconfig.h"
#include "tests/support/testdata.h"

#include <QTest>

using namespace chainscope;
using namespace chainscope::oci;

namespace {

using test::readData;

} // namespace

class TestImageConfig : public QObject
{
    Q_OBJECT

private slots:
    void dockerConfig();
    void ociConfig();
    void ubiLabels();
    void malformed_data();
    void malformed();
};

void TestImageConfig::dockerConfig()
{
    const QByteArray raw = readData(QStringLiteral("containers-image/image-fixtures/schema2-config.json"));
    auto config = ImageConfig::parse(raw);
    QVERIFY2(config.ok(), qPrintable(config.ok() ? QString() : config.error().toString()));
    QCOMPARE(config->raw(), raw);
    QCOMPARE(config->os, QStringLiteral("linux"));
    QCOMPARE(config->architecture, QStringLiteral("amd64"));
    QCOMPARE(config->exposedPorts, QStringList{QStringLiteral("80/tcp")});
    QCOMPARE(config->cmd, QStringList{QStringLiteral("httpd-foreground")});
    QCOMPARE(config->workingDir, QStringLiteral("/usr/local/apache2"));
    QVERIFY(config->env.contains(QStringLiteral("HTTPD_VERSION=2.4.23")));
    QVERIFY(config->entrypoint.isEmpty()); // null in the file
    QVERIFY(config->volumes.isEmpty());    // null in the file
    QVERIFY(!config->diffIds.isEmpty());
    QVERIFY(config->diffIds.first().startsWith(QLatin1String("sha256:")));
    QVERIFY(!config->history.isEmpty());
    QVERIFY(config->created.isValid());
    // Empty layers are flagged in the history; the count of non-empty
    // entries equals the number of layers (config.md).
    int nonEmpty = 0;
    for (const HistoryEntry &entry : config->history)
        nonEmpty += entry.emptyLayer ? 0 : 1;
    QCOMPARE(nonEmpty, config->diffIds.size());
}

void TestImageConfig::ociConfig()
{
    auto config = ImageConfig::parse(readData(QStringLiteral("containers-image/image-fixtures/oci1-config.json")));
    QVERIFY2(config.ok(), qPrintable(config.ok() ? QString() : config.error().toString()));
    QCOMPARE(config->os, QStringLiteral("linux"));
    QVERIFY(!config->diffIds.isEmpty());
    auto extra = ImageConfig::parse(
        readData(QStringLiteral("containers-image/image-fixtures/oci1-config-extra-fields.json")));
    QVERIFY2(extra.ok(), "unknown fields must be tolerated");
}

void TestImageConfig::ubiLabels()
{
    auto config = ImageConfig::parse(readData(QStringLiteral("ubi-labels/trivy-ubi7-7.7-140.image-config.json")));
    QVERIFY2(config.ok(), qPrintable(config.ok() ? QString() : config.error().toString()));
    // The Red Hat label set named in the README.
    QCOMPARE(config->labels.value(QStringLiteral("com.redhat.component")), QStringLiteral("ubi7-container"));
    QCOMPARE(config->labels.value(QStringLiteral("name")), QStringLiteral("ubi7"));
    QCOMPARE(config->labels.value(QStringLiteral("version")), QStringLiteral("7.7"));
    QCOMPARE(config->labels.value(QStringLiteral("release")), QStringLiteral("140"));
    QCOMPARE(config->labels.value(QStringLiteral("vendor")), QStringLiteral("Red Hat, Inc."));
    QCOMPARE(config->labels.value(QStringLiteral("vcs-ref")),
             QStringLiteral("4c80c8aa26e69950ab11b87789c8fb7665b1632d"));
    const QString path = QStringLiteral("PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin");
    QCOMPARE(config->env, (QStringList{path, QStringLiteral("container=oci")}));
    QCOMPARE(config->cmd, QStringList{QStringLiteral("/bin/bash")});
    QCOMPARE(config->created, QDateTime(QDate(2019, 9, 2), QTime(12, 56, 43, 939), Qt::UTC));
    QCOMPARE(config->diffIds.size(), 2);
    QCOMPARE(config->history.size(), 2);
}

void TestImageConfig::malformed_data()
{
    QTest::addColumn<QByteArray>("raw");
    QTest::newRow("not json") << QByteArray("{");
    QTest::newRow("array") << QByteArray("[1]");
    QTest::newRow("config not object") << QByteArray(R"({"config":[]})");
    QTest::newRow("env not strings") << QByteArray(R"({"config":{"Env":[1]}})");
    QTest::newRow("labels not strings") << QByteArray(R"({"config":{"Labels":{"a":1}}})");
    QTest::newRow("ports not object") << QByteArray(R"({"config":{"ExposedPorts":["80/tcp"]}})");
    QTest::newRow("history not array") << QByteArray(R"({"history":{}})");
    QTest::newRow("diff ids not strings") << QByteArray(R"({"rootfs":{"diff_ids":[{}]}})");
}

void TestImageConfig::malformed()
{
    QFETCH(QByteArray, raw);
    auto config = ImageConfig::parse(raw);
    QVERIFY(!config.ok());
    QCOMPARE(config.error().kind(), ErrorKind::Malformed);
}

QTEST_GUILESS_MAIN(TestImageConfig)
#include "tst_imageconfig.moc"
