#pragma once

#include <QList>
#include <QPlainTextEdit>

namespace chainscope::ui {

/// A plain-text editor with a line-number gutter and marked ranges (wavy
/// underlines for lint diagnostics). Lines and columns are 1-based, columns
/// in UTF-16 code units, as the policy linter reports them.
class CodeEditor final : public QPlainTextEdit
{
    Q_OBJECT

public:
    struct Mark
    {
        int line = 0;
        int column = 0;
        int endLine = 0;   ///< 0: to the end of the word at line:column
        int endColumn = 0;
        QColor color;
        QString tooltip;
    };

    explicit CodeEditor(QWidget *parent = nullptr);

    void setMarks(const QList<Mark> &marks);
    const QList<Mark> &marks() const { return m_marks; }
    /// The extra selections drawn for the marks (tests check their ranges).
    QList<QTextEdit::ExtraSelection> markSelections() const { return m_markSelections; }

    /// Moves the cursor to \a line:\a column, shows it and takes focus.
    void goTo(int line, int column);
    int currentLine() const;
    int currentColumn() const;

    int lineNumberAreaWidth() const;
    void paintLineNumbers(QPaintEvent *event);

protected:
    void resizeEvent(QResizeEvent *event) override;
    bool event(QEvent *event) override;

private:
    QTextCursor cursorFor(int line, int column) const;
    void updateSelections();

    QWidget *m_lineNumbers;
    QList<Mark> m_marks;
    QList<QTextEdit::ExtraSelection> m_markSelections;
};

} // namespace chainscope::ui
