#include "core/lineage/lineage.h"

#include <QJsonArray>

namespace chainscope::lineage {

bool Hop::hasContradiction() const
{
    for (const Evidence &item : evidence) {
        if (item.verdict == EvidenceVerdict::Contradicts)
            return true;
    }
    return false;
}

QJsonObject Hop::toJson() const
{
    QJsonObject object;
    object.insert(QStringLiteral("reference"), reference);
    object.insert(QStringLiteral("reachable"), reachable);
    if (!digest.isEmpty())
        object.insert(QStringLiteral("digest"), digest);
    if (!mediaType.isEmpty())
        object.insert(QStringLiteral("mediaType"), mediaType);
    if (!platform.isEmpty())
        object.insert(QStringLiteral("platform"), platform);
    if (!problem.isEmpty())
        object.insert(QStringLiteral("problem"), problem);
    if (reachable)
        object.insert(QStringLiteral("layers"), layerCount);
    if (!created.isEmpty())
        object.insert(QStringLiteral("created"), created);
    if (!vendor.isEmpty()) {
        object.insert(QStringLiteral("vendor"), vendor.toJson());
        object.insert(QStringLiteral("vendorInherited"), vendorInherited);
    }

    QJsonArray evidenceArray;
    for (const Evidence &item : evidence)
        evidenceArray.append(item.toJson());
    object.insert(QStringLiteral("evidence"), evidenceArray);
    object.insert(QStringLiteral("notes"), QJsonArray::fromStringList(notes));

    object.insert(QStringLiteral("signature"),
                  signature ? QJsonValue(signature->toJson()) : QJsonValue(QJsonValue::Null));
    if (!signatureNote.isEmpty())
        object.insert(QStringLiteral("signatureNote"), signatureNote);
    return object;
}

QString stopReasonName(StopReason reason)
{
    switch (reason) {
    case StopReason::NoBaseNamed: return QStringLiteral("no-base-named");
    case StopReason::Cycle: return QStringLiteral("cycle");
    case StopReason::DepthLimit: return QStringLiteral("depth-limit");
    case StopReason::NotReachable: return QStringLiteral("not-reachable");
    }
    return QStringLiteral("no-base-named");
}

bool Lineage::hasContradictions() const
{
    for (const Hop &hop : hops) {
        if (hop.hasContradiction())
            return true;
    }
    return false;
}

KeyCheck Lineage::keyCheck() const
{
    if (hasContradictions())
        return KeyCheck::Failed;
    bool incomplete = false;
    for (qsizetype i = 0; i < hops.size(); ++i) {
        const Hop &hop = hops.at(i);
        if (!hop.reachable || !hop.signature
            || hop.signature->outcome == report::Outcome::Error) {
            incomplete = true;
            continue;
        }
        if (hop.signature->verified())
            continue;
        // Same test as the vendor note of LineageBuilder: labels of its own.
        const bool vendorImage = i > 0 && !hop.vendorInherited
                                 && (hop.vendor.isRedHatUbi() || !hop.vendor.vendor.isEmpty());
        if (!vendorImage)
            return KeyCheck::Failed;
    }
    return incomplete ? KeyCheck::Incomplete : KeyCheck::Passed;
}

QJsonObject Lineage::toJson() const
{
    QJsonObject object;
    object.insert(QStringLiteral("subject"), subject);
    QJsonArray hopArray;
    for (const Hop &hop : hops)
        hopArray.append(hop.toJson());
    object.insert(QStringLiteral("hops"), hopArray);
    object.insert(QStringLiteral("stop"),
                  QJsonObject{{QStringLiteral("reason"), stopReasonName(stopReason)},
                              {QStringLiteral("detail"), stopDetail}});
    object.insert(QStringLiteral("contradictions"), hasContradictions());
    object.insert(QStringLiteral("warnings"), QJsonArray::fromStringList(warnings));
    return object;
}

} // namespace chainscope::lineage
