#pragma once

#include <QByteArray>
#include <QString>

namespace chainscope::ui {

/// Pretty-prints JSON for reading without re-serialising it: keys keep their
/// order, numbers and strings keep their exact spelling (QJsonDocument would
/// sort keys and rewrite numbers, which would hide what the registry sent).
class JsonFormatter
{
public:
    /// Indented text of \a raw, or an empty string when \a raw is not valid
    /// JSON; \a errorMessage then says why.
    static QString pretty(const QByteArray &raw, QString *errorMessage = nullptr,
                          int indent = 2);
};

} // namespace chainscope::ui
