#pragma once

#include "ui/imagedetails.h"

#include <QHash>
#include <QWidget>

class QFormLayout;
class QLabel;
class QTabWidget;
class QTableWidget;

namespace chainscope::ui {

/// The Overview tab: what an image is and how it runs. Digest, media type,
/// platforms of an index, user, ports, entrypoint, and tables of labels,
/// environment, history and layers.
class ImageView final : public QWidget
{
    Q_OBJECT

public:
    explicit ImageView(QWidget *parent = nullptr);

    void setDetails(const ImageDetails &details);
    void clear();

    /// The text of a field ("digest", "mediaType", "user", "ports", ...) as
    /// shown; empty when the field is not shown.
    QString field(const QString &name) const;
    QTableWidget *table(const QString &name) const; ///< "labels", "env", "history", ...

private:
    QLabel *addField(const QString &name, const QString &title);
    QTableWidget *addTable(const QString &name, const QString &title, const QStringList &headers);
    void setField(const QString &name, const QString &value);

    QFormLayout *m_form;
    QTabWidget *m_tables;
    QLabel *m_message;
    QHash<QString, QLabel *> m_fields;
    QHash<QString, QTableWidget *> m_tableByName;
};

} // namespace chainscope::ui
