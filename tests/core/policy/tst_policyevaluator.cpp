// Evaluates Kyverno policies against images held in a MemorySource, signed in
// the test with a fresh OpenSSL key the way `cosign sign --tlog-upload=false`
// signs (see testregistry.h), through the real CosignVerifier.

#include "testregistry.h"

#include "core/policy/policyevaluator.h"
#include "core/policy/policylinter.h"
#include "tests/support/seedpolicy.h"
#include "tests/support/testdata.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace chainscope;
using namespace chainscope::policy;

namespace {

const QString Host = QStringLiteral("127.0.0.1:5000");

using test::indented;

// The seed's check-image in its 2021 form, as the lab writes it.
QString legacyPolicy(const QString &pem)
{
    return test::seedPolicy2021(Host + QStringLiteral("/ztsc/*"), pem);
}

struct Options
{
    QString failureAction = QStringLiteral("Enforce");
    bool ignoreTlog = true;
    QStringList entryPems; // one keys entry per PEM
    QString multiKeyPem; // one entry whose publicKeys holds several keys
    int count = 0; // 0: unset
    QStringList skip;
    QString extra; // more verifyImages fields, already indented
};

QString currentPolicy(const Options &o)
{
    QString text = QStringLiteral("apiVersion: kyverno.io/v1\n"
                                  "kind: ClusterPolicy\n"
                                  "metadata:\n"
                                  "  name: check-image\n"
                                  "spec:\n"
                                  "  background: false\n"
                                  "  rules:\n"
                                  "    - name: check-image\n"
                                  "      match:\n"
                                  "        any:\n"
                                  "        - resources:\n"
                                  "            kinds:\n"
                                  "              - Pod\n"
                                  "      verifyImages:\n"
                                  "      - imageReferences:\n"
                                  "        - \"%1/ztsc/*\"\n")
                       .arg(Host);
    if (!o.skip.isEmpty()) {
        text += QStringLiteral("        skipImageReferences:\n");
        for (const QString &s : o.skip)
            text += QStringLiteral("        - \"%1\"\n").arg(s);
    }
    text += QStringLiteral("        failureAction: %1\n").arg(o.failureAction);
    text += o.extra;
    text += QStringLiteral("        attestors:\n        - entries:\n");
    QStringList pems = o.entryPems;
    if (!o.multiKeyPem.isEmpty())
        pems = QStringList{o.multiKeyPem};
    for (const QString &pem : pems) {
        text += QStringLiteral("          - keys:\n              publicKeys: |-\n");
        text += indented(pem, 16) + QLatin1Char('\n');
        if (o.ignoreTlog) {
            text += QStringLiteral("              rekor:\n                ignoreTlog: true\n"
                                   "              ctlog:\n                ignoreSCT: true\n");
        }
    }
    if (o.count > 0)
        text += QStringLiteral("          count: %1\n").arg(o.count);
    return text;
}

QList<KyvernoPolicy> load(const QString &text)
{
    const LintResult lint = PolicyLinter().lint(text);
    if (lint.hasErrors()) {
        for (const Diagnostic &d : lint.diagnostics)
            qWarning("%d:%d %s", d.line, d.column, qPrintable(d.message));
    }
    return lint.policies;
}

} // namespace

class TestPolicyEvaluator : public QObject
{
    Q_OBJECT

private:
    test::TestSigner m_lab; // the lab's key: signs the service and the base
    test::TestSigner m_other; // someone else's key
    registry::MemorySource m_source{Host};
    QString m_serviceDigest;

    Decision evaluate(const QString &policyText, const QStringList &images, bool reachable = true)
    {
        const QList<KyvernoPolicy> policies = load(policyText);
        if (policies.size() != 1)
            qFatal("policy did not load");
        PolicyEvaluator evaluator(
            [this, reachable](const QString &host) -> registry::ContentSource * {
                return reachable && host == Host ? &m_source : nullptr;
            });
        AdmissionRequest request;
        request.images = images;
        return evaluator.evaluate(policies, request);
    }

    static const ImageTrace &firstImage(const Decision &d)
    {
        return d.policies.at(0).rules.at(0).images.at(0);
    }

    // containers/image's fixture signed with cosign2.pub and uploaded to a
    // Rekor whose key is rekor.pub: a real bundle, in a MemorySource.
    static const QString &rekorFixture()
    {
        static const QString dir = QStringLiteral(
            "containers-image/signature-fixtures/dir-img-cosign-key-rekor-valid/");
        return dir;
    }
    static QString fixturePem(const char *name)
    {
        return QString::fromUtf8(test::readData(
                   QStringLiteral("containers-image/signature-fixtures/") + QLatin1String(name)))
            .trimmed();
    }
    static void addRekorSignedImage(registry::MemorySource &source)
    {
        const QString repository = QStringLiteral("cosign-signed/key-1");
        const QByteArray manifest = test::readData(rekorFixture() + "manifest.json");
        const reference::Digest image = source.addManifest(
            repository, manifest,
            QJsonDocument::fromJson(manifest).object().value("mediaType").toString(),
            QStringLiteral("latest"));
        const QByteArray file = test::readData(rekorFixture() + "signature-1");
        const QJsonObject layer = QJsonDocument::fromJson(file.mid(15)).object();
        const QByteArray payload
            = QByteArray::fromBase64(layer.value("payload").toString().toLatin1());
        const reference::Digest payloadBlob = source.addBlob(repository, payload);
        const QByteArray config("{}");
        const reference::Digest configDigest = source.addBlob(repository, config);
        const QJsonArray layers{QJsonObject{{"mediaType", layer.value("mimeType")},
                                            {"digest", payloadBlob.toString()},
                                            {"size", payload.size()},
                                            {"annotations", layer.value("annotations")}}};
        source.addManifest(repository,
                           testregistry::manifestJson(configDigest, config.size(), layers),
                           QString(oci::mediatype::OciManifest),
                           QStringLiteral("sha256-") + image.hex() + QStringLiteral(".sig"));
    }

private Q_SLOTS:
    void rekorBundle_data()
    {
        QTest::addColumn<bool>("pubkeyInPolicy");
        QTest::addColumn<bool>("keyFromCaller");
        QTest::addColumn<int>("result");
        QTest::newRow("no Rekor key: present, not checked")
            << false << false << int(CheckResult::Fail);
        QTest::newRow("rekor.pubkey in the attestor") << true << false << int(CheckResult::Pass);
        QTest::newRow("Rekor key from the caller") << false << true << int(CheckResult::Pass);
    }

    void rekorBundle()
    {
        QFETCH(bool, pubkeyInPolicy);
        QFETCH(bool, keyFromCaller);
        QFETCH(int, result);
        const QString host = QStringLiteral("192.168.64.2:5000");
        registry::MemorySource source(host);
        addRekorSignedImage(source);
        // No rekor.ignoreTlog: a checked log entry is required.
        QString text = QStringLiteral("apiVersion: kyverno.io/v1\n"
                                      "kind: ClusterPolicy\n"
                                      "metadata:\n  name: check-image\n"
                                      "spec:\n  rules:\n  - name: check-image\n"
                                      "    match:\n      any:\n      - resources:\n"
                                      "          kinds: [Pod]\n"
                                      "    verifyImages:\n"
                                      "    - imageReferences: [\"%1/cosign-signed/*\"]\n"
                                      "      failureAction: Enforce\n"
                                      "      attestors:\n      - entries:\n"
                                      "        - keys:\n            publicKeys: |-\n")
                           .arg(host);
        text += indented(fixturePem("cosign2.pub"), 14) + QLatin1Char('\n');
        if (pubkeyInPolicy) {
            text += QStringLiteral("            rekor:\n              pubkey: |-\n");
            text += indented(fixturePem("rekor.pub"), 16) + QLatin1Char('\n');
        }
        const QList<KyvernoPolicy> policies = load(text);
        QCOMPARE(policies.size(), 1);
        PolicyEvaluator evaluator([&](const QString &h) -> registry::ContentSource * {
            return h == host ? &source : nullptr;
        });
        if (keyFromCaller) {
            evaluator.setRekorKeys(
                {*crypto::PublicKey::fromPem(fixturePem("rekor.pub").toUtf8())});
        }
        AdmissionRequest request;
        request.images = {host + QStringLiteral("/cosign-signed/key-1:latest")};
        const Decision decision = evaluator.evaluate(policies, request);
        const ImageTrace &image = firstImage(decision);
        const AttestorEntryTrace &entry = image.attestorSets.at(0).entries.at(0);
        QVERIFY2(int(entry.result) == result,
                 qPrintable(entry.message + QLatin1Char(' ') + entry.explanation));
        QCOMPARE(decision.admit, result == int(CheckResult::Pass));
        if (result == int(CheckResult::Fail)) {
            // The entry is there: never call it missing, never suggest
            // turning the log requirement off.
            QVERIFY2(entry.explanation.startsWith(QLatin1String("Log entry present but not "
                                                                "checked")),
                     qPrintable(entry.explanation));
            QVERIFY2(!entry.hint.contains(QLatin1String("ignoreTlog")), qPrintable(entry.hint));
            QVERIFY2(entry.hint.contains(QLatin1String("rekor.pubkey")), qPrintable(entry.hint));
            QVERIFY(entry.fixId.isEmpty());
        }
    }

    void initTestCase()
    {
        QVERIFY(m_lab.publicKeyText().startsWith(QStringLiteral("-----BEGIN PUBLIC KEY-----")));
        using namespace testregistry;
        const auto service = pushImage(m_source, QStringLiteral("ztsc/quarkus-hello-service"),
                                       QStringLiteral("1.0"), "service");
        m_serviceDigest = service.toString();
        signImage(m_source, QStringLiteral("ztsc/quarkus-hello-service"), service, m_lab, service);
        const auto base = pushImage(m_source, QStringLiteral("ztsc/quarkus-base-image"),
                                    QStringLiteral("1.0"), "base");
        signImage(m_source, QStringLiteral("ztsc/quarkus-base-image"), base, m_lab, base);
        pushImage(m_source, QStringLiteral("ztsc/unsigned"), QStringLiteral("1.0"), "unsigned");
        const auto other = pushImage(m_source, QStringLiteral("ztsc/other-key"),
                                     QStringLiteral("1.0"), "other");
        signImage(m_source, QStringLiteral("ztsc/other-key"), other, m_other, other);
        const auto wrong = pushImage(m_source, QStringLiteral("ztsc/wrong-digest"),
                                     QStringLiteral("1.0"), "wrong");
        signImage(m_source, QStringLiteral("ztsc/wrong-digest"), wrong, m_lab, service);
        pushImage(m_source, QStringLiteral("elsewhere/app"), QStringLiteral("1.0"), "elsewhere");
    }

    void currentForm_data()
    {
        QTest::addColumn<QString>("image");
        QTest::addColumn<bool>("admit");
        QTest::addColumn<QString>("result");
        QTest::addColumn<QString>("message");

        QTest::newRow("service signed by the lab key")
            << "ztsc/quarkus-hello-service:1.0" << true << "pass"
            << "verified image";
        QTest::newRow("base signed by the lab key")
            << "ztsc/quarkus-base-image:1.0" << true << "pass"
            << "verified image";
        QTest::newRow("unsigned") << "ztsc/unsigned:1.0" << false << "fail"
                                  << ".attestors[0].entries[0].keys: no signatures found";
        QTest::newRow("signed by another key") << "ztsc/other-key:1.0" << false << "fail"
                                               << ".attestors[0].entries[0].keys: no matching "
                                                  "signatures: invalid signature when "
                                                  "validating ASN.1 encoded signature";
        QTest::newRow("payload names another digest") << "ztsc/wrong-digest:1.0" << false << "fail"
                                                      << "no matching signatures: invalid or "
                                                         "missing digest in claim";
        QTest::newRow("outside imageReferences") << "elsewhere/app:1.0" << true << "skip"
                                                 << "image does not match imageReferences";
    }

    void currentForm()
    {
        QFETCH(QString, image);
        QFETCH(bool, admit);
        QFETCH(QString, result);
        QFETCH(QString, message);
        Options o;
        o.entryPems = {m_lab.publicKeyText()};
        const Decision d = evaluate(currentPolicy(o), {Host + QLatin1Char('/') + image});
        QCOMPARE(d.admit, admit);
        const ImageTrace &t = firstImage(d);
        QCOMPARE(checkResultName(t.result), result);
        QVERIFY2(t.message.contains(message), qPrintable(t.message));
        QCOMPARE(d.denials.isEmpty(), admit);
        if (!admit) {
            QVERIFY(d.denials.first().startsWith(QStringLiteral("check-image/check-image: "
                                                                "failed to verify image ")));
            QVERIFY(t.attestorSets.at(0).entries.at(0).verification.has_value());
        }
    }

    void legacyFormDeniesEvenSignedImages()
    {
        // The 2021 form converts to a keys attestor without rekor settings:
        // current Kyverno then needs a transparency-log entry, which
        // --tlog-upload=false signatures do not have.
        const QString text = legacyPolicy(m_lab.publicKeyText());
        for (const QString &image : {QStringLiteral("ztsc/quarkus-hello-service:1.0"),
                                     QStringLiteral("ztsc/quarkus-base-image:1.0")}) {
            const Decision d = evaluate(text, {Host + QLatin1Char('/') + image});
            QVERIFY(!d.admit);
            const ImageTrace &t = firstImage(d);
            QVERIFY(t.convertedFromDeprecated);
            QCOMPARE(t.matchedPattern, Host + QStringLiteral("/ztsc/*"));
            QCOMPARE(t.message,
                     QStringLiteral("failed to verify image %1/%2: .attestors[0].entries[0].keys: "
                                    "no matching signatures: signature not found in "
                                    "transparency log")
                         .arg(Host, image));
            const AttestorEntryTrace &e = t.attestorSets.at(0).entries.at(0);
            QVERIFY(e.requireTransparencyLog);
            QCOMPARE(e.verification->outcome, report::Outcome::TlogMissing);
            QCOMPARE(e.fixId, QStringLiteral("convert-deprecated-verify-images"));
            QVERIFY(e.hint.contains(QStringLiteral("rekor.ignoreTlog: true")));
            QVERIFY(e.hint.contains(QStringLiteral("--tlog-upload=false")));
            QCOMPARE(d.policies.at(0).rules.at(0).failureAction, QStringLiteral("Enforce"));
        }
    }

    void currentFormWithoutIgnoreTlogDenies()
    {
        Options o;
        o.entryPems = {m_lab.publicKeyText()};
        o.ignoreTlog = false;
        const Decision d = evaluate(currentPolicy(o),
                                    {Host + QStringLiteral("/ztsc/quarkus-hello-service:1.0")});
        QVERIFY(!d.admit);
        const AttestorEntryTrace &e = firstImage(d).attestorSets.at(0).entries.at(0);
        QCOMPARE(e.fixId, QStringLiteral("ignore-tlog"));
        QVERIFY(e.message.endsWith(QStringLiteral("signature not found in transparency log")));
    }

    void fixedLegacyPolicyAdmitsSignedImages()
    {
        // Apply the linter's two fixes to the 2021 policy; the result must
        // behave as the current form.
        QString text = legacyPolicy(m_lab.publicKeyText());
        const LintResult first = PolicyLinter().lint(text);
        const QList<Diagnostic> deprecated = first.withCode(QStringLiteral("verifyImages."
                                                                           "deprecated-key"));
        QCOMPARE(deprecated.size(), 1);
        QVERIFY(deprecated.first().fix.has_value());
        text = deprecated.first().fix->apply(text);
        const LintResult second = PolicyLinter().lint(text);
        const QList<Diagnostic> tlog = second.withCode(QStringLiteral("attestor.tlog-required"));
        QCOMPARE(tlog.size(), 1);
        QVERIFY(tlog.first().fix->weakensVerification);
        text = tlog.first().fix->apply(text);

        const QString service = Host + QStringLiteral("/ztsc/quarkus-hello-service:1.0");
        const QString base = Host + QStringLiteral("/ztsc/quarkus-base-image:1.0");
        QVERIFY(evaluate(text, {service, base}).admit);
        const Decision unsigned_
            = evaluate(text, {service, Host + QStringLiteral("/ztsc/unsigned:1.0")});
        QVERIFY(!unsigned_.admit);
        QCOMPARE(unsigned_.denials.size(), 1);
        QVERIFY(unsigned_.denials.first().contains(QStringLiteral("ztsc/unsigned")));
    }

    void auditAdmitsWithFindings()
    {
        Options o;
        o.entryPems = {m_lab.publicKeyText()};
        o.failureAction = QStringLiteral("Audit");
        const Decision d
            = evaluate(currentPolicy(o), {Host + QStringLiteral("/ztsc/unsigned:1.0")});
        QVERIFY(d.admit);
        QVERIFY(d.denials.isEmpty());
        QCOMPARE(d.findings.size(), 1);
        QCOMPARE(checkResultName(firstImage(d).result), QStringLiteral("fail"));
        QCOMPARE(d.policies.at(0).rules.at(0).failureAction, QStringLiteral("Audit"));
        QCOMPARE(d.toJson().value(QStringLiteral("decision")).toString(), QStringLiteral("admit"));
    }

    void defaultActionIsAudit()
    {
        // Neither failureAction nor validationFailureAction: the CRD default, Audit.
        QString text = legacyPolicy(m_lab.publicKeyText());
        text.remove(QStringLiteral("  validationFailureAction: enforce\n"));
        const Decision d
            = evaluate(text, {Host + QStringLiteral("/ztsc/quarkus-hello-service:1.0")});
        QVERIFY(d.admit);
        QCOMPARE(d.findings.size(), 1);
    }

    void countSemantics_data()
    {
        QTest::addColumn<bool>("multiKey");
        QTest::addColumn<int>("count");
        QTest::addColumn<bool>("admit");
        QTest::addColumn<int>("verified");
        QTest::newRow("two entries, all required") << false << 0 << false << 1;
        QTest::newRow("two entries, count 1") << false << 1 << true << 1;
        QTest::newRow("two keys in one publicKeys, all required") << true << 0 << false << 1;
        QTest::newRow("two keys in one publicKeys, count 1") << true << 1 << true << 1;
    }

    void countSemantics()
    {
        QFETCH(bool, multiKey);
        QFETCH(int, count);
        QFETCH(bool, admit);
        QFETCH(int, verified);
        Options o;
        // The other key first: the lab key verifies second.
        if (multiKey)
            o.multiKeyPem = m_other.publicKeyText() + QLatin1Char('\n') + m_lab.publicKeyText();
        else
            o.entryPems = {m_other.publicKeyText(), m_lab.publicKeyText()};
        o.count = count;
        const Decision d = evaluate(currentPolicy(o),
                                    {Host + QStringLiteral("/ztsc/quarkus-hello-service:1.0")});
        QCOMPARE(d.admit, admit);
        const AttestorSetTrace &set = firstImage(d).attestorSets.at(0);
        QCOMPARE(set.required, count > 0 ? count : 2);
        QCOMPARE(set.verified, verified);
        QCOMPARE(set.entries.size(), 2);
    }

    void skipImageReferences()
    {
        Options o;
        o.entryPems = {m_lab.publicKeyText()};
        o.skip = {Host + QStringLiteral("/ztsc/unsigned*")};
        const Decision d
            = evaluate(currentPolicy(o), {Host + QStringLiteral("/ztsc/unsigned:1.0")});
        QVERIFY(d.admit);
        QCOMPARE(checkResultName(firstImage(d).result), QStringLiteral("skip"));
    }

    void verifyDigestWithoutMutation()
    {
        Options o;
        o.entryPems = {m_lab.publicKeyText()};
        o.extra = QStringLiteral("        mutateDigest: false\n        verifyDigest: true\n");
        const QString byTag = Host + QStringLiteral("/ztsc/quarkus-hello-service:1.0");
        const Decision tagged = evaluate(currentPolicy(o), {byTag});
        QVERIFY(!tagged.admit);
        QVERIFY(firstImage(tagged).message.startsWith(QStringLiteral("missing digest for")));
        const Decision pinned
            = evaluate(currentPolicy(o),
                       {Host + QStringLiteral("/ztsc/quarkus-hello-service@") + m_serviceDigest});
        QVERIFY(pinned.admit);
    }

    void unreachableRegistryDeniesUnderEnforce()
    {
        Options o;
        o.entryPems = {m_lab.publicKeyText()};
        const Decision d = evaluate(
            currentPolicy(o), {Host + QStringLiteral("/ztsc/quarkus-hello-service:1.0")}, false);
        QVERIFY(!d.admit);
        QCOMPARE(checkResultName(firstImage(d).result), QStringLiteral("error"));
    }

    void ruleNotMatchingKindIsSkipped()
    {
        Options o;
        o.entryPems = {m_lab.publicKeyText()};
        const QList<KyvernoPolicy> policies = load(currentPolicy(o));
        PolicyEvaluator evaluator([this](const QString &) { return &m_source; });
        AdmissionRequest request;
        request.kind = QStringLiteral("ConfigMap");
        request.images = {Host + QStringLiteral("/ztsc/unsigned:1.0")};
        const Decision d = evaluator.evaluate(policies, request);
        QVERIFY(d.admit);
        QCOMPARE(checkResultName(d.policies.at(0).rules.at(0).result), QStringLiteral("skip"));
    }

    void namespacedPolicyAppliesToItsNamespace_data()
    {
        QTest::addColumn<QString>("requestNamespace");
        QTest::addColumn<bool>("admit");
        QTest::newRow("Pod in the Policy's namespace") << "prod" << false;
        QTest::newRow("Pod in another namespace") << "default" << true;
    }

    void namespacedPolicyAppliesToItsNamespace()
    {
        QFETCH(QString, requestNamespace);
        QFETCH(bool, admit);
        Options o;
        o.entryPems = {m_lab.publicKeyText()};
        QString text = currentPolicy(o);
        text.replace(QStringLiteral("kind: ClusterPolicy\nmetadata:\n"),
                     QStringLiteral("kind: Policy\nmetadata:\n  namespace: prod\n"));
        const QList<KyvernoPolicy> policies = load(text);
        QCOMPARE(policies.size(), 1);
        QCOMPARE(policies.first().kind.value, QStringLiteral("Policy"));
        PolicyEvaluator evaluator([this](const QString &) { return &m_source; });
        AdmissionRequest request;
        request.namespaceName = requestNamespace;
        request.images = {Host + QStringLiteral("/ztsc/unsigned:1.0")};
        QCOMPARE(evaluator.evaluate(policies, request).admit, admit);
    }

    void decisionJson()
    {
        const Decision d = evaluate(legacyPolicy(m_lab.publicKeyText()),
                                    {Host + QStringLiteral("/ztsc/quarkus-hello-service:1.0")});
        const QJsonObject json = d.toJson();
        QCOMPARE(json.value(QStringLiteral("decision")).toString(), QStringLiteral("deny"));
        const QJsonObject entry
            = json[QStringLiteral("policies")][0][QStringLiteral("rules")][0][QStringLiteral("imag"
                                                                                             "es")]
                  [0][QStringLiteral("attestors")][0][QStringLiteral("entries")][0]
                      .toObject();
        QCOMPARE(entry.value(QStringLiteral("path")).toString(),
                 QStringLiteral(".attestors[0].entries[0].keys"));
        QCOMPARE(entry.value(QStringLiteral("verification"))
                     .toObject()
                     .value(QStringLiteral("outcome"))
                     .toString(),
                 QStringLiteral("tlog-missing"));
        QCOMPARE(entry.value(QStringLiteral("fix")).toString(),
                 QStringLiteral("convert-deprecated-verify-images"));
    }
};

QTEST_GUILESS_MAIN(TestPolicyEvaluator)
#include "tst_policyevaluator.moc"
