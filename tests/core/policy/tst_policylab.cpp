// The lab's two check-image policies (lab.json "policies") against the lab
// registry: lint positions and fixes on the real files, and evaluation
// through the real RegistryClient and CosignVerifier.

#include "core/policy/policyevaluator.h"
#include "core/policy/policylinter.h"
#include "core/registry/registryclient.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTest>

#include <memory>

using namespace chainscope;
using namespace chainscope::policy;

namespace {

QJsonObject labState()
{
    QFile file(qEnvironmentVariable("CHAINSCOPE_LAB_STATE"));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read the lab state %s", qPrintable(file.fileName()));
    return QJsonDocument::fromJson(file.readAll()).object();
}

QString readText(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(path));
    return QString::fromUtf8(file.readAll());
}

QString where(const Diagnostic &d)
{
    return QStringLiteral("%1:%2").arg(d.line).arg(d.column);
}

} // namespace

class TestPolicyLab : public QObject
{
    Q_OBJECT

private:
    QJsonObject m_state;
    std::unique_ptr<registry::RegistryClient> m_client;

    QString policyText(const QString &which) const
    {
        return readText(m_state[QStringLiteral("policies")][which].toString());
    }

    QString imageRef(const QString &name) const
    {
        return m_state[QStringLiteral("images")][name][QStringLiteral("ref")].toString();
    }

    Decision evaluate(const QString &text, const QString &image)
    {
        const LintResult lint = PolicyLinter().lint(text);
        PolicyEvaluator evaluator([this](const QString &host) -> registry::ContentSource * {
            return host == m_client->host() ? m_client.get() : nullptr;
        });
        AdmissionRequest request;
        request.images = {imageRef(image)};
        return evaluator.evaluate(lint.policies, request);
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_state = labState();
        registry::Credentials credentials{m_state.value(QStringLiteral("username")).toString(),
                                          m_state.value(QStringLiteral("password")).toString()};
        m_client = std::make_unique<registry::RegistryClient>(
            m_state.value(QStringLiteral("registry")).toString(), credentials);
    }

    void lintLegacy()
    {
        const QString text = policyText(QStringLiteral("legacy"));
        const LintResult r = PolicyLinter().lint(text);
        QVERIFY(!r.hasErrors());
        const auto image = r.withCode(QStringLiteral("verifyImages.deprecated-image"));
        const auto key = r.withCode(QStringLiteral("verifyImages.deprecated-key"));
        QCOMPARE(image.size(), 1);
        QCOMPARE(key.size(), 1);
        // Where the lab writes them: "      - image:" and "        key: |-".
        const QStringList lines = text.split(QLatin1Char('\n'));
        const int imageLine
            = int(lines.indexOf(QRegularExpression(QStringLiteral("^      - image: .*")))) + 1;
        QVERIFY(imageLine > 0);
        QCOMPARE(where(image.first()), QStringLiteral("%1:9").arg(imageLine));
        QCOMPARE(where(key.first()), QStringLiteral("%1:9").arg(imageLine + 1));

        const QString fixed = key.first().fix->apply(text);
        const LintResult after = PolicyLinter().lint(fixed);
        QVERIFY(!after.hasErrors());
        QVERIFY(after.withCode(QStringLiteral("verifyImages.deprecated-key")).isEmpty());
        QVERIFY(after.withCode(QStringLiteral("verifyImages.deprecated-image")).isEmpty());
        QCOMPARE(after.withCode(QStringLiteral("attestor.tlog-required")).size(), 1);
    }

    void lintCurrent()
    {
        const LintResult r = PolicyLinter().lint(policyText(QStringLiteral("current")));
        QVERIFY(!r.hasErrors());
        for (const Diagnostic &d : r.diagnostics)
            QVERIFY2(d.severity == Severity::Info,
                     qPrintable(d.code + QLatin1Char(' ') + d.message));
    }

    void evaluate_data()
    {
        QTest::addColumn<QString>("policy");
        QTest::addColumn<QString>("image");
        QTest::addColumn<bool>("admit");
        QTest::addColumn<QString>("reason");
        QTest::newRow("current: service") << "current"
                                          << "service" << true << "";
        QTest::newRow("current: base") << "current"
                                       << "base" << true << "";
        QTest::newRow("current: unsigned") << "current"
                                           << "unsigned" << false << "no signatures found";
        QTest::newRow("current: payload names another digest")
            << "current"
            << "mismatched" << false << "invalid or missing digest in claim";
        QTest::newRow("current: signed by another key") << "current"
                                                        << "foreignSigned" << false
                                                        << "invalid signature when validating "
                                                           "ASN.1 encoded signature";
        QTest::newRow("current: tag re-pushed after signing")
            << "current"
            << "repushed" << false << "no signatures found";
        QTest::newRow("2021 form: service")
            << "legacy"
            << "service" << false << "signature not found in transparency log";
        QTest::newRow("2021 form: base")
            << "legacy"
            << "base" << false << "signature not found in transparency log";
    }

    void evaluate()
    {
        QFETCH(QString, policy);
        QFETCH(QString, image);
        QFETCH(bool, admit);
        QFETCH(QString, reason);
        const Decision d = evaluate(policyText(policy), image);
        QVERIFY2(d.admit == admit, qPrintable(d.denials.join(QLatin1Char('\n'))));
        const ImageTrace &t = d.policies.at(0).rules.at(0).images.at(0);
        if (admit) {
            QCOMPARE(checkResultName(t.result), QStringLiteral("pass"));
            return;
        }
        QCOMPARE(d.denials.size(), 1);
        QVERIFY2(d.denials.first().endsWith(reason), qPrintable(d.denials.first()));
        const AttestorEntryTrace &e = t.attestorSets.at(0).entries.at(0);
        QVERIFY(e.verification.has_value());
        if (image == QLatin1String("repushed"))
            QCOMPARE(e.verification->outcome, report::Outcome::TagMoved);
        if (policy == QLatin1String("legacy")) {
            QCOMPARE(e.verification->outcome, report::Outcome::TlogMissing);
            QVERIFY(!e.hint.isEmpty());
        }
    }
};

QTEST_GUILESS_MAIN(TestPolicyLab)
#include "tst_policylab.moc"
