#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace chainscope::ui {

/// Pretty-prints JSON for reading without re-serialising it: keys keep their
/// order, numbers and strings keep their exact spelling (QJsonDocument would
/// sort keys and rewrite numbers, which would hide what the registry sent).
///
/// Hostile input is bounded: indentation stops growing at MaxIndentDepth, and
/// output longer than \a maxChars (by default 4x the input, at least
/// MinOutputCap) is abandoned. Reentrant: the image worker formats, the GUI shows.
class JsonFormatter
{
    Q_DECLARE_TR_FUNCTIONS(chainscope::ui::JsonFormatter)

public:
    static constexpr int MaxIndentDepth = 32;
    static constexpr qsizetype MinOutputCap = 64 * 1024;

    /// Indented text of \a raw, or an empty string when \a raw is not valid
    /// JSON or its indented form would exceed \a maxChars (-1: the default
    /// cap); \a errorMessage then says why (translated).
    static QString pretty(const QByteArray &raw, QString *errorMessage = nullptr,
                          int indent = 2, qsizetype maxChars = -1);
};

} // namespace chainscope::ui
