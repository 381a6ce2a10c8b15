#pragma once

#include "core/support/error.h"

#include <QCommandLineParser>
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <optional>

namespace chainscope::app {

/// Exit codes of every subcommand.
enum ExitCode {
    ExitPass = 0,  ///< verified, admitted, no contradiction
    ExitFail = 1,  ///< verification or policy failure
    ExitError = 2, ///< bad input, unreachable registry, unreadable file
};

/// The headless twin of the GUI: `chainscope lineage|verify|policy ...`.
/// Runs inside a QCoreApplication (never a QApplication, so no display is
/// needed), on the main thread; registry calls block it. Text output is
/// translated for the system locale, JSON output never is.
class Cli
{
public:
    /// True when \a arguments (argv as strings) name a subcommand or ask for
    /// the CLI's help or version, i.e. when main() must not start the GUI.
    static bool handles(const QStringList &arguments);

    /// Runs the subcommand in \a arguments (argv, program name first).
    int run(const QStringList &arguments);

private:
    int runLineage(const QStringList &arguments);
    int runVerify(const QStringList &arguments);
    int runPolicyLint(const QStringList &arguments);
    int runPolicyTest(const QStringList &arguments);
    int runRepos(const QStringList &arguments);
    int runTags(const QStringList &arguments);
    int runInspect(const QStringList &arguments);
    /// Parses the one positional argument of repos/tags/inspect; an exit
    /// code when the subcommand ends here.
    std::optional<int> parseSingle(QCommandLineParser &parser, const QStringList &arguments,
                                   const QCommandLineOption &output, const QString &what);
    int usage(bool error);
    QString helpText(const QCommandLineParser &parser) const;

    /// Prints \a error as JSON on stdout or as text on stderr; returns ExitError.
    int fail(const QString &message, const QString &kind = QStringLiteral("invalid-input"));
    /// fail() with the error's message and kind name.
    int fail(const Error &error);
    /// Parses a subcommand's \a arguments: an exit code when the subcommand
    /// ends here (parse error, --help, an --output other than json or text),
    /// nothing when it goes on.
    std::optional<int> parseArguments(QCommandLineParser &parser, const QStringList &arguments,
                                      const QCommandLineOption &output);
    void printJson(const QJsonObject &object);
    void printText(const QString &text);

    QString m_command;
    bool m_json = false;
};

} // namespace chainscope::app
