#include "core/attestation/slsaprovenance.h"
#include "core/attestation/statement.h"
#include "tests/support/testdata.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace chainscope;
using namespace chainscope::attestation;

namespace {

using test::readData;

} // namespace

class TestSlsaProvenance : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void tektonV02()
    {
        auto statement = Statement::parse(readData(QStringLiteral(
            "tekton-chains/hashicorp-tutorial-statement.json")));
        QVERIFY(statement.ok());
        QCOMPARE(statement->type(), QString(Statement::TypeV01));
        QCOMPARE(statement->subjects().size(), 1);
        QCOMPARE(statement->subjects().first().name,
                 QStringLiteral("index.docker.io/puneet2147/kaniko-chains"));
        auto subjectDigest = reference::Digest::parse(QStringLiteral(
            "sha256:e14396b283abcbacddba403a923a7fdecf2c54537a1d6a1ee1076767bec742d1"));
        QVERIFY(subjectDigest.ok());
        QVERIFY(statement->hasSubjectDigest(*subjectDigest));

        auto provenance = SlsaProvenance::fromStatement(*statement);
        QVERIFY(provenance.ok());
        QCOMPARE(provenance->version(), SlsaProvenance::Version::V0_2);
        QCOMPARE(provenance->builderId(), QStringLiteral("https://tekton.dev/chains/v2"));
        QCOMPARE(provenance->buildType(), QStringLiteral("tekton.dev/v1beta1/TaskRun"));
        QCOMPARE(provenance->startedOn(),
                 QDateTime(QDate(2023, 7, 18), QTime(8, 38, 54), Qt::UTC));
        QCOMPARE(provenance->materials().size(), 2);
        QCOMPARE(provenance->materials().at(1).uri, QStringLiteral("gcr.io/kaniko-project/executor"));

        auto kaniko = reference::Digest::parse(QStringLiteral(
            "sha256:c6166717f7fe0b7da44908c986137ecfeab21f31ec3992f6e128fff8a94be8a5"));
        QVERIFY(kaniko.ok());
        const auto found = provenance->materialsWithDigest(*kaniko);
        QCOMPARE(found.size(), 1);
        QCOMPARE(found.first().uri, QStringLiteral("gcr.io/kaniko-project/executor"));
        QVERIFY(provenance->materialsWithDigest(*subjectDigest).isEmpty());
    }

    void v1_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("statementType");
        QTest::addColumn<QString>("buildType");
        QTest::addColumn<QString>("builderId");
        QTest::addColumn<int>("dependencies");

        const QString tektonV2 = QStringLiteral("https://tekton.dev/predicate/chains/slsa/v2");
        QTest::newRow("chains pipeline run, referenced")
            << "tekton-chains/slsa-v1-example1.json" << QString(Statement::TypeV01) << tektonV2
            << "https://uri to your builder" << 4;
        QTest::newRow("chains pipeline run, in-lined")
            << "tekton-chains/slsa-v1-example2.json" << QString(Statement::TypeV01) << tektonV2
            << "https://uri to your builder" << 2;
        QTest::newRow("chains task run")
            << "tekton-chains/slsa-v1-example3.json" << QString(Statement::TypeV01) << tektonV2
            << "https://uri to your builder" << 1;
    }

    void v1()
    {
        QFETCH(QString, file);
        QFETCH(QString, statementType);
        QFETCH(QString, buildType);
        QFETCH(QString, builderId);
        QFETCH(int, dependencies);

        auto statement = Statement::parse(readData(file));
        QVERIFY(statement.ok());
        QCOMPARE(statement->type(), statementType);
        QCOMPARE(statement->predicateType(), QString(SlsaProvenance::PredicateV1));

        auto provenance = SlsaProvenance::fromStatement(*statement);
        QVERIFY2(provenance.ok(),
                 qPrintable(provenance.ok() ? QString() : provenance.error().toString()));
        QCOMPARE(provenance->version(), SlsaProvenance::Version::V1);
        QCOMPARE(provenance->buildType(), buildType);
        QCOMPARE(provenance->builderId(), builderId);
        QCOMPARE(provenance->materials().size(), dependencies);
        for (const ResourceDescriptor &dependency : provenance->materials())
            QVERIFY(!dependency.digests.isEmpty());
    }

    void conformanceStatementsAreV1()
    {
        auto envelopeJson = readData(
            QStringLiteral("dsse-conformance/happy-path-intoto-in-dsse-v3/envelope.json"));
        const QByteArray payload = QByteArray::fromBase64(
            QJsonDocument::fromJson(envelopeJson).object().value("payload").toString().toLatin1());
        auto statement = Statement::parse(payload);
        QVERIFY(statement.ok());
        QCOMPARE(statement->type(), QString(Statement::TypeV1));
        QVERIFY(SlsaProvenance::fromStatement(*statement).ok());
    }

    void rejects_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<int>("kind");

        const int malformed = int(ErrorKind::Malformed);
        QTest::newRow("no type")
            << QByteArray("{\"predicateType\":\"x\",\"subject\":[{\"digest\":{\"sha256\":\"ab\"}}]}")
            << malformed;
        QTest::newRow("unknown statement type")
            << QByteArray("{\"_type\":\"https://in-toto.io/Statement/v9\",\"predicateType\":\"x\","
                          "\"subject\":[{\"digest\":{\"sha256\":\"ab\"}}]}")
            << int(ErrorKind::Unsupported);
        QTest::newRow("no subject")
            << QByteArray("{\"_type\":\"https://in-toto.io/Statement/v1\",\"predicateType\":\"x\","
                          "\"subject\":[]}")
            << malformed;
        QTest::newRow("subject without digest")
            << QByteArray("{\"_type\":\"https://in-toto.io/Statement/v1\",\"predicateType\":\"x\","
                          "\"subject\":[{\"name\":\"a\"}]}")
            << malformed;
        QTest::newRow("no predicate type")
            << QByteArray("{\"_type\":\"https://in-toto.io/Statement/v1\","
                          "\"subject\":[{\"digest\":{\"sha256\":\"ab\"}}]}")
            << malformed;
    }

    void rejects()
    {
        QFETCH(QByteArray, json);
        QFETCH(int, kind);
        auto statement = Statement::parse(json);
        QVERIFY(!statement.ok());
        QCOMPARE(int(statement.error().kind()), kind);
    }

    void provenanceNeedsBuilderAndType_data()
    {
        QTest::addColumn<QByteArray>("predicate");
        QTest::addColumn<QString>("predicateType");

        QTest::newRow("v0.2 without builder")
            << QByteArray("{\"buildType\":\"t\"}") << QString(SlsaProvenance::PredicateV02);
        QTest::newRow("v0.2 without build type")
            << QByteArray("{\"builder\":{\"id\":\"b\"}}") << QString(SlsaProvenance::PredicateV02);
        QTest::newRow("v1 without builder")
            << QByteArray("{\"buildDefinition\":{\"buildType\":\"t\"}}")
            << QString(SlsaProvenance::PredicateV1);
        QTest::newRow("v1 without build type")
            << QByteArray("{\"runDetails\":{\"builder\":{\"id\":\"b\"}}}")
            << QString(SlsaProvenance::PredicateV1);
    }

    void provenanceNeedsBuilderAndType()
    {
        QFETCH(QByteArray, predicate);
        QFETCH(QString, predicateType);
        const QByteArray json = "{\"_type\":\"https://in-toto.io/Statement/v1\",\"predicateType\":\""
                                + predicateType.toUtf8()
                                + "\",\"subject\":[{\"digest\":{\"sha256\":\"ab\"}}],\"predicate\":"
                                + predicate + "}";
        auto statement = Statement::parse(json);
        QVERIFY(statement.ok());
        auto provenance = SlsaProvenance::fromStatement(*statement);
        QVERIFY(!provenance.ok());
        QCOMPARE(provenance.error().kind(), ErrorKind::Malformed);
    }

    void otherPredicateIsUnsupported()
    {
        auto statement = Statement::parse(
            "{\"_type\":\"https://in-toto.io/Statement/v1\",\"predicateType\":\"https://spdx.dev/Document\","
            "\"subject\":[{\"digest\":{\"sha256\":\"ab\"}}],\"predicate\":{}}");
        QVERIFY(statement.ok());
        QCOMPARE(SlsaProvenance::fromStatement(*statement).error().kind(), ErrorKind::Unsupported);
    }
};

QTEST_GUILESS_MAIN(TestSlsaProvenance)
#include "tst_slsaprovenance.moc"
