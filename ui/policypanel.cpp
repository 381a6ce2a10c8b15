#include "ui/policypanel.h"

#include "ui/bannerwidget.h"
#include "ui/codeeditor.h"
#include "ui/policyautosave.h"
#include "ui/policyeditor.h"
#include "ui/policyservice.h"
#include "ui/statusicons.h"
#include "ui/taskrunner.h"

#include <QAction>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QSplitter>
#include <QTabWidget>
#include <QTimer>
#include <QToolBar>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace chainscope::ui {

namespace {

constexpr int LintDelayMs = 350;
constexpr int DiagnosticIndexRole = Qt::UserRole + 1;

Status severityStatus(policy::Severity severity)
{
    switch (severity) {
    case policy::Severity::Error:
        return Status::Fail;
    case policy::Severity::Warning:
        return Status::Warn;
    case policy::Severity::Info:
        break;
    }
    return Status::Unknown;
}

} // namespace

PolicyPanel::PolicyPanel(TaskRunner *runner, PolicyAutosave *autosave, QWidget *parent)
    : QWidget(parent)
    , m_runner(runner)
    , m_autosave(autosave)
    , m_tabs(new QTabWidget(this))
    , m_diagnostics(new QTreeWidget(this))
    , m_diagnosticDetail(new QLabel(this))
    , m_images(new QListWidget(this))
    , m_evaluateButton(new QPushButton(tr("Evaluate"), this))
    , m_banner(new BannerWidget(this))
    , m_trace(new QTreeWidget(this))
    , m_bottom(new QTabWidget(this))
    , m_lintTimer(new QTimer(this))
{
    m_tabs->setObjectName(QStringLiteral("policyTabs"));
    m_tabs->setTabsClosable(true);
    m_tabs->setDocumentMode(true);
    m_diagnostics->setObjectName(QStringLiteral("policyDiagnostics"));
    m_diagnostics->setHeaderLabels({tr("Where"), tr("Problem"), tr("Quick fix")});
    m_diagnostics->setRootIsDecorated(false);
    m_diagnostics->setWordWrap(true);
    m_diagnostics->header()->setStretchLastSection(false);
    m_diagnostics->header()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_images->setObjectName(QStringLiteral("policyImages"));
    m_evaluateButton->setObjectName(QStringLiteral("policyEvaluate"));
    m_banner->setObjectName(QStringLiteral("policyDecision"));
    m_trace->setObjectName(QStringLiteral("policyTrace"));
    m_trace->setHeaderLabels({tr("Check"), tr("Detail")});
    m_trace->setWordWrap(true);
    m_trace->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_lintTimer->setSingleShot(true);
    m_lintTimer->setInterval(LintDelayMs);

    auto *toolbar = new QToolBar(this);
    toolbar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    toolbar->addAction(tr("New"), this, [this]() { newPolicy(); });
    toolbar->addAction(tr("Open…"), this, &PolicyPanel::openWithDialog);
    m_saveAction = toolbar->addAction(tr("Save"), this, [this]() { saveCurrent(false); });
    m_saveAction->setShortcut(QKeySequence::Save);
    m_saveAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_saveAsAction = toolbar->addAction(tr("Save As…"), this, [this]() { saveCurrent(true); });
    toolbar->addSeparator();
    m_fixAction = toolbar->addAction(tr("Apply quick fix"), this, [this]() {
        const QTreeWidgetItem *item = m_diagnostics->currentItem();
        if (item)
            applyFix(m_diagnostics->indexOfTopLevelItem(const_cast<QTreeWidgetItem *>(item)));
    });
    m_fixAction->setObjectName(QStringLiteral("policyFixAction"));
    addAction(m_saveAction);

    auto *imagesColumn = new QVBoxLayout;
    imagesColumn->addWidget(new QLabel(tr("Images to evaluate"), this));
    imagesColumn->addWidget(m_images, 1);
    imagesColumn->addWidget(m_evaluateButton);
    auto *resultColumn = new QVBoxLayout;
    resultColumn->addWidget(m_banner);
    resultColumn->addWidget(m_trace, 1);
    auto *evaluation = new QWidget(this);
    auto *evaluationLayout = new QHBoxLayout(evaluation);
    evaluationLayout->addLayout(imagesColumn, 1);
    evaluationLayout->addLayout(resultColumn, 3);

    m_diagnosticDetail->setObjectName(QStringLiteral("policyDiagnosticDetail"));
    m_diagnosticDetail->setWordWrap(true);
    m_diagnosticDetail->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *problems = new QWidget(this);
    auto *problemsLayout = new QVBoxLayout(problems);
    problemsLayout->setContentsMargins(0, 0, 0, 0);
    problemsLayout->addWidget(m_diagnostics, 1);
    problemsLayout->addWidget(m_diagnosticDetail);

    m_bottom->addTab(problems, tr("Problems"));
    m_bottom->addTab(evaluation, tr("Evaluation"));

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_tabs);
    splitter->addWidget(m_bottom);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({560, 240});

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(toolbar);
    layout->addWidget(splitter, 1);

    connect(m_lintTimer, &QTimer::timeout, this, &PolicyPanel::lintNow);
    connect(m_tabs, &QTabWidget::currentChanged, this, [this]() {
        showDiagnostics();
        updateActions();
    });
    connect(m_tabs, &QTabWidget::tabCloseRequested, this,
            [this](int index) { closeEditor(index); });
    connect(m_diagnostics, &QTreeWidget::itemClicked, this, &PolicyPanel::jumpTo);
    connect(m_diagnostics, &QTreeWidget::itemActivated, this, &PolicyPanel::jumpTo);
    connect(m_diagnostics, &QTreeWidget::currentItemChanged, this, [this]() {
        updateActions();
        showDiagnosticDetail();
    });
    connect(m_evaluateButton, &QPushButton::clicked, this, &PolicyPanel::evaluate);
    connect(m_images, &QListWidget::itemChanged, this, &PolicyPanel::updateActions);
    updateActions();
}

void PolicyPanel::setSourceFactory(SourceFactory factory)
{
    m_sourceFactory = std::move(factory);
    updateActions();
}

int PolicyPanel::editorCount() const
{
    return m_tabs->count();
}

PolicyEditor *PolicyPanel::editor(int index) const
{
    return qobject_cast<PolicyEditor *>(m_tabs->widget(index));
}

PolicyEditor *PolicyPanel::currentEditor() const
{
    return qobject_cast<PolicyEditor *>(m_tabs->currentWidget());
}

void PolicyPanel::setCurrentEditor(PolicyEditor *editor)
{
    m_tabs->setCurrentWidget(editor);
}

PolicyEditor *PolicyPanel::openFile(const QString &path, QString *errorMessage)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    for (int i = 0; i < editorCount(); ++i) {
        if (editor(i)->path() == absolute) {
            m_tabs->setCurrentIndex(i);
            return editor(i);
        }
    }
    auto *created = new PolicyEditor(m_autosave, m_tabs);
    if (!created->load(absolute, errorMessage)) {
        delete created;
        return nullptr;
    }
    addEditor(created);
    return created;
}

PolicyEditor *PolicyPanel::newPolicy(const QString &text)
{
    auto *created = new PolicyEditor(m_autosave, m_tabs);
    if (!text.isEmpty())
        created->replaceText(text);
    addEditor(created);
    return created;
}

int PolicyPanel::recoverAutosaved()
{
    if (!m_autosave)
        return 0;
    int count = 0;
    const QList<PolicyAutosave::Entry> entries = m_autosave->entries();
    for (const PolicyAutosave::Entry &entry : entries) {
        const QString when = QLocale().toString(entry.saved.toLocalTime(), QLocale::ShortFormat);
        QString banner = tr("Recovered unsaved changes from %1. Save to keep them; closing the "
                            "tab asks before discarding them.")
                             .arg(when);
        bool offerChoice = false;
        if (!entry.originalPath.isEmpty()) {
            const QString name = QDir::toNativeSeparators(entry.originalPath);
            QFile file(entry.originalPath);
            const QFileInfo info(entry.originalPath);
            if (file.open(QIODevice::ReadOnly)
                && QString::fromUtf8(file.readAll()) == entry.text) {
                m_autosave->remove(entry.id); // the file has it all: nothing to recover
                continue;
            }
            // The draft is never put over the file silently: the user decides.
            offerChoice = true;
            if (!info.exists())
                banner = tr("Recovered unsaved changes to %1 from %2; the file on disk no "
                            "longer exists. Save to keep the draft.")
                             .arg(name, when);
            else if (info.lastModified() > entry.saved)
                banner = tr("Recovered unsaved changes to %1 from %2; the file on disk changed "
                            "since (%3). Keep the draft (saving it replaces the file) or "
                            "discard it and show the file.")
                             .arg(name, when,
                                  QLocale().toString(info.lastModified(), QLocale::ShortFormat));
            else
                banner = tr("Recovered unsaved changes to %1 from %2; they differ from the "
                            "file on disk. Keep the draft or discard it and show the file.")
                             .arg(name, when);
        }
        auto *recovered = new PolicyEditor(m_autosave, m_tabs);
        recovered->recover(entry.id, entry.originalPath, entry.text);
        recovered->setBanner(banner);
        if (offerChoice)
            recovered->offerDraftChoice();
        addEditor(recovered);
        ++count;
    }
    if (count > 0)
        emit statusMessage(tr("Policy edits recovered from the last session: %n", nullptr,
                              count));
    return count;
}

void PolicyPanel::addEditor(PolicyEditor *editor)
{
    m_tabs->addTab(editor, editor->displayName());
    m_tabs->setCurrentWidget(editor);
    connect(editor, &PolicyEditor::textEdited, this, [this, editor]() {
        if (editor == currentEditor())
            m_lintTimer->start();
    });
    connect(editor, &PolicyEditor::modifiedChanged, this, &PolicyPanel::updateTitles);
    updateTitles();
    lintNow();
}

bool PolicyPanel::closeEditor(int index, bool force)
{
    PolicyEditor *closing = editor(index);
    if (!closing)
        return false;
    if (closing->isModified() && !force) {
        const auto answer = QMessageBox::question(
            this, tr("Unsaved policy"),
            tr("%1 has unsaved changes. Save them before closing?").arg(closing->displayName()),
            QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
        if (answer == QMessageBox::Cancel)
            return false;
        if (answer == QMessageBox::Save) {
            m_tabs->setCurrentIndex(index);
            saveCurrent(closing->path().isEmpty());
            if (closing->isModified())
                return false;
        } else {
            closing->discardAutosave();
        }
    }
    m_tabs->removeTab(index);
    closing->deleteLater();
    return true;
}

void PolicyPanel::updateTitles()
{
    for (int i = 0; i < editorCount(); ++i) {
        PolicyEditor *e = editor(i);
        m_tabs->setTabText(i, e->isModified() ? e->displayName() + QLatin1String(" *")
                                              : e->displayName());
        m_tabs->setTabToolTip(i, QDir::toNativeSeparators(e->path()));
    }
    updateActions();
}

void PolicyPanel::updateActions()
{
    PolicyEditor *current = currentEditor();
    m_saveAction->setEnabled(current);
    m_saveAsAction->setEnabled(current);
    const QTreeWidgetItem *item = m_diagnostics->currentItem();
    bool fixable = false;
    if (current && item) {
        const int index = item->data(0, DiagnosticIndexRole).toInt();
        fixable = index >= 0 && index < current->diagnostics().size()
                  && current->diagnostics().at(index).fix.has_value();
    }
    m_fixAction->setEnabled(fixable);
    m_evaluateButton->setEnabled(current && m_sourceFactory && !m_evaluating
                                 && !checkedImages().isEmpty());
}

void PolicyPanel::openWithDialog()
{
    const QStringList paths = QFileDialog::getOpenFileNames(
        this, tr("Open policy"), QString(), tr("Policies (*.yaml *.yml);;All files (*)"));
    for (const QString &path : paths) {
        QString error;
        if (!openFile(path, &error))
            QMessageBox::warning(this, tr("Open policy"),
                                 tr("Cannot open %1: %2")
                                     .arg(QDir::toNativeSeparators(path), error));
    }
}

void PolicyPanel::saveCurrent(bool askForName)
{
    PolicyEditor *current = currentEditor();
    if (!current)
        return;
    QString path = current->path();
    if (askForName || path.isEmpty()) {
        path = QFileDialog::getSaveFileName(this, tr("Save policy"), path,
                                            tr("Policies (*.yaml *.yml);;All files (*)"));
        if (path.isEmpty())
            return;
    }
    QString error;
    if (!current->saveAs(path, &error)) {
        // The text stays in the editor and in the autosave: nothing is lost.
        QMessageBox::warning(this, tr("Save policy"),
                             tr("Cannot save %1: %2\nYour changes are still in the editor.")
                                 .arg(QDir::toNativeSeparators(path), error));
        return;
    }
    updateTitles();
    emit statusMessage(tr("Saved %1").arg(QDir::toNativeSeparators(path)));
}

void PolicyPanel::lintNow()
{
    m_lintTimer->stop();
    PolicyEditor *current = currentEditor();
    if (!current)
        return;
    QPointer<PolicyEditor> target(current);
    const int revision = current->revision();
    const QString text = current->text();
    m_runner->run<QList<policy::Diagnostic>>(
        tr("Checking the policy"),
        [text](const std::atomic_bool &) { return PolicyService::lint(text); }, this,
        [this, target, revision](QList<policy::Diagnostic> diagnostics) {
            if (!target || target->revision() != revision)
                return; // edited meanwhile; the next lint covers it
            target->setDiagnostics(diagnostics);
            if (target == currentEditor())
                showDiagnostics();
            ++m_lintGeneration;
        });
}

void PolicyPanel::showDiagnostics()
{
    m_diagnostics->clear();
    PolicyEditor *current = currentEditor();
    const QList<policy::Diagnostic> diagnostics = current ? current->diagnostics()
                                                          : QList<policy::Diagnostic>();
    for (int i = 0; i < diagnostics.size(); ++i) {
        const policy::Diagnostic &diagnostic = diagnostics.at(i);
        auto *item = new QTreeWidgetItem(m_diagnostics);
        item->setIcon(0, statusIcon(severityStatus(diagnostic.severity)));
        item->setText(0, QStringLiteral("%1:%2").arg(diagnostic.line).arg(diagnostic.column));
        item->setText(1, diagnostic.message);
        item->setToolTip(1, diagnostic.message + QLatin1String("\n[") + diagnostic.code
                                + QLatin1Char(']'));
        if (diagnostic.fix) {
            item->setText(2, diagnostic.fix->weakensVerification
                                 ? tr("%1 (weakens verification)").arg(diagnostic.fix->title)
                                 : diagnostic.fix->title);
        }
        item->setData(0, DiagnosticIndexRole, i);
    }
    showDiagnosticDetail();
    m_bottom->setTabText(0, diagnostics.isEmpty()
                                ? tr("Problems")
                                : tr("Problems (%1)").arg(diagnostics.size()));
    updateActions();
}

void PolicyPanel::showDiagnosticDetail()
{
    PolicyEditor *current = currentEditor();
    const QTreeWidgetItem *item = m_diagnostics->currentItem();
    const int index = item ? item->data(0, DiagnosticIndexRole).toInt() : -1;
    if (!current || index < 0 || index >= current->diagnostics().size()) {
        m_diagnosticDetail->setText(m_diagnostics->topLevelItemCount() > 0
                                        ? tr("Click a problem to go to it in the text.")
                                        : QString());
        return;
    }
    const policy::Diagnostic &diagnostic = current->diagnostics().at(index);
    QString text = tr("Line %1, column %2: %3")
                       .arg(diagnostic.line)
                       .arg(diagnostic.column)
                       .arg(diagnostic.message);
    if (diagnostic.fix) {
        text += QLatin1Char('\n')
                + (diagnostic.fix->weakensVerification
                       ? tr("Quick fix (weakens verification): %1").arg(diagnostic.fix->title)
                       : tr("Quick fix: %1").arg(diagnostic.fix->title));
    }
    m_diagnosticDetail->setText(text);
}

void PolicyPanel::jumpTo(QTreeWidgetItem *item)
{
    PolicyEditor *current = currentEditor();
    if (!current || !item)
        return;
    const int index = item->data(0, DiagnosticIndexRole).toInt();
    if (index < 0 || index >= current->diagnostics().size())
        return;
    const policy::Diagnostic &diagnostic = current->diagnostics().at(index);
    current->editor()->goTo(diagnostic.line, diagnostic.column);
}

bool PolicyPanel::applyFix(int row)
{
    PolicyEditor *current = currentEditor();
    if (!current || row < 0 || row >= current->diagnostics().size())
        return false;
    const policy::Diagnostic diagnostic = current->diagnostics().at(row);
    if (!diagnostic.fix)
        return false;
    if (diagnostic.fix->weakensVerification) {
        // A fix that makes the policy accept more is never applied in passing.
        QMessageBox box(QMessageBox::Warning, tr("Weaken verification?"),
                        tr("This quick fix weakens what the policy checks:\n\n%1\n\n"
                           "Apply it anyway?")
                            .arg(diagnostic.fix->title),
                        QMessageBox::NoButton, this);
        box.setObjectName(QStringLiteral("weakeningFixConfirmation"));
        QPushButton *apply = box.addButton(tr("Apply and weaken"), QMessageBox::AcceptRole);
        box.setDefaultButton(box.addButton(QMessageBox::Cancel));
        box.exec();
        if (box.clickedButton() != apply) {
            emit statusMessage(tr("Not applied: %1").arg(diagnostic.fix->title));
            return false;
        }
    }
    // Diagnostics are only shown for the revision they were made from, so
    // the fix's offsets still match the text.
    current->replaceText(diagnostic.fix->apply(current->text()));
    emit statusMessage(tr("Applied: %1").arg(diagnostic.fix->title));
    lintNow();
    return true;
}

void PolicyPanel::setCandidateImages(const QStringList &images, const QStringList &checked)
{
    m_images->clear();
    for (const QString &image : images)
        addCandidateImage(image, checked.contains(image));
}

void PolicyPanel::addCandidateImage(const QString &image, bool checked)
{
    for (int i = 0; i < m_images->count(); ++i) {
        if (m_images->item(i)->text() == image) {
            m_images->item(i)->setCheckState(checked ? Qt::Checked : Qt::Unchecked);
            return;
        }
    }
    auto *item = new QListWidgetItem(image, m_images);
    item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable | Qt::ItemIsSelectable);
    item->setCheckState(checked ? Qt::Checked : Qt::Unchecked);
    updateActions();
}

void PolicyPanel::setImageChecked(const QString &image, bool checked)
{
    addCandidateImage(image, checked);
}

QStringList PolicyPanel::checkedImages() const
{
    QStringList images;
    for (int i = 0; i < m_images->count(); ++i) {
        if (m_images->item(i)->checkState() == Qt::Checked)
            images << m_images->item(i)->text();
    }
    return images;
}

void PolicyPanel::evaluate()
{
    PolicyEditor *current = currentEditor();
    const QStringList images = checkedImages();
    if (!current || !m_sourceFactory || images.isEmpty())
        return;
    m_evaluating = true;
    updateActions();
    m_bottom->setCurrentIndex(1);
    m_banner->showResult(Status::Unknown, tr("Evaluating…"),
                         tr("%1 against images: %n", nullptr, int(images.size()))
                             .arg(current->displayName()));
    m_trace->clear();
    const QString text = current->text();
    const SourceFactory factory = m_sourceFactory;
    m_runner->run<PolicyEvaluation>(
        tr("Evaluating the policy"),
        [text, images, factory](const std::atomic_bool &cancel) {
            std::unique_ptr<registry::ContentSource> source = factory(cancel);
            return PolicyService::evaluate(text, images, *source);
        },
        this, [this](PolicyEvaluation evaluation) {
            m_evaluating = false;
            showEvaluation(evaluation);
            ++m_evaluationGeneration;
            updateActions();
        });
}

QTreeWidgetItem *PolicyPanel::traceItem(const PolicyTraceNode &node)
{
    auto *item = new QTreeWidgetItem;
    item->setIcon(0, statusIcon(node.status));
    item->setText(0, node.title);
    item->setText(1, node.detail);
    item->setToolTip(1, node.detail);
    for (const PolicyTraceNode &child : node.children)
        item->addChild(traceItem(child));
    return item;
}

void PolicyPanel::showEvaluation(const PolicyEvaluation &evaluation)
{
    m_lastEvaluation = evaluation;
    m_trace->clear();
    const Status status = !evaluation.evaluated || !evaluation.ruleApplied ? Status::Unknown
                          : evaluation.admit                                 ? Status::Pass
                                                                             : Status::Fail;
    m_banner->showResult(status, evaluation.headline, evaluation.reason);
    for (const PolicyTraceNode &node : evaluation.trace)
        m_trace->addTopLevelItem(traceItem(node));
    m_trace->expandAll();
}

} // namespace chainscope::ui
