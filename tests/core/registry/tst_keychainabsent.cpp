// KeychainStore where no keychain service exists. Registered twice in CTest:
//   tst_keychainabsent_nobus      no D-Bus session bus at all (a server, ssh)
//   tst_keychainabsent_noservice  a session bus but no Secret Service or KWallet
//                                 (run-with-keychain.sh --bus-only)
// In both, the password must be kept for this session only and never reach a file.

#include "core/registry/credentialstore.h"
#include "core/registry/keychainstore.h"

#include <QDirIterator>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace chainscope;
using namespace chainscope::registry;

class TestKeychainAbsent : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void saysWhy();
    void keepsForTheSessionOnly();
    void chainReportsTheSession();

private:
    QString m_expected;
    QTemporaryDir m_home;
};

void TestKeychainAbsent::initTestCase()
{
    QVERIFY(m_home.isValid());
    // Anything QtKeychain or QSettings might write would land here.
    qputenv("HOME", m_home.path().toLocal8Bit());
    qputenv("XDG_CONFIG_HOME", m_home.filePath(QStringLiteral("config")).toLocal8Bit());
    qputenv("XDG_DATA_HOME", m_home.filePath(QStringLiteral("data")).toLocal8Bit());
    if (qEnvironmentVariable("CHAINSCOPE_KEYCHAIN_BUS_ONLY") == QLatin1String("1")) {
        QVERIFY(!qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"));
        m_expected = QStringLiteral("no system keychain: no Secret Service (GNOME Keyring) or "
                                    "KWallet runs on the session bus");
    } else {
        // No bus to find, and no X display to autolaunch one from.
        qputenv("DBUS_SESSION_BUS_ADDRESS",
                m_home.filePath(QStringLiteral("no-bus")).prepend(QStringLiteral("unix:path="))
                    .toLocal8Bit());
        qunsetenv("DISPLAY");
        m_expected = QStringLiteral("no system keychain: there is no D-Bus session bus");
    }
}

void TestKeychainAbsent::saysWhy()
{
    const KeychainStore store(QStringLiteral("Chainscope test"));
    const Result<void> available = store.checkAvailable();
    QVERIFY(!available.ok());
    QCOMPARE(available.error().kind(), ErrorKind::Unsupported);
    QCOMPARE(available.error().message(), m_expected);
    QCOMPARE(store.unavailableReason(), m_expected);
}

void TestKeychainAbsent::keepsForTheSessionOnly()
{
    const QString password = QStringLiteral("session-only:secret-%1").arg(0xbeef);
    const KeychainStore store(QStringLiteral("Chainscope test"));
    auto stored = store.store(QStringLiteral("quay.io"), Credentials{QStringLiteral("u"),
                                                                      password, {}});
    QVERIFY(stored.ok());
    QCOMPARE(*stored, CredentialSource::Session);

    // A copy shares the session memory (the UI hands copies to its tasks).
    const KeychainStore copy = store;
    auto found = copy.read(QStringLiteral("https://quay.io/"));
    QVERIFY(found.ok());
    QCOMPARE(found->source, CredentialSource::Session);
    QCOMPARE(found->credentials->password, password);
    QVERIFY(found->description.contains(QLatin1String("session")));

    // Another store (a new session) knows nothing.
    const KeychainStore fresh(QStringLiteral("Chainscope test"));
    QVERIFY(!fresh.read(QStringLiteral("quay.io"))->credentials.has_value());

    // Nothing was written to a file.
    QDirIterator files(m_home.path(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (files.hasNext()) {
        QFile file(files.next());
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY2(!file.readAll().contains(password.toUtf8()), qPrintable(file.fileName()));
    }

    QVERIFY(store.remove(QStringLiteral("quay.io")).ok());
    QVERIFY(!copy.read(QStringLiteral("quay.io"))->credentials.has_value());
}

void TestKeychainAbsent::chainReportsTheSession()
{
    const KeychainStore store(QStringLiteral("Chainscope test"));
    QVERIFY(store.store(QStringLiteral("ghcr.io"),
                        Credentials{QStringLiteral("gh"), QStringLiteral("pw"), {}})
                .ok());
    auto chain = CredentialStore::load(CredentialStore::Files{});
    QVERIFY(chain.ok());
    chain->setKeychainLookup(store.lookupFunction());
    auto found = chain->lookup(QStringLiteral("ghcr.io"));
    QVERIFY(found.ok());
    QCOMPARE(found->source, CredentialSource::Session);
    QCOMPARE(found->credentials->username, QStringLiteral("gh"));
    auto other = chain->lookup(QStringLiteral("quay.io"));
    QVERIFY(other.ok());
    QCOMPARE(other->source, CredentialSource::None);
}

QTEST_GUILESS_MAIN(TestKeychainAbsent)
#include "tst_keychainabsent.moc"
