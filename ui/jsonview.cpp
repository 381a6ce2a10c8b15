#include "ui/jsonview.h"

#include "ui/jsonformatter.h"
#include "ui/syntaxhighlighting.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QSyntaxHighlighter>
#include <QVBoxLayout>

namespace chainscope::ui {

JsonView::JsonView(QWidget *parent)
    : QWidget(parent)
    , m_chooser(new QComboBox(this))
    , m_exact(new QCheckBox(tr("Exact bytes as received"), this))
    , m_info(new QLabel(this))
    , m_editor(new QPlainTextEdit(this))
    , m_highlighter(nullptr)
{
    m_chooser->setObjectName(QStringLiteral("rawChooser"));
    m_exact->setObjectName(QStringLiteral("rawExactBytes"));
    m_exact->setToolTip(tr("Show the document byte for byte as the registry sent it; the "
                           "digest is computed over these bytes."));
    m_info->setObjectName(QStringLiteral("rawInfo"));
    m_info->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_editor->setObjectName(QStringLiteral("rawText"));
    m_editor->setReadOnly(true);
    m_editor->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_editor->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_highlighter = attachHighlighter(m_editor->document(), SyntaxLanguage::Json);

    auto *top = new QHBoxLayout;
    top->addWidget(m_chooser);
    top->addWidget(m_exact);
    top->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_info);
    layout->addWidget(m_editor, 1);

    connect(m_chooser, &QComboBox::currentIndexChanged, this, &JsonView::refresh);
    connect(m_exact, &QCheckBox::toggled, this, &JsonView::refresh);
}

void JsonView::setDocuments(const QList<RawDocument> &documents)
{
    m_documents = documents;
    for (RawDocument &document : m_documents) {
        if (!document.prepared)
            document.prepare();
    }
    const QSignalBlocker blocker(m_chooser);
    m_chooser->clear();
    for (const RawDocument &document : documents)
        m_chooser->addItem(document.title);
    m_chooser->setCurrentIndex(documents.isEmpty() ? -1 : 0);
    refresh();
}

void JsonView::clear()
{
    setDocuments({});
}

void JsonView::showDocument(int index)
{
    m_chooser->setCurrentIndex(index);
}

void JsonView::setExactBytes(bool exact)
{
    m_exact->setChecked(exact);
}

bool JsonView::isExactBytes() const
{
    return m_exact->isChecked();
}

QString JsonView::text() const
{
    return m_editor->toPlainText();
}

bool JsonView::isHighlighting() const
{
    return m_highlighter && m_highlighter->document() == m_editor->document();
}

void JsonView::refresh()
{
    const int index = m_chooser->currentIndex();
    if (index < 0 || index >= m_documents.size()) {
        m_info->clear();
        m_editor->clear();
        return;
    }

    const RawDocument &document = m_documents.at(index);
    QString info = tr("%1 · %2 B")
                       .arg(document.mediaType.isEmpty() ? tr("no media type")
                                                         : document.mediaType,
                            QLocale().toString(document.bytes.size()));
    if (!document.digest.isEmpty())
        info += QStringLiteral(" · ") + document.digest;

    QString shown;
    if (m_exact->isChecked()) {
        shown = QString::fromUtf8(document.bytes);
    } else if (document.pretty.isEmpty()) {
        info += QLatin1String("\n")
                + tr("Not shown indented (%1); showing the bytes as received.")
                      .arg(document.prettyError);
        shown = QString::fromUtf8(document.bytes);
    } else {
        shown = document.pretty;
    }
    // Highlighting a huge document would stall the GUI thread.
    if (m_highlighter) {
        QTextDocument *wanted
            = shown.size() > MaxHighlightedChars ? nullptr : m_editor->document();
        if (m_highlighter->document() != wanted)
            m_highlighter->setDocument(wanted);
    }
    m_editor->setPlainText(shown);
    m_info->setText(info);
}

} // namespace chainscope::ui
