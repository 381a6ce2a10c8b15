#pragma once

#include "core/policy/diagnostic.h"
#include "core/registry/contentsource.h"
#include "ui/policydisplay.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace chainscope::ui {

/// The Policy tab's door to core::policy: lint a text, evaluate it against
/// images. Blocking and reentrant: called from worker threads only.
class PolicyService
{
    Q_DECLARE_TR_FUNCTIONS(chainscope::ui::PolicyService)

public:
    /// Every finding for \a text, syntax errors included, in text order.
    static QList<policy::Diagnostic> lint(const QString &text);

    /// Evaluates \a text against \a images (references), reading them from
    /// \a source, and turns the verdict into a banner and a trace.
    static PolicyEvaluation evaluate(const QString &text, const QStringList &images,
                                     registry::ContentSource &source);
};

} // namespace chainscope::ui
