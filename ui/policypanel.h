#pragma once

#include "ui/connectionsettings.h"
#include "ui/policydisplay.h"

#include <QPointer>
#include <QWidget>

class QAction;
class QLabel;
class QListWidget;
class QPushButton;
class QTabWidget;
class QTimer;
class QTreeWidget;
class QTreeWidgetItem;

namespace chainscope::ui {

class BannerWidget;
class PolicyAutosave;
class PolicyEditor;
class TaskRunner;

/// The Policy tab: policies open in editors (one tab each), their lint
/// findings with line:column (click jumps there, the editor underlines the
/// range, a quick fix rewrites the text), and an evaluation of the current
/// policy against the checked images with an admit/deny banner and a trace
/// rule → image → attestor → step. Lint and evaluation run off the GUI thread.
class PolicyPanel final : public QWidget
{
    Q_OBJECT

public:
    PolicyPanel(TaskRunner *runner, PolicyAutosave *autosave, QWidget *parent = nullptr);

    /// Where evaluation reads images from; unset, evaluation is disabled.
    void setSourceFactory(SourceFactory factory);

    /// Opens \a path, or shows it when already open. Null with \a errorMessage
    /// when the file cannot be read.
    PolicyEditor *openFile(const QString &path, QString *errorMessage);
    PolicyEditor *newPolicy(const QString &text = {});
    /// Opens every autosaved policy left by an earlier session; returns how many.
    int recoverAutosaved();

    int editorCount() const;
    PolicyEditor *editor(int index) const;
    PolicyEditor *currentEditor() const;
    void setCurrentEditor(PolicyEditor *editor);
    /// Closes tab \a index; asks about unsaved changes unless \a force.
    bool closeEditor(int index, bool force = false);

    /// The images offered for evaluation; \a checked ones are ticked.
    void setCandidateImages(const QStringList &images, const QStringList &checked = {});
    void addCandidateImage(const QString &image, bool checked);
    void setImageChecked(const QString &image, bool checked);
    QStringList checkedImages() const;

    /// Lints the current editor now (results arrive asynchronously).
    void lintNow();
    /// Applies the quick fix of the diagnostic in row \a row of the list.
    bool applyFix(int row);
    void evaluate();

    QTreeWidget *diagnosticsList() const { return m_diagnostics; }
    QTreeWidget *traceTree() const { return m_trace; }
    BannerWidget *evaluationBanner() const { return m_banner; }
    const PolicyEvaluation &lastEvaluation() const { return m_lastEvaluation; }
    /// Increases whenever a lint result has been shown (tests wait on it).
    int lintGeneration() const { return m_lintGeneration; }
    int evaluationGeneration() const { return m_evaluationGeneration; }

signals:
    void statusMessage(const QString &text);

private:
    void addEditor(PolicyEditor *editor);
    void showDiagnostics();
    void updateTitles();
    void updateActions();
    void showEvaluation(const PolicyEvaluation &evaluation);
    void saveCurrent(bool askForName);
    void openWithDialog();
    void jumpTo(QTreeWidgetItem *item);
    void showDiagnosticDetail();
    QTreeWidgetItem *traceItem(const PolicyTraceNode &node);

    TaskRunner *m_runner;
    PolicyAutosave *m_autosave;
    SourceFactory m_sourceFactory;
    QTabWidget *m_tabs;
    QTreeWidget *m_diagnostics;
    QLabel *m_diagnosticDetail;
    QListWidget *m_images;
    QPushButton *m_evaluateButton;
    BannerWidget *m_banner;
    QTreeWidget *m_trace;
    QTabWidget *m_bottom;
    QAction *m_saveAction;
    QAction *m_saveAsAction;
    QAction *m_fixAction;
    QTimer *m_lintTimer;
    PolicyEvaluation m_lastEvaluation;
    int m_lintGeneration = 0;
    int m_evaluationGeneration = 0;
    bool m_evaluating = false;
};

} // namespace chainscope::ui
