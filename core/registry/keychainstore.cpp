#include "core/registry/keychainstore.h"

#include <QCoreApplication>
#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QDBusReply>
#include <QEventLoop>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QMutex>
#include <QMutexLocker>
#include <QSemaphore>
#include <QThread>
#include <QTimer>

#include <qt6keychain/keychain.h>

namespace chainscope::registry {

namespace {

// lupdate files Tr::tr() strings under this context, as translate() looks them up.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(chainscope::registry)
};

// The keychain services QtKeychain talks to on Linux.
const char *const kServices[] = {"org.freedesktop.secrets", "org.kde.kwalletd6",
                                 "org.kde.kwalletd5", "org.kde.kwalletd"};

constexpr int kJobTimeoutMs = 120000; // the keychain may ask the user to unlock it

// Runs a QtKeychain job to its end. QtKeychain queues every job on an executor
// living in the thread of its first job; keeping that the main thread means a
// worker's job runs there (whose event loop must be running, as the GUI's is)
// and the executor never dies with a worker thread. Deletes the job later.
// Returns false when the keychain did not answer in time.
bool runJob(QKeychain::Job *job)
{
    job->setAutoDelete(false);
    QCoreApplication *app = QCoreApplication::instance();
    if (!app || QThread::currentThread() == app->thread()) {
        QEventLoop loop;
        QTimer timer;
        timer.setSingleShot(true);
        QObject::connect(job, &QKeychain::Job::finished, &loop, &QEventLoop::quit);
        QObject::connect(&timer, &QTimer::timeout, &loop, &QEventLoop::quit);
        timer.start(kJobTimeoutMs);
        job->start();
        loop.exec(QEventLoop::ExcludeUserInputEvents);
        return timer.isActive();
    }
    auto done = std::make_shared<QSemaphore>();
    job->moveToThread(app->thread());
    QObject::connect(job, &QKeychain::Job::finished, job, [done] { done->release(); },
                     Qt::DirectConnection);
    QMetaObject::invokeMethod(job, [job] { job->start(); }, Qt::QueuedConnection);
    return done->tryAcquire(1, kJobTimeoutMs);
}

Error timeoutError()
{
    return Error(ErrorKind::Network, Tr::tr("the system keychain did not answer within %1 "
                                            "seconds").arg(kJobTimeoutMs / 1000))
        .setRetryable(true);
}

QString jobError(const QKeychain::Job &job)
{
    switch (job.error()) {
    case QKeychain::AccessDeniedByUser:
        return Tr::tr("access to the system keychain was denied");
    case QKeychain::AccessDenied:
        return Tr::tr("the system keychain refused access: %1").arg(job.errorString());
    default:
        return Tr::tr("the system keychain failed: %1").arg(job.errorString());
    }
}

} // namespace

struct KeychainStore::Private
{
    QString service;
    QMutex mutex;
    QMap<QString, Credentials> session; // only when no keychain service runs
};

KeychainStore::KeychainStore(QString service)
    : d(std::make_shared<Private>())
{
    d->service = std::move(service);
}

Result<void> KeychainStore::checkAvailable() const
{
    QDBusConnection bus = QDBusConnection::sessionBus();
    if (!bus.isConnected()) {
        return Error(ErrorKind::Unsupported,
                     Tr::tr("no system keychain: there is no D-Bus session bus"));
    }
    QDBusConnectionInterface *daemon = bus.interface();
    const QDBusReply<QStringList> activatable = daemon->call(
        QStringLiteral("ListActivatableNames"));
    for (const char *name : kServices) {
        const QString service = QString::fromLatin1(name);
        if (daemon->isServiceRegistered(service).value()
            || (activatable.isValid() && activatable.value().contains(service)))
            return {};
    }
    return Error(ErrorKind::Unsupported,
                 Tr::tr("no system keychain: no Secret Service (GNOME Keyring) or KWallet "
                        "runs on the session bus"));
}

QString KeychainStore::unavailableReason() const
{
    const Result<void> available = checkAvailable();
    return available ? QString() : available.error().message();
}

Result<CredentialSource> KeychainStore::store(const QString &registryHost,
                                              const Credentials &credentials) const
{
    const QString key = normaliseRegistryHost(registryHost);
    if (!checkAvailable()) {
        QMutexLocker lock(&d->mutex);
        d->session.insert(key, credentials);
        return CredentialSource::Session;
    }
    QJsonObject entry{{QStringLiteral("username"), credentials.username},
                      {QStringLiteral("password"), credentials.password}};
    if (!credentials.identityToken.isEmpty())
        entry.insert(QStringLiteral("identitytoken"), credentials.identityToken);
    auto *job = new QKeychain::WritePasswordJob(d->service);
    job->setInsecureFallback(false); // never a plain file
    job->setKey(key);
    job->setTextData(QString::fromUtf8(QJsonDocument(entry).toJson(QJsonDocument::Compact)));
    const bool finished = runJob(job);
    job->deleteLater();
    if (!finished)
        return timeoutError();
    if (job->error() != QKeychain::NoError)
        return Error(ErrorKind::Io, jobError(*job));
    QMutexLocker lock(&d->mutex);
    d->session.remove(key);
    return CredentialSource::Keychain;
}

Result<CredentialLookup> KeychainStore::read(const QString &registryHost) const
{
    const QString key = normaliseRegistryHost(registryHost);
    CredentialLookup result;
    {
        QMutexLocker lock(&d->mutex);
        const auto it = d->session.constFind(key);
        if (it != d->session.constEnd()) {
            result.credentials = *it;
            result.source = CredentialSource::Session;
            result.description = Tr::tr("remembered for this session (no system keychain)");
            return result;
        }
    }
    if (!checkAvailable())
        return result;
    auto *job = new QKeychain::ReadPasswordJob(d->service);
    job->setInsecureFallback(false);
    job->setKey(key);
    const bool finished = runJob(job);
    job->deleteLater();
    if (!finished)
        return timeoutError();
    if (job->error() == QKeychain::EntryNotFound)
        return result;
    if (job->error() != QKeychain::NoError)
        return Error(ErrorKind::Io, jobError(*job));
    const QJsonObject entry = QJsonDocument::fromJson(job->textData().toUtf8()).object();
    Credentials credentials{entry.value(QLatin1String("username")).toString(),
                            entry.value(QLatin1String("password")).toString(),
                            entry.value(QLatin1String("identitytoken")).toString()};
    if (credentials.isEmpty()) {
        return Error(ErrorKind::Malformed,
                     Tr::tr("the system keychain entry for %1 is not one Chainscope wrote")
                         .arg(key));
    }
    result.credentials = credentials;
    result.source = CredentialSource::Keychain;
    result.description = Tr::tr("system keychain");
    return result;
}

Result<void> KeychainStore::remove(const QString &registryHost) const
{
    const QString key = normaliseRegistryHost(registryHost);
    {
        QMutexLocker lock(&d->mutex);
        d->session.remove(key);
    }
    if (!checkAvailable())
        return {};
    auto *job = new QKeychain::DeletePasswordJob(d->service);
    job->setInsecureFallback(false);
    job->setKey(key);
    const bool finished = runJob(job);
    job->deleteLater();
    if (!finished)
        return timeoutError();
    if (job->error() != QKeychain::NoError && job->error() != QKeychain::EntryNotFound)
        return Error(ErrorKind::Io, jobError(*job));
    return {};
}

CredentialStore::KeychainLookup KeychainStore::lookupFunction() const
{
    const KeychainStore self = *this;
    return [self](const QString &registryHost) { return self.read(registryHost); };
}

} // namespace chainscope::registry
