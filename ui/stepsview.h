#pragma once

#include "core/report/verification.h"

#include <QWidget>

class QLabel;
class QVBoxLayout;

namespace chainscope::ui {

class BannerWidget;

/// Shows one verification: a banner whose headline differs per outcome, the
/// warnings, then every step in order with its status icon, title, the
/// expected and actual values and the explanation.
class StepsView final : public QWidget
{
    Q_OBJECT

public:
    explicit StepsView(QWidget *parent = nullptr);

    void setVerification(const report::Verification &verification);
    /// Shows that the check could not run at all (bad key, registry down).
    void setError(const QString &headline, const QString &detail);
    void clear();

    /// The headline for \a outcome, e.g. "Signed, but not by this key".
    static QString outcomeHeadline(report::Outcome outcome);
    /// The translated word for \a status ("Passed"), the step icon's tooltip.
    static QString statusText(report::StepStatus status);

    BannerWidget *banner() const { return m_banner; }
    int stepCount() const { return int(m_steps.size()); }
    /// Title of step \a index as shown (tests and screen readers).
    QString stepTitle(int index) const;
    report::StepStatus stepStatus(int index) const;

private:
    BannerWidget *m_banner;
    QLabel *m_warnings;
    QWidget *m_stepsHost;
    QVBoxLayout *m_stepsLayout;
    QList<report::Step> m_steps;
};

} // namespace chainscope::ui
