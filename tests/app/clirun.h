#pragma once

// Test-only: runs the real chainscope executable with no display and a
// chosen Docker config, for the CLI suites that browse registries and local
// images (tst_clibrowse, tst_clilocal).

#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStringList>

struct CliRun
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;

    QJsonObject json() const { return QJsonDocument::fromJson(out).object(); }
};

inline CliRun runChainscope(const QStringList &arguments, const QString &dockerConfig,
                            const QByteArray &input = {}, const QString &pathPrefix = {})
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const char *name : {"DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"})
        env.remove(name);
    env.insert("DOCKER_CONFIG", dockerConfig);
    // No containers auth.json from the machine running the suite.
    env.insert("REGISTRY_AUTH_FILE", dockerConfig + "/no-auth.json");
    if (!pathPrefix.isEmpty())
        env.insert("PATH", pathPrefix + ':' + env.value("PATH"));
    env.insert("LANG", "C.UTF-8");
    env.insert("LC_ALL", "C.UTF-8");
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(CHAINSCOPE_BINARY), arguments);
    if (!process.waitForStarted(10000))
        qFatal("cannot start %s", CHAINSCOPE_BINARY);
    process.write(input);
    process.closeWriteChannel();
    if (!process.waitForFinished(60000))
        qFatal("chainscope %s did not finish", qPrintable(arguments.join(' ')));
    CliRun result;
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    result.out = process.readAllStandardOutput();
    result.err = process.readAllStandardError();
    return result;
}
