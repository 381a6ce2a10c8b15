// The "Open repository…" fallback for registries that refuse the catalog,
// and the per-registry memory of opened repositories (QSettings in
// QStandardPaths' test locations, so the user's settings are untouched).

#include "ui/recentrepositories.h"
#include "ui/repositoryopener.h"

#include <QApplication>
#include <QDir>
#include <QLineEdit>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

using namespace chainscope::ui;

class TestRepositoryOpener : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("chainscope-test"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_repositoryopener"));
    }
    void init() { QSettings().clear(); }
    void cleanupTestCase() { QSettings().clear(); }

    void settingsStayInTestLocations()
    {
        const QString file = QSettings().fileName();
        QVERIFY2(file.contains(QStringLiteral("qttest")), qPrintable(file));
    }

    void rememberedPerRegistryMostRecentFirst()
    {
        QCOMPARE(RecentRepositories::list("ghcr.io"), QStringList());
        RecentRepositories::remember("ghcr.io", "org/app");
        RecentRepositories::remember("ghcr.io", "org/tool");
        RecentRepositories::remember("quay.io", "team/db");
        RecentRepositories::remember("ghcr.io", "org/app");
        QCOMPARE(RecentRepositories::list("ghcr.io"), (QStringList{"org/app", "org/tool"}));
        QCOMPARE(RecentRepositories::list("quay.io"), QStringList{"team/db"});
        // Written through: another QSettings (the next start) reads the same.
        QSettings settings;
        settings.sync();
        QCOMPARE(RecentRepositories::list("127.0.0.1:5000"), QStringList());
        RecentRepositories::forget("ghcr.io", "org/app");
        QCOMPARE(RecentRepositories::list("ghcr.io"), QStringList{"org/tool"});
    }

    void hostsAreNormalised()
    {
        RecentRepositories::remember("https://index.docker.io/v1/", "library/nginx");
        QCOMPARE(RecentRepositories::list("docker.io"), QStringList{"library/nginx"});
        QCOMPARE(RecentRepositories::list("registry-1.docker.io"), QStringList{"library/nginx"});
        // Ports and slashes in the host do not clash with QSettings groups.
        RecentRepositories::remember("127.0.0.1:5000", "a/b");
        RecentRepositories::remember("127.0.0.1:5001", "c/d");
        QCOMPARE(RecentRepositories::list("127.0.0.1:5000"), QStringList{"a/b"});
        QCOMPARE(RecentRepositories::list("127.0.0.1:5001"), QStringList{"c/d"});
    }

    void listIsCapped()
    {
        for (int i = 0; i < RecentRepositories::MaxPerRegistry + 5; ++i)
            RecentRepositories::remember("quay.io", QStringLiteral("team/r%1").arg(i));
        const QStringList list = RecentRepositories::list("quay.io");
        QCOMPARE(list.size(), RecentRepositories::MaxPerRegistry);
        QCOMPARE(list.first(),
                 QStringLiteral("team/r%1").arg(RecentRepositories::MaxPerRegistry + 4));
    }

    void names_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<bool>("valid");
        QTest::newRow("one component") << "nginx" << true;
        QTest::newRow("two components") << "library/nginx" << true;
        QTest::newRow("separators") << "my-org/app_1.two__x" << true;
        QTest::newRow("upper case") << "Team/App" << false;
        QTest::newRow("empty") << "" << false;
        QTest::newRow("tag given") << "team/app:1.0" << false;
        QTest::newRow("leading slash") << "/team" << false;
        QTest::newRow("double slash") << "team//app" << false;
        QTest::newRow("trailing separator") << "team-" << false;
        QTest::newRow("space") << "team app" << false;
    }

    void names()
    {
        QFETCH(QString, name);
        QFETCH(bool, valid);
        QCOMPARE(RecentRepositories::isValidName(name), valid);
    }

    void openerSaysWhyAndOpensByName()
    {
        RecentRepositories::remember("ghcr.io", "org/old");
        RepositoryOpener opener;
        QSignalSpy opened(&opener, &RepositoryOpener::openRequested);
        QVERIFY(opener.isHidden());
        opener.showRefused("ghcr.io", "HTTP 401");
        QVERIFY(!opener.isHidden());
        QVERIFY(opener.messageText().contains("ghcr.io"));
        QVERIFY(opener.messageText().contains("HTTP 401"));
        QCOMPARE(opener.suggestions(), QStringList{"org/old"});

        QTest::keyClicks(opener.nameEdit(), "Org/App");
        QTest::keyClick(opener.nameEdit(), Qt::Key_Return);
        QCOMPARE(opened.count(), 0);
        QVERIFY(opener.errorText().contains("Org/App"));

        opener.nameEdit()->clear();
        QTest::keyClicks(opener.nameEdit(), "org/app");
        QTest::keyClick(opener.nameEdit(), Qt::Key_Return);
        QCOMPARE(opened.count(), 1);
        QCOMPARE(opened.first().first().toString(), QStringLiteral("org/app"));
        QVERIFY(opener.errorText().isEmpty());
        QCOMPARE(RecentRepositories::list("ghcr.io"), (QStringList{"org/app", "org/old"}));
        QCOMPARE(opener.suggestions(), (QStringList{"org/app", "org/old"}));

        // Another registry has its own memory.
        opener.showRefused("quay.io", "HTTP 403");
        QCOMPARE(opener.suggestions(), QStringList());
        opener.clear();
        QVERIFY(opener.isHidden());
    }
};

QTEST_MAIN(TestRepositoryOpener)
#include "tst_repositoryopener.moc"
