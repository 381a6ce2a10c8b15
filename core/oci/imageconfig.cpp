#include "core/oci/imageconfig.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>

namespace chainscope::oci {

namespace {

// lupdate files Tr::tr() strings under this context, as translate() looks them up.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(chainscope::oci)
};

Error malformed(const QString &message)
{
    return Error(ErrorKind::Malformed, message);
}

QDateTime timestamp(const QJsonValue &value)
{
    return QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
}

Result<QStringList> stringList(const QJsonValue &value, const QString &what)
{
    QStringList list;
    if (value.isUndefined() || value.isNull())
        return list;
    if (!value.isArray())
        return malformed(Tr::tr("%1 is not a JSON array").arg(what));
    for (const QJsonValue &item : value.toArray()) {
        if (!item.isString())
            return malformed(Tr::tr("%1 holds a value that is not a string").arg(what));
        list.append(item.toString());
    }
    return list;
}

// Docker and OCI store sets ("ExposedPorts", "Volumes") as objects whose
// keys are the members.
Result<QStringList> keySet(const QJsonValue &value, const QString &what)
{
    if (value.isUndefined() || value.isNull())
        return QStringList();
    if (!value.isObject())
        return malformed(Tr::tr("%1 is not a JSON object").arg(what));
    return value.toObject().keys();
}

} // namespace

Result<ImageConfig> ImageConfig::parse(const QByteArray &raw)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(raw, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        return malformed(Tr::tr("the image configuration is not valid JSON: %1 at byte %2")
                             .arg(parseError.errorString())
                             .arg(parseError.offset));
    }
    if (!document.isObject())
        return malformed(Tr::tr("the image configuration is not a JSON object"));
    const QJsonObject object = document.object();

    ImageConfig config;
    config.m_raw = raw;
    config.os = object.value(QLatin1String("os")).toString();
    config.architecture = object.value(QLatin1String("architecture")).toString();
    config.variant = object.value(QLatin1String("variant")).toString();
    config.created = timestamp(object.value(QLatin1String("created")));
    config.author = object.value(QLatin1String("author")).toString();

    // OCI config.md: "config" holds the execution parameters. Docker's
    // older "container_config" is the build container, not the image.
    const QJsonValue execValue = object.value(QLatin1String("config"));
    if (!execValue.isUndefined() && !execValue.isNull() && !execValue.isObject())
        return malformed(Tr::tr("\"config\" of the image configuration is not a JSON object"));
    const QJsonObject exec = execValue.toObject();
    config.user = exec.value(QLatin1String("User")).toString();
    config.workingDir = exec.value(QLatin1String("WorkingDir")).toString();

    auto env = stringList(exec.value(QLatin1String("Env")), QStringLiteral("Env"));
    if (!env)
        return env.error();
    config.env = *env;
    auto entrypoint = stringList(exec.value(QLatin1String("Entrypoint")),
                                 QStringLiteral("Entrypoint"));
    if (!entrypoint)
        return entrypoint.error();
    config.entrypoint = *entrypoint;
    auto cmd = stringList(exec.value(QLatin1String("Cmd")), QStringLiteral("Cmd"));
    if (!cmd)
        return cmd.error();
    config.cmd = *cmd;
    auto ports = keySet(exec.value(QLatin1String("ExposedPorts")), QStringLiteral("ExposedPorts"));
    if (!ports)
        return ports.error();
    config.exposedPorts = *ports;
    auto volumes = keySet(exec.value(QLatin1String("Volumes")), QStringLiteral("Volumes"));
    if (!volumes)
        return volumes.error();
    config.volumes = *volumes;

    const QJsonValue labels = exec.value(QLatin1String("Labels"));
    if (labels.isObject()) {
        const QJsonObject map = labels.toObject();
        for (auto it = map.begin(); it != map.end(); ++it) {
            if (!it.value().isString())
                return malformed(Tr::tr("label \"%1\" is not a string").arg(it.key()));
            config.labels.insert(it.key(), it.value().toString());
        }
    } else if (!labels.isUndefined() && !labels.isNull()) {
        return malformed(Tr::tr("\"Labels\" is not a JSON object"));
    }

    const QJsonValue rootfs = object.value(QLatin1String("rootfs"));
    if (rootfs.isObject()) {
        auto diffIds = stringList(rootfs.toObject().value(QLatin1String("diff_ids")),
                                  QStringLiteral("rootfs.diff_ids"));
        if (!diffIds)
            return diffIds.error();
        config.diffIds = *diffIds;
    }

    const QJsonValue history = object.value(QLatin1String("history"));
    if (history.isArray()) {
        for (const QJsonValue &item : history.toArray()) {
            if (!item.isObject())
                return malformed(Tr::tr("a history entry is not a JSON object"));
            const QJsonObject h = item.toObject();
            HistoryEntry entry;
            entry.created = timestamp(h.value(QLatin1String("created")));
            entry.createdBy = h.value(QLatin1String("created_by")).toString();
            entry.author = h.value(QLatin1String("author")).toString();
            entry.comment = h.value(QLatin1String("comment")).toString();
            entry.emptyLayer = h.value(QLatin1String("empty_layer")).toBool();
            config.history.append(entry);
        }
    } else if (!history.isUndefined() && !history.isNull()) {
        return malformed(Tr::tr("\"history\" is not a JSON array"));
    }
    return config;
}

} // namespace chainscope::oci
