#pragma once

#include "core/policy/diagnostic.h"

#include <QList>

#include <QWidget>

class QLabel;
class QTimer;

namespace chainscope::ui {

class CodeEditor;
class PolicyAutosave;

/// One policy document: a YAML editor with line numbers and highlighting,
/// its file, and its unsaved state. While it has unsaved changes its text is
/// autosaved (debounced) so that a crash loses nothing.
class PolicyEditor final : public QWidget
{
    Q_OBJECT

public:
    /// \a autosave may be null (no autosave); it must outlive the editor.
    explicit PolicyEditor(PolicyAutosave *autosave, QWidget *parent = nullptr);
    ~PolicyEditor() override;

    /// Loads \a path; false with \a errorMessage when the file cannot be read.
    bool load(const QString &path, QString *errorMessage);
    bool save(QString *errorMessage);
    bool saveAs(const QString &path, QString *errorMessage);
    /// Restores an autosaved text: the editor is modified until saved.
    void recover(const QString &autosaveId, const QString &originalPath, const QString &text);

    QString path() const { return m_path; }
    QString displayName() const;
    QString text() const;
    /// Replaces the whole text as one undoable edit (quick fixes).
    void replaceText(const QString &text);
    bool isModified() const;
    QString autosaveId() const { return m_autosaveId; }
    /// Drops the autosaved copy (the user chose to discard the changes).
    void discardAutosave();
    /// Writes the autosave now instead of after the debounce delay.
    void flushAutosave();

    /// Increases with every edit: lint results for an older revision are stale.
    int revision() const { return m_revision; }

    void setDiagnostics(const QList<policy::Diagnostic> &diagnostics);
    const QList<policy::Diagnostic> &diagnostics() const { return m_diagnostics; }
    CodeEditor *editor() const { return m_editor; }

    void setBanner(const QString &text); ///< "Recovered unsaved changes from …"
    /// Shows Keep draft / Discard draft next to the banner: for a recovered
    /// draft that differs from its file. The draft stays until the user picks.
    void offerDraftChoice();
    bool isDraftChoiceOffered() const;
    /// The draft stays in the editor (unsaved, autosaved); the choice goes.
    void keepDraft();
    /// Reloads the file from disk and drops the draft; false (the draft
    /// stays) with \a errorMessage when the file cannot be read.
    bool discardDraft(QString *errorMessage);

signals:
    void textEdited();
    void modifiedChanged(bool modified);

private:
    void writeAutosave();

    PolicyAutosave *m_autosave;
    QString m_autosaveId;
    QString m_path;
    CodeEditor *m_editor;
    QLabel *m_banner;
    QWidget *m_draftChoice;
    QTimer *m_autosaveTimer;
    QList<policy::Diagnostic> m_diagnostics;
    int m_revision = 0;
};

} // namespace chainscope::ui
