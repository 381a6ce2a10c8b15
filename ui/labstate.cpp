#include "ui/labstate.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>

namespace chainscope::ui {

Result<LabState> LabState::load(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error(ErrorKind::Io, tr("Cannot read the lab state %1: %2")
                                        .arg(QDir::toNativeSeparators(path), file.errorString()));

    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject())
        return Error(ErrorKind::Malformed, tr("The lab state %1 is not a JSON object: %2")
                                               .arg(QDir::toNativeSeparators(path),
                                                    parseError.errorString()));

    const QDir folder = QFileInfo(path).absoluteDir();
    auto resolve = [&folder](const QString &file) {
        return file.isEmpty() ? file : folder.absoluteFilePath(file);
    };

    const QJsonObject root = document.object();
    LabState state;
    state.registry = root.value(QLatin1String("registry")).toString();
    state.url = root.value(QLatin1String("url")).toString();
    if (state.url.isEmpty() && !state.registry.isEmpty())
        state.url = QLatin1String("http://") + state.registry;
    state.username = root.value(QLatin1String("username")).toString();
    state.password = root.value(QLatin1String("password")).toString();
    state.publicKeyPath = resolve(root.value(QLatin1String("publicKey")).toString());
    state.otherPublicKeyPath = resolve(root.value(QLatin1String("otherPublicKey")).toString());

    const QJsonObject images = root.value(QLatin1String("images")).toObject();
    for (auto it = images.begin(); it != images.end(); ++it) {
        const QJsonObject image = it.value().toObject();
        state.images.insert(it.key(), Image{image.value(QLatin1String("ref")).toString(),
                                            image.value(QLatin1String("digest")).toString(),
                                            image.value(QLatin1String("repository")).toString(),
                                            image.value(QLatin1String("tag")).toString()});
    }

    const QJsonObject policies = root.value(QLatin1String("policies")).toObject();
    state.legacyPolicyPath = resolve(policies.value(QLatin1String("legacy")).toString());
    state.currentPolicyPath = resolve(policies.value(QLatin1String("current")).toString());

    if (state.registry.isEmpty() && state.url.isEmpty())
        return Error(ErrorKind::Malformed,
                     tr("The lab state %1 names no registry.").arg(QDir::toNativeSeparators(path)));
    return state;
}

} // namespace chainscope::ui
