#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace chainscope::report {

enum class StepStatus { Passed, Failed, Warning, Skipped, Error };

/// Stable machine name: "passed", "failed", "warning", "skipped", "error".
QString stepStatusName(StepStatus status);

/// One check of a verification, e.g. "payload names the image digest".
struct Step
{
    QString id;          ///< stable, untranslated: "signature.found", "key.matched"
    StepStatus status = StepStatus::Skipped;
    QString title;       ///< short, translated
    QString expected;    ///< value wanted, may be empty
    QString actual;      ///< value found, may be empty
    QString explanation; ///< a sentence a person understands, translated

    QJsonObject toJson() const;
};

/// How a verification ended. Distinct outcomes never collapse into one.
enum class Outcome {
    Verified,              ///< every required step passed
    NoSignature,           ///< nothing signed this digest
    PayloadDigestMismatch, ///< a signature exists, but its payload names another digest
    KeyMismatch,           ///< signed, but not by the expected key
    IdentityMismatch,      ///< keyless: certificate identity/issuer differs
    TagMoved,              ///< the tag now points to unsigned content; an old digest was signed
    ReferenceMismatch,     ///< docker-reference differs and an exact match was required
    TlogMissing,           ///< a transparency-log entry was required and is absent
    Invalid,               ///< a signature or payload is malformed
    Error,                 ///< could not check (registry unreachable, bad key file, ...)
};

/// "verified", "no-signature", "payload-digest-mismatch", "key-mismatch", ...
QString outcomeName(Outcome outcome);

/// The result of verifying one image: the steps in order, the outcome and a
/// one-line reason. Built by core, shown by the UI, printed by the CLI.
struct Verification
{
    QString subject;       ///< the image as the user named it
    QString digest;        ///< the digest that was checked
    Outcome outcome = Outcome::Error;
    QString summary;       ///< one translated line: "Verified: signed by key 3f…"
    QList<Step> steps;
    QStringList warnings;  ///< translated; includes transport notes
    QString signerKeyFingerprint; ///< when a signature was found, whose key made it

    bool verified() const { return outcome == Outcome::Verified; }
    QJsonObject toJson() const;
};

} // namespace chainscope::report
