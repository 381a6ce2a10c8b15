// Starts the real chainscope window (offscreen) the way the README's
// screenshot script does, to check how it fails: an unattended run must
// report a bad lab on stderr and exit 2, never wait in a dialog.

#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

class TestGuiStart : public QObject
{
    Q_OBJECT

private slots:
    void screenshotWithBadLabExits_data();
    void screenshotWithBadLabExits();
};

void TestGuiStart::screenshotWithBadLabExits_data()
{
    QTest::addColumn<QString>("labFile");
    QTest::addColumn<QByteArray>("content"); // empty: the file does not exist
    QTest::newRow("missing lab state") << QStringLiteral("absent.json") << QByteArray();
    QTest::newRow("lab state not JSON") << QStringLiteral("broken.json")
                                        << QByteArray("{ this is not json");
}

void TestGuiStart::screenshotWithBadLabExits()
{
    QFETCH(QString, labFile);
    QFETCH(QByteArray, content);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString labPath = dir.filePath(labFile);
    if (!content.isEmpty()) {
        QFile file(labPath);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(content);
    }
    const QString shot = dir.filePath(QStringLiteral("shot.png"));

    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C"));
    env.insert(QStringLiteral("LANGUAGE"), QStringLiteral("C"));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), dir.filePath(QStringLiteral("config")));
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(CHAINSCOPE_BINARY),
                  {QStringLiteral("--lab-state"), labPath, QStringLiteral("--screenshot"), shot});
    QVERIFY(process.waitForStarted());
    // A dialog would wait forever; 30 s is far more than starting takes.
    const bool finished = process.waitForFinished(30000);
    if (!finished) {
        process.kill();
        process.waitForFinished();
    }
    QVERIFY2(finished, "chainscope --screenshot with a bad lab did not exit");
    QCOMPARE(process.exitStatus(), QProcess::NormalExit);
    QCOMPARE(process.exitCode(), 2);
    const QString stderrText = QString::fromLocal8Bit(process.readAllStandardError());
    QVERIFY2(stderrText.contains(labFile), qPrintable(stderrText));
    QVERIFY(!QFile::exists(shot));
}

QTEST_GUILESS_MAIN(TestGuiStart)
#include "tst_guistart.moc"
