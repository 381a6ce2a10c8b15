#include "core/policy/policylinter.h"
#include "tests/support/seedpolicy.h"
#include "tests/support/testdata.h"

#include <QElapsedTimer>
#include <QTest>

using namespace chainscope;
using namespace chainscope::policy;

namespace {

using test::readText;

// The sample key of the Kyverno docs and kyverno/policies.
const QString SampleKey = QStringLiteral("-----BEGIN PUBLIC KEY-----\n"
                                         "MFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAE8nXRh950IZbRj8Ra/"
                                         "N9sbqOPZrfM\n"
                                         "5/KAQN0/KjHcorm/"
                                         "J5yctVd7iEcnessRQjU917hmKO6JWVGHpDguIyakZA==\n"
                                         "-----END PUBLIC KEY-----");

using test::indented;

// The lab's 2021 policy layout (the seed's check-image), with a comment
// that every fix must keep.
QString labLegacyPolicy()
{
    return test::seedPolicy2021(QStringLiteral("127.0.0.1:5000/ztsc/*"), SampleKey,
                                QStringLiteral("the seed's rule"));
}

QString where(const Diagnostic &d)
{
    return QStringLiteral("%1:%2-%3:%4").arg(d.line).arg(d.column).arg(d.endLine).arg(d.endColumn);
}

QStringList codesAt(const LintResult &r)
{
    QStringList out;
    for (const Diagnostic &d : r.diagnostics)
        out << d.code + QLatin1Char('@') + QStringLiteral("%1:%2").arg(d.line).arg(d.column);
    return out;
}

} // namespace

class TestPolicyLinter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void historicalSamples_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QStringList>("expected"); // code@line:column, in text order
        const QString vfa = QStringLiteral("policy.deprecated-validation-failure-action");
        QTest::newRow("2021-08 image+key")
            << "historical/2021-08-06_4d4368be_verify_image.yaml"
            << QStringList{vfa + "@19:3", "verifyImages.deprecated-image@28:9",
                           "verifyImages.deprecated-key@29:9", "attestor.tlog-required@29:9"};
        QTest::newRow("2021-09 image+key")
            << "historical/2021-09-17_b872c896_verify_image.yaml"
            << QStringList{vfa + "@19:3", "verifyImages.deprecated-image@28:9",
                           "verifyImages.deprecated-key@29:9", "attestor.tlog-required@29:9"};
        QTest::newRow("2022-01 k8s secret, malformed any")
            << "historical/2022-01-31_0a5b590f_verify_image_k8s.yaml"
            << QStringList{vfa + "@19:3",
                           "schema.required@22:7",
                           "schema.unknown-field@23:7",
                           "verifyImages.deprecated-image@28:11",
                           "verifyImages.deprecated-key@29:11",
                           "attestor.tlog-required@29:11",
                           "key.invalid-pem@29:16"};
        QTest::newRow("2022-01 gcpkms key") << "historical/"
                                               "2022-01-31_0a5b590f_verify_image_gcpkms.yaml"
                                            << QStringList{vfa + "@19:3",
                                                           "schema.required@22:7",
                                                           "schema.unknown-field@23:7",
                                                           "verifyImages.deprecated-image@28:11",
                                                           "verifyImages.deprecated-key@29:11",
                                                           "attestor.tlog-required@29:11",
                                                           "key.reference@29:16"};
        QTest::newRow("2022-08 slsa attestations")
            << "historical/2022-08-12_b3163afa_verify_image_slsa.yaml"
            << QStringList{vfa + "@21:3", "schema.deprecated@22:3", "schema.deprecated@42:11"};
        QTest::newRow("head verify-image")
            << "head/other__verify-image__verify-image.yaml"
            << QStringList{vfa + "@19:3", "attestor.tlog-required@34:13"};
        QTest::newRow("cli verify-signature")
            << "cli/verify-signature-policies.yaml"
            << QStringList{"attestor.tlog-ignored@31:15", "schema.deprecated@33:13",
                           "attestor.tlog-ignored@75:15", "schema.deprecated@77:13"};
    }

    void historicalSamples()
    {
        QFETCH(QString, file);
        QFETCH(QStringList, expected);
        const LintResult r = PolicyLinter().lint(readText(QStringLiteral("kyverno/") + file));
        QCOMPARE(codesAt(r), expected);
        QVERIFY(!r.policies.isEmpty());
    }

    void currentSamplesHaveNoErrors_data()
    {
        QTest::addColumn<QString>("file");
        for (const QString &f : {QStringLiteral("flux__verify-flux-images__verify-flux-images."
                                                "yaml"),
                                 QStringLiteral("other__verify-image-slsa__verify-image-slsa."
                                                "yaml"),
                                 QStringLiteral("other__verify-image-with-multi-keys__verify-"
                                                "image-with-multi-keys.yaml"),
                                 QStringLiteral("other__verify-sbom-cyclonedx__verify-sbom-"
                                                "cyclonedx.yaml"),
                                 QStringLiteral("tekton__verify-tekton-taskrun-signatures__verify-"
                                                "tekton-taskrun-signatures.yaml")})
            QTest::newRow(qPrintable(f.section(QStringLiteral("__"), 1, 1))) << f;
    }

    void currentSamplesHaveNoErrors()
    {
        QFETCH(QString, file);
        const LintResult r = PolicyLinter().lint(readText(QStringLiteral("kyverno/head/") + file));
        QVERIFY2(!r.hasErrors(), qPrintable(codesAt(r).join(QLatin1Char(' '))));
        QVERIFY(r.withCode(QStringLiteral("verifyImages.deprecated-image")).isEmpty());
    }

    void labLegacyPolicyPositions()
    {
        const LintResult r = PolicyLinter().lint(labLegacyPolicy());
        QVERIFY(!r.hasErrors());
        const auto image = r.withCode(QStringLiteral("verifyImages.deprecated-image"));
        QCOMPARE(image.size(), 1);
        QCOMPARE(where(image.first()), QStringLiteral("15:9-15:14"));
        QCOMPARE(image.first().severity, Severity::Warning);
        const auto key = r.withCode(QStringLiteral("verifyImages.deprecated-key"));
        QCOMPARE(key.size(), 1);
        QCOMPARE(where(key.first()), QStringLiteral("16:9-16:12"));
        QVERIFY(key.first().fix.has_value());
        QCOMPARE(key.first().fix->id, QStringLiteral("convert-deprecated-verify-images"));
        QVERIFY(!key.first().fix->weakensVerification);
        const auto vfa = r.withCode(QStringLiteral("policy.deprecated-validation-failure-action"));
        QCOMPARE(where(vfa.first()), QStringLiteral("6:3-6:26"));
        const auto tlog = r.withCode(QStringLiteral("attestor.tlog-required"));
        QCOMPARE(tlog.size(), 1);
        QVERIFY(tlog.first().message.contains(QStringLiteral("--tlog-upload=false")));

        const QJsonObject json = key.first().toJson();
        QCOMPARE(json.value(QStringLiteral("line")).toInt(), 16);
        QCOMPARE(json.value(QStringLiteral("severity")).toString(), QStringLiteral("warning"));
    }

    void convertFixRoundTrip()
    {
        const QString original = labLegacyPolicy();
        const LintResult before = PolicyLinter().lint(original);
        const QuickFix fix
            = *before.withCode(QStringLiteral("verifyImages.deprecated-image")).first().fix;
        const QString fixed = fix.apply(original);

        // Everything before verifyImages' first entry is untouched, comment included.
        const int cut = original.indexOf(QStringLiteral("- image:"));
        QCOMPARE(fixed.left(cut), original.left(cut));
        QVERIFY(fixed.contains(QStringLiteral("# the seed's rule")));

        const LintResult after = PolicyLinter().lint(fixed);
        QVERIFY(!after.hasErrors());
        for (const Diagnostic &d : after.diagnostics)
            QVERIFY2(!d.code.startsWith(QStringLiteral("verifyImages.deprecated")),
                     qPrintable(d.code));

        // Same intent: what Kyverno evaluates for the old text is what the new text says.
        const ImageVerification old
            = before.policies.first().rules.first().verifyImages.first().converted();
        const ImageVerification now = after.policies.first().rules.first().verifyImages.first();
        QVERIFY(!now.usesDeprecatedFields());
        QCOMPARE(now.imageReferences.size(), 1);
        QCOMPARE(now.imageReferences.first().value, old.imageReferences.first().value);
        QCOMPARE(now.attestors.size(), 1);
        QCOMPARE(now.attestors.first().entries.size(), 1);
        const StaticKeyAttestor &keys = now.attestors.first().entries.first().keys;
        QVERIFY(keys.present);
        QCOMPARE(keys.publicKeys.value,
                 old.attestors.first().entries.first().keys.publicKeys.value);
        QCOMPARE(keys.publicKeys.value, SampleKey);
        QVERIFY(!keys.rekor.present);

        // Still needs a tlog entry, and says so with the second fix on offer.
        const auto tlog = after.withCode(QStringLiteral("attestor.tlog-required"));
        QCOMPARE(tlog.size(), 1);
        QCOMPARE(where(tlog.first()), QStringLiteral("19:13-19:17"));
        QVERIFY(tlog.first().fix->weakensVerification);
    }

    void ignoreTlogFix_data()
    {
        QTest::addColumn<QString>("keysBlock");
        const QString pem = indented(SampleKey, 16);
        QTest::newRow("no rekor, no ctlog")
            << QStringLiteral("          - keys:\n              publicKeys: |\n") + pem + "\n";
        QTest::newRow("rekor with url only") << QStringLiteral("          - keys:\n              "
                                                               "rekor:\n"
                                                               "                url: "
                                                               "https://rekor.sigstore.dev\n"
                                                               "              publicKeys: |-\n")
                + pem + "\n";
        QTest::newRow("flow rekor, ignoreTlog false, ctlog without flag")
            << QStringLiteral("          - keys:\n              publicKeys: |-\n") + pem
                + QStringLiteral("\n              rekor: {url: https://rekor.sigstore.dev, "
                                 "ignoreTlog: false}\n              ctlog: {}\n");
    }

    void ignoreTlogFix()
    {
        QFETCH(QString, keysBlock);
        const QString text = QStringLiteral("apiVersion: kyverno.io/v1\n"
                                            "kind: ClusterPolicy\n"
                                            "metadata:\n"
                                            "  name: check-image\n"
                                            "spec:\n"
                                            "  rules:\n"
                                            "    - name: check-image\n"
                                            "      match:\n"
                                            "        any:\n"
                                            "        - resources:\n"
                                            "            kinds: [Pod]\n"
                                            "      verifyImages:\n"
                                            "      - imageReferences: [\"ghcr.io/x/*\"]\n"
                                            "        failureAction: Enforce\n"
                                            "        attestors:\n"
                                            "        - entries:\n")
            + keysBlock + QStringLiteral("# trailing comment\n");
        const LintResult before = PolicyLinter().lint(text);
        QVERIFY2(!before.hasErrors(), qPrintable(codesAt(before).join(QLatin1Char(' '))));
        const auto tlog = before.withCode(QStringLiteral("attestor.tlog-required"));
        QCOMPARE(tlog.size(), 1);
        QVERIFY(tlog.first().fix.has_value());
        QCOMPARE(tlog.first().fix->id, QStringLiteral("ignore-tlog"));
        const QString fixed = tlog.first().fix->apply(text);

        const LintResult after = PolicyLinter().lint(fixed);
        QVERIFY2(!after.hasErrors(), qPrintable(fixed));
        QVERIFY(after.withCode(QStringLiteral("attestor.tlog-required")).isEmpty());
        QCOMPARE(after.withCode(QStringLiteral("attestor.tlog-ignored")).size(), 1);
        QVERIFY(fixed.endsWith(QStringLiteral("# trailing comment\n")));
        const StaticKeyAttestor &was = before.policies.first()
                                           .rules.first()
                                           .verifyImages.first()
                                           .attestors.first()
                                           .entries.first()
                                           .keys;
        const StaticKeyAttestor &keys = after.policies.first()
                                            .rules.first()
                                            .verifyImages.first()
                                            .attestors.first()
                                            .entries.first()
                                            .keys;
        QVERIFY(keys.rekor.ignoreTlog.value);
        QVERIFY(keys.ctlog.ignoreSCT.value);
        QCOMPARE(keys.publicKeys.value, was.publicKeys.value);
        QCOMPARE(keys.rekor.url.value, was.rekor.url.value);
    }

    void moveFailureActionFix()
    {
        const QString text = labLegacyPolicy();
        const LintResult before = PolicyLinter().lint(text);
        const auto vfa = before.withCode(QStringLiteral("policy.deprecated-validation-failure-"
                                                        "action"));
        QVERIFY(vfa.first().fix.has_value());
        const QString fixed = vfa.first().fix->apply(text);
        const LintResult after = PolicyLinter().lint(fixed);
        QVERIFY2(!after.hasErrors(), qPrintable(fixed));
        QVERIFY(after.withCode(QStringLiteral("policy.deprecated-validation-failure-action"))
                    .isEmpty());
        const KyvernoPolicy &p = after.policies.first();
        QVERIFY(!p.validationFailureAction.present);
        QCOMPARE(p.rules.first().verifyImages.first().failureAction.value,
                 QStringLiteral("Enforce"));
        // The deprecated image/key are still reported, at their new lines.
        QCOMPARE(where(after.withCode(QStringLiteral("verifyImages.deprecated-image")).first()),
                 QStringLiteral("15:9-15:14"));
    }

    void schemaErrors_data()
    {
        QTest::addColumn<QString>("item"); // a verifyImages entry at column 9
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("at");
        QTest::newRow("ignoreTlog misplaced under keys") << "imageReferences: [\"a/*\"]\n"
                                                            "        attestors:\n"
                                                            "        - entries:\n"
                                                            "          - keys:\n"
                                                            "              publicKeys: "
                                                            "k8s://ns/key\n"
                                                            "              ignoreTlog: true\n"
                                                         << "schema.unknown-field"
                                                         << "19:15-19:25";
        QTest::newRow("imageReferences as a string") << "imageReferences: \"a/*\"\n"
                                                     << "schema.type"
                                                     << "14:26-14:31";
        QTest::newRow("lowercase failureAction on the rule") << "imageReferences: [\"a/*\"]\n"
                                                                "        failureAction: enforce\n"
                                                             << "schema.enum"
                                                             << "15:24-15:31";
        QTest::newRow("count not a number") << "imageReferences: [\"a/*\"]\n"
                                               "        attestors:\n"
                                               "        - count: one\n"
                                               "          entries: []\n"
                                            << "schema.type"
                                            << "16:18-16:21";
        QTest::newRow("misspelt imageReferences") << "imageReference: [\"a/*\"]\n"
                                                  << "schema.unknown-field"
                                                  << "14:9-14:23";
        QTest::newRow("duplicate key") << "imageReferences: [\"a/*\"]\n"
                                          "        imageReferences: [\"b/*\"]\n"
                                       << "yaml.duplicate-key" << "15:9-15:24";
        QTest::newRow("count above the keys of a multi-key entry")
            << "imageReferences: [\"a/*\"]\n"
               "        attestors:\n"
               "        - count: 3\n"
               "          entries:\n"
               "          - keys:\n"
               "              publicKeys: |-\n"
               "                -----BEGIN PUBLIC KEY-----\n"
               "                -----END PUBLIC KEY-----\n"
               "                -----BEGIN PUBLIC KEY-----\n"
               "                -----END PUBLIC KEY-----\n"
            << "attestors.count" << "16:18-16:19";
        QTest::newRow("no imageReferences") << "mutateDigest: false\n"
                                            << "verifyImages.missing-image-references"
                                            << "14:9-14:9";
        QTest::newRow("key that does not parse") << "imageReferences: [\"a/*\"]\n"
                                                    "        attestors:\n"
                                                    "        - entries:\n"
                                                    "          - keys:\n"
                                                    "              publicKeys: |-\n"
                                                    "                -----BEGIN PUBLIC KEY-----\n"
                                                    "                bm90IGEga2V5\n"
                                                    "                -----END PUBLIC KEY-----\n"
                                                 << "key.invalid-pem"
                                                 << "18:27-21:41";
    }

    void schemaErrors()
    {
        QFETCH(QString, item);
        QFETCH(QString, code);
        QFETCH(QString, at);
        const QString text = QStringLiteral("apiVersion: kyverno.io/v1\n"
                                            "kind: ClusterPolicy\n"
                                            "metadata:\n"
                                            "  name: p\n"
                                            "spec:\n"
                                            "  rules:\n"
                                            "    - name: r\n"
                                            "      match:\n"
                                            "        any:\n"
                                            "        - resources:\n"
                                            "            kinds:\n"
                                            "            - Pod\n"
                                            "      verifyImages:\n"
                                            "      - ")
            + item;
        const LintResult r = PolicyLinter().lint(text);
        const auto found = r.withCode(code);
        QVERIFY2(found.size() == 1, qPrintable(codesAt(r).join(QLatin1Char(' '))));
        QCOMPARE(where(found.first()), at);
        QCOMPARE(found.first().severity, Severity::Error);
    }

    void syntaxErrorIsADiagnostic()
    {
        const LintResult r = PolicyLinter().lint(QStringLiteral("apiVersion: kyverno.io/v1\nkind: "
                                                                "ClusterPolicy\nspec:\n  rules: "
                                                                "[\n"));
        QCOMPARE(r.diagnostics.size(), 1);
        QCOMPARE(r.diagnostics.first().code, QStringLiteral("yaml.syntax"));
        QVERIFY(r.diagnostics.first().line >= 4);
        QVERIFY(r.policies.isEmpty());
    }

    void aliasBombIsADiagnostic()
    {
        QString text = QStringLiteral("a0: &a0 [x, x, x, x, x, x, x, x, x, x]\n");
        for (int i = 1; i <= 8; ++i) {
            text += QStringLiteral("a%1: &a%1 [*a%2, *a%2, *a%2, *a%2, *a%2, *a%2, *a%2, *a%2, "
                                   "*a%2, *a%2]\n")
                        .arg(i)
                        .arg(i - 1);
        }
        const LintResult r = PolicyLinter().lint(text);
        QCOMPARE(r.diagnostics.size(), 1);
        QCOMPARE(r.diagnostics.first().code, QStringLiteral("yaml.limit"));
    }

    void manyKeysLintInLinearTime()
    {
        // A map with many keys (hostile, or generated by a tool):
        // the duplicate-key check must not compare every key with every
        // other. Eight times the keys may take about eight times as long; a
        // quadratic check takes up to sixty-four. The bound of fifteen leaves
        // room for noise on a busy machine.
        const auto policyWithKeys = [](int n) {
            QString text = QStringLiteral("apiVersion: kyverno.io/v1\nkind: ClusterPolicy\n"
                                          "metadata:\n  name: many\nspec:\n");
            for (int i = 0; i < n; ++i)
                text += QStringLiteral("  key%1: v\n").arg(i, 6, 10, QLatin1Char('0'));
            return text;
        };
        const auto fastestOfThree = [](const QString &text) {
            qint64 best = std::numeric_limits<qint64>::max();
            for (int round = 0; round < 3; ++round) {
                QElapsedTimer timer;
                timer.start();
                const LintResult r = PolicyLinter().lint(text);
                best = std::min(best, timer.nsecsElapsed());
                if (!r.withCode(QStringLiteral("yaml.duplicate-key")).isEmpty())
                    return qint64(-1);
            }
            return best;
        };
        const qint64 small = fastestOfThree(policyWithKeys(3000));
        const qint64 large = fastestOfThree(policyWithKeys(24000));
        QVERIFY2(small > 0 && large > 0, "distinct keys were reported as duplicates");
        QVERIFY2(large < 15 * small,
                 qPrintable(QStringLiteral("3000 keys: %1 ms, 24000 keys: %2 ms")
                                .arg(small / 1e6)
                                .arg(large / 1e6)));
    }

    void otherDocumentsAreSkipped()
    {
        const LintResult r = PolicyLinter().lint(QStringLiteral("apiVersion: v1\nkind: "
                                                                "Pod\nmetadata: {name: x}\n---\n")
                                                 + labLegacyPolicy());
        QCOMPARE(r.policies.size(), 1);
        QCOMPARE(r.withCode(QStringLiteral("policy.not-a-policy")).size(), 1);
        QCOMPARE(where(r.withCode(QStringLiteral("verifyImages.deprecated-key")).first()),
                 QStringLiteral("20:9-20:12"));
    }
};

QTEST_GUILESS_MAIN(TestPolicyLinter)
#include "tst_policylinter.moc"
