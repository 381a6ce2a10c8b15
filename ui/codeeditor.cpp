#include "ui/codeeditor.h"

#include <QFontDatabase>
#include <QHelpEvent>
#include <QPainter>
#include <QTextBlock>
#include <QToolTip>

namespace chainscope::ui {

namespace {

class LineNumberArea final : public QWidget
{
public:
    explicit LineNumberArea(CodeEditor *editor)
        : QWidget(editor)
        , m_editor(editor)
    {
    }

    QSize sizeHint() const override { return {m_editor->lineNumberAreaWidth(), 0}; }

protected:
    void paintEvent(QPaintEvent *event) override { m_editor->paintLineNumbers(event); }

private:
    CodeEditor *m_editor;
};

} // namespace

CodeEditor::CodeEditor(QWidget *parent)
    : QPlainTextEdit(parent)
    , m_lineNumbers(new LineNumberArea(this))
{
    setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    setLineWrapMode(QPlainTextEdit::NoWrap);
    setTabChangesFocus(false);
    // YAML forbids tabs for indentation: insert spaces.
    setTabStopDistance(fontMetrics().horizontalAdvance(QLatin1Char(' ')) * 2);

    connect(this, &QPlainTextEdit::blockCountChanged, this,
            [this]() { setViewportMargins(lineNumberAreaWidth(), 0, 0, 0); });
    connect(this, &QPlainTextEdit::updateRequest, this, [this](const QRect &rect, int dy) {
        if (dy)
            m_lineNumbers->scroll(0, dy);
        else
            m_lineNumbers->update(0, rect.y(), m_lineNumbers->width(), rect.height());
    });
    connect(this, &QPlainTextEdit::cursorPositionChanged, this, &CodeEditor::updateSelections);
    setViewportMargins(lineNumberAreaWidth(), 0, 0, 0);
}

int CodeEditor::lineNumberAreaWidth() const
{
    int digits = 1;
    for (int max = qMax(1, blockCount()); max >= 10; max /= 10)
        ++digits;
    return 8 + fontMetrics().horizontalAdvance(QLatin1Char('9')) * qMax(digits, 3);
}

void CodeEditor::resizeEvent(QResizeEvent *event)
{
    QPlainTextEdit::resizeEvent(event);
    const QRect area = contentsRect();
    m_lineNumbers->setGeometry(area.left(), area.top(), lineNumberAreaWidth(), area.height());
}

void CodeEditor::paintLineNumbers(QPaintEvent *event)
{
    QPainter painter(m_lineNumbers);
    painter.fillRect(event->rect(), palette().color(QPalette::AlternateBase));

    QSet<int> marked;
    for (const Mark &mark : std::as_const(m_marks))
        marked.insert(mark.line);

    QTextBlock block = firstVisibleBlock();
    int top = qRound(blockBoundingGeometry(block).translated(contentOffset()).top());
    int bottom = top + qRound(blockBoundingRect(block).height());
    const int current = textCursor().blockNumber();
    while (block.isValid() && top <= event->rect().bottom()) {
        if (block.isVisible() && bottom >= event->rect().top()) {
            const int number = block.blockNumber() + 1;
            painter.setPen(marked.contains(number) ? QColor(0xc0, 0x39, 0x2b)
                           : block.blockNumber() == current
                               ? palette().color(QPalette::Text)
                               : palette().color(QPalette::PlaceholderText));
            painter.drawText(0, top, m_lineNumbers->width() - 4, fontMetrics().height(),
                             Qt::AlignRight, QString::number(number));
        }
        block = block.next();
        top = bottom;
        bottom = top + qRound(blockBoundingRect(block).height());
    }
}

QTextCursor CodeEditor::cursorFor(int line, int column) const
{
    const QTextBlock block = document()->findBlockByNumber(qMax(0, line - 1));
    QTextCursor cursor(block.isValid() ? block : document()->lastBlock());
    const int offset = qBound(0, column - 1, qMax(0, cursor.block().length() - 1));
    cursor.setPosition(cursor.block().position() + offset);
    return cursor;
}

void CodeEditor::setMarks(const QList<Mark> &marks)
{
    m_marks = marks;
    m_markSelections.clear();
    for (const Mark &mark : marks) {
        QTextCursor cursor = cursorFor(mark.line, mark.column);
        if (mark.endLine > 0) {
            const QTextCursor end = cursorFor(mark.endLine, mark.endColumn);
            cursor.setPosition(end.position(), QTextCursor::KeepAnchor);
        }
        if (!cursor.hasSelection()) {
            // No end known: mark the key or word that starts there.
            cursor.movePosition(QTextCursor::EndOfWord, QTextCursor::KeepAnchor);
            if (!cursor.hasSelection())
                cursor.movePosition(QTextCursor::EndOfBlock, QTextCursor::KeepAnchor);
        }
        QTextEdit::ExtraSelection selection;
        selection.cursor = cursor;
        selection.format.setUnderlineStyle(QTextCharFormat::WaveUnderline);
        selection.format.setUnderlineColor(mark.color.isValid() ? mark.color
                                                                : QColor(0xc0, 0x39, 0x2b));
        selection.format.setToolTip(mark.tooltip);
        m_markSelections.append(selection);
    }
    updateSelections();
    m_lineNumbers->update();
}

void CodeEditor::updateSelections()
{
    QList<QTextEdit::ExtraSelection> selections;
    if (!isReadOnly()) {
        QTextEdit::ExtraSelection currentLine;
        currentLine.format.setBackground(palette().color(QPalette::AlternateBase));
        currentLine.format.setProperty(QTextFormat::FullWidthSelection, true);
        currentLine.cursor = textCursor();
        currentLine.cursor.clearSelection();
        selections.append(currentLine);
    }
    selections += m_markSelections;
    setExtraSelections(selections);
}

void CodeEditor::goTo(int line, int column)
{
    setTextCursor(cursorFor(line, column));
    centerCursor();
    setFocus(Qt::OtherFocusReason);
}

int CodeEditor::currentLine() const
{
    return textCursor().blockNumber() + 1;
}

int CodeEditor::currentColumn() const
{
    return textCursor().positionInBlock() + 1;
}

bool CodeEditor::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const QTextCursor at = cursorForPosition(viewport()->mapFrom(this, help->pos()));
        QStringList tips;
        for (const QTextEdit::ExtraSelection &selection : std::as_const(m_markSelections)) {
            if (at.position() >= selection.cursor.selectionStart()
                && at.position() <= selection.cursor.selectionEnd())
                tips << selection.format.toolTip();
        }
        if (tips.isEmpty())
            QToolTip::hideText();
        else
            QToolTip::showText(help->globalPos(), tips.join(QLatin1Char('\n')), this);
        return true;
    }
    return QPlainTextEdit::event(event);
}

} // namespace chainscope::ui
