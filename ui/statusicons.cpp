#include "ui/statusicons.h"

namespace chainscope::ui {

namespace {

QIcon resourceIcon(const char *name)
{
    return QIcon(QLatin1String(":/chainscope/icons/") + QLatin1String(name)
                 + QLatin1String(".svg"));
}

} // namespace

QIcon statusIcon(Status status)
{
    switch (status) {
    case Status::Pass:
        return resourceIcon("pass");
    case Status::Fail:
        return resourceIcon("fail");
    case Status::Warn:
        return resourceIcon("warn");
    case Status::Unknown:
        break;
    }
    return resourceIcon("unknown");
}

Status statusOf(report::StepStatus status)
{
    switch (status) {
    case report::StepStatus::Passed:
        return Status::Pass;
    case report::StepStatus::Failed:
        return Status::Fail;
    case report::StepStatus::Warning:
        return Status::Warn;
    case report::StepStatus::Skipped:
    case report::StepStatus::Error:
        break;
    }
    return Status::Unknown;
}

Status statusOf(report::Outcome outcome)
{
    switch (outcome) {
    case report::Outcome::Verified:
        return Status::Pass;
    case report::Outcome::Error:
        return Status::Unknown;
    default:
        return Status::Fail;
    }
}

QIcon lockIcon()
{
    return resourceIcon("lock");
}

QIcon layersIcon()
{
    return resourceIcon("layers");
}

QIcon repositoryIcon()
{
    return resourceIcon("repository");
}

QIcon tagIcon()
{
    return resourceIcon("tag");
}

} // namespace chainscope::ui
