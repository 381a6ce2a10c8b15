#include "core/registry/credentialhelper.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>

namespace chainscope::registry {

namespace {

// lupdate files Tr::tr() strings under this context, as translate() looks them up.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(chainscope::registry)
};

constexpr qsizetype kMaxOutputBytes = 1024 * 1024;

// A helper's own words on failure, shortened. Only ever taken from a failed
// run: a successful one prints the secret.
QString failureText(QByteArray text)
{
    text = text.trimmed();
    if (text.size() > 300)
        text = text.left(300) + "...";
    return QString::fromUtf8(text);
}

} // namespace

CredentialHelper::CredentialHelper(QString name, int timeoutMs)
    : m_name(std::move(name))
    , m_timeoutMs(timeoutMs)
{
}

QString CredentialHelper::program() const
{
    return QStringLiteral("docker-credential-") + m_name;
}

Result<std::optional<Credentials>> CredentialHelper::get(const QString &serverAddress) const
{
    const QString name = program();
    if (m_name.isEmpty() || m_name.contains(QLatin1Char('/'))) {
        return Error(ErrorKind::InvalidInput,
                     Tr::tr("\"%1\" is not a credential helper name").arg(m_name));
    }
    const QString executable = QStandardPaths::findExecutable(name);
    if (executable.isEmpty()) {
        return Error(ErrorKind::NotFound,
                     Tr::tr("the credential helper %1 is configured but not installed "
                            "(not found on PATH)")
                         .arg(name));
    }

    QProcess process;
    process.setProgram(executable);
    process.setArguments({QStringLiteral("get")});
    process.start();
    if (!process.waitForStarted(m_timeoutMs)) {
        return Error(ErrorKind::Io, Tr::tr("the credential helper %1 could not be started: %2")
                                        .arg(name, process.errorString()));
    }
    process.write(serverAddress.toUtf8());
    process.closeWriteChannel();
    if (!process.waitForFinished(m_timeoutMs)) {
        process.kill();
        process.waitForFinished(1000);
        return Error(ErrorKind::Network,
                     Tr::tr("the credential helper %1 did not answer within %2 seconds")
                         .arg(name)
                         .arg(m_timeoutMs / 1000.0, 0, 'g', 3))
            .setRetryable(true);
    }
    const QByteArray out = process.readAllStandardOutput();
    const QByteArray err = process.readAllStandardError();
    if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
        // docker-credential-helpers' credentials.NewErrCredentialsNotFound.
        if (out.contains("credentials not found"))
            return std::optional<Credentials>();
        const QString said = failureText(err.isEmpty() ? out : err);
        return Error(ErrorKind::Io, said.isEmpty()
                                        ? Tr::tr("the credential helper %1 failed (exit code %2)")
                                              .arg(name)
                                              .arg(process.exitCode())
                                        : Tr::tr("the credential helper %1 failed (exit code "
                                                 "%2): %3")
                                              .arg(name)
                                              .arg(process.exitCode())
                                              .arg(said));
    }
    if (out.size() > kMaxOutputBytes) {
        return Error(ErrorKind::TooLarge,
                     Tr::tr("the credential helper %1 answered with too much output").arg(name));
    }
    const QJsonDocument document = QJsonDocument::fromJson(out);
    const QJsonObject answer = document.object();
    if (!document.isObject() || !answer.value(QLatin1String("Secret")).isString()) {
        // Not echoed: the output may hold the secret in some other shape.
        return Error(ErrorKind::Malformed,
                     Tr::tr("the credential helper %1 did not answer with "
                            "{\"ServerURL\", \"Username\", \"Secret\"}")
                         .arg(name));
    }
    Credentials credentials;
    const QString username = answer.value(QLatin1String("Username")).toString();
    const QString secret = answer.value(QLatin1String("Secret")).toString();
    if (username == QLatin1String("<token>"))
        credentials.identityToken = secret;
    else
        credentials = Credentials{username, secret, QString()};
    if (credentials.isEmpty())
        return std::optional<Credentials>();
    return std::optional<Credentials>(credentials);
}

} // namespace chainscope::registry
