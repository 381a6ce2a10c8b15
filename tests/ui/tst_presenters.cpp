// What the Lineage and Policy tabs are given to show: LineagePresenter and
// PolicyService, without widgets. Images live in a MemorySource signed with a
// fresh OpenSSL key (testregistry.h), checked by the real CosignVerifier.

#include "testregistry.h"

#include "core/registry/memorysource.h"
#include "tests/support/seedpolicy.h"
#include "tests/support/testsigner.h"
#include "ui/lineagepresenter.h"
#include "ui/policyservice.h"

#include <QTest>

using namespace chainscope;
using namespace chainscope::ui;

Q_DECLARE_METATYPE(chainscope::ui::Status)

namespace {

const QString Host = QStringLiteral("127.0.0.1:5000");

lineage::VendorFacts redHat()
{
    lineage::VendorFacts facts;
    facts.vendor = QStringLiteral("Red Hat, Inc.");
    facts.component = QStringLiteral("ubi8-minimal-container");
    facts.name = QStringLiteral("ubi8/ubi-minimal");
    facts.version = QStringLiteral("8.3");
    facts.release = QStringLiteral("291");
    return facts;
}

report::Verification failed()
{
    report::Verification v;
    v.outcome = report::Outcome::NoSignature;
    return v;
}

// One ClusterPolicy, one rule; \a attestor is the YAML under "entries:".
QString policyText(const QString &imagePattern, const QString &failureAction,
                   const QString &attestor)
{
    return QStringLiteral("apiVersion: kyverno.io/v1\n"
                          "kind: ClusterPolicy\n"
                          "metadata:\n"
                          "  name: check-image\n"
                          "spec:\n"
                          "  rules:\n"
                          "    - name: check-image\n"
                          "      match:\n"
                          "        any:\n"
                          "        - resources:\n"
                          "            kinds:\n"
                          "              - Pod\n"
                          "      verifyImages:\n"
                          "      - imageReferences:\n"
                          "        - \"%1\"\n"
                          "        failureAction: %2\n"
                          "        attestors:\n"
                          "        - entries:\n")
               .arg(imagePattern, failureAction)
           + attestor;
}

QString keyAttestor(const QString &pem)
{
    return QStringLiteral("          - keys:\n              publicKeys: |-\n")
           + test::indented(pem, 16)
           + QStringLiteral("\n              rekor:\n                ignoreTlog: true\n"
                            "              ctlog:\n                ignoreSCT: true\n");
}

QString keylessAttestor()
{
    return QStringLiteral("          - keyless:\n"
                          "              subject: someone@example.com\n"
                          "              issuer: https://accounts.example.com\n");
}

} // namespace

class TestPresenters : public QObject
{
    Q_OBJECT

private slots:
    void vendorNoteOnlyFromCore_data();
    void vendorNoteOnlyFromCore();
    void policyNodeStatus_data();
    void policyNodeStatus();
    void lintErrorsRefuseEvaluation();
    void noRuleApplied();
};

void TestPresenters::vendorNoteOnlyFromCore_data()
{
    QTest::addColumn<bool>("inherited");
    QTest::addColumn<QString>("coreNote");
    QTest::addColumn<bool>("mentionsRedHat");

    // The user's image built FROM UBI carries UBI's labels: a failed
    // signature is the user's, not Red Hat's.
    QTest::newRow("own image with inherited UBI labels") << true << QString() << false;
    QTest::newRow("UBI itself, note from core")
        << false << QStringLiteral("Not signed by the given key. This is a Red Hat image.")
        << true;
}

void TestPresenters::vendorNoteOnlyFromCore()
{
    QFETCH(bool, inherited);
    QFETCH(QString, coreNote);
    QFETCH(bool, mentionsRedHat);

    lineage::Lineage lineage;
    lineage::Hop hop;
    hop.reference = Host + QStringLiteral("/app:1");
    hop.vendor = redHat();
    hop.vendorInherited = inherited;
    hop.signature = failed();
    hop.signatureNote = coreNote;
    lineage.hops << hop;

    const LineageDisplay display = LineagePresenter::present(lineage, true);
    QCOMPARE(display.hops.size(), 1);
    QCOMPARE(display.hops.first().signatureNote.contains(QLatin1String("Red Hat")),
             mentionsRedHat);
    QCOMPARE(display.hops.first().signatureNote, coreNote);
}

void TestPresenters::policyNodeStatus_data()
{
    QTest::addColumn<QString>("pattern");
    QTest::addColumn<QString>("action");
    QTest::addColumn<bool>("keyless");
    QTest::addColumn<bool>("isSigned");
    QTest::addColumn<Status>("expected");

    const QString mine = Host + QStringLiteral("/ztsc/*");
    const QString enforce = QStringLiteral("Enforce");
    QTest::newRow("signed image passes") << mine << enforce << false << true << Status::Pass;
    QTest::newRow("unsigned image fails") << mine << enforce << false << false << Status::Fail;
    // Keyless attestors cannot be checked yet: the rule errors, nothing passed.
    QTest::newRow("errored audit rule is not green")
        << mine << QStringLiteral("Audit") << true << true << Status::Unknown;
    QTest::newRow("no image matches: nothing passed")
        << QStringLiteral("other.example/*") << enforce << false << true << Status::Unknown;
}

void TestPresenters::policyNodeStatus()
{
    QFETCH(QString, pattern);
    QFETCH(QString, action);
    QFETCH(bool, keyless);
    QFETCH(bool, isSigned);
    QFETCH(Status, expected);

    test::TestSigner key;
    QVERIFY(key.isValid());
    registry::MemorySource source(Host);
    const QString repository = QStringLiteral("ztsc/app");
    const reference::Digest digest
        = testregistry::pushImage(source, repository, QStringLiteral("1"), "app");
    if (isSigned)
        testregistry::signImage(source, repository, digest, key, digest);

    const QString text = policyText(pattern, action,
                                    keyless ? keylessAttestor()
                                            : keyAttestor(key.publicKeyText()));
    const PolicyEvaluation evaluation = PolicyService::evaluate(
        text, {Host + QLatin1Char('/') + repository + QStringLiteral(":1")}, source);
    QVERIFY2(evaluation.evaluated, qPrintable(evaluation.headline + evaluation.reason));
    QCOMPARE(evaluation.trace.size(), 1);
    QCOMPARE(evaluation.trace.first().status, expected);
}

void TestPresenters::lintErrorsRefuseEvaluation()
{
    registry::MemorySource source(Host);
    const QString image = Host + QStringLiteral("/ztsc/app:1");
    testregistry::pushImage(source, QStringLiteral("ztsc/app"), QStringLiteral("1"), "app");
    // "verifyImage" (no s): Kubernetes drops the field, the rule checks nothing.
    QString text = policyText(Host + QStringLiteral("/ztsc/*"), QStringLiteral("Enforce"),
                              keylessAttestor());
    text.replace(QLatin1String("verifyImages:"), QLatin1String("verifyImage:"));

    const PolicyEvaluation evaluation = PolicyService::evaluate(text, {image}, source);
    QVERIFY(!evaluation.evaluated);
    QVERIFY(!evaluation.admit);
    QVERIFY2(evaluation.headline.startsWith(QLatin1String("Cannot evaluate: the policy has")),
             qPrintable(evaluation.headline));
    QVERIFY2(evaluation.reason.contains(QLatin1String("verifyImage")),
             qPrintable(evaluation.reason));
    QVERIFY(evaluation.trace.isEmpty());
}

void TestPresenters::noRuleApplied()
{
    test::TestSigner key;
    QVERIFY(key.isValid());
    registry::MemorySource source(Host);
    const QString image = Host + QStringLiteral("/ztsc/app:1");
    testregistry::pushImage(source, QStringLiteral("ztsc/app"), QStringLiteral("1"), "app");
    const QString text = policyText(QStringLiteral("other.example/*"), QStringLiteral("Enforce"),
                                    keyAttestor(key.publicKeyText()));

    const PolicyEvaluation evaluation = PolicyService::evaluate(text, {image}, source);
    QVERIFY(evaluation.evaluated);
    QVERIFY(!evaluation.ruleApplied);
    QVERIFY2(evaluation.headline.startsWith(QLatin1String("No rule applied")),
             qPrintable(evaluation.headline));
    QVERIFY(!evaluation.headline.contains(QLatin1String("passes")));
    QVERIFY2(evaluation.reason.contains(QLatin1String("check-image")),
             qPrintable(evaluation.reason));
}

QTEST_MAIN(TestPresenters)
#include "tst_presenters.moc"
