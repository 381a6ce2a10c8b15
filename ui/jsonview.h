#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QPlainTextEdit;

namespace chainscope::ui {

/// One document the Raw tab can show: a manifest, an index or a config.
struct RawDocument
{
    QString title;       ///< "Manifest", "Config", ...
    QByteArray bytes;    ///< exactly as received
    QString mediaType;
    QString digest;
};

/// The Raw tab: a chooser of documents, a pretty view with highlighting and a
/// toggle that shows the bytes exactly as the registry sent them.
class JsonView final : public QWidget
{
    Q_OBJECT

public:
    explicit JsonView(QWidget *parent = nullptr);

    void setDocuments(const QList<RawDocument> &documents);
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
};

} // namespace chainscope::ui
