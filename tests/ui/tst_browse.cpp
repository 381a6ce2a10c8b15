// Browsing without the lab: the window over an in-memory registry (the same
// ContentSource interface the registry client implements), a real registry
// client against a loopback port where nothing listens, and two fakes for
// what the lab cannot produce on demand (a password rejection on every call,
// a registry that stalls until cancelled).

#include "uitestsource.h"

#include "ui/connectionbar.h"
#include "ui/imageview.h"
#include "ui/jsonview.h"
#include "ui/lineageview.h"
#include "ui/mainwindow.h"
#include "ui/repositorymodel.h"
#include "ui/taskrunner.h"

#include <QLineEdit>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTcpServer>
#include <QTest>
#include <QTreeView>

using namespace chainscope;
using namespace chainscope::ui;

namespace {

SourceFactory memoryFactory()
{
    const registry::MemorySource source = uitest::seedLikeSource();
    return [source](const std::atomic_bool &) {
        return std::unique_ptr<registry::ContentSource>(
            std::make_unique<registry::MemorySource>(source));
    };
}

void connectWindow(MainWindow &window, const QString &password = {})
{
    ConnectionSettings settings;
    settings.url = QStringLiteral("memory.invalid");
    settings.username = QStringLiteral("lab");
    settings.password = password;
    window.connectionBar()->setSettings(settings);
    const int before = window.connectGeneration();
    window.connectToRegistry();
    QTRY_VERIFY(window.connectGeneration() > before);
}

QStringList visibleRows(const QSortFilterProxyModel *proxy, const QModelIndex &parent = {})
{
    QStringList rows;
    for (int row = 0; row < proxy->rowCount(parent); ++row) {
        const QModelIndex index = proxy->index(row, 0, parent);
        rows << index.data().toString();
        for (const QString &child : visibleRows(proxy, index))
            rows << index.data().toString() + QLatin1Char('/') + child;
    }
    return rows;
}

} // namespace

class tst_Browse : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void repositoriesThenTagsLazily();
    void filterMatchesRepositoriesAndTags();
    void imageOverviewAndRaw();
    void indexShowsPlatforms();
    void lineageFromMemory();
    void rejectedPasswordKeepsWhatWasTyped();
    void stoppedRegistryIsReported();
    void cancelStopsAStalledRegistry();
};

void tst_Browse::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void tst_Browse::repositoriesThenTagsLazily()
{
    MainWindow window;
    window.setSourceFactoryOverride(memoryFactory());
    connectWindow(window);
    RepositoryModel *model = window.repositoryModel();
    QCOMPARE(model->repositories(),
             QStringList({QStringLiteral("ztsc/quarkus-base-image"),
                          QStringLiteral("ztsc/quarkus-hello-service")}));
    QVERIFY(window.connectionBar()->statusText().contains(QLatin1String("memory.invalid")));

    // Not loaded until expanded: one placeholder row.
    const QModelIndex service =
        model->repositoryIndex(QStringLiteral("ztsc/quarkus-hello-service"));
    QCOMPARE(model->rowCount(service), 1);
    QCOMPARE(service.model()->index(0, 0, service).data(RepositoryModel::KindRole).toInt(),
             int(RepositoryModel::PlaceholderKind));

    window.repositoryTree()->expand(window.repositoryProxy()->mapFromSource(service));
    QTRY_COMPARE(service.data(RepositoryModel::TagsStateRole).toInt(),
                 int(RepositoryModel::TagsLoaded));
    QCOMPARE(model->rowCount(service), 3);
    QVERIFY(model->tagIndex(QStringLiteral("ztsc/quarkus-hello-service"), QStringLiteral("1.0"))
                .isValid());
    // The other repository is still untouched.
    const QModelIndex base = model->repositoryIndex(QStringLiteral("ztsc/quarkus-base-image"));
    QCOMPARE(base.data(RepositoryModel::TagsStateRole).toInt(),
             int(RepositoryModel::TagsNotLoaded));
}

void tst_Browse::filterMatchesRepositoriesAndTags()
{
    MainWindow window;
    window.setSourceFactoryOverride(memoryFactory());
    connectWindow(window);
    window.selectImage(QStringLiteral("ztsc/quarkus-hello-service"), QStringLiteral("1.0"));
    QTRY_VERIFY(window.currentImage().isValid());

    QSortFilterProxyModel *proxy = window.repositoryProxy();
    window.filterEdit()->setText(QStringLiteral("HELLO"));
    QCOMPARE(visibleRows(proxy),
             QStringList({QStringLiteral("ztsc/quarkus-hello-service"),
                          QStringLiteral("ztsc/quarkus-hello-service/1.0"),
                          QStringLiteral("ztsc/quarkus-hello-service/latest"),
                          QStringLiteral("ztsc/quarkus-hello-service/multi")}));

    // A tag name keeps its repository visible (recursive filtering).
    window.filterEdit()->setText(QStringLiteral("latest"));
    QCOMPARE(visibleRows(proxy),
             QStringList({QStringLiteral("ztsc/quarkus-hello-service"),
                          QStringLiteral("ztsc/quarkus-hello-service/latest")}));

    window.filterEdit()->setText(QStringLiteral("nothing-like-this"));
    QCOMPARE(proxy->rowCount(), 0);
    window.filterEdit()->clear();
    QCOMPARE(proxy->rowCount(), 2);
}

void tst_Browse::imageOverviewAndRaw()
{
    MainWindow window;
    window.setSourceFactoryOverride(memoryFactory());
    connectWindow(window);
    const int before = window.imageGeneration();
    window.selectImage(QStringLiteral("ztsc/quarkus-hello-service"), QStringLiteral("1.0"));
    QTRY_VERIFY(window.imageGeneration() > before);

    QCOMPARE(window.currentImage().toString(),
             QStringLiteral("memory.invalid/ztsc/quarkus-hello-service:1.0"));
    ImageView *overview = window.imageView();
    QCOMPARE(overview->field(QStringLiteral("user")), QStringLiteral("1001"));
    QCOMPARE(overview->field(QStringLiteral("ports")), QStringLiteral("8080/tcp"));
    QCOMPARE(overview->field(QStringLiteral("entrypoint")),
             QStringLiteral("/deployments/run-java.sh"));
    const QByteArray raw = uitest::serviceManifest();
    QCOMPARE(overview->field(QStringLiteral("digest")),
             reference::Digest::sha256Of(raw).toString());
    QCOMPARE(overview->table(QStringLiteral("layers"))->rowCount(), 2);
    QCOMPARE(overview->table(QStringLiteral("labels"))->item(0, 0)->text(),
             QStringLiteral("base.image"));
    QCOMPARE(overview->table(QStringLiteral("env"))->item(0, 0)->text(),
             QStringLiteral("JAVA_OPTIONS"));
    QCOMPARE(overview->table(QStringLiteral("history"))->rowCount(), 1);
    QCOMPARE(overview->table(QStringLiteral("annotations"))->rowCount(), 2);

    JsonView *rawView = window.jsonView();
    QCOMPARE(rawView->documentCount(), 2); // manifest and config
    rawView->showDocument(0);
    rawView->setExactBytes(false);
    const QString pretty = rawView->text();
    QVERIFY(pretty.contains(QLatin1Char('\n')));
    // Order as sent (schemaVersion first), not sorted as QJsonDocument would.
    QVERIFY(pretty.indexOf(QLatin1String("schemaVersion"))
            < pretty.indexOf(QLatin1String("mediaType")));
    rawView->setExactBytes(true);
    QCOMPARE(rawView->text().toUtf8(), raw);
}

void tst_Browse::indexShowsPlatforms()
{
    MainWindow window;
    window.setSourceFactoryOverride(memoryFactory());
    connectWindow(window);
    const int before = window.imageGeneration();
    window.selectImage(QStringLiteral("ztsc/quarkus-hello-service"), QStringLiteral("multi"));
    QTRY_VERIFY(window.imageGeneration() > before);

    ImageView *overview = window.imageView();
    QVERIFY2(overview->field(QStringLiteral("mediaType")).contains(QLatin1String("index")),
             qPrintable(overview->field(QStringLiteral("mediaType"))));
    QTableWidget *platforms = overview->table(QStringLiteral("platforms"));
    QCOMPARE(platforms->rowCount(), 2);
    QCOMPARE(platforms->item(0, 0)->text(), QStringLiteral("linux/arm64/v8"));
    QCOMPARE(platforms->item(1, 0)->text(), QStringLiteral("linux/amd64"));
    // The linux/amd64 entry is the one shown, though it is listed second.
    QCOMPARE(overview->field(QStringLiteral("user")), QStringLiteral("1001"));
    QCOMPARE(window.jsonView()->documentCount(), 3); // index, platform manifest, config
}

void tst_Browse::lineageFromMemory()
{
    MainWindow window;
    window.setSourceFactoryOverride(memoryFactory());
    connectWindow(window);
    const int before = window.lineageGeneration();
    window.selectImage(QStringLiteral("ztsc/quarkus-hello-service"), QStringLiteral("1.0"));
    QTRY_VERIFY(window.lineageGeneration() > before);

    const LineageDisplay &lineage = window.lineageView()->lineage();
    QCOMPARE(lineage.hops.size(), 2);
    QCOMPARE(lineage.hops.at(1).reference,
             QStringLiteral("memory.invalid/ztsc/quarkus-base-image:1.0"));
    QStringList kinds;
    for (const LineageEvidence &evidence : lineage.hops.at(1).evidence) {
        if (evidence.verdict == Status::Pass)
            kinds << evidence.kind;
    }
    QVERIFY2(kinds.size() >= 3, qPrintable(kinds.join(QLatin1String(", "))));
    // No key given: the badge says the signature was not checked.
    QCOMPARE(window.lineageView()->badgeText(0), LineageView::tr("Signature not checked"));
}

void tst_Browse::rejectedPasswordKeepsWhatWasTyped()
{
    MainWindow window;
    window.setSourceFactoryOverride(memoryFactory());
    connectWindow(window, QStringLiteral("right"));
    QCOMPARE(window.repositoryModel()->rowCount(), 2);

    window.setSourceFactoryOverride([](const std::atomic_bool &) {
        return std::unique_ptr<registry::ContentSource>(
            std::make_unique<uitest::RejectingSource>());
    });
    connectWindow(window, QStringLiteral("wrong"));
    const QString status = window.connectionBar()->statusText();
    QVERIFY2(status.contains(MainWindow::tr("The registry refused the user name or password.")),
             qPrintable(status));
    QVERIFY(window.statusText().contains(QLatin1String("memory.invalid")));
    QCOMPARE(window.connectionBar()->settings().password, QStringLiteral("wrong"));
    QCOMPARE(window.connectionBar()->settings().username, QStringLiteral("lab"));
    // What was listed before stays usable.
    QCOMPARE(window.repositoryModel()->rowCount(), 2);
    QVERIFY(!window.taskRunner()->isBusy());
}

void tst_Browse::stoppedRegistryIsReported()
{
    // A real client against a loopback port where nothing listens: the port
    // was free a moment ago and its server is closed.
    QTcpServer server;
    QVERIFY(server.listen(QHostAddress::LocalHost));
    const quint16 port = server.serverPort();
    server.close();

    MainWindow window;
    ConnectionSettings settings;
    settings.url = QStringLiteral("http://127.0.0.1:%1").arg(port);
    settings.username = QStringLiteral("lab");
    settings.password = QStringLiteral("secret");
    window.connectionBar()->setSettings(settings);
    const int before = window.connectGeneration();
    window.connectToRegistry();
    QTRY_VERIFY_WITH_TIMEOUT(window.connectGeneration() > before, 30000);
    const QString status = window.connectionBar()->statusText();
    QVERIFY2(status.contains(MainWindow::tr("Could not reach the registry. Is it running, and is "
                                            "the address right?")),
             qPrintable(status));
    QCOMPARE(window.connectionBar()->settings().password, QStringLiteral("secret"));
}

void tst_Browse::cancelStopsAStalledRegistry()
{
    MainWindow window;
    window.setSourceFactoryOverride([](const std::atomic_bool &cancel) {
        return std::unique_ptr<registry::ContentSource>(
            std::make_unique<uitest::StallingSource>(cancel));
    });
    ConnectionSettings settings;
    settings.url = QStringLiteral("memory.invalid");
    window.connectionBar()->setSettings(settings);
    window.show();
    const int before = window.connectGeneration();
    window.connectToRegistry();
    QVERIFY(window.taskRunner()->isBusy());
    auto *cancel = window.findChild<QPushButton *>(QStringLiteral("cancelButton"));
    QVERIFY(cancel);
    QTRY_VERIFY(cancel->isVisible());
    QTest::mouseClick(cancel, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(window.connectGeneration() > before, 5000);
    QVERIFY(window.connectionBar()->statusText().contains(MainWindow::tr("Cancelled.")));
    QVERIFY(!window.taskRunner()->isBusy());
    QVERIFY(!cancel->isVisible());
}

QTEST_MAIN(tst_Browse)
#include "tst_browse.moc"
