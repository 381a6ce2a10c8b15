#pragma once

#include <QByteArray>
#include <QString>

namespace chainscope::ui {

/// One document the Raw tab can show: a manifest, an index or a config,
/// with its indented form. Value type; prepare() is reentrant, so the image
/// worker formats and the GUI thread only shows.
struct RawDocument
{
    QString title;       ///< "Manifest", "Config", ...
    QByteArray bytes;    ///< exactly as received
    QString mediaType;
    QString digest;

    bool prepared = false;
    QString pretty;      ///< indented text; empty when prettyError says why not
    QString prettyError; ///< translated: not valid JSON, or too large once indented

    /// Fills pretty / prettyError from bytes (bounded, see JsonFormatter).
    void prepare();
};

} // namespace chainscope::ui
