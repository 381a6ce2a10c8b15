#pragma once

#include "core/support/result.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

namespace chainscope::oci {

struct HistoryEntry
{
    QDateTime created;
    QString createdBy;
    QString author;
    QString comment;
    bool emptyLayer = false;
};

/// An image configuration (OCI image-spec config.md, Docker image v1).
class ImageConfig
{
public:
    static Result<ImageConfig> parse(const QByteArray &raw);

    const QByteArray &raw() const { return m_raw; }
    QString os;
    QString architecture;
    QString variant;
    QDateTime created;
    QString author;
    QString user;
    QStringList env;
    QStringList entrypoint;
    QStringList cmd;
    QString workingDir;
    QStringList exposedPorts; ///< "8080/tcp"
    QStringList volumes;
    QMap<QString, QString> labels;
    QStringList diffIds;
    QList<HistoryEntry> history;

private:
    QByteArray m_raw;
};

} // namespace chainscope::oci
