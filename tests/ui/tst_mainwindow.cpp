// The window against the lab registry (tests/lab): browse → overview →
// lineage → verify → policy, as a user would, asserting what the views show.
// Needs the "lab" CTest fixture; the state file is $CHAINSCOPE_LAB_STATE.

#include "ui/bannerwidget.h"
#include "ui/connectionbar.h"
#include "ui/imageview.h"
#include "ui/labstate.h"
#include "ui/lineageview.h"
#include "ui/mainwindow.h"
#include "ui/policyeditor.h"
#include "ui/policypanel.h"
#include "ui/repositorymodel.h"
#include "ui/stepsview.h"
#include "ui/taskrunner.h"
#include "ui/verifypanel.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QStandardPaths>
#include <QTest>
#include <QTreeWidget>

using namespace chainscope;
using namespace chainscope::ui;

namespace {

constexpr int Timeout = 30000;

void clearAutosave()
{
    QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)
         + QLatin1String("/autosave"))
        .removeRecursively();
}

PolicyEditor *editorFor(PolicyPanel *panel, const QString &path)
{
    for (int i = 0; i < panel->editorCount(); ++i) {
        if (panel->editor(i)->path() == QFileInfo(path).absoluteFilePath())
            return panel->editor(i);
    }
    return nullptr;
}

} // namespace

class tst_MainWindow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void init();
    void cleanup();
    void labOpensOnTheService();
    void verifyOutcomes_data();
    void verifyOutcomes();
    void wrongPasswordKeepsTheWindowUsable();
    void pastedKeyReplacesTheKeyFile();
    void policyLintAndFix();
    void policyEvaluation();

private:
    void openLab();
    void verifyImage(const QString &role);

    LabState m_lab;
    std::unique_ptr<MainWindow> m_window;
};

void tst_MainWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    const QString path = qEnvironmentVariable("CHAINSCOPE_LAB_STATE");
    QVERIFY2(!path.isEmpty(), "CHAINSCOPE_LAB_STATE is not set: run through ctest (lab fixture)");
    Result<LabState> lab = LabState::load(path);
    QVERIFY2(lab.ok(), qPrintable(lab.ok() ? QString() : lab.error().toString()));
    m_lab = lab.value();
    for (const char *role : {"service", "base", "ubi", "unsigned", "mismatched", "foreignSigned",
                             "repushed"})
        QVERIFY2(m_lab.images.contains(QLatin1String(role)), role);
}

void tst_MainWindow::cleanupTestCase()
{
    clearAutosave();
}

void tst_MainWindow::init()
{
    clearAutosave();
}

void tst_MainWindow::cleanup()
{
    if (m_window) {
        m_window->taskRunner()->cancelAll();
        QTRY_VERIFY_WITH_TIMEOUT(!m_window->taskRunner()->isBusy(), Timeout);
        for (int i = 0; i < m_window->policyPanel()->editorCount(); ++i)
            m_window->policyPanel()->editor(i)->discardAutosave();
    }
    m_window.reset();
    clearAutosave();
}

void tst_MainWindow::openLab()
{
    m_window = std::make_unique<MainWindow>();
    m_window->show();
    QString problems;
    QVERIFY2(m_window->applyLabState(m_lab, &problems), qPrintable(problems));
    QTRY_VERIFY_WITH_TIMEOUT(m_window->connectGeneration() > 0, Timeout);
    QTRY_VERIFY_WITH_TIMEOUT(m_window->imageGeneration() > 0, Timeout);
    QTRY_VERIFY_WITH_TIMEOUT(m_window->lineageGeneration() > 0, Timeout);
    QTRY_VERIFY_WITH_TIMEOUT(m_window->verifyGeneration() > 0, Timeout);
}

void tst_MainWindow::labOpensOnTheService()
{
    openLab();
    const QStringList repositories = m_window->repositoryModel()->repositories();
    for (const QString &role : {QStringLiteral("service"), QStringLiteral("base"),
                                QStringLiteral("ubi")})
        QVERIFY2(repositories.contains(m_lab.images.value(role).repository),
                 qPrintable(repositories.join(QLatin1String(", "))));

    const LabState::Image service = m_lab.images.value(QStringLiteral("service"));
    QCOMPARE(m_window->currentImage().toString(), service.ref);
    QCOMPARE(m_window->imageView()->field(QStringLiteral("digest")), service.digest);
    QCOMPARE(m_window->imageView()->field(QStringLiteral("user")), QStringLiteral("1001"));
    QVERIFY(m_window->imageView()->field(QStringLiteral("ports")).contains(QLatin1String("8080")));

    // Lineage: service → base → UBI, with the service and base verified and
    // the UBI hop saying plainly it has no signature by this key.
    LineageView *lineage = m_window->lineageView();
    QCOMPARE(lineage->hopCount(), 3);
    const QList<LineageHop> &hops = lineage->lineage().hops;
    QCOMPARE(hops.at(1).digest, m_lab.images.value(QStringLiteral("base")).digest);
    QCOMPARE(hops.at(2).digest, m_lab.images.value(QStringLiteral("ubi")).digest);
    const QString verified = StepsView::outcomeHeadline(report::Outcome::Verified);
    QCOMPARE(lineage->badgeText(0), verified);
    QCOMPARE(lineage->badgeText(1), verified);
    QVERIFY(lineage->badgeText(2) != verified);
    const LineageHop &ubi = lineage->lineage().hops.at(2);
    QVERIFY(ubi.verification.has_value());
    QCOMPARE(ubi.verification->outcome, report::Outcome::NoSignature);
    QVERIFY2(!ubi.signatureNote.isEmpty(), "the UBI hop must explain its signature status");
    for (int hop = 1; hop < 3; ++hop) {
        bool supported = false;
        for (const LineageEvidence &evidence : lineage->lineage().hops.at(hop).evidence)
            supported = supported || evidence.verdict == Status::Pass;
        QVERIFY2(supported,
                 qPrintable(QStringLiteral("hop %1 has no supporting evidence").arg(hop)));
    }

    // Verify: the service verifies with the lab key (no tlog entry: a warning).
    StepsView *steps = m_window->verifyPanel()->steps();
    QCOMPARE(steps->banner()->headline(), verified);
    QVERIFY(steps->banner()->status() == Status::Pass || steps->banner()->status() == Status::Warn);
    QVERIFY(steps->stepCount() > 0);

    // Reached over plain HTTP on loopback: the report and the connect bar say so.
    const auto *warnings = steps->findChild<QLabel *>(QStringLiteral("verifyWarnings"));
    QVERIFY(warnings);
    QVERIFY2(warnings->text().contains(QLatin1String("loopback HTTP")),
             qPrintable(warnings->text()));
    QVERIFY(m_window->connectionBar()->statusText().contains(QLatin1String("loopback HTTP")));
}

void tst_MainWindow::verifyImage(const QString &role)
{
    const int before = m_window->verifyGeneration();
    m_window->openImage(m_lab.images.value(role).ref);
    QTRY_VERIFY_WITH_TIMEOUT(m_window->verifyGeneration() > before, Timeout);
    QCOMPARE(m_window->currentImage().toString(), m_lab.images.value(role).ref);
}

void tst_MainWindow::verifyOutcomes_data()
{
    QTest::addColumn<QString>("role");
    QTest::addColumn<report::Outcome>("outcome");

    QTest::newRow("base is verified") << "base" << report::Outcome::Verified;
    QTest::newRow("unsigned: no signature found") << "unsigned" << report::Outcome::NoSignature;
    QTest::newRow("payload names another digest")
        << "mismatched" << report::Outcome::PayloadDigestMismatch;
    QTest::newRow("signed by another key") << "foreignSigned" << report::Outcome::KeyMismatch;
    QTest::newRow("tag moved after signing") << "repushed" << report::Outcome::TagMoved;
}

void tst_MainWindow::verifyOutcomes()
{
    QFETCH(QString, role);
    QFETCH(report::Outcome, outcome);
    openLab();
    verifyImage(role);
    const BannerWidget *banner = m_window->verifyPanel()->steps()->banner();
    QCOMPARE(banner->headline(), StepsView::outcomeHeadline(outcome));
    if (outcome != report::Outcome::Verified)
        QCOMPARE(banner->status(), Status::Fail);
    if (outcome == report::Outcome::KeyMismatch) {
        // The signer's fingerprint is named (lab.json writes it as hex or sha256:hex).
        QFile state(qEnvironmentVariable("CHAINSCOPE_LAB_STATE"));
        QVERIFY(state.open(QIODevice::ReadOnly));
        const QJsonObject image = QJsonDocument::fromJson(state.readAll())
                                      .object()
                                      .value(QLatin1String("images"))
                                      .toObject()
                                      .value(role)
                                      .toObject();
        const QString fingerprint = image.value(QLatin1String("signerFingerprint"))
                                        .toString()
                                        .section(QLatin1Char(':'), -1);
        QVERIFY(!fingerprint.isEmpty());
        QVERIFY2(banner->detail().contains(fingerprint), qPrintable(banner->detail()));
    }
}

void tst_MainWindow::pastedKeyReplacesTheKeyFile()
{
    openLab();
    VerifyPanel *panel = m_window->verifyPanel();
    QCOMPARE(panel->keyInput().path, m_lab.publicKeyPath);
    QFile other(m_lab.otherPublicKeyPath);
    QVERIFY(other.open(QIODevice::ReadOnly));
    const QByteArray otherPem = other.readAll().trimmed();

    // Pasting the other team's key clears the file: one key, never two.
    panel->setKeyText(otherPem);
    QCOMPARE(panel->keyInput().path, QString());
    QCOMPARE(panel->keyInput().pem, otherPem);
    verifyImage(QStringLiteral("foreignSigned"));
    const BannerWidget *banner = panel->steps()->banner();
    QCOMPARE(banner->headline(), StepsView::outcomeHeadline(report::Outcome::Verified));
    QFile state(qEnvironmentVariable("CHAINSCOPE_LAB_STATE"));
    QVERIFY(state.open(QIODevice::ReadOnly));
    const QString fingerprint = QJsonDocument::fromJson(state.readAll())
                                    .object()
                                    .value(QLatin1String("images"))
                                    .toObject()
                                    .value(QLatin1String("foreignSigned"))
                                    .toObject()
                                    .value(QLatin1String("signerFingerprint"))
                                    .toString()
                                    .section(QLatin1Char(':'), -1);
    QVERIFY(!fingerprint.isEmpty());
    // The result names the key it was checked with: pasted, by fingerprint.
    QVERIFY2(panel->keyUsedText().contains(QLatin1String("pasted key")),
             qPrintable(panel->keyUsedText()));
    QVERIFY2(panel->keyUsedText().contains(fingerprint), qPrintable(panel->keyUsedText()));

    // Choosing the file again drops the pasted key.
    panel->setKeyFile(m_lab.publicKeyPath);
    QCOMPARE(panel->keyInput().pem, QByteArray());
    const int before = m_window->verifyGeneration();
    m_window->verifyCurrentImage();
    QTRY_VERIFY_WITH_TIMEOUT(m_window->verifyGeneration() > before, Timeout);
    QCOMPARE(banner->headline(), StepsView::outcomeHeadline(report::Outcome::KeyMismatch));
    QVERIFY2(panel->keyUsedText().contains(m_lab.publicKeyPath),
             qPrintable(panel->keyUsedText()));
}

void tst_MainWindow::wrongPasswordKeepsTheWindowUsable()
{
    openLab();
    const int repositories = m_window->repositoryModel()->rowCount();
    ConnectionSettings settings = m_window->connectionBar()->settings();
    settings.password = QStringLiteral("not-the-password");
    m_window->connectionBar()->setSettings(settings);
    const int before = m_window->connectGeneration();
    m_window->connectToRegistry();
    QTRY_VERIFY_WITH_TIMEOUT(m_window->connectGeneration() > before, Timeout);
    QVERIFY2(m_window->connectionBar()->statusText().contains(
                 MainWindow::tr("The registry refused the user name or password.")),
             qPrintable(m_window->connectionBar()->statusText()));
    QCOMPARE(m_window->connectionBar()->settings().password, QStringLiteral("not-the-password"));
    QCOMPARE(m_window->repositoryModel()->rowCount(), repositories);

    // Fixing the password in place works.
    settings.password = m_lab.password;
    m_window->connectionBar()->setSettings(settings);
    const int again = m_window->connectGeneration();
    m_window->connectToRegistry();
    QTRY_VERIFY_WITH_TIMEOUT(m_window->connectGeneration() > again, Timeout);
    QVERIFY(!m_window->connectionBar()->statusText().contains(
        MainWindow::tr("The registry refused the user name or password.")));
}

void tst_MainWindow::policyLintAndFix()
{
    openLab();
    PolicyPanel *panel = m_window->policyPanel();
    QCOMPARE(panel->editorCount(), 2);
    PolicyEditor *legacy = editorFor(panel, m_lab.legacyPolicyPath);
    QVERIFY(legacy);
    const int before = panel->lintGeneration();
    panel->setCurrentEditor(legacy);
    panel->lintNow();
    QTRY_VERIFY_WITH_TIMEOUT(panel->lintGeneration() > before, Timeout);

    const QString text = legacy->text();
    int fixRow = -1;
    QStringList codes;
    for (int i = 0; i < legacy->diagnostics().size(); ++i) {
        const policy::Diagnostic &d = legacy->diagnostics().at(i);
        codes << d.code;
        const QStringList lines = text.split(QLatin1Char('\n'));
        const QString atPosition = lines.value(d.line - 1).mid(d.column - 1);
        if (d.code == QLatin1String("verifyImages.deprecated-image")) {
            QVERIFY2(atPosition.startsWith(QLatin1String("image:")), qPrintable(atPosition));
            if (d.fix)
                fixRow = i;
        }
        if (d.code == QLatin1String("verifyImages.deprecated-key"))
            QVERIFY2(atPosition.startsWith(QLatin1String("key:")), qPrintable(atPosition));
    }
    QVERIFY2(codes.contains(QLatin1String("verifyImages.deprecated-image"))
                 && codes.contains(QLatin1String("verifyImages.deprecated-key")),
             qPrintable(codes.join(QLatin1String(", "))));
    QTreeWidget *list = panel->diagnosticsList();
    QCOMPARE(list->topLevelItemCount(), legacy->diagnostics().size());

    QVERIFY(fixRow >= 0);
    const int beforeFix = panel->lintGeneration();
    QVERIFY(panel->applyFix(fixRow));
    QTRY_VERIFY_WITH_TIMEOUT(panel->lintGeneration() > beforeFix, Timeout);
    QVERIFY(legacy->text().contains(QLatin1String("imageReferences")));
    for (const policy::Diagnostic &d : legacy->diagnostics())
        QVERIFY2(!d.code.startsWith(QLatin1String("verifyImages.deprecated")), qPrintable(d.code));
    QVERIFY(legacy->isModified());
}

void tst_MainWindow::policyEvaluation()
{
    openLab();
    PolicyPanel *panel = m_window->policyPanel();
    const QString service = m_lab.images.value(QStringLiteral("service")).ref;
    const QString base = m_lab.images.value(QStringLiteral("base")).ref;

    auto evaluate = [panel](PolicyEditor *editor, const QStringList &images) {
        panel->setCurrentEditor(editor);
        for (const QString &candidate : panel->checkedImages())
            panel->setImageChecked(candidate, false);
        for (const QString &image : images)
            panel->setImageChecked(image, true);
        const int before = panel->evaluationGeneration();
        panel->evaluate();
        QTRY_VERIFY_WITH_TIMEOUT(panel->evaluationGeneration() > before, Timeout);
    };

    PolicyEditor *current = editorFor(panel, m_lab.currentPolicyPath);
    QVERIFY(current);
    evaluate(current, {service, base});
    QVERIFY(panel->lastEvaluation().evaluated);
    QVERIFY2(panel->lastEvaluation().admit, qPrintable(panel->lastEvaluation().reason));
    QCOMPARE(panel->evaluationBanner()->status(), Status::Pass);
    // The trace goes rule → image → attestor set → attestor → verification steps.
    QTreeWidgetItem *node = panel->traceTree()->topLevelItem(0);
    QStringList path;
    while (node) {
        path << node->text(0);
        node = node->childCount() > 0 ? node->child(0) : nullptr;
    }
    const QString shown = path.join(QStringLiteral(" → "));
    QVERIFY2(path.size() >= 6, qPrintable(shown));
    QVERIFY2(path.at(2) == service || path.at(2) == base, qPrintable(shown));

    for (const char *negative : {"unsigned", "mismatched", "foreignSigned", "repushed"}) {
        const QString image = m_lab.images.value(QLatin1String(negative)).ref;
        evaluate(current, {image});
        QVERIFY2(!panel->lastEvaluation().admit, negative);
        QCOMPARE(panel->evaluationBanner()->status(), Status::Fail);
        const QString reason = panel->lastEvaluation().reason;
        QVERIFY2(reason.contains(image), qPrintable(reason));
    }

    // The 2021 form denies even the signed service: a key-based signature now
    // needs a transparency-log entry, and the reason says so.
    PolicyEditor *legacy = editorFor(panel, m_lab.legacyPolicyPath);
    QVERIFY(legacy);
    evaluate(legacy, {service});
    QVERIFY(panel->lastEvaluation().evaluated);
    QVERIFY(!panel->lastEvaluation().admit);
    const QString reason = panel->lastEvaluation().reason;
    QVERIFY2(reason.contains(QLatin1String("transparency"), Qt::CaseInsensitive)
                 || reason.contains(QLatin1String("tlog"), Qt::CaseInsensitive),
             qPrintable(reason));
}

QTEST_MAIN(tst_MainWindow)
#include "tst_mainwindow.moc"
