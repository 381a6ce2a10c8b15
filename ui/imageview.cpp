#include "ui/imageview.h"

#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>

namespace chainscope::ui {

namespace {

void fillTable(QTableWidget *table, const QList<QStringList> &rows)
{
    table->setRowCount(int(rows.size()));
    for (int row = 0; row < rows.size(); ++row) {
        const QStringList &cells = rows.at(row);
        for (int column = 0; column < cells.size() && column < table->columnCount(); ++column) {
            auto *item = new QTableWidgetItem(cells.at(column));
            item->setToolTip(cells.at(column));
            item->setFlags(Qt::ItemIsSelectable | Qt::ItemIsEnabled);
            table->setItem(row, column, item);
        }
    }
}

QString sizeText(qint64 bytes)
{
    return bytes < 0 ? QString() : QLocale().formattedDataSize(bytes);
}

QString joinCommand(const QStringList &parts)
{
    QStringList quoted;
    for (const QString &part : parts)
        quoted << (part.contains(QLatin1Char(' ')) ? QLatin1Char('"') + part + QLatin1Char('"')
                                                    : part);
    return quoted.join(QLatin1Char(' '));
}

} // namespace

ImageView::ImageView(QWidget *parent)
    : QWidget(parent)
    , m_form(new QFormLayout)
    , m_tables(new QTabWidget(this))
    , m_message(new QLabel(this))
{
    m_message->setObjectName(QStringLiteral("overviewMessage"));
    m_message->setWordWrap(true);
    m_message->setVisible(false);

    addField(QStringLiteral("reference"), tr("Image"));
    addField(QStringLiteral("digest"), tr("Digest"));
    addField(QStringLiteral("mediaType"), tr("Media type"));
    addField(QStringLiteral("platform"), tr("Platform"));
    addField(QStringLiteral("created"), tr("Created"));
    addField(QStringLiteral("user"), tr("User"));
    addField(QStringLiteral("ports"), tr("Exposed ports"));
    addField(QStringLiteral("entrypoint"), tr("Entrypoint"));
    addField(QStringLiteral("cmd"), tr("Command"));
    addField(QStringLiteral("workingDir"), tr("Working directory"));
    addField(QStringLiteral("size"), tr("Compressed size"));

    addTable(QStringLiteral("layers"), tr("Layers"), {tr("#"), tr("Digest"), tr("Size"),
                                                      tr("Media type")});
    addTable(QStringLiteral("history"), tr("History"), {tr("Created"), tr("Created by"),
                                                        tr("Empty layer"), tr("Comment")});
    addTable(QStringLiteral("labels"), tr("Labels"), {tr("Label"), tr("Value")});
    addTable(QStringLiteral("env"), tr("Environment"), {tr("Variable"), tr("Value")});
    addTable(QStringLiteral("platforms"), tr("Platforms"), {tr("Platform"), tr("Digest"),
                                                            tr("Media type")});
    addTable(QStringLiteral("annotations"), tr("Annotations"), {tr("Annotation"), tr("Value")});

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_message);
    layout->addLayout(m_form);
    layout->addWidget(m_tables, 1);
    clear();
}

QLabel *ImageView::addField(const QString &name, const QString &title)
{
    auto *label = new QLabel(this);
    label->setObjectName(QLatin1String("overview_") + name);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->setWordWrap(true);
    m_form->addRow(title, label);
    m_fields.insert(name, label);
    return label;
}

QTableWidget *ImageView::addTable(const QString &name, const QString &title,
                                  const QStringList &headers)
{
    auto *table = new QTableWidget(0, int(headers.size()), this);
    table->setObjectName(QLatin1String("overview_") + name);
    table->setHorizontalHeaderLabels(headers);
    table->horizontalHeader()->setStretchLastSection(true);
    table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    table->verticalHeader()->setVisible(false);
    table->verticalHeader()->setDefaultSectionSize(table->fontMetrics().height() + 6);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setWordWrap(false);
    m_tables->addTab(table, title);
    m_tableByName.insert(name, table);
    return table;
}

void ImageView::setField(const QString &name, const QString &value)
{
    QLabel *label = m_fields.value(name);
    label->setText(value);
    label->setVisible(!value.isEmpty());
    if (QWidget *title = m_form->labelForField(label))
        title->setVisible(!value.isEmpty());
}

QString ImageView::field(const QString &name) const
{
    const QLabel *label = m_fields.value(name);
    return label ? label->text() : QString();
}

QTableWidget *ImageView::table(const QString &name) const
{
    return m_tableByName.value(name);
}

void ImageView::clear()
{
    for (auto it = m_fields.cbegin(); it != m_fields.cend(); ++it)
        setField(it.key(), {});
    for (QTableWidget *table : std::as_const(m_tableByName))
        table->setRowCount(0);
    m_message->setVisible(false);
}

void ImageView::setDetails(const ImageDetails &details)
{
    clear();
    setField(QStringLiteral("reference"), details.reference.toString());
    setField(QStringLiteral("digest"), details.top.digest().toString());
    QString mediaType = details.top.mediaType();
    if (mediaType.isEmpty())
        mediaType = details.topContentType;
    if (details.top.isIndex())
        mediaType = tr("%1 (index; manifests: %n)", nullptr,
                       int(details.top.manifests().size()))
                        .arg(mediaType);
    setField(QStringLiteral("mediaType"), mediaType);

    QList<QStringList> platformRows;
    for (const oci::Descriptor &entry : details.top.manifests())
        platformRows << QStringList{entry.platform ? entry.platform->toString() : tr("unknown"),
                                    entry.digest.toString(), entry.mediaType};
    fillTable(m_tableByName.value(QStringLiteral("platforms")), platformRows);

    QList<QStringList> annotationRows;
    for (auto it = details.top.annotations().cbegin(); it != details.top.annotations().cend(); ++it)
        annotationRows << QStringList{it.key(), it.value()};
    fillTable(m_tableByName.value(QStringLiteral("annotations")), annotationRows);

    QStringList problems;
    if (!details.imageError.isEmpty())
        problems << tr("Platform manifest: %1").arg(details.imageError);
    if (!details.configError.isEmpty())
        problems << tr("Config: %1").arg(details.configError);

    if (details.image) {
        QList<QStringList> layerRows;
        qint64 total = 0;
        int number = 1;
        for (const oci::Descriptor &layer : details.image->layers()) {
            total += qMax<qint64>(layer.size, 0);
            layerRows << QStringList{QString::number(number++), layer.digest.toString(),
                                     sizeText(layer.size), layer.mediaType};
        }
        fillTable(m_tableByName.value(QStringLiteral("layers")), layerRows);
        setField(QStringLiteral("size"), tr("%1 (layers: %n)", nullptr,
                                            int(details.image->layers().size()))
                                             .arg(sizeText(total)));
    }

    if (details.config) {
        const oci::ImageConfig &config = *details.config;
        QString platform = config.os + QLatin1Char('/') + config.architecture;
        if (!config.variant.isEmpty())
            platform += QLatin1Char('/') + config.variant;
        setField(QStringLiteral("platform"), config.os.isEmpty() ? QString() : platform);
        setField(QStringLiteral("created"),
                 config.created.isValid() ? config.created.toString(Qt::ISODate) : QString());
        setField(QStringLiteral("user"), config.user.isEmpty() ? tr("(not set: root)")
                                                              : config.user);
        setField(QStringLiteral("ports"), config.exposedPorts.join(QLatin1String(", ")));
        setField(QStringLiteral("entrypoint"), joinCommand(config.entrypoint));
        setField(QStringLiteral("cmd"), joinCommand(config.cmd));
        setField(QStringLiteral("workingDir"), config.workingDir);

        QList<QStringList> labelRows;
        for (auto it = config.labels.cbegin(); it != config.labels.cend(); ++it)
            labelRows << QStringList{it.key(), it.value()};
        fillTable(m_tableByName.value(QStringLiteral("labels")), labelRows);

        QList<QStringList> envRows;
        for (const QString &entry : config.env) {
            const qsizetype equals = entry.indexOf(QLatin1Char('='));
            envRows << (equals < 0 ? QStringList{entry, QString()}
                                   : QStringList{entry.left(equals), entry.mid(equals + 1)});
        }
        fillTable(m_tableByName.value(QStringLiteral("env")), envRows);

        QList<QStringList> historyRows;
        for (const oci::HistoryEntry &entry : config.history)
            historyRows << QStringList{entry.created.toString(Qt::ISODate), entry.createdBy,
                                       entry.emptyLayer ? tr("yes") : QString(), entry.comment};
        fillTable(m_tableByName.value(QStringLiteral("history")), historyRows);
    }

    if (!problems.isEmpty()) {
        m_message->setText(problems.join(QLatin1Char('\n')));
        m_message->setVisible(true);
    }
}

} // namespace chainscope::ui
