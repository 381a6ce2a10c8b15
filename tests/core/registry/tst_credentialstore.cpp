// CredentialStore: the order of the credential chain, Docker credential
// helpers run as processes, and what the user is told about each source.
//
// The helpers here are fakes: shell scripts named docker-credential-<name>
// that this suite writes into a temporary folder put first on PATH. Real
// helpers (pass, secretservice, desktop) need a desktop session or a GPG
// agent with a user present; the fakes speak the same protocol (`get`, the
// server address on stdin, JSON on stdout, "credentials not found" and exit
// code 1 when absent) and record what they were asked.

#include "core/registry/credentialstore.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace chainscope;
using namespace chainscope::registry;

namespace {

const QString kSecret = QStringLiteral("s3cr:et-never-shown");

} // namespace

class TestCredentialStore : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void order_data();
    void order();
    void helperGetsServerAddress_data();
    void helperGetsServerAddress();
    void tokenUserIsIdentityToken();
    void missingHelperIsNamed();
    void failingHelperIsNamed();
    void helperTimesOut();
    void malformedAnswerHidesOutput();
    void storeWithoutPromiseOnlyNotes();
    void brokenFileIsAnError();
    void keychainErrorIsANote();
    void defaultFilesFollowEnvironment();

private:
    // A fake docker-credential-<name>: records the server asked for, then runs \a body.
    void writeHelper(const QString &name, const QString &body);
    // One that answers with \a user and \a secret (for \a onlyServer alone, if
    // given; "credentials not found" for others).
    void writeAnsweringHelper(const QString &name, const QString &user,
                              const QString &secret, const QString &onlyServer = QString());
    QString writeFile(const QString &name, const QByteArray &content);
    QStringList helperLog() const;
    CredentialStore load(const QByteArray &docker, const QByteArray &containers);

    std::unique_ptr<QTemporaryDir> m_dir;
    QByteArray m_savedPath;
};

void TestCredentialStore::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    QVERIFY(QDir(m_dir->path()).mkpath(QStringLiteral("bin")));
    m_savedPath = qgetenv("PATH");
    // Only the fakes and the shell's own tools: no real docker-credential-* can answer.
    qputenv("PATH", (m_dir->filePath(QStringLiteral("bin")) + QStringLiteral(":/usr/bin:/bin"))
                        .toLocal8Bit());
}

void TestCredentialStore::cleanup()
{
    qputenv("PATH", m_savedPath);
    m_dir.reset();
}

void TestCredentialStore::writeHelper(const QString &name, const QString &body)
{
    const QString path = m_dir->filePath(QStringLiteral("bin/docker-credential-") + name);
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    const QString log = m_dir->filePath(QStringLiteral("helper.log"));
    file.write(QStringLiteral("#!/bin/sh\n"
                              "[ \"$1\" = get ] || { echo \"unexpected $1\" >&2; exit 3; }\n"
                              "server=$(cat)\n"
                              "echo \"%1 $server\" >> '%2'\n")
                   .arg(name, log)
                   .toUtf8()
               + body.toUtf8());
    file.close();
    QVERIFY(file.setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner));
}

void TestCredentialStore::writeAnsweringHelper(const QString &name, const QString &user,
                                               const QString &secret,
                                               const QString &onlyServer)
{
    const QString answer =
        QStringLiteral("printf '{\"ServerURL\":\"%s\",\"Username\":\"%1\",\"Secret\":\"%2\"}' "
                       "\"$server\"\n")
            .arg(user, secret);
    if (onlyServer.isEmpty()) {
        writeHelper(name, answer);
        return;
    }
    writeHelper(name, QStringLiteral("if [ \"$server\" = '%1' ]; then\n%2else\n"
                                     "echo 'credentials not found in native keychain'; exit 1\n"
                                     "fi\n")
                          .arg(onlyServer, answer));
}

QString TestCredentialStore::writeFile(const QString &name, const QByteArray &content)
{
    const QString path = m_dir->filePath(name);
    QDir().mkpath(QFileInfo(path).path());
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        qFatal("cannot write %s", qPrintable(path));
    file.write(content);
    return path;
}

QStringList TestCredentialStore::helperLog() const
{
    QFile file(m_dir->filePath(QStringLiteral("helper.log")));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
}

CredentialStore TestCredentialStore::load(const QByteArray &docker, const QByteArray &containers)
{
    CredentialStore::Files files;
    files.dockerConfig = writeFile(QStringLiteral("docker/config.json"), docker);
    files.containersAuth = {m_dir->filePath(QStringLiteral("missing/auth.json")),
                            writeFile(QStringLiteral("containers/auth.json"), containers)};
    auto store = CredentialStore::load(files);
    if (!store)
        qFatal("load failed: %s", qPrintable(store.error().toString()));
    return *store;
}

// Each row enables the sources from the bottom of the chain up to one, and
// checks that the highest one answers.
void TestCredentialStore::order_data()
{
    QTest::addColumn<int>("highest");
    QTest::addColumn<QString>("user");
    QTest::addColumn<int>("source");
    QTest::addColumn<QString>("descriptionPart");
    QTest::newRow("credHelpers first") << 0 << "helperuser"
                                       << int(CredentialSource::CredentialHelper)
                                       << "credential helper docker-credential-fakehelp";
    QTest::newRow("credsStore before auths") << 1 << "storeuser"
                                             << int(CredentialSource::CredsStore)
                                             << "credential store docker-credential-fakestore";
    QTest::newRow("docker auths before containers") << 2 << "dockeruser"
                                                    << int(CredentialSource::DockerConfig)
                                                    << "config.json auths";
    QTest::newRow("containers before keychain") << 3 << "podmanuser"
                                                << int(CredentialSource::ContainersAuth)
                                                << "containers auth.json (";
    QTest::newRow("keychain last") << 4 << "keyuser" << int(CredentialSource::Keychain)
                                   << "system keychain";
    QTest::newRow("nothing: anonymous") << 5 << "" << int(CredentialSource::None)
                                        << "no stored credentials";
}

void TestCredentialStore::order()
{
    QFETCH(int, highest);
    QFETCH(QString, user);
    QFETCH(int, source);
    QFETCH(QString, descriptionPart);
    const QString host = QStringLiteral("registry.example.com:5443");
    const auto basic = [](const char *u) {
        return QByteArray(u).append(':').append(kSecret.toUtf8()).toBase64();
    };

    writeAnsweringHelper(QStringLiteral("fakehelp"), QStringLiteral("helperuser"), kSecret);
    // The store holds this host only when it is enabled in this row.
    writeAnsweringHelper(QStringLiteral("fakestore"), QStringLiteral("storeuser"), kSecret,
                         highest <= 1 ? host : QStringLiteral("elsewhere.example.com"));
    QByteArray docker = "{\"auths\": {";
    if (highest <= 2)
        docker += "\"https://registry.example.com:5443/\": {\"auth\": \"" + basic("dockeruser")
                  + "\"}";
    docker += "}, \"credsStore\": \"fakestore\"";
    if (highest <= 0)
        docker += ", \"credHelpers\": {\"registry.example.com:5443\": \"fakehelp\"}";
    docker += "}";
    QByteArray containers = "{\"auths\": {";
    if (highest <= 3)
        containers += "\"registry.example.com:5443\": {\"auth\": \"" + basic("podmanuser") + "\"}";
    containers += "}}";

    CredentialStore store = load(docker, containers);
    int keychainCalls = 0;
    store.setKeychainLookup([&](const QString &asked) -> Result<CredentialLookup> {
        ++keychainCalls;
        CredentialLookup found;
        if (highest <= 4 && asked == host) {
            found.credentials = Credentials{QStringLiteral("keyuser"), kSecret, QString()};
            found.source = CredentialSource::Keychain;
            found.description = QStringLiteral("system keychain");
        }
        return found;
    });

    // Ask with a URL form of the host: keys match after normalising.
    auto found = store.lookup(QStringLiteral("https://Registry.example.com:5443/v2/"));
    QVERIFY2(found.ok(), qPrintable(found.ok() ? QString() : found.error().toString()));
    QCOMPARE(int(found->source), source);
    QVERIFY2(found->description.contains(descriptionPart), qPrintable(found->description));
    QVERIFY(!found->description.contains(kSecret));
    QCOMPARE(keychainCalls, highest >= 4 ? 1 : 0);
    if (user.isEmpty()) {
        QVERIFY(!found->credentials.has_value());
        return;
    }
    QVERIFY(found->credentials.has_value());
    QCOMPARE(found->credentials->username, user);
    QCOMPARE(found->credentials->password, kSecret); // colons after the first kept
}

void TestCredentialStore::helperGetsServerAddress_data()
{
    QTest::addColumn<QString>("host");
    QTest::addColumn<QString>("server");
    QTest::newRow("docker hub") << "registry-1.docker.io" << "https://index.docker.io/v1/";
    QTest::newRow("docker.io") << "docker.io" << "https://index.docker.io/v1/";
    QTest::newRow("ghcr") << "ghcr.io" << "ghcr.io";
    QTest::newRow("with port") << "127.0.0.1:5000" << "127.0.0.1:5000";
}

void TestCredentialStore::helperGetsServerAddress()
{
    QFETCH(QString, host);
    QFETCH(QString, server);
    writeAnsweringHelper(QStringLiteral("fakestore"), QStringLiteral("u"), kSecret, server);
    CredentialStore store = load(R"({"credsStore": "fakestore"})", "{}");
    auto found = store.lookup(host);
    QVERIFY(found.ok());
    QCOMPARE(found->source, CredentialSource::CredsStore);
    QCOMPARE(helperLog(), QStringList{QStringLiteral("fakestore ") + server});
}

void TestCredentialStore::tokenUserIsIdentityToken()
{
    writeAnsweringHelper(QStringLiteral("fakehelp"), QStringLiteral("<token>"), kSecret);
    CredentialStore store = load(R"({"credHelpers": {"https://ghcr.io/": "fakehelp"}})", "{}");
    auto found = store.lookup(QStringLiteral("ghcr.io"));
    QVERIFY(found.ok());
    QVERIFY(found->credentials.has_value());
    QCOMPARE(found->credentials->identityToken, kSecret);
    QVERIFY(found->credentials->username.isEmpty());
    QVERIFY(found->credentials->password.isEmpty());
}

void TestCredentialStore::missingHelperIsNamed()
{
    CredentialStore store =
        load(R"({"credHelpers": {"ghcr.io": "nothere"}, "auths": {"ghcr.io": {"auth": ")"
                 + QByteArray("u:p").toBase64() + R"("}}})",
             "{}");
    auto found = store.lookup(QStringLiteral("ghcr.io"));
    QVERIFY(!found.ok());
    QCOMPARE(found.error().kind(), ErrorKind::NotFound);
    QVERIFY2(found.error().message().contains(QLatin1String("docker-credential-nothere")),
             qPrintable(found.error().message()));
    QVERIFY(found.error().toString().contains(QLatin1String("ghcr.io")));
}

void TestCredentialStore::failingHelperIsNamed()
{
    writeHelper(QStringLiteral("broken"),
                QStringLiteral("echo 'gpg: decryption failed: No secret key' >&2\nexit 2\n"));
    // The store holds this host ("{}" entry), so its failure must stop the lookup.
    CredentialStore store = load(R"({"credsStore": "broken", "auths": {"quay.io": {}}})", "{}");
    auto found = store.lookup(QStringLiteral("quay.io"));
    QVERIFY(!found.ok());
    const QString message = found.error().message();
    QVERIFY2(message.contains(QLatin1String("docker-credential-broken")), qPrintable(message));
    QVERIFY(message.contains(QLatin1String("exit code 2")));
    QVERIFY(message.contains(QLatin1String("No secret key")));
}

void TestCredentialStore::helperTimesOut()
{
    writeHelper(QStringLiteral("slow"), QStringLiteral("exec sleep 30\n"));
    CredentialStore store = load(R"({"credHelpers": {"slow.example.com": "slow"}})", "{}");
    store.setHelperTimeoutMs(400);
    QElapsedTimer timer;
    timer.start();
    auto found = store.lookup(QStringLiteral("slow.example.com"));
    QVERIFY(timer.elapsed() < 10000);
    QVERIFY(!found.ok());
    QVERIFY(found.error().isRetryable());
    QVERIFY2(found.error().message().contains(QLatin1String("docker-credential-slow did not "
                                                             "answer")),
             qPrintable(found.error().message()));
}

void TestCredentialStore::malformedAnswerHidesOutput()
{
    // Exit 0 but not the protocol's JSON: the output may carry the secret.
    writeHelper(QStringLiteral("odd"),
                QStringLiteral("echo 'user=me password=%1'\n").arg(kSecret));
    CredentialStore store = load(R"({"credHelpers": {"odd.example.com": "odd"}})", "{}");
    auto found = store.lookup(QStringLiteral("odd.example.com"));
    QVERIFY(!found.ok());
    QCOMPARE(found.error().kind(), ErrorKind::Malformed);
    QVERIFY(found.error().message().contains(QLatin1String("docker-credential-odd")));
    QVERIFY(!found.error().toString().contains(kSecret));
}

void TestCredentialStore::storeWithoutPromiseOnlyNotes()
{
    // credsStore copied from a Docker Desktop machine, helper not installed:
    // hosts the store never held still work from the file, with a note.
    const QByteArray auth = QByteArray("lab:labpw").toBase64();
    CredentialStore store = load(R"({"credsStore": "desktop", "auths": {"127.0.0.1:5000":
                                     {"auth": ")" + auth + R"("}}})",
                                 "{}");
    auto found = store.lookup(QStringLiteral("127.0.0.1:5000"));
    QVERIFY(found.ok());
    QCOMPARE(found->source, CredentialSource::DockerConfig);
    QCOMPARE(found->credentials->username, QStringLiteral("lab"));
    QCOMPARE(found->notes.size(), 1);
    QVERIFY(found->notes.first().contains(QLatin1String("docker-credential-desktop")));

    auto anonymous = store.lookup(QStringLiteral("quay.io"));
    QVERIFY(anonymous.ok());
    QCOMPARE(anonymous->source, CredentialSource::None);
    QVERIFY(!anonymous->credentials.has_value());
}

void TestCredentialStore::brokenFileIsAnError()
{
    CredentialStore::Files files;
    files.dockerConfig = writeFile(QStringLiteral("docker/config.json"), "{}");
    files.containersAuth = {writeFile(QStringLiteral("containers/auth.json"), "{\"auths\":")};
    auto store = CredentialStore::load(files);
    QVERIFY(!store.ok());
    QVERIFY(store.error().message().contains(QLatin1String("containers/auth.json")));
}

void TestCredentialStore::keychainErrorIsANote()
{
    CredentialStore store = load("{}", "{}");
    store.setKeychainLookup([](const QString &) -> Result<CredentialLookup> {
        return Error(ErrorKind::Io, QStringLiteral("the system keychain is locked"));
    });
    auto found = store.lookup(QStringLiteral("quay.io"));
    QVERIFY(found.ok());
    QCOMPARE(found->source, CredentialSource::None);
    QCOMPARE(found->notes, QStringList{QStringLiteral("the system keychain is locked")});
}

void TestCredentialStore::defaultFilesFollowEnvironment()
{
    const QByteArray savedAuth = qgetenv("REGISTRY_AUTH_FILE");
    const QByteArray savedRuntime = qgetenv("XDG_RUNTIME_DIR");
    qputenv("REGISTRY_AUTH_FILE", "/etc/auth/here.json");
    qputenv("XDG_RUNTIME_DIR", "/run/user/4242");
    QCOMPARE(CredentialStore::defaultFiles().containersAuth,
             QStringList{QStringLiteral("/etc/auth/here.json")});
    qunsetenv("REGISTRY_AUTH_FILE");
    QCOMPARE(CredentialStore::defaultFiles().containersAuth,
             QStringList{QStringLiteral("/run/user/4242/containers/auth.json")});
    qunsetenv("XDG_RUNTIME_DIR");
    QVERIFY(CredentialStore::defaultFiles().containersAuth.isEmpty());
    if (!savedAuth.isNull())
        qputenv("REGISTRY_AUTH_FILE", savedAuth);
    if (!savedRuntime.isNull())
        qputenv("XDG_RUNTIME_DIR", savedRuntime);
}

QTEST_GUILESS_MAIN(TestCredentialStore)
#include "tst_credentialstore.moc"
