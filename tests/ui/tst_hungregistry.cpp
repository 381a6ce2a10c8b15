// The window against a registry that stops answering (the in-process
// FakeRegistry of tests/core/registry: a real registry cannot be made to
// accept connections and then stay silent on command). Whatever runs in the
// background, the GUI thread must never wait for it: changing the selection
// and starting other work return at once.

#include "fakeregistry.h"

#include "tests/support/testdata.h"
#include "ui/connectionbar.h"
#include "ui/mainwindow.h"
#include "ui/taskrunner.h"
#include "ui/verifypanel.h"

#include <QElapsedTimer>
#include <QSettings>
#include <QStandardPaths>
#include <QTest>

using namespace chainscope;
using namespace chainscope::ui;

class TestHungRegistry : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("chainscope-test"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_hungregistry"));
        QSettings().clear();
    }
    void cleanupTestCase() { QSettings().clear(); }

    void selectionChangesDoNotWaitForHungTasks();
};

void TestHungRegistry::selectionChangesDoNotWaitForHungTasks()
{
    FakeRegistry registry;
    QVERIFY(registry.isListening());
    const QByteArray config = R"({"architecture":"amd64","os":"linux"})";
    const QString configDigest = registry.addBlob("team/app", config);
    const QByteArray manifest
        = QStringLiteral(R"({"schemaVersion":2,"mediaType":)"
                         R"("application/vnd.oci.image.manifest.v1+json","config":)"
                         R"({"mediaType":"application/vnd.oci.image.config.v1+json",)"
                         R"("digest":"%1","size":%2},"layers":[]})")
              .arg(configDigest)
              .arg(config.size())
              .toUtf8();
    const QByteArray type = "application/vnd.oci.image.manifest.v1+json";
    for (const QString &tag : {QStringLiteral("1"), QStringLiteral("2"), QStringLiteral("3")})
        registry.addManifest("team/app", manifest, type, tag);

    MainWindow window;
    window.show();
    ConnectionSettings settings;
    settings.url = registry.baseUrl();
    window.connectionBar()->setSettings(settings);
    window.verifyPanel()->setKeyFile(test::dataPath("cosign/release-cosign.pub"));
    window.showTab(MainWindow::Tab::Verify);
    window.connectToRegistry();
    QTRY_VERIFY2_WITH_TIMEOUT(window.connectGeneration() > 0,
                              qPrintable(window.statusText() + QLatin1Char(' ')
                                         + window.taskRunner()->currentLabel()),
                              20000);
    QCOMPARE(window.connectedHost(), registry.host());

    // While the registry still answers: list the tags and check one image.
    window.selectImage("team/app", "1");
    QTRY_VERIFY_WITH_TIMEOUT(window.verifyGeneration() > 0, 20000);
    QTRY_VERIFY_WITH_TIMEOUT(!window.taskRunner()->isBusy(), 20000);

    // From now on it accepts connections and never answers.
    registry.setOverride([](const FakeRequest &) -> std::optional<FakeResponse> {
        FakeResponse stalled;
        stalled.stall = true;
        return stalled;
    });

    // Click through the tags, faster than any timeout, more often than the
    // machine has cores: each click starts a load, a lineage and a verify
    // that hang. Each click must come back well before a registry timeout
    // (30 s); 5 s is only there for a slow, loaded machine.
    const QStringList clicks{"2", "3", "1", "2", "3", "1", "2"};
    for (const QString &tag : clicks) {
        QElapsedTimer timer;
        timer.start();
        window.selectImage("team/app", tag);
        QCoreApplication::processEvents();
        QVERIFY2(timer.elapsed() < 5000,
                 qPrintable(QStringLiteral("selecting %1 blocked the GUI for %2 ms")
                                .arg(tag)
                                .arg(timer.elapsed())));
        QCOMPARE(window.currentImage().tag(), tag);
        QTest::qWait(50); // let the workers reach the silent registry
    }

    // Cancel returns at once too, and the window is idle soon after.
    QElapsedTimer timer;
    timer.start();
    window.taskRunner()->cancelAll();
    QCoreApplication::processEvents();
    QVERIFY2(timer.elapsed() < 5000, qPrintable(QString::number(timer.elapsed())));
    QTRY_VERIFY_WITH_TIMEOUT(!window.taskRunner()->isBusy(), 5000);
}

QTEST_MAIN(TestHungRegistry)
#include "tst_hungregistry.moc"
