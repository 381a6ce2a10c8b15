#pragma once

#include "core/oci/imageconfig.h"
#include "core/oci/manifest.h"
#include "core/reference/imagereference.h"
#include "core/registry/contentsource.h"
#include "core/support/result.h"
#include "ui/rawdocument.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

namespace chainscope::ui {

/// Everything the Overview and Raw tabs show for one image, fetched in a
/// worker thread. For an index, the platform manifest shown is the first
/// linux/amd64 entry (else the first entry); the index itself stays in
/// \c top so its platforms and raw bytes can be shown too.
struct ImageDetails
{
    Q_DECLARE_TR_FUNCTIONS(chainscope::ui::ImageDetails)

public:
    reference::ImageReference reference;
    oci::Manifest top;                  ///< what the tag points at
    QString topContentType;
    std::optional<oci::Manifest> image; ///< the image manifest (== top unless an index)
    std::optional<oci::ImageConfig> config;
    QString configError;                ///< why the config could not be read, if so
    QString imageError;                 ///< why the platform manifest could not be read
    /// For the Raw tab: top, platform manifest, config; already indented here
    /// in the worker so the GUI thread never formats a hostile document.
    QList<RawDocument> rawDocuments;

    /// Fetches the manifest, the chosen platform manifest and its config.
    /// A failing manifest is an error; a failing config is kept in
    /// configError so the rest of the view still shows.
    static Result<ImageDetails> load(registry::ContentSource &source,
                                     const reference::ImageReference &reference);
};

} // namespace chainscope::ui
