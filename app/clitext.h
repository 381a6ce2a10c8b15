#pragma once

#include "core/lineage/lineage.h"
#include "core/policy/decision.h"
#include "core/policy/policylinter.h"
#include "core/report/verification.h"

#include <QString>
#include <QStringList>

namespace chainscope::app {

/// The human-readable text of the CLI's reports: each step with its status,
/// the values compared and the reason, and a last line with the verdict.
/// Translated (the JSON output is not). Stateless.
class CliText
{
public:
    /// \a transportNotes are printed as such, not among the warnings.
    static QString verification(const report::Verification &verification,
                                const QStringList &transportNotes = {});
    static QString lineage(const lineage::Lineage &lineage);
    static QString lint(const QString &file, const policy::LintResult &result);
    static QString decision(const policy::Decision &decision, const QStringList &notes);
    /// "Warning: ..." / "Note: ..." lines for transport notes.
    static QString notes(const QStringList &notes);
};

} // namespace chainscope::app
