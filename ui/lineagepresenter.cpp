#include "ui/lineagepresenter.h"

namespace chainscope::ui {

QString LineagePresenter::evidenceKindText(lineage::EvidenceKind kind)
{
    switch (kind) {
    case lineage::EvidenceKind::Annotation:
        return tr("OCI base-image annotations");
    case lineage::EvidenceKind::Label:
        return tr("Label base.image");
    case lineage::EvidenceKind::LayerPrefix:
        return tr("Layer prefix");
    case lineage::EvidenceKind::Provenance:
        return tr("SLSA provenance");
    }
    return {};
}

LineageDisplay LineagePresenter::present(const lineage::Lineage &lineage,
                                         bool signaturesChecked)
{
    LineageDisplay display;
    display.notes = lineage.warnings;
    if (!lineage.stopDetail.isEmpty() && lineage.stopReason != lineage::StopReason::NoBaseNamed)
        display.notes << lineage.stopDetail;

    for (qsizetype i = 0; i < lineage.hops.size(); ++i) {
        const lineage::Hop &hop = lineage.hops.at(i);
        LineageHop shown;
        const bool root = i + 1 == lineage.hops.size() && i > 0;
        shown.vendorImage = root && !hop.vendor.isEmpty();
        if (i == 0)
            shown.role = tr("Image");
        else if (shown.vendorImage)
            shown.role = tr("Vendor OS image");
        else
            shown.role = tr("Base image");
        shown.reference = hop.reference;
        shown.digest = hop.digest;

        QStringList description;
        // Children inherit the vendor's labels; they describe only the root.
        if (shown.vendorImage)
            description << hop.vendor.summary();
        if (!hop.reachable && !hop.problem.isEmpty())
            description << tr("Not readable: %1").arg(hop.problem);
        description << hop.notes;
        shown.description = description.join(QLatin1Char('\n'));

        for (const lineage::Evidence &evidence : hop.evidence) {
            LineageEvidence item;
            item.kind = evidenceKindText(evidence.kind);
            item.detail = evidence.detail.isEmpty() ? evidence.value : evidence.detail;
            switch (evidence.verdict) {
            case lineage::EvidenceVerdict::Supports:
                item.verdict = Status::Pass;
                item.verdictText = tr("supports");
                break;
            case lineage::EvidenceVerdict::Contradicts:
                item.verdict = Status::Fail;
                item.verdictText = tr("contradicts");
                break;
            case lineage::EvidenceVerdict::Unavailable:
                item.verdict = Status::Unknown;
                item.verdictText = tr("not available");
                break;
            }
            shown.evidence.append(item);
        }
        shown.verification = hop.signature;
        shown.signatureNote = hop.signatureNote;
        // The vendor-key note is core's (LineageBuilder knows which hops only
        // inherited the vendor labels); repeating it here would blame Red Hat
        // for the user's own image.
        if (shown.signatureNote.isEmpty() && !signaturesChecked)
            shown.signatureNote = tr("Give a public key in the Verify tab to check the "
                                     "signature of every hop.");
        display.hops.append(shown);
    }
    return display;
}

} // namespace chainscope::ui
