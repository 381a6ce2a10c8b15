#pragma once

#include "core/report/verification.h"
#include "ui/statusicons.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace chainscope::ui {

/// What the Lineage tab draws, independent of how core found it: one card
/// per hop from the service down to the vendor OS, the evidence that links
/// each hop to the one above it, and the hop's signature status.
struct LineageEvidence
{
    QString kind;    ///< translated: "OCI base annotation", "Label base.image", "Layer prefix"
    QString detail;  ///< what was found, e.g. the annotation value, in a sentence
    Status verdict = Status::Unknown; ///< Pass: supports the link, Fail: contradicts it
    QString verdictText; ///< translated: "supports", "contradicts", "not available"
};

struct LineageHop
{
    QString role;       ///< translated: "Service image", "Base image", "Vendor OS image"
    QString reference;  ///< as named by the evidence or the user
    QString digest;
    QString description; ///< e.g. "Red Hat Universal Base Image 8 Minimal 8.3-291"
    /// The vendor's OS image at the root: signed with the vendor's keys, so
    /// "no signature by your key" is expected there, not alarming.
    bool vendorImage = false;
    /// Evidence that this hop is the base of the hop before it (empty for the first).
    QList<LineageEvidence> evidence;
    /// The signature check of this hop with the user's key, when one was run.
    std::optional<report::Verification> verification;
    /// Said instead of (or beside) a verification, e.g. why it was not checked.
    QString signatureNote;
};

struct LineageDisplay
{
    QList<LineageHop> hops;
    QStringList notes; ///< warnings about the search itself (hops not reachable, ...)
};

} // namespace chainscope::ui
