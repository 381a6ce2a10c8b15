// The policy editor without a registry: autosave and recovery (an edited
// policy is never lost), line:column marks, lint findings from the real
// linter with a quick fix, and saving.

#include "ui/codeeditor.h"
#include "ui/policyautosave.h"
#include "ui/policyeditor.h"
#include "ui/policypanel.h"
#include "ui/taskrunner.h"

#include "tests/support/seedpolicy.h"

#include <QAbstractButton>
#include <QApplication>
#include <QDir>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTreeWidget>

using namespace chainscope::ui;

namespace {

// The seed's check-image policy in its 2021 form (public key from the seed).
QString seedPolicy2021()
{
    return chainscope::test::seedPolicy2021(
        QStringLiteral("docker.io/gkovan/*"),
        QStringLiteral("-----BEGIN PUBLIC KEY-----\n"
                       "MFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAEtwDUUcAVE4dJj623tCNy9WrYfgJngPqTAl4h"
                       "kXdXMG1jk36OGxzwefjQO7XV37i0kJrWssfggVGxa0GoXryWVw==\n"
                       "-----END PUBLIC KEY-----"));
}

// 1-based line:column of the first \a needle in \a text.
QPair<int, int> positionOf(const QString &text, const QString &needle)
{
    const qsizetype at = text.indexOf(needle);
    if (at < 0)
        return {0, 0};
    const int line = int(text.left(at).count(QLatin1Char('\n'))) + 1;
    const int column = int(at - text.lastIndexOf(QLatin1Char('\n'), at - 1));
    return {line, column};
}

} // namespace

class tst_PolicyEditor : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void autosaveStoresAndRemoves();
    void editedPolicyIsRecoveredAfterAbruptEnd();
    void recoveredDraftThatDiffersAsksTheUser_data();
    void recoveredDraftThatDiffersAsksTheUser();
    void draftEqualToTheFileIsDropped();
    void savingClearsAutosave();
    void marksUnderlineTheRange();
    void lintMarksDeprecatedFieldsAndFixes();
    void weakeningFixAsksFirst_data();
    void weakeningFixAsksFirst();

private:
    QTemporaryDir m_dir;
};

void tst_PolicyEditor::init()
{
    QVERIFY(m_dir.isValid());
    QDir(m_dir.filePath(QStringLiteral("autosave"))).removeRecursively();
}

void tst_PolicyEditor::autosaveStoresAndRemoves()
{
    PolicyAutosave autosave(m_dir.filePath(QStringLiteral("autosave")));
    QVERIFY(autosave.entries().isEmpty());
    const QString id = PolicyAutosave::newId();
    QVERIFY(autosave.store(id, QStringLiteral("/x/policy.yaml"), QStringLiteral("kind: A\n")));
    QVERIFY(autosave.store(id, QStringLiteral("/x/policy.yaml"), QStringLiteral("kind: B\n")));

    const QList<PolicyAutosave::Entry> entries = autosave.entries();
    QCOMPARE(entries.size(), 1);
    QCOMPARE(entries.first().id, id);
    QCOMPARE(entries.first().originalPath, QStringLiteral("/x/policy.yaml"));
    QCOMPARE(entries.first().text, QStringLiteral("kind: B\n"));
    QVERIFY(entries.first().saved.isValid());

    autosave.remove(id);
    QVERIFY(autosave.entries().isEmpty());
}

void tst_PolicyEditor::editedPolicyIsRecoveredAfterAbruptEnd()
{
    const QString folder = m_dir.filePath(QStringLiteral("autosave"));
    const QString file = m_dir.filePath(QStringLiteral("policy.yaml"));
    {
        QFile out(file);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write("kind: ClusterPolicy\n");
    }
    const QString edited = QStringLiteral("kind: ClusterPolicy\n# my unsaved edit\n");
    {
        PolicyAutosave autosave(folder);
        TaskRunner runner;
        PolicyPanel panel(&runner, &autosave);
        QString error;
        PolicyEditor *editor = panel.openFile(file, &error);
        QVERIFY2(editor, qPrintable(error));
        QVERIFY(!editor->isModified());
        QTest::keyClick(editor->editor(), Qt::Key_End, Qt::ControlModifier);
        QTest::keyClicks(editor->editor(), QStringLiteral("# my unsaved edit"));
        QTest::keyClick(editor->editor(), Qt::Key_Return);
        QCOMPARE(editor->text(), edited);
        QVERIFY(editor->isModified());
        // The debounced autosave lands without any explicit call.
        QTRY_COMPARE_WITH_TIMEOUT(autosave.entries().size(), 1, 5000);
        QTRY_VERIFY(!runner.isBusy());
        // The panel goes away without saving, as in a crash or a kill.
    }

    PolicyAutosave autosave(folder);
    TaskRunner runner;
    PolicyPanel panel(&runner, &autosave);
    QCOMPARE(panel.recoverAutosaved(), 1);
    PolicyEditor *recovered = panel.currentEditor();
    QVERIFY(recovered);
    QCOMPARE(recovered->text(), edited);
    QCOMPARE(recovered->path(), QFileInfo(file).absoluteFilePath());
    QVERIFY(recovered->isModified());

    // Opening the same file again shows the recovered text, not the disk's.
    QString error;
    QCOMPARE(panel.openFile(file, &error), recovered);
    QCOMPARE(panel.editorCount(), 1);
    QTRY_VERIFY(!runner.isBusy());
}

void tst_PolicyEditor::recoveredDraftThatDiffersAsksTheUser_data()
{
    QTest::addColumn<bool>("fileChangedSince");
    QTest::addColumn<bool>("discard");
    QTest::newRow("file changed since, discard draft") << true << true;
    QTest::newRow("file changed since, keep draft") << true << false;
    QTest::newRow("file older than the draft, discard draft") << false << true;
}

void tst_PolicyEditor::recoveredDraftThatDiffersAsksTheUser()
{
    QFETCH(bool, fileChangedSince);
    QFETCH(bool, discard);
    const QString folder = m_dir.filePath(QStringLiteral("autosave"));
    const QString file = m_dir.filePath(QStringLiteral("check-image.yaml"));
    const QByteArray onDisk = "kind: ClusterPolicy\n# a new key, added elsewhere\n";
    {
        QFile out(file);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(onDisk);
    }
    const QString draft = QStringLiteral("kind: ClusterPolicy\n# the draft of a killed session\n");
    const QString id = PolicyAutosave::newId();
    {
        PolicyAutosave autosave(folder);
        QVERIFY(autosave.store(id, QFileInfo(file).absoluteFilePath(), draft));
    }
    // The file's time says whether it was written after the draft.
    {
        QFile touch(file);
        QVERIFY(touch.open(QIODevice::ReadWrite));
        const QDateTime when = QDateTime::currentDateTime().addSecs(fileChangedSince ? 3600
                                                                                     : -3600);
        QVERIFY(touch.setFileTime(when, QFileDevice::FileModificationTime));
    }

    PolicyAutosave autosave(folder);
    TaskRunner runner;
    PolicyPanel panel(&runner, &autosave);
    QCOMPARE(panel.recoverAutosaved(), 1);
    PolicyEditor *recovered = panel.currentEditor();
    QVERIFY(recovered);
    // Nothing typed is lost, and nothing is put over the file silently.
    QCOMPARE(recovered->text(), draft);
    QVERIFY(recovered->isModified());
    QVERIFY(recovered->isDraftChoiceOffered());
    const auto *banner = recovered->findChild<QLabel *>(QStringLiteral("policyBanner"));
    QVERIFY(banner);
    QVERIFY(!banner->isHidden());
    QCOMPARE(banner->text().contains(QLatin1String("changed since")), fileChangedSince);
    QVERIFY(!banner->text().contains(QLatin1String("unchanged")));

    if (discard) {
        auto *button = recovered->findChild<QPushButton *>(QStringLiteral("discardDraftButton"));
        QVERIFY(button);
        button->click();
        QCOMPARE(recovered->text(), QString::fromUtf8(onDisk));
        QVERIFY(!recovered->isModified());
        QVERIFY(autosave.entries().isEmpty());
    } else {
        auto *button = recovered->findChild<QPushButton *>(QStringLiteral("keepDraftButton"));
        QVERIFY(button);
        button->click();
        QCOMPARE(recovered->text(), draft);
        QVERIFY(recovered->isModified());
        QCOMPARE(autosave.entries().size(), 1); // kept until saved or discarded
    }
    QVERIFY(!recovered->isDraftChoiceOffered());
    QVERIFY(banner->isHidden());
    recovered->discardAutosave();
}

void tst_PolicyEditor::draftEqualToTheFileIsDropped()
{
    const QString folder = m_dir.filePath(QStringLiteral("autosave"));
    const QString file = m_dir.filePath(QStringLiteral("same.yaml"));
    const QString text = QStringLiteral("kind: ClusterPolicy\n");
    {
        QFile out(file);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(text.toUtf8());
    }
    PolicyAutosave autosave(folder);
    QVERIFY(autosave.store(PolicyAutosave::newId(), QFileInfo(file).absoluteFilePath(), text));
    TaskRunner runner;
    PolicyPanel panel(&runner, &autosave);
    QCOMPARE(panel.recoverAutosaved(), 0);
    QVERIFY(autosave.entries().isEmpty());
}

void tst_PolicyEditor::savingClearsAutosave()
{
    PolicyAutosave autosave(m_dir.filePath(QStringLiteral("autosave")));
    TaskRunner runner;
    PolicyPanel panel(&runner, &autosave);
    PolicyEditor *editor = panel.newPolicy(QStringLiteral("kind: ClusterPolicy\n"));
    QVERIFY(editor->isModified());
    editor->flushAutosave();
    QCOMPARE(autosave.entries().size(), 1);

    QString error;
    const QString target = m_dir.filePath(QStringLiteral("saved.yaml"));
    QVERIFY2(editor->saveAs(target, &error), qPrintable(error));
    QVERIFY(!editor->isModified());
    QVERIFY(autosave.entries().isEmpty());
    QFile saved(target);
    QVERIFY(saved.open(QIODevice::ReadOnly));
    QCOMPARE(saved.readAll(), QByteArray("kind: ClusterPolicy\n"));
    QTRY_VERIFY(!runner.isBusy());
}

void tst_PolicyEditor::marksUnderlineTheRange()
{
    CodeEditor editor;
    editor.setPlainText(QStringLiteral("first: 1\n  image: \"x/*\"\n"));
    CodeEditor::Mark ranged;
    ranged.line = 2;
    ranged.column = 3;
    ranged.endLine = 2;
    ranged.endColumn = 8;
    CodeEditor::Mark word;
    word.line = 1;
    word.column = 1;
    editor.setMarks({ranged, word});

    const QList<QTextEdit::ExtraSelection> selections = editor.markSelections();
    QCOMPARE(selections.size(), 2);
    QCOMPARE(selections.at(0).cursor.selectedText(), QStringLiteral("image"));
    QCOMPARE(selections.at(0).format.underlineStyle(), QTextCharFormat::WaveUnderline);
    QCOMPARE(selections.at(1).cursor.selectedText(), QStringLiteral("first"));

    editor.goTo(2, 3);
    QCOMPARE(editor.currentLine(), 2);
    QCOMPARE(editor.currentColumn(), 3);
}

void tst_PolicyEditor::lintMarksDeprecatedFieldsAndFixes()
{
    PolicyAutosave autosave(m_dir.filePath(QStringLiteral("autosave")));
    TaskRunner runner;
    PolicyPanel panel(&runner, &autosave);
    panel.resize(900, 700);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    const QString text = seedPolicy2021();
    const int before = panel.lintGeneration();
    PolicyEditor *editor = panel.newPolicy(text);
    QTRY_VERIFY(panel.lintGeneration() > before);

    const QPair<int, int> image = positionOf(text, QStringLiteral("image: \"docker.io"));
    const QPair<int, int> key = positionOf(text, QStringLiteral("key: |-"));
    int imageRow = -1;
    bool keyFound = false;
    const QList<chainscope::policy::Diagnostic> diagnostics = editor->diagnostics();
    for (int i = 0; i < diagnostics.size(); ++i) {
        const auto &d = diagnostics.at(i);
        if (d.code == QLatin1String("verifyImages.deprecated-image")) {
            QCOMPARE((QPair<int, int>(d.line, d.column)), image);
            imageRow = i;
        }
        if (d.code == QLatin1String("verifyImages.deprecated-key")) {
            QCOMPARE((QPair<int, int>(d.line, d.column)), key);
            keyFound = true;
        }
    }
    QVERIFY2(imageRow >= 0, "no diagnostic for the deprecated image field");
    QVERIFY(keyFound);

    // The list shows line:column and the editor underlines the same place.
    QTreeWidget *list = panel.diagnosticsList();
    QCOMPARE(list->topLevelItemCount(), diagnostics.size());
    QCOMPARE(list->topLevelItem(imageRow)->text(0),
             QStringLiteral("%1:%2").arg(image.first).arg(image.second));
    bool underlined = false;
    for (const QTextEdit::ExtraSelection &selection : editor->editor()->markSelections())
        underlined = underlined
                     || selection.cursor.selectedText().startsWith(QLatin1String("image"));
    QVERIFY(underlined);

    // Clicking the finding puts the cursor there.
    QTest::mouseClick(list->viewport(), Qt::LeftButton, {},
                      list->visualItemRect(list->topLevelItem(imageRow)).center());
    QCOMPARE(editor->editor()->currentLine(), image.first);
    QCOMPARE(editor->editor()->currentColumn(), image.second);

    QVERIFY(diagnostics.at(imageRow).fix.has_value());
    const int beforeFix = panel.lintGeneration();
    QVERIFY(panel.applyFix(imageRow));
    QVERIFY(editor->text().contains(QLatin1String("imageReferences")));
    QVERIFY(!editor->text().contains(QLatin1String("- image: \"docker.io")));
    QTRY_VERIFY(panel.lintGeneration() > beforeFix);
    for (const auto &d : editor->diagnostics()) {
        QVERIFY2(d.code != QLatin1String("verifyImages.deprecated-image")
                     && d.code != QLatin1String("verifyImages.deprecated-key"),
                 qPrintable(d.code));
    }

    // Undo brings the 2021 text back: the fix is one edit.
    editor->editor()->undo();
    QCOMPARE(editor->text(), text);
    editor->discardAutosave();
    QTRY_VERIFY(!runner.isBusy());
}

void tst_PolicyEditor::weakeningFixAsksFirst_data()
{
    QTest::addColumn<bool>("accept");
    QTest::newRow("declined: the policy stays strict") << false;
    QTest::newRow("confirmed: the fix is applied") << true;
}

void tst_PolicyEditor::weakeningFixAsksFirst()
{
    QFETCH(bool, accept);
    PolicyAutosave autosave(m_dir.filePath(QStringLiteral("autosave")));
    TaskRunner runner;
    PolicyPanel panel(&runner, &autosave);
    panel.resize(900, 700);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    // A current policy with a key and no rekor.ignoreTlog: the linter offers
    // the "accept signatures without a log entry" fix, which weakens it.
    QString pem = seedPolicy2021().section(QStringLiteral("-----BEGIN"), 1)
                      .section(QStringLiteral("-----END"), 0, 0);
    QVERIFY(!pem.isEmpty());
    pem = QStringLiteral("-----BEGIN") + pem + QStringLiteral("-----END PUBLIC KEY-----");
    QString indented;
    for (const QString &line : pem.split(QLatin1Char('\n'), Qt::SkipEmptyParts))
        indented += QStringLiteral("                ") + line.trimmed() + QLatin1Char('\n');
    const QString text = QStringLiteral("apiVersion: kyverno.io/v1\n"
                                        "kind: ClusterPolicy\n"
                                        "metadata:\n"
                                        "  name: check-image\n"
                                        "spec:\n"
                                        "  rules:\n"
                                        "    - name: check-image\n"
                                        "      match:\n"
                                        "        any:\n"
                                        "        - resources:\n"
                                        "            kinds: [Pod]\n"
                                        "      verifyImages:\n"
                                        "      - imageReferences: [\"ghcr.io/x/*\"]\n"
                                        "        failureAction: Enforce\n"
                                        "        attestors:\n"
                                        "        - entries:\n"
                                        "          - keys:\n"
                                        "              publicKeys: |-\n")
                         + indented;
    const int before = panel.lintGeneration();
    PolicyEditor *editor = panel.newPolicy(text);
    QTRY_VERIFY(panel.lintGeneration() > before);
    int row = -1;
    for (int i = 0; i < editor->diagnostics().size(); ++i) {
        const auto &fix = editor->diagnostics().at(i).fix;
        if (fix && fix->weakensVerification)
            row = i;
    }
    QVERIFY2(row >= 0, "no weakening quick fix offered");
    const QString title = editor->diagnostics().at(row).fix->title;

    // Answer the confirmation as the user would, recording what it said.
    QString question;
    bool asked = false;
    QTimer answer;
    answer.setInterval(20);
    connect(&answer, &QTimer::timeout, &panel, [&]() {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        if (!box || box->objectName() != QLatin1String("weakeningFixConfirmation"))
            return;
        answer.stop();
        asked = true;
        question = box->text();
        QAbstractButton *button = nullptr;
        for (QAbstractButton *candidate : box->buttons()) {
            const bool isCancel = box->buttonRole(candidate) == QMessageBox::RejectRole;
            if (isCancel != accept)
                button = candidate;
        }
        QVERIFY(button);
        button->click();
    });
    answer.start();
    const bool applied = panel.applyFix(row);
    answer.stop();
    QVERIFY2(asked, "the weakening fix was applied without asking");
    QVERIFY2(question.contains(title), qPrintable(question));
    QCOMPARE(applied, accept);
    QCOMPARE(editor->text().contains(QLatin1String("ignoreTlog")), accept);
    if (!accept)
        QCOMPARE(editor->text(), text);
    editor->discardAutosave();
    QTRY_VERIFY(!runner.isBusy());
}

QTEST_MAIN(tst_PolicyEditor)
#include "tst_policyeditor.moc"
