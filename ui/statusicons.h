#pragma once

#include "core/report/verification.h"

#include <QIcon>

namespace chainscope::ui {

/// The four states every check in the UI is drawn with.
enum class Status { Pass, Fail, Warn, Unknown };

/// Icons from the resources (":/chainscope/icons/…"); a null icon when the
/// resources are not linked, so views still work in a bare test.
QIcon statusIcon(Status status);
Status statusOf(report::StepStatus status);
Status statusOf(report::Outcome outcome);
QIcon lockIcon();
QIcon layersIcon();
QIcon repositoryIcon();
QIcon tagIcon();

} // namespace chainscope::ui
