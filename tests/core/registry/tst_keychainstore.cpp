// KeychainStore against a real Secret Service: GNOME Keyring, unlocked in a
// private D-Bus session by run-with-keychain.sh (see tests/core/registry/
// CMakeLists.txt). Nothing is faked here: QtKeychain talks to the daemon.

#include "core/registry/credentialstore.h"
#include "core/registry/keychainstore.h"

#include <QDirIterator>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTest>
#include <QThread>

using namespace chainscope;
using namespace chainscope::registry;

namespace {

// Unique enough to find in a file, and with the characters that break naive
// formats: colons, quotes, non-ASCII.
const QString kPassword = QStringLiteral("pa:ss\"wörd:%1-chainscope").arg(0x5eed);

} // namespace

class TestKeychainStore : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void storeReadRemove();
    void entryIsInTheKeyringNotInAFile();
    void hostsAreNormalised();
    void identityTokenKept();
    void servicesAreSeparate();
    void chainEndsInTheKeychain();
    void worksFromAWorkerThread();

private:
    const KeychainStore m_store{QStringLiteral("Chainscope test")};
};

void TestKeychainStore::initTestCase()
{
    QVERIFY2(!qEnvironmentVariableIsEmpty("CHAINSCOPE_KEYCHAIN_HOME"),
             "run this suite through run-with-keychain.sh (ctest does)");
    const Result<void> available = m_store.checkAvailable();
    QVERIFY2(available.ok(), qPrintable(available.ok() ? QString() : available.error().message()));
    QVERIFY(m_store.unavailableReason().isEmpty());
}

void TestKeychainStore::storeReadRemove()
{
    const QString host = QStringLiteral("registry.example.com:5443");
    QVERIFY(m_store.remove(host).ok()); // absent is fine

    auto empty = m_store.read(host);
    QVERIFY(empty.ok());
    QVERIFY(!empty->credentials.has_value());

    auto stored = m_store.store(host, Credentials{QStringLiteral("alice"), kPassword, {}});
    QVERIFY2(stored.ok(), qPrintable(stored.ok() ? QString() : stored.error().message()));
    QCOMPARE(*stored, CredentialSource::Keychain);

    auto found = m_store.read(host);
    QVERIFY(found.ok());
    QVERIFY(found->credentials.has_value());
    QCOMPARE(found->credentials->username, QStringLiteral("alice"));
    QCOMPARE(found->credentials->password, kPassword);
    QCOMPARE(found->source, CredentialSource::Keychain);
    QCOMPARE(found->description, QStringLiteral("system keychain"));

    // Overwriting replaces.
    QVERIFY(m_store.store(host, Credentials{QStringLiteral("bob"), QStringLiteral("x"), {}}).ok());
    QCOMPARE(m_store.read(host)->credentials->username, QStringLiteral("bob"));

    QVERIFY(m_store.remove(host).ok());
    auto gone = m_store.read(host);
    QVERIFY(gone.ok());
    QVERIFY(!gone->credentials.has_value());
}

void TestKeychainStore::entryIsInTheKeyringNotInAFile()
{
    const QString host = QStringLiteral("files.example.com");
    QVERIFY(m_store.store(host, Credentials{QStringLiteral("carol"), kPassword, {}}).ok());

    // Another Secret Service client sees the entry: it lives in the daemon.
    // (QtKeychain's libsecret schema keys entries by "server" and "user".)
    const QString secretTool = QStandardPaths::findExecutable(QStringLiteral("secret-tool"));
    QVERIFY2(!secretTool.isEmpty(), "secret-tool (libsecret-tools) is missing");
    QProcess lookup;
    lookup.start(secretTool, {QStringLiteral("lookup"), QStringLiteral("server"),
                              QStringLiteral("Chainscope test"), QStringLiteral("user"), host});
    QVERIFY(lookup.waitForFinished(20000));
    const QJsonObject entry = QJsonDocument::fromJson(lookup.readAllStandardOutput()).object();
    QCOMPARE(entry.value(QLatin1String("username")).toString(), QStringLiteral("carol"));
    QCOMPARE(entry.value(QLatin1String("password")).toString(), kPassword);

    // And no file under the test's HOME holds the password in clear (the
    // keyring file is encrypted with the unlock password).
    const QString home = qEnvironmentVariable("CHAINSCOPE_KEYCHAIN_HOME");
    QDirIterator files(home, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    int seen = 0;
    while (files.hasNext()) {
        QFile file(files.next());
        if (!file.open(QIODevice::ReadOnly))
            continue;
        ++seen;
        const QByteArray content = file.readAll();
        // Raw, or escaped inside JSON as the entry holds it.
        QVERIFY2(!content.contains(kPassword.toUtf8())
                     && !content.contains(QByteArray("pa:ss\\\"w")),
                 qPrintable(file.fileName()));
    }
    QVERIFY2(seen > 0, "the keyring wrote no file at all: is it persistent?");
    QVERIFY(m_store.remove(host).ok());
}

void TestKeychainStore::hostsAreNormalised()
{
    QVERIFY(m_store.store(QStringLiteral("https://index.docker.io/v1/"),
                          Credentials{QStringLiteral("hub"), kPassword, {}})
                .ok());
    auto found = m_store.read(QStringLiteral("registry-1.docker.io"));
    QVERIFY(found.ok());
    QVERIFY(found->credentials.has_value());
    QCOMPARE(found->credentials->username, QStringLiteral("hub"));
    QVERIFY(m_store.remove(QStringLiteral("docker.io")).ok());
    QVERIFY(!m_store.read(QStringLiteral("index.docker.io"))->credentials.has_value());
}

void TestKeychainStore::identityTokenKept()
{
    const QString host = QStringLiteral("token.example.com");
    QVERIFY(m_store.store(host, Credentials{{}, {}, QStringLiteral("refresh-token-1")}).ok());
    auto found = m_store.read(host);
    QVERIFY(found.ok());
    QCOMPARE(found->credentials->identityToken, QStringLiteral("refresh-token-1"));
    QVERIFY(m_store.remove(host).ok());
}

void TestKeychainStore::servicesAreSeparate()
{
    const KeychainStore other(QStringLiteral("Chainscope test other"));
    const QString host = QStringLiteral("shared.example.com");
    QVERIFY(m_store.store(host, Credentials{QStringLiteral("one"), kPassword, {}}).ok());
    QVERIFY(!other.read(host)->credentials.has_value());
    QVERIFY(m_store.remove(host).ok());
}

void TestKeychainStore::chainEndsInTheKeychain()
{
    const QString host = QStringLiteral("chain.example.com");
    QVERIFY(m_store.store(host, Credentials{QStringLiteral("dave"), kPassword, {}}).ok());
    CredentialStore::Files none; // no Docker or containers files
    auto chain = CredentialStore::load(none);
    QVERIFY(chain.ok());
    chain->setKeychainLookup(m_store.lookupFunction());
    auto found = chain->lookup(QStringLiteral("https://Chain.example.com/"));
    QVERIFY(found.ok());
    QCOMPARE(found->source, CredentialSource::Keychain);
    QCOMPARE(found->credentials->username, QStringLiteral("dave"));
    QVERIFY(!found->description.contains(kPassword));
    QVERIFY(m_store.remove(host).ok());
}

void TestKeychainStore::worksFromAWorkerThread()
{
    // The UI reads and stores from its task thread while the GUI thread runs
    // its event loop (QtKeychain runs its jobs there).
    const QString host = QStringLiteral("thread.example.com");
    QString username;
    bool ok = false;
    std::unique_ptr<QThread> thread(QThread::create([&] {
        ok = m_store.store(host, Credentials{QStringLiteral("erin"), kPassword, {}}).ok();
        auto found = m_store.read(host);
        if (found && found->credentials)
            username = found->credentials->username;
        ok = ok && m_store.remove(host).ok();
    }));
    thread->start();
    QTRY_VERIFY_WITH_TIMEOUT(thread->isFinished(), 60000);
    QVERIFY(ok);
    QCOMPARE(username, QStringLiteral("erin"));
}

QTEST_GUILESS_MAIN(TestKeychainStore)
#include "tst_keychainstore.moc"
