#include "ui/stepsview.h"

#include "ui/bannerwidget.h"
#include "ui/statusicons.h"

#include <QFontDatabase>
#include <QFrame>
#include <QGridLayout>
#include <QLabel>
#include <QScrollArea>
#include <QVBoxLayout>

namespace chainscope::ui {

namespace {

QLabel *wrapped(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->setTextFormat(Qt::PlainText);
    return label;
}

} // namespace

StepsView::StepsView(QWidget *parent)
    : QWidget(parent)
    , m_banner(new BannerWidget(this))
    , m_warnings(new QLabel(this))
    , m_stepsHost(new QWidget)
    , m_stepsLayout(new QVBoxLayout(m_stepsHost))
{
    m_banner->setObjectName(QStringLiteral("verifyBanner"));
    m_warnings->setObjectName(QStringLiteral("verifyWarnings"));
    m_warnings->setWordWrap(true);
    m_stepsLayout->addStretch();

    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(m_stepsHost);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_banner);
    layout->addWidget(m_warnings);
    layout->addWidget(scroll, 1);
    clear();
}

QString StepsView::statusText(report::StepStatus status)
{
    using report::StepStatus;
    switch (status) {
    case StepStatus::Passed:
        return tr("Passed");
    case StepStatus::Failed:
        return tr("Failed");
    case StepStatus::Warning:
        return tr("Warning");
    case StepStatus::Skipped:
        return tr("Skipped");
    case StepStatus::Error:
        return tr("Error");
    }
    return {};
}

QString StepsView::outcomeHeadline(report::Outcome outcome)
{
    using report::Outcome;
    switch (outcome) {
    case Outcome::Verified:
        return tr("Verified: signed by this key");
    case Outcome::NoSignature:
        return tr("Not signed: no signature found for this image");
    case Outcome::PayloadDigestMismatch:
        return tr("Signature is for another image: its payload names another digest");
    case Outcome::KeyMismatch:
        return tr("Signed, but not by this key");
    case Outcome::IdentityMismatch:
        return tr("Signed by another identity than the one expected");
    case Outcome::TagMoved:
        return tr("Tag moved after signing: what it points to now is not signed");
    case Outcome::ReferenceMismatch:
        return tr("Signed for another image name");
    case Outcome::TlogMissing:
        return tr("No transparency-log entry, and one is required");
    case Outcome::Invalid:
        return tr("Signature is malformed");
    case Outcome::Error:
        break;
    }
    return tr("Could not check the signature");
}

void StepsView::clear()
{
    m_banner->clearBanner();
    m_warnings->clear();
    m_warnings->setVisible(false);
    while (m_stepsLayout->count() > 1) {
        QLayoutItem *item = m_stepsLayout->takeAt(0);
        delete item->widget();
        delete item;
    }
    m_steps.clear();
}

void StepsView::setError(const QString &headline, const QString &detail)
{
    clear();
    m_banner->showResult(Status::Unknown, headline, detail);
}

void StepsView::setVerification(const report::Verification &verification)
{
    clear();
    QString detail = verification.summary;
    if (verification.outcome == report::Outcome::KeyMismatch
        && !verification.signerKeyFingerprint.isEmpty())
        detail += QLatin1Char('\n')
                  + tr("The signature was made by the key with SHA-256 fingerprint %1.")
                        .arg(verification.signerKeyFingerprint);
    Status status = statusOf(verification.outcome);
    if (status == Status::Pass && !verification.warnings.isEmpty())
        status = Status::Warn; // verified, but the user must read the warnings
    m_banner->showResult(status, outcomeHeadline(verification.outcome), detail);

    if (!verification.warnings.isEmpty()) {
        QStringList lines;
        for (const QString &warning : verification.warnings)
            lines << QStringLiteral("⚠ ") + warning;
        m_warnings->setText(lines.join(QLatin1Char('\n')));
        m_warnings->setVisible(true);
    }

    const QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    for (const report::Step &step : verification.steps) {
        auto *card = new QFrame(m_stepsHost);
        card->setObjectName(QLatin1String("step_") + step.id);
        card->setFrameShape(QFrame::StyledPanel);
        auto *grid = new QGridLayout(card);
        auto *icon = new QLabel(card);
        icon->setPixmap(statusIcon(statusOf(step.status)).pixmap(16, 16));
        icon->setToolTip(statusText(step.status));
        grid->addWidget(icon, 0, 0, Qt::AlignTop);
        auto *title = wrapped(step.title, card);
        QFont bold = title->font();
        bold.setBold(true);
        title->setFont(bold);
        grid->addWidget(title, 0, 1, 1, 2);
        int row = 1;
        if (!step.explanation.isEmpty())
            grid->addWidget(wrapped(step.explanation, card), row++, 1, 1, 2);
        if (!step.expected.isEmpty()) {
            grid->addWidget(new QLabel(tr("Expected"), card), row, 1, Qt::AlignTop);
            auto *value = wrapped(step.expected, card);
            value->setFont(mono);
            grid->addWidget(value, row++, 2);
        }
        if (!step.actual.isEmpty()) {
            grid->addWidget(new QLabel(tr("Actual"), card), row, 1, Qt::AlignTop);
            auto *value = wrapped(step.actual, card);
            value->setFont(mono);
            grid->addWidget(value, row++, 2);
        }
        grid->setColumnStretch(2, 1);
        m_stepsLayout->insertWidget(m_stepsLayout->count() - 1, card);
        m_steps.append(step);
    }
}

QString StepsView::stepTitle(int index) const
{
    return index >= 0 && index < m_steps.size() ? m_steps.at(index).title : QString();
}

report::StepStatus StepsView::stepStatus(int index) const
{
    return index >= 0 && index < m_steps.size() ? m_steps.at(index).status
                                                : report::StepStatus::Skipped;
}

} // namespace chainscope::ui
