#include "ui/policyeditor.h"

#include "ui/codeeditor.h"
#include "ui/policyautosave.h"
#include "ui/syntaxhighlighting.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSaveFile>
#include <QTextBlock>
#include <QTimer>
#include <QVBoxLayout>

namespace chainscope::ui {

namespace {

constexpr int AutosaveDelayMs = 800;
constexpr qint64 MaxPolicyBytes = 4 * 1024 * 1024;

} // namespace

PolicyEditor::PolicyEditor(PolicyAutosave *autosave, QWidget *parent)
    : QWidget(parent)
    , m_autosave(autosave)
    , m_autosaveId(PolicyAutosave::newId())
    , m_editor(new CodeEditor(this))
    , m_banner(new QLabel(this))
    , m_draftChoice(new QWidget(this))
    , m_autosaveTimer(new QTimer(this))
{
    m_editor->setObjectName(QStringLiteral("policyText"));
    attachHighlighter(m_editor->document(), SyntaxLanguage::Yaml);
    m_banner->setObjectName(QStringLiteral("policyBanner"));
    m_banner->setWordWrap(true);
    m_banner->setVisible(false);
    m_banner->setStyleSheet(QStringLiteral("background: #fdf1d6; padding: 4px;"));

    m_autosaveTimer->setSingleShot(true);
    m_autosaveTimer->setInterval(AutosaveDelayMs);
    connect(m_autosaveTimer, &QTimer::timeout, this, &PolicyEditor::writeAutosave);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_banner);
    layout->addWidget(m_draftChoice);
    layout->addWidget(m_editor, 1);

    auto *keep = new QPushButton(tr("Keep draft"), m_draftChoice);
    keep->setObjectName(QStringLiteral("keepDraftButton"));
    auto *discard = new QPushButton(tr("Discard draft"), m_draftChoice);
    discard->setObjectName(QStringLiteral("discardDraftButton"));
    auto *choiceLayout = new QHBoxLayout(m_draftChoice);
    choiceLayout->setContentsMargins(0, 0, 0, 0);
    choiceLayout->addWidget(keep);
    choiceLayout->addWidget(discard);
    choiceLayout->addStretch();
    m_draftChoice->setVisible(false);
    connect(keep, &QPushButton::clicked, this, &PolicyEditor::keepDraft);
    connect(discard, &QPushButton::clicked, this, [this]() {
        QString error;
        if (!discardDraft(&error))
            setBanner(tr("Could not read %1 (%2); the draft stays.")
                          .arg(QDir::toNativeSeparators(m_path), error));
    });

    connect(m_editor->document(), &QTextDocument::contentsChange, this,
            [this](int, int removed, int added) {
                if (removed == 0 && added == 0)
                    return;
                ++m_revision;
                m_autosaveTimer->start();
                emit textEdited();
            });
    connect(m_editor->document(), &QTextDocument::modificationChanged, this,
            &PolicyEditor::modifiedChanged);
}

PolicyEditor::~PolicyEditor()
{
    // Closing the window with unsaved changes keeps them for the next start.
    if (m_autosaveTimer->isActive())
        writeAutosave();
}

bool PolicyEditor::load(const QString &path, QString *errorMessage)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *errorMessage = file.errorString();
        return false;
    }
    if (file.size() > MaxPolicyBytes) {
        *errorMessage = tr("The file is larger than %1 MiB; that is not a policy.")
                            .arg(MaxPolicyBytes / (1024 * 1024));
        return false;
    }
    m_editor->setPlainText(QString::fromUtf8(file.readAll()));
    m_editor->document()->setModified(false);
    m_autosaveTimer->stop();
    m_path = QFileInfo(path).absoluteFilePath();
    return true;
}

bool PolicyEditor::save(QString *errorMessage)
{
    if (m_path.isEmpty()) {
        *errorMessage = tr("Choose a file name with Save As.");
        return false;
    }
    return saveAs(m_path, errorMessage);
}

bool PolicyEditor::saveAs(const QString &path, QString *errorMessage)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(text().toUtf8()) < 0 || !file.commit()) {
        *errorMessage = file.errorString();
        return false;
    }
    m_path = QFileInfo(path).absoluteFilePath();
    m_editor->document()->setModified(false);
    m_autosaveTimer->stop();
    if (m_autosave)
        m_autosave->remove(m_autosaveId);
    setBanner({});
    return true;
}

void PolicyEditor::recover(const QString &autosaveId, const QString &originalPath,
                           const QString &text)
{
    m_autosaveId = autosaveId;
    m_path = originalPath;
    m_editor->setPlainText(text);
    m_editor->document()->setModified(true);
    m_autosaveTimer->stop();
}

QString PolicyEditor::displayName() const
{
    return m_path.isEmpty() ? tr("Untitled policy") : QFileInfo(m_path).fileName();
}

QString PolicyEditor::text() const
{
    return m_editor->toPlainText();
}

void PolicyEditor::replaceText(const QString &text)
{
    // Through a cursor, so Undo brings the text before the fix back.
    QTextCursor cursor(m_editor->document());
    const int line = m_editor->currentLine();
    const int column = m_editor->currentColumn();
    cursor.beginEditBlock();
    cursor.select(QTextCursor::Document);
    cursor.insertText(text);
    cursor.endEditBlock();
    m_editor->goTo(line, column);
}

bool PolicyEditor::isModified() const
{
    return m_editor->document()->isModified();
}

void PolicyEditor::discardAutosave()
{
    m_autosaveTimer->stop();
    if (m_autosave)
        m_autosave->remove(m_autosaveId);
}

void PolicyEditor::flushAutosave()
{
    if (m_autosaveTimer->isActive())
        writeAutosave();
}

void PolicyEditor::writeAutosave()
{
    m_autosaveTimer->stop();
    if (!m_autosave)
        return;
    if (!isModified()) {
        m_autosave->remove(m_autosaveId);
        return;
    }
    QString error;
    if (!m_autosave->store(m_autosaveId, m_path, text(), &error))
        setBanner(tr("Could not autosave your changes (%1). Save the policy to keep them.")
                      .arg(error));
}

void PolicyEditor::setDiagnostics(const QList<policy::Diagnostic> &diagnostics)
{
    m_diagnostics = diagnostics;
    QList<CodeEditor::Mark> marks;
    for (const policy::Diagnostic &diagnostic : diagnostics) {
        CodeEditor::Mark mark;
        mark.line = diagnostic.line;
        mark.column = diagnostic.column;
        mark.endLine = diagnostic.endLine;
        mark.endColumn = diagnostic.endColumn;
        mark.tooltip = diagnostic.message;
        switch (diagnostic.severity) {
        case policy::Severity::Error:
            mark.color = QColor(0xc0, 0x39, 0x2b);
            break;
        case policy::Severity::Warning:
            mark.color = QColor(0xd6, 0x8a, 0x00);
            break;
        case policy::Severity::Info:
            mark.color = QColor(0x2f, 0x6f, 0x9f);
            break;
        }
        marks.append(mark);
    }
    m_editor->setMarks(marks);
}

void PolicyEditor::offerDraftChoice()
{
    m_draftChoice->setVisible(true);
}

bool PolicyEditor::isDraftChoiceOffered() const
{
    return !m_draftChoice->isHidden();
}

void PolicyEditor::keepDraft()
{
    m_draftChoice->setVisible(false);
    setBanner({});
}

bool PolicyEditor::discardDraft(QString *errorMessage)
{
    if (m_path.isEmpty() || !load(m_path, errorMessage))
        return false;
    discardAutosave();
    m_draftChoice->setVisible(false);
    setBanner({});
    return true;
}

void PolicyEditor::setBanner(const QString &text)
{
    m_banner->setText(text);
    m_banner->setVisible(!text.isEmpty());
}

} // namespace chainscope::ui
