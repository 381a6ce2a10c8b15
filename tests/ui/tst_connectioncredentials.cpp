// The connect bar and the credential chain: which source gave the
// credential is shown (never the secret), and "Remember password in the
// system keychain" (off by default) stores a password only after it worked.
//
// The registry is the in-process FakeRegistry of tests/core/registry (Basic
// auth on a loopback port). The Docker config is a temporary file named by
// $DOCKER_CONFIG. There is deliberately no D-Bus session bus here, so the
// "no keychain service" path is what the window meets: the password is kept
// for this session only. The keychain itself is tested for real in
// tst_keychainstore (GNOME Keyring in a private D-Bus session).

#include "fakeregistry.h"

#include "ui/connectionbar.h"
#include "ui/mainwindow.h"

#include <QCheckBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace chainscope;
using namespace chainscope::ui;

namespace {

const QString kPassword = QStringLiteral("pa:ss-%1-secret").arg(0x77);

QByteArray basicHeader(const QString &user, const QString &password)
{
    return "Basic " + (user + QLatin1Char(':') + password).toUtf8().toBase64();
}

} // namespace

class TestConnectionCredentials : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void barDefaults();
    void dockerConfigIsNamed();
    void typedPasswordRememberedForTheSession();
    void refusedPasswordIsNotRemembered();
    void unprovenPasswordIsNotRemembered_data();
    void unprovenPasswordIsNotRemembered();
    void failingHelperIsShown();

private:
    void writeDockerConfig(const QByteArray &json);
    void connectTo(MainWindow &window, const QString &url, const QString &user = {},
                   const QString &password = {}, bool remember = false);

    QTemporaryDir m_dir;
};

void TestConnectionCredentials::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    qputenv("DOCKER_CONFIG", m_dir.filePath(QStringLiteral("docker")).toLocal8Bit());
    qputenv("REGISTRY_AUTH_FILE", m_dir.filePath(QStringLiteral("no-auth.json")).toLocal8Bit());
    // No keychain service: no session bus, and no display to autolaunch one.
    qputenv("DBUS_SESSION_BUS_ADDRESS",
            ("unix:path=" + m_dir.filePath(QStringLiteral("no-bus"))).toLocal8Bit());
    qunsetenv("DISPLAY");
    QVERIFY(QDir().mkpath(m_dir.filePath(QStringLiteral("docker"))));
}

void TestConnectionCredentials::init()
{
    writeDockerConfig("{}");
}

void TestConnectionCredentials::writeDockerConfig(const QByteArray &json)
{
    QFile file(m_dir.filePath(QStringLiteral("docker/config.json")));
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(json);
}

void TestConnectionCredentials::connectTo(MainWindow &window, const QString &url,
                                          const QString &user, const QString &password,
                                          bool remember)
{
    ConnectionSettings settings;
    settings.url = url;
    settings.username = user;
    settings.password = password;
    settings.rememberPassword = remember;
    window.connectionBar()->setSettings(settings);
    const int before = window.connectGeneration();
    window.connectToRegistry();
    QTRY_VERIFY_WITH_TIMEOUT(window.connectGeneration() > before, 20000);
}

void TestConnectionCredentials::barDefaults()
{
    ConnectionBar bar;
    auto *remember = bar.findChild<QCheckBox *>(QStringLiteral("connectRemember"));
    QVERIFY(remember);
    QCOMPARE(remember->text(), ConnectionBar::tr("Remember password in the system keychain"));
    QVERIFY(!remember->isChecked());
    QVERIFY(!bar.settings().rememberPassword);
    remember->setChecked(true);
    QVERIFY(bar.settings().rememberPassword);

    auto *source = bar.findChild<QLabel *>(QStringLiteral("connectCredentialSource"));
    QVERIFY(source);
    QVERIFY(source->isHidden());
    bar.setCredentialSource(QStringLiteral("Credentials: system keychain"));
    QVERIFY(!source->isHidden());
    QCOMPARE(bar.credentialSourceText(), QStringLiteral("Credentials: system keychain"));
}

void TestConnectionCredentials::dockerConfigIsNamed()
{
    FakeRegistry registry;
    registry.setAuth(FakeRegistry::Auth::Basic, QStringLiteral("alice"), kPassword);
    registry.addBlob(QStringLiteral("team/app"), "layer");
    writeDockerConfig(R"({"auths": {")" + registry.host().toUtf8() + R"(": {"auth": ")"
                      + QByteArray("alice:").append(kPassword.toUtf8()).toBase64() + "\"}}}");

    MainWindow window;
    connectTo(window, registry.baseUrl());
    const QString status = window.connectionBar()->statusText();
    QVERIFY2(status.contains(QLatin1String("Connected to")), qPrintable(status));
    const QString source = window.connectionBar()->credentialSourceText();
    QVERIFY2(source.contains(QLatin1String("docker/config.json auths")), qPrintable(source));
    QVERIFY(!source.contains(kPassword));
    QVERIFY(!status.contains(kPassword));
    bool sent = false;
    for (const FakeRequest &request : registry.requests)
        sent = sent || request.header("authorization") == basicHeader("alice", kPassword);
    QVERIFY(sent);
}

void TestConnectionCredentials::typedPasswordRememberedForTheSession()
{
    FakeRegistry registry;
    registry.setAuth(FakeRegistry::Auth::Basic, QStringLiteral("bob"), kPassword);
    registry.addBlob(QStringLiteral("team/app"), "layer");

    MainWindow window;
    connectTo(window, registry.baseUrl(), QStringLiteral("bob"), kPassword, true);
    QVERIFY(window.connectionBar()->statusText().contains(QLatin1String("Connected to")));
    QString source = window.connectionBar()->credentialSourceText();
    QVERIFY2(source.contains(QLatin1String("typed in the connect bar")), qPrintable(source));
    QVERIFY2(source.contains(QLatin1String("no D-Bus session bus")), qPrintable(source));
    QVERIFY(source.contains(QLatin1String("kept for this session only, never in a file")));
    QVERIFY(!source.contains(kPassword));

    // Nothing typed now: the session memory answers, and says so.
    MainWindow second;
    connectTo(second, registry.baseUrl());
    QVERIFY2(second.connectionBar()->statusText().contains(QLatin1String("Connected to")),
             qPrintable(second.connectionBar()->statusText()));
    source = second.connectionBar()->credentialSourceText();
    QVERIFY2(source.contains(QLatin1String("remembered for this session")), qPrintable(source));
    QVERIFY(ConnectionSettings::keychain().remove(registry.host()).ok());
}

void TestConnectionCredentials::refusedPasswordIsNotRemembered()
{
    FakeRegistry registry;
    registry.setAuth(FakeRegistry::Auth::Basic, QStringLiteral("carol"), kPassword);
    registry.addBlob(QStringLiteral("team/app"), "layer");

    MainWindow window;
    connectTo(window, registry.baseUrl(), QStringLiteral("carol"), QStringLiteral("wrong"), true);
    QVERIFY(window.connectionBar()->statusText().contains(QLatin1String("Could not connect")));
    QVERIFY(!window.connectionBar()->credentialSourceText().contains(QLatin1String("session")));

    connectTo(window, registry.baseUrl());
    QVERIFY(window.connectionBar()->statusText().contains(QLatin1String("Could not connect")));
    const QString source = window.connectionBar()->credentialSourceText();
    QVERIFY2(source.contains(QLatin1String("No stored credentials")), qPrintable(source));
}

void TestConnectionCredentials::unprovenPasswordIsNotRemembered_data()
{
    QTest::addColumn<bool>("listening");
    // Nothing answers on the port: a network error is no proof of the password.
    QTest::newRow("registry not running") << false;
    // The registry lets everyone in: the password was never checked.
    QTest::newRow("anonymous registry") << true;
}

void TestConnectionCredentials::unprovenPasswordIsNotRemembered()
{
    QFETCH(bool, listening);
    auto registry = std::make_unique<FakeRegistry>();
    registry->addBlob(QStringLiteral("team/app"), "layer");
    const QString url = registry->baseUrl();
    const QString host = registry->host();
    if (!listening)
        registry.reset(); // the port is closed now

    MainWindow window;
    connectTo(window, url, QStringLiteral("dave"), kPassword, true);
    QVERIFY2(window.connectionBar()->statusText().contains(
                 listening ? QLatin1String("Connected to") : QLatin1String("Could not connect")),
             qPrintable(window.connectionBar()->statusText()));
    QVERIFY2(!window.connectionBar()->credentialSourceText().contains(QLatin1String("session")),
             qPrintable(window.connectionBar()->credentialSourceText()));

    MainWindow second;
    connectTo(second, url);
    const QString source = second.connectionBar()->credentialSourceText();
    // Leave no state for the next row (there is none unless the fix regressed).
    const auto removed = ConnectionSettings::keychain().remove(host);
    Q_UNUSED(removed);
    QVERIFY2(source.contains(QLatin1String("No stored credentials")), qPrintable(source));
}

void TestConnectionCredentials::failingHelperIsShown()
{
    FakeRegistry registry;
    writeDockerConfig(R"({"credHelpers": {")" + registry.host().toUtf8()
                      + R"(": "chainscope-none"}})");
    MainWindow window;
    connectTo(window, registry.baseUrl());
    const QString status = window.connectionBar()->statusText();
    QVERIFY2(status.contains(QLatin1String("docker-credential-chainscope-none")),
             qPrintable(status));
    QVERIFY(registry.requests.isEmpty()); // no anonymous attempt behind the user's back
}

QTEST_MAIN(TestConnectionCredentials)
#include "tst_connectioncredentials.moc"
