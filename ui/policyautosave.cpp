#include "ui/policyautosave.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSaveFile>
#include <QStandardPaths>
#include <QUuid>

#include <algorithm>

namespace chainscope::ui {

PolicyAutosave::PolicyAutosave(QString directory)
    : m_directory(std::move(directory))
{
    if (m_directory.isEmpty())
        m_directory = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)
                      + QLatin1String("/autosave");
}

QString PolicyAutosave::newId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

QString PolicyAutosave::textPath(const QString &id) const
{
    return m_directory + QLatin1Char('/') + id + QLatin1String(".yaml");
}

QString PolicyAutosave::metaPath(const QString &id) const
{
    return m_directory + QLatin1Char('/') + id + QLatin1String(".json");
}

bool PolicyAutosave::store(const QString &id, const QString &originalPath, const QString &text,
                           QString *errorMessage)
{
    if (!QDir().mkpath(m_directory)) {
        if (errorMessage)
            *errorMessage = QDir::toNativeSeparators(m_directory);
        return false;
    }

    // Text first, then the metadata that makes it an entry: a crash between
    // the two leaves an orphan text file, never an entry without text.
    QSaveFile textFile(textPath(id));
    if (!textFile.open(QIODevice::WriteOnly) || textFile.write(text.toUtf8()) < 0
        || !textFile.commit()) {
        if (errorMessage)
            *errorMessage = textFile.errorString();
        return false;
    }
    QJsonObject meta{{QStringLiteral("path"), originalPath},
                     {QStringLiteral("saved"),
                      QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs)}};
    QSaveFile metaFile(metaPath(id));
    if (!metaFile.open(QIODevice::WriteOnly)
        || metaFile.write(QJsonDocument(meta).toJson(QJsonDocument::Compact)) < 0
        || !metaFile.commit()) {
        if (errorMessage)
            *errorMessage = metaFile.errorString();
        return false;
    }
    return true;
}

void PolicyAutosave::remove(const QString &id)
{
    QFile::remove(metaPath(id));
    QFile::remove(textPath(id));
}

QList<PolicyAutosave::Entry> PolicyAutosave::entries() const
{
    static const QRegularExpression idPattern(QStringLiteral("^[0-9a-fA-F-]{36}$"));
    QList<Entry> result;
    const QDir dir(m_directory);
    const QStringList metas = dir.entryList({QStringLiteral("*.json")}, QDir::Files);
    for (const QString &name : metas) {
        const QString id = name.chopped(5);
        if (!idPattern.match(id).hasMatch())
            continue;
        QFile meta(metaPath(id));
        QFile text(textPath(id));
        if (!meta.open(QIODevice::ReadOnly) || !text.open(QIODevice::ReadOnly))
            continue;
        const QJsonObject object = QJsonDocument::fromJson(meta.readAll()).object();
        Entry entry;
        entry.id = id;
        entry.originalPath = object.value(QLatin1String("path")).toString();
        entry.saved = QDateTime::fromString(object.value(QLatin1String("saved")).toString(),
                                            Qt::ISODateWithMs);
        entry.text = QString::fromUtf8(text.readAll());
        result.append(entry);
    }
    std::sort(result.begin(), result.end(),
              [](const Entry &a, const Entry &b) { return a.saved < b.saved; });
    return result;
}

} // namespace chainscope::ui
