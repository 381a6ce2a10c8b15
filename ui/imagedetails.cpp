#include "ui/imagedetails.h"

namespace chainscope::ui {

namespace {

constexpr qint64 MaxConfigBytes = 8 * 1024 * 1024;

int pickPlatform(const QList<oci::Descriptor> &entries)
{
    for (qsizetype i = 0; i < entries.size(); ++i) {
        const auto &platform = entries.at(i).platform;
        if (platform && platform->os == QLatin1String("linux")
            && platform->architecture == QLatin1String("amd64"))
            return int(i);
    }
    return entries.isEmpty() ? -1 : 0;
}

Result<ImageDetails> fetch(registry::ContentSource &source,
                           const reference::ImageReference &reference);

} // namespace

Result<ImageDetails> ImageDetails::load(registry::ContentSource &source,
                                        const reference::ImageReference &reference)
{
    Result<ImageDetails> details = fetch(source, reference);
    if (!details)
        return details;
    const oci::Manifest &top = details->top;
    QList<RawDocument> &documents = details->rawDocuments;
    documents << RawDocument{top.isIndex() ? tr("Index") : tr("Manifest"), top.raw(),
                             top.mediaType().isEmpty() ? details->topContentType
                                                       : top.mediaType(),
                             top.digest().toString()};
    if (top.isIndex() && details->image)
        documents << RawDocument{tr("Platform manifest"), details->image->raw(),
                                 details->image->mediaType(),
                                 details->image->digest().toString()};
    if (details->config)
        documents << RawDocument{tr("Config"), details->config->raw(),
                                 details->image->config().mediaType,
                                 details->image->config().digest.toString()};
    for (RawDocument &document : documents)
        document.prepare();
    return details;
}

namespace {

Result<ImageDetails> fetch(registry::ContentSource &source,
                           const reference::ImageReference &reference)
{
    const QString repository = reference.repository();
    const QString wanted = reference.digest().isValid() ? reference.digest().toString()
                                                        : reference.tag();
    Result<registry::FetchedManifest> fetched = source.manifest(repository, wanted);
    if (!fetched) {
        Error error = fetched.error();
        error.addContext(
            ImageDetails::tr("reading the manifest of %1").arg(reference.toString()));
        return error;
    }

    ImageDetails details;
    details.reference = reference;
    details.top = fetched->manifest;
    details.topContentType = fetched->contentType;

    if (details.top.isIndex()) {
        const int chosen = pickPlatform(details.top.manifests());
        if (chosen < 0) {
            details.imageError = ImageDetails::tr("The index lists no manifests.");
            return details;
        }
        const oci::Descriptor &entry = details.top.manifests().at(chosen);
        Result<registry::FetchedManifest> platform =
            source.manifest(repository, entry.digest.toString());
        if (!platform) {
            details.imageError = platform.error().toString();
            return details;
        }
        details.image = platform->manifest;
    } else {
        details.image = details.top;
    }

    const oci::Descriptor &configDescriptor = details.image->config();
    if (!configDescriptor.digest.isValid()) {
        details.configError = ImageDetails::tr("The manifest names no config blob.");
        return details;
    }
    Result<QByteArray> configBytes =
        source.blob(repository, configDescriptor.digest, MaxConfigBytes);
    if (!configBytes) {
        details.configError = configBytes.error().toString();
        return details;
    }
    Result<oci::ImageConfig> config = oci::ImageConfig::parse(configBytes.value());
    if (!config) {
        details.configError = config.error().toString();
        return details;
    }
    details.config = config.value();
    return details;
}

} // namespace

} // namespace chainscope::ui
