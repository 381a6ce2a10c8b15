#pragma once

#include "ui/rawdocument.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QPlainTextEdit;
class QSyntaxHighlighter;

namespace chainscope::ui {


/// The Raw tab: a chooser of documents, a pretty view with highlighting and a
/// toggle that shows the bytes exactly as the registry sent them.
class JsonView final : public QWidget
{
    Q_OBJECT

public:
    explicit JsonView(QWidget *parent = nullptr);

    /// Documents not yet prepared (RawDocument::prepare) are prepared here,
    /// on the GUI thread; the image worker prepares them beforehand.
    void setDocuments(const QList<RawDocument> &documents);
    /// Text longer than this is shown without syntax highlighting.
    static constexpr qsizetype MaxHighlightedChars = 512 * 1024;
    bool isHighlighting() const;
    void clear();

    int documentCount() const { return int(m_documents.size()); }
    void showDocument(int index);
    void setExactBytes(bool exact);
    bool isExactBytes() const;
    /// The text shown right now.
    QString text() const;

private:
    void refresh();

    QList<RawDocument> m_documents;
    QComboBox *m_chooser;
    QCheckBox *m_exact;
    QLabel *m_info;
    QPlainTextEdit *m_editor;
    QSyntaxHighlighter *m_highlighter;
};

} // namespace chainscope::ui
