#pragma once

#include "core/support/result.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <optional>

namespace chainscope::registry {

/// The `Link` header field (RFC 8288 §3), as registries use it to page
/// through catalogs and tag lists (distribution-spec "Listing Tags").
///
/// parse() reads every link-value of a field: `<target>; rel="next"`,
/// relation types quoted or not and in any case, several links separated by
/// commas (commas inside `<…>` or quoted strings do not split), other
/// parameters kept. Targets are resolved against the request URL (§3.1:
/// relative references use the link context's URL). The target's path and
/// query are taken as the server sent them, percent-escapes included, so an
/// opaque `last=` value reaches the server again unchanged; QUrl only
/// normalises the forms RFC 3986 §6.2.2 calls equivalent (`%7E` and `~`).
/// Anything that does not follow the grammar is ErrorKind::Malformed.
/// Plain value type.
class LinkHeader
{
public:
    struct Link
    {
        QUrl target;             ///< resolved against the request URL
        QByteArray rawTarget;    ///< between < and >, as sent
        QStringList relations;   ///< lower case
        QHash<QString, QString> params; ///< lower-case names, "rel" included
    };

    static Result<QList<Link>> parse(const QByteArray &fieldValue, const QUrl &requestUrl);

    /// The target of the first link whose relations include "next", if any.
    static Result<std::optional<QUrl>> next(const QByteArray &fieldValue,
                                            const QUrl &requestUrl);
};

} // namespace chainscope::registry
