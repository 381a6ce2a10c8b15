#pragma once

#include "ui/statusicons.h"

#include <QList>
#include <QString>

namespace chainscope::ui {

/// One node of an evaluation trace: rule → image → attestor → step.
struct PolicyTraceNode
{
    QString title;
    Status status = Status::Unknown;
    QString detail;
    QList<PolicyTraceNode> children;
};

/// What evaluating a policy against images decided, and why.
struct PolicyEvaluation
{
    bool evaluated = false; ///< false: could not evaluate (policy broken, registry down)
    bool admit = false;
    bool ruleApplied = false; ///< false: every rule was skipped, nothing was checked
    QString headline;       ///< translated: "Admitted" / "Denied: …"
    QString reason;         ///< translated, the decisive reason and a pointer to the fix
    QList<PolicyTraceNode> trace;
};

} // namespace chainscope::ui
