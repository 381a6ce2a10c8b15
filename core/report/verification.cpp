#include "core/report/verification.h"

#include <QJsonArray>

namespace chainscope::report {

QString stepStatusName(StepStatus status)
{
    switch (status) {
    case StepStatus::Passed: return QStringLiteral("passed");
    case StepStatus::Failed: return QStringLiteral("failed");
    case StepStatus::Warning: return QStringLiteral("warning");
    case StepStatus::Skipped: return QStringLiteral("skipped");
    case StepStatus::Error: return QStringLiteral("error");
    }
    return QStringLiteral("error");
}

QString outcomeName(Outcome outcome)
{
    switch (outcome) {
    case Outcome::Verified: return QStringLiteral("verified");
    case Outcome::NoSignature: return QStringLiteral("no-signature");
    case Outcome::PayloadDigestMismatch: return QStringLiteral("payload-digest-mismatch");
    case Outcome::KeyMismatch: return QStringLiteral("key-mismatch");
    case Outcome::IdentityMismatch: return QStringLiteral("identity-mismatch");
    case Outcome::TagMoved: return QStringLiteral("tag-moved");
    case Outcome::ReferenceMismatch: return QStringLiteral("reference-mismatch");
    case Outcome::TlogMissing: return QStringLiteral("tlog-missing");
    case Outcome::Invalid: return QStringLiteral("invalid");
    case Outcome::Error: return QStringLiteral("error");
    }
    return QStringLiteral("error");
}

// Keys are part of the CLI's JSON contract: stable, English, never translated.
// Empty optional values are left out rather than written as "".
QJsonObject Step::toJson() const
{
    QJsonObject object;
    object.insert(QStringLiteral("id"), id);
    object.insert(QStringLiteral("status"), stepStatusName(status));
    object.insert(QStringLiteral("title"), title);
    if (!expected.isEmpty())
        object.insert(QStringLiteral("expected"), expected);
    if (!actual.isEmpty())
        object.insert(QStringLiteral("actual"), actual);
    object.insert(QStringLiteral("explanation"), explanation);
    return object;
}

QJsonObject Verification::toJson() const
{
    QJsonObject object;
    object.insert(QStringLiteral("subject"), subject);
    object.insert(QStringLiteral("digest"), digest);
    object.insert(QStringLiteral("outcome"), outcomeName(outcome));
    object.insert(QStringLiteral("verified"), verified());
    object.insert(QStringLiteral("summary"), summary);
    if (!signerKeyFingerprint.isEmpty())
        object.insert(QStringLiteral("signerKeyFingerprint"), signerKeyFingerprint);
    QJsonArray stepArray;
    for (const Step &step : steps)
        stepArray.append(step.toJson());
    object.insert(QStringLiteral("steps"), stepArray);
    object.insert(QStringLiteral("warnings"), QJsonArray::fromStringList(warnings));
    return object;
}

} // namespace chainscope::report
