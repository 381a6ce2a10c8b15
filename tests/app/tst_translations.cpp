// Runs the real chainscope executable under different locales: the .qm files
// built from translations/ are embedded under :/i18n and the system locale
// (LANG) picks one, for the CLI and for the window's command line alike.
// Strings come from several lupdate contexts (app, reference, crypto, policy,
// the GUI's runGui) so that a context lupdate records differently from the
// one used at run time shows up as an English string here. JSON output must
// stay English whatever the locale.

#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

namespace {

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

QString dataPath(const QString &relative)
{
    return qEnvironmentVariable("CHAINSCOPE_TEST_DATA") + QLatin1Char('/') + relative;
}

// The 2021 form of the Kyverno sample: image/key fields, deprecated now.
QString policy2021()
{
    return dataPath(QStringLiteral("kyverno/historical/2021-08-06_4d4368be_verify_image.yaml"));
}

// Not a public key: a raw signature file.
QString notAKey()
{
    return dataPath(QStringLiteral("crypto/ec-p256.sha256.sig"));
}

// An image reference that does not parse (upper case), rejected before any
// connection is made.
const QString kBadReference = QStringLiteral("127.0.0.1:9/Ztsc/Hello:1.0");

} // namespace

class TestTranslations : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dockerConfig;

    Run run(const QString &lang, const QStringList &arguments, bool gui = false) const
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        // LC_ALL, LC_MESSAGES and LANGUAGE outrank LANG: the test sets LANG only,
        // as a user's session does.
        env.remove(QStringLiteral("LC_ALL"));
        env.remove(QStringLiteral("LC_MESSAGES"));
        env.remove(QStringLiteral("LANGUAGE"));
        env.insert(QStringLiteral("LANG"), lang);
        env.insert(QStringLiteral("DOCKER_CONFIG"), m_dockerConfig.path());
        env.remove(QStringLiteral("DISPLAY"));
        env.remove(QStringLiteral("WAYLAND_DISPLAY"));
        if (gui)
            env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        else
            env.remove(QStringLiteral("QT_QPA_PLATFORM"));
        QProcess process;
        process.setProcessEnvironment(env);
        process.start(QStringLiteral(CHAINSCOPE_BINARY), arguments);
        process.closeWriteChannel();
        Run result;
        if (!process.waitForStarted(10000)) {
            result.err = process.errorString();
            return result;
        }
        if (!process.waitForFinished(60000)) {
            process.kill();
            process.waitForFinished();
            return result;
        }
        result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
        result.out = QString::fromUtf8(process.readAllStandardOutput());
        result.err = QString::fromUtf8(process.readAllStandardError());
        return result;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dockerConfig.isValid());
        QVERIFY2(QFile::exists(policy2021()), qPrintable(policy2021()));
        QVERIFY2(QFile::exists(notAKey()), qPrintable(notAKey()));
    }

    void textFollowsLocale_data()
    {
        QTest::addColumn<QString>("lang");
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<bool>("gui");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("expected");
        QTest::addColumn<QString>("english");

        const QStringList help{QStringLiteral("--help")};
        const QStringList noImage{QStringLiteral("lineage")};
        const QStringList badReference{QStringLiteral("lineage"), kBadReference};
        const QStringList badKey{QStringLiteral("lineage"), QStringLiteral("127.0.0.1:9/a/b:1"),
                                 QStringLiteral("--key"), notAKey()};
        const QStringList lint{QStringLiteral("policy"), QStringLiteral("lint"), policy2021()};
        // Any option first makes chainscope start the window; --help then
        // prints the window's command line help, after its translator is in.
        const QStringList guiHelp{QStringLiteral("--lab-state"), QStringLiteral("/nonexistent"),
                                  QStringLiteral("--help")};

        const QString de = QStringLiteral("de_DE.UTF-8");
        const QString fr = QStringLiteral("fr_FR.UTF-8");
        const QString c = QStringLiteral("C.UTF-8");

        QTest::newRow("de: CLI usage") << de << help << false << 0 << QStringLiteral("Aufruf:")
                                       << QStringLiteral("Usage:");
        QTest::newRow("fr: CLI usage") << fr << help << false << 0
                                       << QStringLiteral("Utilisation :")
                                       << QStringLiteral("Usage:");
        QTest::newRow("C: CLI usage stays English")
            << c << help << false << 0 << QStringLiteral("Usage:") << QString();
        QTest::newRow("en_US: CLI usage stays English")
            << QStringLiteral("en_US.UTF-8") << help << false << 0 << QStringLiteral("Usage:")
            << QString();

        QTest::newRow("de: CLI argument error")
            << de << noImage << false << 2
            << QStringLiteral("lineage braucht genau eine Image-Referenz")
            << QStringLiteral("needs exactly one");
        QTest::newRow("fr: CLI argument error")
            << fr << noImage << false << 2
            << QStringLiteral("lineage exige exactement une référence d’image")
            << QStringLiteral("needs exactly one");

        QTest::newRow("de: image reference error (core)")
            << de << badReference << false << 2
            << QStringLiteral("muss kleingeschrieben sein") << QStringLiteral("must be lowercase");
        QTest::newRow("fr: image reference error (core)")
            << fr << badReference << false << 2
            << QStringLiteral("doit être en minuscules") << QStringLiteral("must be lowercase");

        QTest::newRow("de: key file error (core crypto)")
            << de << badKey << false << 2 << QStringLiteral("beim Lesen der Schlüsseldatei")
            << QStringLiteral("reading the key file");
        QTest::newRow("fr: key file error (core crypto)")
            << fr << badKey << false << 2 << QStringLiteral("lecture du fichier de clé")
            << QStringLiteral("reading the key file");

        QTest::newRow("de: policy lint (core policy)")
            << de << lint << false << 0 << QStringLiteral("ist veraltet")
            << QStringLiteral("is deprecated");
        QTest::newRow("fr: policy lint (core policy)")
            << fr << lint << false << 0 << QStringLiteral("est obsolète")
            << QStringLiteral("is deprecated");
        QTest::newRow("C: policy lint stays English")
            << c << lint << false << 0 << QStringLiteral("is deprecated") << QString();

        // Qt's own strings come from qtbase_<lang> (qt6-translations-l10n).
        const QStringList lineageHelp{QStringLiteral("lineage"), QStringLiteral("--help")};
        QTest::newRow("de: Qt's command line parser (qtbase)")
            << de << lineageHelp << false << 0 << QStringLiteral("Optionen:")
            << QStringLiteral("Options:");
        QTest::newRow("fr: Qt's command line parser (qtbase)")
            << fr << lineageHelp << false << 0 << QStringLiteral("Options :")
            << QStringLiteral("Options:");

        QTest::newRow("de: lint summary with plural forms")
            << de << lint << false << 0 << QStringLiteral("Warnungen; gelesene Richtlinien: 1")
            << QStringLiteral("warning(s)");
        QTest::newRow("fr: lint summary with plural forms")
            << fr << lint << false << 0
            << QStringLiteral("avertissements ; politiques lues : 1")
            << QStringLiteral("warning(s)");

        // No display: the message is printed after the translator is in.
        QTest::newRow("de: no display for the window")
            << de << QStringList() << false << 2 << QStringLiteral("kein Display")
            << QStringLiteral("no display");
        QTest::newRow("fr: no display for the window")
            << fr << QStringList() << false << 2 << QStringLiteral("aucun affichage")
            << QStringLiteral("no display");

        QTest::newRow("de: window command line")
            << de << guiHelp << true << 0
            << QStringLiteral("Die Lieferkette von Container-Images sehen und prüfen.")
            << QStringLiteral("See and check");
        QTest::newRow("fr: window command line")
            << fr << guiHelp << true << 0
            << QStringLiteral("Voir et vérifier la chaîne d’approvisionnement")
            << QStringLiteral("See and check");
        QTest::newRow("C: window command line stays English")
            << c << guiHelp << true << 0
            << QStringLiteral("See and check the supply chain of container images.") << QString();
    }

    void textFollowsLocale()
    {
        QFETCH(QString, lang);
        QFETCH(QStringList, arguments);
        QFETCH(bool, gui);
        QFETCH(int, exitCode);
        QFETCH(QString, expected);
        QFETCH(QString, english);

        const Run result = run(lang, arguments, gui);
        // French typography puts a no-break space before ':' (Qt 6.8's qtbase
        // uses U+00A0 or U+202F, Qt 6.4's a plain space): compare them as one.
        QString all = result.out + result.err;
        all.replace(QChar(0x00A0), QLatin1Char(' ')).replace(QChar(0x202F), QLatin1Char(' '));
        QVERIFY2(result.exitCode == exitCode,
                 qPrintable(QStringLiteral("exit %1, expected %2\n%3")
                                .arg(result.exitCode)
                                .arg(exitCode)
                                .arg(all)));
        QVERIFY2(all.contains(expected), qPrintable(all));
        if (!english.isEmpty())
            QVERIFY2(!all.contains(english), qPrintable(all));
    }

    // JSON is for machines: never translated, whatever LANG says.
    void jsonStaysEnglish_data()
    {
        QTest::addColumn<QString>("lang");
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("english");

        const QStringList lint{QStringLiteral("policy"), QStringLiteral("lint"), policy2021(),
                               QStringLiteral("--output"), QStringLiteral("json")};
        const QStringList badReference{QStringLiteral("lineage"), kBadReference,
                                       QStringLiteral("--output=json")};
        const QStringList langs{QStringLiteral("de_DE.UTF-8"), QStringLiteral("fr_FR.UTF-8")};
        for (const QString &lang : langs) {
            const QByteArray tag = lang.left(2).toLatin1();
            QTest::newRow(QByteArray(tag + ": policy lint").constData())
                << lang << lint << 0 << QStringLiteral("is deprecated");
            QTest::newRow(QByteArray(tag + ": reference error").constData())
                << lang << badReference << 2 << QStringLiteral("must be lowercase");
        }
    }

    void jsonStaysEnglish()
    {
        QFETCH(QString, lang);
        QFETCH(QStringList, arguments);
        QFETCH(int, exitCode);
        QFETCH(QString, english);

        const Run result = run(lang, arguments);
        QCOMPARE(result.exitCode, exitCode);
        QJsonParseError error;
        const QJsonDocument document = QJsonDocument::fromJson(result.out.toUtf8(), &error);
        QVERIFY2(error.error == QJsonParseError::NoError && document.isObject(),
                 qPrintable(result.out + result.err));
        QVERIFY2(result.out.contains(english), qPrintable(result.out));
        // Words that only the German or French text would hold.
        for (const QString &foreign : {QStringLiteral("veraltet"), QStringLiteral("obsolète"),
                                       QStringLiteral("kleingeschrieben"),
                                       QStringLiteral("minuscules")})
            QVERIFY2(!result.out.contains(foreign), qPrintable(result.out));
    }
};

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
