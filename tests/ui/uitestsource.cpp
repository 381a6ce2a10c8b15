#include "uitestsource.h"

#include "core/oci/mediatypes.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QThread>

namespace chainscope::uitest {

namespace {

const QString Host = QStringLiteral("memory.invalid");
const QString BaseRepo = QStringLiteral("ztsc/quarkus-base-image");
const QString ServiceRepo = QStringLiteral("ztsc/quarkus-hello-service");

QJsonObject descriptor(const QString &mediaType, const QByteArray &bytes)
{
    return {{QStringLiteral("mediaType"), mediaType},
            {QStringLiteral("digest"), reference::Digest::sha256Of(bytes).toString()},
            {QStringLiteral("size"), bytes.size()}};
}

// Keys written in a non-alphabetical order on purpose: the raw view must keep it.
QByteArray manifestBytes(const QByteArray &config, const QList<QByteArray> &layers,
                         const QString &annotations)
{
    QByteArray out = "{\"schemaVersion\":2,\"mediaType\":\""
                     + QByteArray(oci::mediatype::OciManifest.latin1()) + "\",\"config\":"
                     + QJsonDocument(descriptor(QString(oci::mediatype::OciConfig), config))
                           .toJson(QJsonDocument::Compact)
                     + ",\"layers\":[";
    for (qsizetype i = 0; i < layers.size(); ++i) {
        if (i)
            out += ',';
        out += QJsonDocument(descriptor(QString(oci::mediatype::OciLayerTarGzip), layers.at(i)))
                   .toJson(QJsonDocument::Compact);
    }
    out += "]";
    if (!annotations.isEmpty())
        out += ",\"annotations\":" + annotations.toUtf8();
    out += "}";
    return out;
}

QByteArray configBytes(const QJsonObject &config, const QList<QByteArray> &layers)
{
    QJsonArray diffIds;
    for (const QByteArray &layer : layers)
        diffIds.append(reference::Digest::sha256Of(layer).toString());
    return QJsonDocument(QJsonObject{
                             {QStringLiteral("architecture"), QStringLiteral("amd64")},
                             {QStringLiteral("os"), QStringLiteral("linux")},
                             {QStringLiteral("config"), config},
                             {QStringLiteral("rootfs"),
                              QJsonObject{{QStringLiteral("type"), QStringLiteral("layers")},
                                          {QStringLiteral("diff_ids"), diffIds}}},
                             {QStringLiteral("history"),
                              QJsonArray{QJsonObject{
                                  {QStringLiteral("created"),
                                   QStringLiteral("2021-06-01T10:00:00Z")},
                                  {QStringLiteral("created_by"),
                                   QStringLiteral("COPY target/quarkus-app/ /deployments/")}}}}})
        .toJson(QJsonDocument::Compact);
}

struct Built
{
    registry::MemorySource source{Host};
    QByteArray serviceManifest;
};

Built build()
{
    Built built;
    const QByteArray baseLayer("base layer bytes");
    const QByteArray serviceLayer("service layer bytes");

    const QByteArray baseConfig = configBytes(
        QJsonObject{{QStringLiteral("User"), QStringLiteral("1001")}}, {baseLayer});
    built.source.addBlob(BaseRepo, baseConfig);
    built.source.addBlob(BaseRepo, baseLayer);
    const QByteArray baseManifest = manifestBytes(baseConfig, {baseLayer}, {});
    const reference::Digest baseDigest = built.source.addManifest(
        BaseRepo, baseManifest, QString(oci::mediatype::OciManifest), QStringLiteral("1.0"));

    QJsonObject ports;
    ports.insert(QStringLiteral("8080/tcp"), QJsonObject());
    QJsonObject labels;
    labels.insert(QStringLiteral("base.image"),
                  QString(Host + QLatin1Char('/') + BaseRepo + QStringLiteral(":1.0")));
    QJsonObject service;
    service.insert(QStringLiteral("User"), QStringLiteral("1001"));
    service.insert(QStringLiteral("ExposedPorts"), ports);
    service.insert(QStringLiteral("Env"),
                   QJsonArray{QStringLiteral("JAVA_OPTIONS=-Dquarkus.http.host=0.0.0.0")});
    service.insert(QStringLiteral("Entrypoint"),
                   QJsonArray{QStringLiteral("/deployments/run-java.sh")});
    service.insert(QStringLiteral("Labels"), labels);
    const QByteArray serviceConfig = configBytes(service, {baseLayer, serviceLayer});
    built.source.addBlob(ServiceRepo, serviceConfig);
    built.source.addBlob(ServiceRepo, baseLayer);
    built.source.addBlob(ServiceRepo, serviceLayer);
    const QString annotations =
        QStringLiteral("{\"org.opencontainers.image.base.name\":\"%1/%2:1.0\","
                       "\"org.opencontainers.image.base.digest\":\"%3\"}")
            .arg(Host, BaseRepo, baseDigest.toString());
    built.serviceManifest = manifestBytes(serviceConfig, {baseLayer, serviceLayer}, annotations);
    built.source.addManifest(ServiceRepo, built.serviceManifest,
                             QString(oci::mediatype::OciManifest), QStringLiteral("1.0"));
    built.source.addManifest(ServiceRepo, built.serviceManifest,
                             QString(oci::mediatype::OciManifest), QStringLiteral("latest"));

    // An index for two platforms; only the amd64 manifest is stored.
    QJsonObject amd64 = descriptor(QString(oci::mediatype::OciManifest), built.serviceManifest);
    amd64.insert(QStringLiteral("platform"),
                 QJsonObject{{QStringLiteral("os"), QStringLiteral("linux")},
                             {QStringLiteral("architecture"), QStringLiteral("amd64")}});
    QJsonObject arm64 = descriptor(QString(oci::mediatype::OciManifest), "not stored");
    arm64.insert(QStringLiteral("platform"),
                 QJsonObject{{QStringLiteral("os"), QStringLiteral("linux")},
                             {QStringLiteral("architecture"), QStringLiteral("arm64")},
                             {QStringLiteral("variant"), QStringLiteral("v8")}});
    const QByteArray index = QJsonDocument(QJsonObject{
                                               {QStringLiteral("schemaVersion"), 2},
                                               {QStringLiteral("mediaType"),
                                                QString(oci::mediatype::OciIndex)},
                                               {QStringLiteral("manifests"),
                                                QJsonArray{arm64, amd64}}})
                                 .toJson(QJsonDocument::Compact);
    built.source.addManifest(ServiceRepo, index, QString(oci::mediatype::OciIndex),
                             QStringLiteral("multi"));
    return built;
}

Error rejected()
{
    return Error(ErrorKind::Unauthorized, QStringLiteral("authentication required"))
        .setHttpStatus(401);
}

} // namespace

registry::MemorySource seedLikeSource()
{
    return build().source;
}

QByteArray serviceManifest()
{
    return build().serviceManifest;
}

Result<registry::FetchedManifest> RejectingSource::manifest(const QString &, const QString &)
{
    return rejected();
}

Result<QByteArray> RejectingSource::blob(const QString &, const reference::Digest &, qint64)
{
    return rejected();
}

Result<QStringList> RejectingSource::tags(const QString &)
{
    return rejected();
}

Result<QStringList> RejectingSource::repositories()
{
    return rejected();
}

Error StallingSource::waitForCancel() const
{
    while (!m_cancel.load())
        QThread::msleep(10);
    return Error(ErrorKind::Cancelled, QStringLiteral("cancelled"));
}

Result<registry::FetchedManifest> StallingSource::manifest(const QString &, const QString &)
{
    return waitForCancel();
}

Result<QByteArray> StallingSource::blob(const QString &, const reference::Digest &, qint64)
{
    return waitForCancel();
}

Result<QStringList> StallingSource::tags(const QString &)
{
    return waitForCancel();
}

Result<QStringList> StallingSource::repositories()
{
    return waitForCancel();
}

} // namespace chainscope::uitest
