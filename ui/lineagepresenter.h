#pragma once

#include "core/lineage/lineage.h"
#include "ui/lineagedisplay.h"

#include <QCoreApplication>

namespace chainscope::ui {

/// Turns core's lineage into what the Lineage tab draws: roles for the hops
/// (the image, its bases, the vendor OS at the root), evidence in words, and
/// the signature status per hop.
class LineagePresenter
{
    Q_DECLARE_TR_FUNCTIONS(chainscope::ui::LineagePresenter)

public:
    /// \a signaturesChecked: a key was given, so every hop had its signature checked.
    static LineageDisplay present(const lineage::Lineage &lineage, bool signaturesChecked);
    static QString evidenceKindText(lineage::EvidenceKind kind);
};

} // namespace chainscope::ui
