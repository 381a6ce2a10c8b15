#include "ui/guimain.h"

#include "ui/connectionbar.h"
#include "ui/labstate.h"
#include "ui/mainwindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QLibraryInfo>
#include <QLocale>
#include <QMessageBox>
#include <QTranslator>

#include <cstdio>

namespace chainscope::ui {

bool haveDisplay()
{
    return !qEnvironmentVariableIsEmpty("DISPLAY")
           || !qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY")
           || !qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM");
}

namespace {

void installTranslations(QApplication &app)
{
    // Missing translations are fine: the strings stay English.
    auto *ours = new QTranslator(&app);
    if (ours->load(QLocale(), QStringLiteral("chainscope"), QStringLiteral("_"),
                   QStringLiteral(":/i18n")))
        app.installTranslator(ours);
    auto *qt = new QTranslator(&app);
    if (qt->load(QLocale(), QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        app.installTranslator(qt);
}

} // namespace

int runGui(int &argc, char **argv)
{
    if (!haveDisplay()) {
        std::fputs("chainscope: no display to open the window on (DISPLAY and WAYLAND_DISPLAY "
                   "are not set).\n"
                   "Run it in a desktop session, under xvfb-run, or use the command-line "
                   "subcommands (chainscope --help).\n",
                   stderr);
        return 2;
    }

    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("chainscope"));
    QApplication::setOrganizationName(QStringLiteral("chainscope"));
    QApplication::setApplicationDisplayName(QStringLiteral("Chainscope"));
    QApplication::setDesktopFileName(QStringLiteral("io.github.chainscope.Chainscope"));
    installTranslations(app);

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("chainscope::ui::runGui",
                                    "See and check the supply chain of container images."));
    parser.addHelpOption();
    const QCommandLineOption labState(
        QStringLiteral("lab-state"),
        QCoreApplication::translate("chainscope::ui::runGui",
                                    "Open the lab described by <file> (lab.json)."),
        QStringLiteral("file"));
    const QCommandLineOption registry(
        QStringLiteral("registry"),
        QCoreApplication::translate("chainscope::ui::runGui", "Connect to the registry at <url>."),
        QStringLiteral("url"));
    parser.addOption(labState);
    parser.addOption(registry);
    if (!parser.parse(QCoreApplication::arguments())) {
        std::fprintf(stderr, "chainscope: %s\n", qPrintable(parser.errorText()));
        return 2;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        std::fputs(qPrintable(parser.helpText()), stdout);
        return 0;
    }

    MainWindow window;
    window.show();

    if (parser.isSet(labState)) {
        const Result<LabState> lab = LabState::load(parser.value(labState));
        if (!lab) {
            QMessageBox::warning(&window, MainWindow::tr("Lab"), lab.error().toString());
        } else {
            QString problems;
            if (!window.applyLabState(lab.value(), &problems))
                QMessageBox::warning(&window, MainWindow::tr("Lab"), problems);
        }
    } else if (parser.isSet(registry)) {
        ConnectionSettings settings;
        settings.url = parser.value(registry);
        window.connectionBar()->setSettings(settings);
        window.connectToRegistry();
    }
    return app.exec();
}

} // namespace chainscope::ui
