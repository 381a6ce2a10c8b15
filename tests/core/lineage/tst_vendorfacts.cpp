#include "core/lineage/vendorfacts.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace chainscope::lineage;

class TestVendorFacts : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void trivyUbi7Labels()
    {
        QFile file(qEnvironmentVariable("CHAINSCOPE_TEST_DATA")
                   + QStringLiteral("/ubi-labels/trivy-ubi7-7.7-140.image-config.json"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QJsonObject labels = QJsonDocument::fromJson(file.readAll())
                                       .object().value("config").toObject()
                                       .value("Labels").toObject();
        QVERIFY(!labels.isEmpty());
        QMap<QString, QString> map;
        for (auto it = labels.begin(); it != labels.end(); ++it)
            map.insert(it.key(), it.value().toString());

        const VendorFacts facts = VendorFacts::fromLabels(map);
        QCOMPARE(facts.vendor, QStringLiteral("Red Hat, Inc."));
        QCOMPARE(facts.nvr(), QStringLiteral("ubi7-container-7.7-140"));
        QVERIFY(facts.isRedHatUbi());
        QCOMPARE(facts.summary(), QStringLiteral("Red Hat UBI 7.7 (ubi7-container-7.7-140)"));
        QCOMPARE(facts.vcsRef, QStringLiteral("4c80c8aa26e69950ab11b87789c8fb7665b1632d"));
    }

    void summaries_data()
    {
        QTest::addColumn<QStringList>("keyValues");
        QTest::addColumn<QString>("summary");
        QTest::addColumn<bool>("ubi");

        QTest::newRow("ubi8 minimal")
            << QStringList{"vendor", "Red Hat, Inc.", "com.redhat.component",
                           "ubi8-minimal-container", "name", "ubi8/ubi-minimal", "version", "8.3",
                           "release", "291"}
            << "Red Hat UBI 8.3 (ubi8-minimal-container-8.3-291)" << true;
        QTest::newRow("another vendor, OCI labels")
            << QStringList{"org.opencontainers.image.vendor", "Acme", "org.opencontainers.image.title",
                           "golden-base", "org.opencontainers.image.version", "2.1"}
            << "Acme golden-base 2.1" << false;
        QTest::newRow("Red Hat image that is not UBI")
            << QStringList{"vendor", "Red Hat, Inc.", "com.redhat.component", "openjdk-17-container",
                           "name", "openjdk/openjdk-17", "version", "1.17"}
            << "Red Hat, Inc. openjdk/openjdk-17 1.17 (openjdk-17-container-1.17)" << false;
        QTest::newRow("no vendor labels") << QStringList{"base.image", "x"} << QString() << false;
    }

    void summaries()
    {
        QFETCH(QStringList, keyValues);
        QFETCH(QString, summary);
        QFETCH(bool, ubi);
        QMap<QString, QString> labels;
        for (qsizetype i = 0; i + 1 < keyValues.size(); i += 2)
            labels.insert(keyValues.at(i), keyValues.at(i + 1));
        const VendorFacts facts = VendorFacts::fromLabels(labels);
        QCOMPARE(facts.summary(), summary);
        QCOMPARE(facts.isRedHatUbi(), ubi);
        QCOMPARE(facts.isEmpty(), summary.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestVendorFacts)
#include "tst_vendorfacts.moc"
