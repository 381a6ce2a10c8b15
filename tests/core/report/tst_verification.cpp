#include "core/report/verification.h"

#include <QJsonArray>
#include <QSet>
#include <QTest>

using namespace chainscope::report;

class TestVerification : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void names_data()
    {
        QTest::addColumn<Outcome>("outcome");
        QTest::addColumn<QString>("name");
        QTest::newRow("verified") << Outcome::Verified << "verified";
        QTest::newRow("no signature") << Outcome::NoSignature << "no-signature";
        QTest::newRow("payload digest") << Outcome::PayloadDigestMismatch
                                        << "payload-digest-mismatch";
        QTest::newRow("key") << Outcome::KeyMismatch << "key-mismatch";
        QTest::newRow("identity") << Outcome::IdentityMismatch << "identity-mismatch";
        QTest::newRow("tag moved") << Outcome::TagMoved << "tag-moved";
        QTest::newRow("reference") << Outcome::ReferenceMismatch << "reference-mismatch";
        QTest::newRow("tlog") << Outcome::TlogMissing << "tlog-missing";
        QTest::newRow("invalid") << Outcome::Invalid << "invalid";
        QTest::newRow("error") << Outcome::Error << "error";
    }

    void names()
    {
        QFETCH(Outcome, outcome);
        QFETCH(QString, name);
        QCOMPARE(outcomeName(outcome), name);
    }

    void namesAreDistinct()
    {
        QSet<QString> outcomes;
        for (int i = int(Outcome::Verified); i <= int(Outcome::Error); ++i)
            outcomes.insert(outcomeName(Outcome(i)));
        QCOMPARE(outcomes.size(), int(Outcome::Error) + 1);

        QSet<QString> statuses;
        for (int i = int(StepStatus::Passed); i <= int(StepStatus::Error); ++i)
            statuses.insert(stepStatusName(StepStatus(i)));
        QCOMPARE(statuses, (QSet<QString>{"passed", "failed", "warning", "skipped", "error"}));
    }

    void json()
    {
        Verification verification;
        verification.subject = QStringLiteral("127.0.0.1:5000/ztsc/app:1.0");
        verification.digest = QStringLiteral("sha256:abc");
        verification.outcome = Outcome::KeyMismatch;
        verification.summary = QStringLiteral("Signed, but not by this key");
        verification.signerKeyFingerprint = QStringLiteral("ff00");
        verification.warnings = {QStringLiteral("loopback HTTP")};
        Step step;
        step.id = QStringLiteral("key.matched");
        step.status = StepStatus::Failed;
        step.title = QStringLiteral("Signed by the key");
        step.expected = QStringLiteral("aa11");
        step.explanation = QStringLiteral("Not by this key.");
        verification.steps = {step};

        const QJsonObject json = verification.toJson();
        QCOMPARE(json.keys(), (QStringList{"digest", "outcome", "signerKeyFingerprint", "steps",
                                           "subject", "summary", "verified", "warnings"}));
        QCOMPARE(json.value(QLatin1String("outcome")).toString(), QStringLiteral("key-mismatch"));
        QCOMPARE(json.value(QLatin1String("verified")).toBool(true), false);
        QCOMPARE(json.value(QLatin1String("warnings")).toArray().size(), 1);
        const QJsonObject stepJson = json.value(QLatin1String("steps")).toArray().at(0).toObject();
        // Empty values are left out; the rest is stable and English.
        QCOMPARE(stepJson.keys(), (QStringList{"expected", "explanation", "id", "status", "title"}));
        QCOMPARE(stepJson.value(QLatin1String("status")).toString(), QStringLiteral("failed"));
        QCOMPARE(stepJson.value(QLatin1String("expected")).toString(), QStringLiteral("aa11"));

        verification.outcome = Outcome::Verified;
        verification.signerKeyFingerprint.clear();
        QVERIFY(verification.verified());
        QCOMPARE(verification.toJson().value(QLatin1String("verified")).toBool(), true);
        QVERIFY(!verification.toJson().contains(QLatin1String("signerKeyFingerprint")));
    }
};

QTEST_GUILESS_MAIN(TestVerification)
#include "tst_verification.moc"
