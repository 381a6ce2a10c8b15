// The window on registries that refuse the catalog (the in-process
// FakeRegistry of tests/core/registry answering 401/403/404 on /v2/_catalog
// only, as Docker Hub, GHCR and Quay do) and on local images (OCI layout
// folders and archives of tests/data), offscreen.

#include "fakeregistry.h"

#include "tests/support/seedpolicy.h"
#include "tests/support/testdata.h"
#include "tests/support/testsigner.h"
#include "ui/connectionbar.h"
#include "ui/mainwindow.h"
#include "ui/policypanel.h"
#include "ui/recentrepositories.h"
#include "ui/repositorymodel.h"
#include "ui/repositoryopener.h"
#include "ui/taskrunner.h"

#include <QLineEdit>
#include <QMenu>
#include <QToolButton>
#include <QProcess>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <atomic>
#include <memory>

using namespace chainscope;
using namespace chainscope::ui;

namespace {

void connectTo(MainWindow &window, const QString &url)
{
    ConnectionSettings settings;
    settings.url = url;
    window.connectionBar()->setSettings(settings);
    const int before = window.connectGeneration();
    window.connectToRegistry();
    QTRY_VERIFY_WITH_TIMEOUT(window.connectGeneration() > before, 20000);
}

void openLocal(MainWindow &window, const QString &path)
{
    const int before = window.connectGeneration();
    window.openLocalImage(path);
    QTRY_VERIFY_WITH_TIMEOUT(window.connectGeneration() > before, 20000);
}

QStringList tagsOf(RepositoryModel *model, const QString &repository)
{
    QStringList tags;
    const QModelIndex parent = model->repositoryIndex(repository);
    for (int row = 0; row < model->rowCount(parent); ++row) {
        const QModelIndex index = model->index(row, 0, parent);
        if (index.data(RepositoryModel::KindRole).toInt() == RepositoryModel::TagKind)
            tags << index.data(RepositoryModel::TagRole).toString();
    }
    return tags;
}

// Fake: a registry that answers only when the test opens the gate, so the
// order in which completions reach the window is the test's choice. No real
// server can be told to answer exactly after another request finished.
class GatedSource final : public registry::ContentSource
{
public:
    GatedSource(std::shared_ptr<std::atomic_bool> gate, bool gateRepositories)
        : m_gate(std::move(gate))
        , m_gateRepositories(gateRepositories)
    {
    }
    QString host() const override { return QStringLiteral("gated.invalid"); }
    Result<registry::FetchedManifest> manifest(const QString &, const QString &) override
    {
        return Error(ErrorKind::NotFound, QStringLiteral("no manifests here"));
    }
    Result<QByteArray> blob(const QString &, const reference::Digest &, qint64) override
    {
        return Error(ErrorKind::NotFound, QStringLiteral("no blobs here"));
    }
    Result<QStringList> tags(const QString &) override
    {
        wait();
        return QStringList{QStringLiteral("stale-tag")};
    }
    Result<QStringList> repositories() override
    {
        if (m_gateRepositories)
            wait();
        return QStringList{QStringLiteral("testrepo"), QStringLiteral("stale/repo")};
    }

private:
    void wait() const
    {
        for (int i = 0; i < 2000 && !m_gate->load(); ++i)
            QThread::msleep(10);
    }
    std::shared_ptr<std::atomic_bool> m_gate;
    bool m_gateRepositories;
};

SourceFactory gatedFactory(const std::shared_ptr<std::atomic_bool> &gate, bool gateRepositories)
{
    return [gate, gateRepositories](const std::atomic_bool &) {
        return std::unique_ptr<registry::ContentSource>(new GatedSource(gate, gateRepositories));
    };
}

} // namespace

class TestLocalBrowse : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("chainscope-test"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_localbrowse"));
    }
    void init() { QSettings().clear(); }
    void cleanupTestCase() { QSettings().clear(); }

    void catalogRefused_data()
    {
        QTest::addColumn<int>("status");
        QTest::newRow("401 like Docker Hub") << 401;
        QTest::newRow("403") << 403;
        QTest::newRow("404 (no catalog at all)") << 404;
    }

    void catalogRefused()
    {
        QFETCH(int, status);
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
        registry.addManifest("team/app", manifest, "application/vnd.oci.image.manifest.v1+json",
                             "1.0");
        registry.setOverride([status](const FakeRequest &request) -> std::optional<FakeResponse> {
            if (request.path() != QLatin1String("/v2/_catalog"))
                return std::nullopt;
            FakeResponse response;
            response.status = status;
            response.body = R"({"errors":[{"code":"DENIED","message":"catalog disabled"}]})";
            response.header("Content-Type", "application/json");
            // Anonymous /v2/ works; the catalog alone asks for credentials.
            if (status == 401)
                response.header("WWW-Authenticate", R"(Basic realm="catalog")");
            return response;
        });
        RecentRepositories::remember(registry.host(), "team/old");

        MainWindow window;
        connectTo(window, registry.baseUrl());
        RepositoryOpener *opener = window.repositoryOpener();
        QVERIFY2(!opener->isHidden(), qPrintable(window.connectionBar()->statusText()));
        QVERIFY2(opener->messageText().contains(registry.host()),
                 qPrintable(opener->messageText()));
        QVERIFY2(opener->messageText().contains(QString::number(status)),
                 qPrintable(opener->messageText()));
        QCOMPARE(window.connectedHost(), registry.host());
        // The remembered repositories stand in for the catalog.
        QCOMPARE(window.repositoryModel()->repositories(), QStringList{"team/old"});
        QVERIFY(window.statusText().contains("open one by name"));

        QTest::keyClicks(opener->nameEdit(), "team/app");
        QTest::keyClick(opener->nameEdit(), Qt::Key_Return);
        QCOMPARE(window.repositoryModel()->repositories(), (QStringList{"team/old", "team/app"}));
        QTRY_COMPARE_WITH_TIMEOUT(tagsOf(window.repositoryModel(), "team/app"), QStringList{"1.0"},
                                  20000);
        QCOMPARE(RecentRepositories::list(registry.host()), (QStringList{"team/app", "team/old"}));

        // The next window on the same registry offers both.
        MainWindow next;
        connectTo(next, registry.baseUrl());
        QCOMPARE(next.repositoryModel()->repositories(), (QStringList{"team/app", "team/old"}));
    }

    void wrongPasswordIsNotACatalogRefusal()
    {
        FakeRegistry registry;
        registry.setAuth(FakeRegistry::Auth::Basic, "alice", "right");
        MainWindow window;
        ConnectionSettings settings;
        settings.url = registry.baseUrl();
        settings.username = "alice";
        settings.password = "wrong";
        window.connectionBar()->setSettings(settings);
        const int before = window.connectGeneration();
        window.connectToRegistry();
        QTRY_VERIFY_WITH_TIMEOUT(window.connectGeneration() > before, 20000);
        QVERIFY(window.repositoryOpener()->isHidden());
        QVERIFY(window.connectionBar()->statusText().contains("Could not connect"));
    }

    void catalogListedHidesTheOpener()
    {
        FakeRegistry registry;
        registry.addBlob("team/app", "{}");
        MainWindow window;
        connectTo(window, registry.baseUrl());
        QVERIFY(window.repositoryOpener()->isHidden());
        QCOMPARE(window.repositoryModel()->repositories(), QStringList{"team/app"});
    }

    void localLayoutFolder()
    {
        MainWindow window;
        openLocal(window, test::dataPath("regclient/testrepo"));
        QVERIFY2(window.localSource().startsWith("oci:/"), qPrintable(window.statusText()));
        QCOMPARE(window.repositoryModel()->repositories(), QStringList{"testrepo"});
        QVERIFY(window.repositoryOpener()->isHidden());

        const int before = window.imageGeneration();
        window.selectImage("testrepo", "v2");
        QTRY_VERIFY_WITH_TIMEOUT(window.imageGeneration() > before, 20000);
        QCOMPARE(window.currentImage().repository(), QStringLiteral("testrepo"));
        QCOMPARE(window.currentImage().tag(), QStringLiteral("v2"));
        QVERIFY2(window.statusText().startsWith("Showing"), qPrintable(window.statusText()));
        QVERIFY(tagsOf(window.repositoryModel(), "testrepo").contains("a-docker"));
    }

    void localArchive()
    {
        QTemporaryDir dir;
        const QString archive = dir.filePath("layout.tar");
        QVERIFY(QProcess::execute("tar", {"-cf", archive, "-C",
                                          test::dataPath("go-containerregistry/layout-testdata/"
                                                         "test_index"),
                                          "."})
                == 0);
        MainWindow window;
        openLocal(window, archive);
        QCOMPARE(window.localSource(), "oci-archive:" + archive);
        QCOMPARE(window.repositoryModel()->repositories(), QStringList{"layout"});
    }

    void openLocalIsOfferedTwice()
    {
        // The File menu and the connect bar's button offer the same two actions.
        MainWindow window;
        QToolButton *button = window.connectionBar()->openLocalButton();
        QVERIFY(!button->isHidden());
        QVERIFY(button->menu());
        QStringList names;
        for (QAction *action : button->menu()->actions())
            names << action->objectName();
        QCOMPARE(names, (QStringList{"openLocalFolderAction", "openLocalArchiveAction"}));
        QVERIFY(window.findChild<QAction *>("openLocalFolderAction"));
    }

    void staleConnectIsIgnored()
    {
        // Connect to a slow registry, then open a local image: the registry's
        // late answer must not replace the local image.
        auto gate = std::make_shared<std::atomic_bool>(false);
        MainWindow window;
        window.setSourceFactoryOverride(gatedFactory(gate, true));
        ConnectionSettings settings;
        settings.url = QStringLiteral("http://127.0.0.1:1");
        window.connectionBar()->setSettings(settings);
        window.connectToRegistry();
        openLocal(window, test::dataPath("regclient/testrepo"));
        QVERIFY2(window.localSource().startsWith("oci:/"), qPrintable(window.statusText()));

        const int before = window.connectGeneration();
        gate->store(true);
        QTRY_VERIFY_WITH_TIMEOUT(window.connectGeneration() > before, 20000);
        QVERIFY2(window.localSource().startsWith("oci:/"), qPrintable(window.statusText()));
        QCOMPARE(window.connectedHost(), QStringLiteral("local.invalid"));
        QCOMPARE(window.repositoryModel()->repositories(), QStringList{"testrepo"});
    }

    void staleTagsAreIgnored()
    {
        // Tags of a registry's "testrepo" still loading when a local image
        // with a repository of the same name is opened.
        auto gate = std::make_shared<std::atomic_bool>(false);
        MainWindow window;
        window.setSourceFactoryOverride(gatedFactory(gate, false));
        connectTo(window, QStringLiteral("http://127.0.0.1:1"));
        QVERIFY(window.repositoryModel()->repositories().contains("stale/repo"));
        window.selectImage("testrepo", "v2"); // lists the registry's tags: held at the gate
        QTRY_VERIFY(window.taskRunner()->isBusy());

        openLocal(window, test::dataPath("regclient/testrepo"));
        QTRY_VERIFY_WITH_TIMEOUT(tagsOf(window.repositoryModel(), "testrepo").contains("a-docker"),
                                 20000);
        gate->store(true);
        QTRY_VERIFY_WITH_TIMEOUT(!window.taskRunner()->isBusy(), 20000);
        QCoreApplication::processEvents();
        const QStringList tags = tagsOf(window.repositoryModel(), "testrepo");
        QVERIFY2(!tags.contains("stale-tag"), qPrintable(tags.join(',')));
        QVERIFY(tags.contains("a-docker"));
    }

    void policyOnLocalImage()
    {
        // The policy names the image as the tree shows it (local.invalid/...):
        // the evaluator must find the opened layout under that host.
        MainWindow window;
        openLocal(window, test::dataPath("regclient/testrepo"));
        test::TestSigner key;
        QVERIFY(key.isValid());
        const QString text
            = QStringLiteral("apiVersion: kyverno.io/v1\n"
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
                             "        - \"local.invalid/*\"\n"
                             "        failureAction: Enforce\n"
                             "        attestors:\n"
                             "        - entries:\n"
                             "          - keys:\n"
                             "              publicKeys: |-\n")
              + test::indented(key.publicKeyText(), 16)
              + QStringLiteral("\n              rekor:\n                ignoreTlog: true\n"
                               "              ctlog:\n                ignoreSCT: true\n");
        PolicyPanel *panel = window.policyPanel();
        QVERIFY(panel->newPolicy(text));
        const QString image = QStringLiteral("local.invalid/testrepo:v2");
        panel->setCandidateImages({image}, {image});
        const int before = panel->evaluationGeneration();
        panel->evaluate();
        QTRY_VERIFY_WITH_TIMEOUT(panel->evaluationGeneration() > before, 20000);

        const PolicyEvaluation &evaluation = panel->lastEvaluation();
        QVERIFY2(evaluation.evaluated, qPrintable(evaluation.headline + evaluation.reason));
        QVERIFY2(!evaluation.reason.contains(QLatin1String("no connection")),
                 qPrintable(evaluation.reason));
        // The layout's image is unsigned: a real check fails it (not an error).
        QCOMPARE(evaluation.trace.size(), 1);
        QCOMPARE(evaluation.trace.first().children.size(), 1);
        const PolicyTraceNode &rule = evaluation.trace.first().children.first();
        QCOMPARE(rule.status, Status::Fail);
        QVERIFY(!evaluation.admit);
    }

    void localErrorIsShown()
    {
        MainWindow window;
        QTemporaryDir dir;
        openLocal(window, dir.path()); // a folder, but no layout
        QVERIFY(window.statusText().contains("Could not open"));
        QVERIFY(window.statusText().contains("oci-layout"));
        QVERIFY(window.localSource().isEmpty());
    }
};

QTEST_MAIN(TestLocalBrowse)
#include "tst_localbrowse.moc"
