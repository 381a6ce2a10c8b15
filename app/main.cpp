#include "app/cli.h"
#include "ui/guimain.h"

#include <QCoreApplication>

// The GUI by default; subcommands run headless in a QCoreApplication, so
// that pipelines and tests need no display.
int main(int argc, char *argv[])
{
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments.append(QString::fromLocal8Bit(argv[i]));

    if (chainscope::app::Cli::handles(arguments)) {
        QCoreApplication app(argc, argv);
        QCoreApplication::setApplicationName(QStringLiteral("chainscope"));
        QCoreApplication::setApplicationVersion(QStringLiteral(CHAINSCOPE_VERSION));
        return chainscope::app::Cli().run(QCoreApplication::arguments());
    }
    return chainscope::ui::runGui(argc, argv);
}
