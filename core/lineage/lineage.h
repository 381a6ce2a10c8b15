#pragma once

#include "core/lineage/evidence.h"
#include "core/lineage/vendorfacts.h"
#include "core/report/verification.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace chainscope::lineage {

/// One image of a lineage: the image the user asked about (hop 0), its base
/// (hop 1), the base's base, and so on. Every hop after the first carries the
/// evidence that it is the base of the hop before.
struct Hop
{
    QString reference;   ///< as named by the user or by the child's evidence
    QString digest;      ///< manifest digest; empty when the hop could not be read
    QString mediaType;
    QString platform;    ///< "linux/amd64" when the reference named an index
    bool reachable = true;
    QString problem;     ///< translated; why the hop could not be read
    int layerCount = 0;
    QString created;     ///< config "created", ISO 8601, may be empty
    VendorFacts vendor;
    /// The vendor labels equal those of the base: inherited through FROM,
    /// so they describe the base, not this image.
    bool vendorInherited = false;
    QList<Evidence> evidence; ///< why this is the base of the previous hop
    QStringList notes;        ///< translated remarks (a moved tag, an unverified attestation)

    /// Set when the caller asked for signatures to be checked.
    std::optional<report::Verification> signature;
    /// Translated sentence about the signature that the outcome alone does
    /// not say, e.g. that vendor signatures are not checked yet.
    QString signatureNote;

    bool hasContradiction() const;
    QJsonObject toJson() const;
};

/// What a lineage whose signatures were checked with a key amounts to.
enum class KeyCheck {
    Passed,     ///< every hop the key covers is verified, no evidence contradicts
    Failed,     ///< evidence contradicts, or a hop the key covers is not verified
    Incomplete, ///< nothing failed, but a hop or its signature could not be read
};

/// Why the walk down the chain ended.
enum class StopReason {
    NoBaseNamed,  ///< the last image names no base: the root of the chain
    Cycle,        ///< a base named an image already in the chain
    DepthLimit,   ///< the chain is longer than the limit
    NotReachable, ///< the next base lives where we cannot read (no source, or an error)
};

/// "no-base-named", "cycle", "depth-limit", "not-reachable".
QString stopReasonName(StopReason reason);

/// The chain service → base → ... → root with evidence per hop. Value type;
/// toJson() is the CLI's machine-readable contract (keys never translated).
struct Lineage
{
    QString subject; ///< the image as the user named it
    QList<Hop> hops;
    StopReason stopReason = StopReason::NoBaseNamed;
    QString stopDetail;   ///< translated sentence
    QStringList warnings; ///< translated; includes transport notes

    /// True when any hop's evidence contradicts the chain.
    bool hasContradictions() const;
    /// The verdict over the hops' signatures (call only when a key was given).
    /// The key covers the image asked about and every base, except a vendor
    /// image (a base whose own labels name a vendor, e.g. the Red Hat UBI):
    /// vendors sign with their own keys. A hop that could not be read, or
    /// whose signature check ended in Outcome::Error, makes it Incomplete.
    KeyCheck keyCheck() const;
    QJsonObject toJson() const;
};

} // namespace chainscope::lineage
