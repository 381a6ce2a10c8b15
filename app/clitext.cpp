#include "app/clitext.h"

#include <QCoreApplication>

namespace chainscope::app {

namespace {

// lupdate files Tr::tr() strings under this context, as translate() looks them up.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(chainscope::app)
};

QString stepMarker(report::StepStatus status)
{
    switch (status) {
    case report::StepStatus::Passed: return Tr::tr("[ ok ]");
    case report::StepStatus::Failed: return Tr::tr("[FAIL]");
    case report::StepStatus::Warning: return Tr::tr("[warn]");
    case report::StepStatus::Skipped: return Tr::tr("[skip]");
    case report::StepStatus::Error: return Tr::tr("[ERR ]");
    }
    return {};
}

QString evidenceMarker(lineage::EvidenceVerdict verdict)
{
    switch (verdict) {
    case lineage::EvidenceVerdict::Supports: return Tr::tr("[supports]   ");
    case lineage::EvidenceVerdict::Contradicts: return Tr::tr("[CONTRADICTS]");
    case lineage::EvidenceVerdict::Unavailable: return Tr::tr("[absent]     ");
    }
    return {};
}

QString evidenceKindTitle(lineage::EvidenceKind kind)
{
    switch (kind) {
    case lineage::EvidenceKind::Annotation: return Tr::tr("annotation");
    case lineage::EvidenceKind::Label: return Tr::tr("label");
    case lineage::EvidenceKind::LayerPrefix: return Tr::tr("layers");
    case lineage::EvidenceKind::Provenance: return Tr::tr("provenance");
    }
    return {};
}

QString checkMarker(policy::CheckResult result)
{
    switch (result) {
    case policy::CheckResult::Pass: return Tr::tr("[pass]");
    case policy::CheckResult::Fail: return Tr::tr("[FAIL]");
    case policy::CheckResult::Skip: return Tr::tr("[skip]");
    case policy::CheckResult::Error: return Tr::tr("[ERR ]");
    }
    return {};
}

QString indent(const QString &text, int spaces)
{
    const QString pad(spaces, QLatin1Char(' '));
    QStringList lines = text.split(QLatin1Char('\n'));
    for (QString &line : lines) {
        if (!line.isEmpty())
            line.prepend(pad);
    }
    return lines.join(QLatin1Char('\n'));
}

} // namespace

QString CliText::notes(const QStringList &notes)
{
    QString out;
    for (const QString &note : notes)
        out += Tr::tr("Transport: %1").arg(note) + QLatin1Char('\n');
    return out;
}

QString CliText::verification(const report::Verification &verification,
                              const QStringList &transportNotes)
{
    QString out;
    out += Tr::tr("Verifying %1").arg(verification.subject) + QLatin1Char('\n');
    if (!verification.digest.isEmpty())
        out += Tr::tr("  digest: %1").arg(verification.digest) + QLatin1Char('\n');
    out += QLatin1Char('\n');
    for (const report::Step &step : verification.steps) {
        out += QStringLiteral("  %1 %2\n").arg(stepMarker(step.status), step.title);
        if (!step.explanation.isEmpty())
            out += QStringLiteral("         %1\n").arg(step.explanation);
        if (!step.expected.isEmpty())
            out += QStringLiteral("         %1\n").arg(Tr::tr("expected: %1").arg(step.expected));
        if (!step.actual.isEmpty())
            out += QStringLiteral("         %1\n").arg(Tr::tr("found:    %1").arg(step.actual));
    }
    if (!verification.signerKeyFingerprint.isEmpty()) {
        out += QLatin1Char('\n')
               + Tr::tr("Signer key fingerprint (SHA-256): %1").arg(verification.signerKeyFingerprint)
               + QLatin1Char('\n');
    }
    for (const QString &warning : verification.warnings) {
        if (!transportNotes.contains(warning))
            out += Tr::tr("Warning: %1").arg(warning) + QLatin1Char('\n');
    }
    out += notes(transportNotes);
    out += QLatin1Char('\n');
    // A verified summary already says "Verified: ...".
    out += (verification.verified() ? verification.summary
                                     : Tr::tr("NOT VERIFIED: %1").arg(verification.summary))
           + QLatin1Char('\n');
    return out;
}

QString CliText::lineage(const lineage::Lineage &lineage)
{
    QString out = Tr::tr("Lineage of %1").arg(lineage.subject) + QStringLiteral("\n");
    for (qsizetype i = 0; i < lineage.hops.size(); ++i) {
        const lineage::Hop &hop = lineage.hops.at(i);
        out += QLatin1Char('\n');
        if (i == 0)
            out += QStringLiteral("%1. %2\n").arg(i + 1).arg(hop.reference);
        else
            out += Tr::tr("%1. base of %2: %3").arg(i + 1).arg(i).arg(hop.reference) + '\n';
        if (!hop.reachable) {
            out += QStringLiteral("   ") + Tr::tr("not reachable: %1").arg(hop.problem) + '\n';
        } else {
            out += QStringLiteral("   ") + Tr::tr("digest: %1").arg(hop.digest) + '\n';
            if (!hop.platform.isEmpty())
                out += QStringLiteral("   ") + Tr::tr("platform: %1").arg(hop.platform) + '\n';
            out += QStringLiteral("   ") + Tr::tr("layers: %1").arg(hop.layerCount) + '\n';
            if (!hop.vendor.isEmpty() && hop.vendorInherited) {
                out += QStringLiteral("   ")
                       + Tr::tr("vendor labels: %1, inherited from its base").arg(hop.vendor.summary())
                       + '\n';
            } else if (!hop.vendor.isEmpty()) {
                out += QStringLiteral("   ") + Tr::tr("vendor: %1").arg(hop.vendor.summary()) + '\n';
            }
        }
        if (!hop.evidence.isEmpty()) {
            out += QStringLiteral("   ") + Tr::tr("evidence that this is the base of %1:").arg(i)
                   + '\n';
            for (const lineage::Evidence &evidence : hop.evidence) {
                out += QStringLiteral("     %1 %2: %3\n")
                           .arg(evidenceMarker(evidence.verdict),
                                evidenceKindTitle(evidence.kind), evidence.detail);
            }
        }
        if (hop.signature) {
            out += QStringLiteral("   ")
                   // A verified summary already says "Verified: ...".
                   + (hop.signature->verified() ? Tr::tr("signature: %1")
                                                : Tr::tr("signature: NOT verified: %1"))
                         .arg(hop.signature->summary)
                   + '\n';
        } else if (hop.reachable) {
            out += QStringLiteral("   ") + Tr::tr("signature: not checked (no --key given)") + '\n';
        }
        if (!hop.signatureNote.isEmpty())
            out += QStringLiteral("   ") + hop.signatureNote + '\n';
        for (const QString &note : hop.notes)
            out += QStringLiteral("   ") + Tr::tr("note: %1").arg(note) + '\n';
    }
    out += QLatin1Char('\n') + Tr::tr("End of the chain: %1").arg(lineage.stopDetail) + '\n';
    for (const QString &warning : lineage.warnings)
        out += Tr::tr("Warning: %1").arg(warning) + QLatin1Char('\n');
    return out;
}

QString CliText::lint(const QString &file, const policy::LintResult &result)
{
    QString out;
    int errors = 0;
    int warnings = 0;
    for (const policy::Diagnostic &diagnostic : result.diagnostics) {
        QString severity;
        switch (diagnostic.severity) {
        case policy::Severity::Error:
            severity = Tr::tr("error");
            ++errors;
            break;
        case policy::Severity::Warning:
            severity = Tr::tr("warning");
            ++warnings;
            break;
        case policy::Severity::Info:
            severity = Tr::tr("info");
            break;
        }
        out += QStringLiteral("%1:%2:%3: %4: %5 [%6]\n")
                   .arg(file)
                   .arg(diagnostic.line)
                   .arg(diagnostic.column)
                   .arg(severity, diagnostic.message, diagnostic.code);
        if (diagnostic.fix) {
            out += QStringLiteral("    ")
                   + (diagnostic.fix->weakensVerification
                          ? Tr::tr("fix available (weakens verification): %1")
                          : Tr::tr("fix available: %1"))
                         .arg(diagnostic.fix->title)
                   + '\n';
        }
    }
    // One %n per message, so each count gets its own plural forms.
    out += Tr::tr("%1: %2, %3; policies read: %4")
               .arg(file, Tr::tr("%n error(s)", nullptr, errors),
                    Tr::tr("%n warning(s)", nullptr, warnings))
               .arg(result.policies.size())
           + '\n';
    return out;
}

QString CliText::decision(const policy::Decision &decision, const QStringList &notes)
{
    QString out;
    out += Tr::tr("Images: %1").arg(decision.images.join(QStringLiteral(", "))) + '\n';
    for (const policy::PolicyTrace &policyTrace : decision.policies) {
        out += '\n' + Tr::tr("Policy %1 (%2)").arg(policyTrace.name, policyTrace.kind) + '\n';
        for (const policy::RuleTrace &rule : policyTrace.rules) {
            // A skipped rule applied no action: no empty brackets.
            out += QStringLiteral("  %1 ").arg(checkMarker(rule.result))
                   + (rule.failureAction.isEmpty()
                          ? Tr::tr("rule %1").arg(rule.name)
                          : Tr::tr("rule %1 (%2)").arg(rule.name, rule.failureAction))
                   + '\n';
            if (!rule.message.isEmpty())
                out += QStringLiteral("         %1\n").arg(rule.message);
            for (const QString &note : rule.notes)
                out += QStringLiteral("         ") + Tr::tr("note: %1").arg(note) + '\n';
            for (const policy::ImageTrace &image : rule.images) {
                out += QStringLiteral("    %1 %2\n").arg(checkMarker(image.result), image.image);
                if (!image.explanation.isEmpty())
                    out += indent(image.explanation, 11) + '\n';
                else if (!image.message.isEmpty())
                    out += indent(image.message, 11) + '\n';
                for (const policy::AttestorSetTrace &set : image.attestorSets) {
                    for (const policy::AttestorEntryTrace &entry : set.entries) {
                        out += QStringLiteral("           %1 %2\n")
                                   .arg(checkMarker(entry.result), entry.path);
                        if (!entry.explanation.isEmpty())
                            out += indent(entry.explanation, 18) + '\n';
                        if (!entry.hint.isEmpty())
                            out += indent(Tr::tr("hint: %1").arg(entry.hint), 18) + '\n';
                    }
                }
                for (const QString &note : image.notes)
                    out += QStringLiteral("           ") + Tr::tr("note: %1").arg(note) + '\n';
            }
        }
    }
    out += '\n';
    for (const QString &finding : decision.findings)
        out += Tr::tr("Finding (audit, admitted): %1").arg(finding) + '\n';
    for (const QString &denial : decision.denials)
        out += Tr::tr("Denied: %1").arg(denial) + '\n';
    out += notes.isEmpty() ? QString() : CliText::notes(notes);
    if (!decision.anyRuleApplied())
        out += Tr::tr("No rule applied: nothing was checked.") + '\n';
    out += (decision.admit ? Tr::tr("ADMIT") : Tr::tr("DENY")) + '\n';
    return out;
}

} // namespace chainscope::app
