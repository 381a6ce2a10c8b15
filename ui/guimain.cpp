#include "ui/guimain.h"

#include "ui/connectionbar.h"
#include "ui/labstate.h"
#include "ui/mainwindow.h"
#include "ui/taskrunner.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QLibraryInfo>
#include <QLocale>
#include <QMessageBox>
#include <QElapsedTimer>
#include <QScreen>
#include <QTimer>
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

void installTranslations(QCoreApplication &app)
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

// --screenshot: waits until the window has shown the lab's service image
// (image, lineage and verification loaded, nothing running), then saves what
// the X server shows of the window. Used by the README's screenshot script.
void scheduleScreenshot(MainWindow *window, const QString &path, int timeoutMs)
{
    auto *timer = new QTimer(window);
    auto *clock = new QElapsedTimer;
    clock->start();
    QObject::connect(timer, &QTimer::timeout, window, [window, path, timer, clock, timeoutMs]() {
        const bool ready = window->imageGeneration() > 0 && window->lineageGeneration() > 0
                           && window->verifyGeneration() > 0
                           && !window->taskRunner()->isBusy();
        const bool late = clock->elapsed() > timeoutMs;
        if (!ready && !late)
            return;
        timer->stop();
        delete clock;
        // Let the last results paint before grabbing.
        QTimer::singleShot(500, window, [window, path, ready]() {
            QScreen *screen = window->screen();
            const QPixmap shot = screen ? screen->grabWindow(window->winId()) : window->grab();
            const bool saved = shot.save(path);
            if (!saved)
                std::fprintf(stderr, "chainscope: cannot write %s\n", qPrintable(path));
            if (!ready)
                std::fprintf(stderr, "chainscope: the window was not ready in time\n");
            QCoreApplication::exit(saved && ready ? 0 : 1);
        });
    });
    timer->start(200);
}

} // namespace

int runGui(int &argc, char **argv)
{
    if (!haveDisplay()) {
        // Translators load without a display, so the message can be translated.
        QCoreApplication core(argc, argv);
        installTranslations(core);
        const QString message = QCoreApplication::translate(
            "chainscope::ui::runGui",
            "no display to open the window on (DISPLAY and WAYLAND_DISPLAY are not set).\n"
            "Run it in a desktop session, under xvfb-run, or use the command-line "
            "subcommands (chainscope --help).");
        std::fprintf(stderr, "chainscope: %s\n", qPrintable(message));
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
    // Hidden: for the README's screenshot script, not for users.
    QCommandLineOption screenshot(QStringLiteral("screenshot"), QString(), QStringLiteral("png"));
    screenshot.setFlags(QCommandLineOption::HiddenFromHelp);
    QCommandLineOption screenshotTab(QStringLiteral("screenshot-tab"), QString(),
                                     QStringLiteral("tab"), QStringLiteral("lineage"));
    screenshotTab.setFlags(QCommandLineOption::HiddenFromHelp);
    QCommandLineOption geometry(QStringLiteral("window-size"), QString(),
                                QStringLiteral("WxH"));
    geometry.setFlags(QCommandLineOption::HiddenFromHelp);
    parser.addOption(labState);
    parser.addOption(registry);
    parser.addOption(screenshot);
    parser.addOption(screenshotTab);
    parser.addOption(geometry);
    if (!parser.parse(QCoreApplication::arguments())) {
        std::fprintf(stderr, "chainscope: %s\n", qPrintable(parser.errorText()));
        return 2;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        std::fputs(qPrintable(parser.helpText()), stdout);
        return 0;
    }

    MainWindow window;
    const QStringList size = parser.value(geometry).split(QLatin1Char('x'));
    if (size.size() == 2 && size.at(0).toInt() > 0 && size.at(1).toInt() > 0)
        window.resize(size.at(0).toInt(), size.at(1).toInt());
    window.show();

    if (parser.isSet(labState)) {
        // A screenshot run has nobody to close a dialog: it fails instead.
        const bool unattended = parser.isSet(screenshot);
        const Result<LabState> lab = LabState::load(parser.value(labState));
        QString problems;
        if (!lab)
            problems = lab.error().toString();
        else if (window.applyLabState(lab.value(), &problems))
            problems.clear();
        if (!problems.isEmpty() && unattended) {
            std::fprintf(stderr, "chainscope: %s\n", qPrintable(problems));
            return 2;
        }
        if (!problems.isEmpty())
            QMessageBox::warning(&window, MainWindow::tr("Lab"), problems);
    } else if (parser.isSet(registry)) {
        ConnectionSettings settings;
        settings.url = parser.value(registry);
        window.connectionBar()->setSettings(settings);
        window.connectToRegistry();
    }
    if (parser.isSet(screenshot)) {
        static const QMap<QString, MainWindow::Tab> tabs = {
            {QStringLiteral("overview"), MainWindow::Tab::Overview},
            {QStringLiteral("raw"), MainWindow::Tab::Raw},
            {QStringLiteral("lineage"), MainWindow::Tab::Lineage},
            {QStringLiteral("verify"), MainWindow::Tab::Verify},
            {QStringLiteral("policy"), MainWindow::Tab::Policy}};
        const QString tab = parser.value(screenshotTab);
        if (!tabs.contains(tab)) {
            std::fprintf(stderr, "chainscope: unknown tab %s\n", qPrintable(tab));
            return 2;
        }
        window.showTab(tabs.value(tab));
        scheduleScreenshot(&window, parser.value(screenshot), 60000);
    }
    return app.exec();
}

} // namespace chainscope::ui
