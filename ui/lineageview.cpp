#include "ui/lineageview.h"

#include "ui/statusicons.h"
#include "ui/stepsview.h"

#include <QFontDatabase>
#include <QFrame>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

namespace chainscope::ui {

namespace {

QLabel *selectable(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setTextFormat(Qt::PlainText);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->setWordWrap(true);
    return label;
}

} // namespace

LineageView::LineageView(QWidget *parent)
    : QWidget(parent)
    , m_message(new QLabel(this))
    , m_host(new QWidget)
    , m_cards(new QVBoxLayout(m_host))
{
    m_message->setObjectName(QStringLiteral("lineageMessage"));
    m_message->setWordWrap(true);
    m_cards->addStretch();

    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(m_host);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_message);
    layout->addWidget(scroll, 1);
    clear();
}

void LineageView::clear()
{
    while (m_cards->count() > 1) {
        QLayoutItem *item = m_cards->takeAt(0);
        delete item->widget();
        delete item;
    }
    m_lineage = {};
    m_badges.clear();
    m_message->setVisible(false);
}

void LineageView::setMessage(const QString &message)
{
    clear();
    m_message->setText(message);
    m_message->setVisible(!message.isEmpty());
}

QString LineageView::badgeText(int index) const
{
    return m_badges.value(index);
}

void LineageView::setLineage(const LineageDisplay &lineage)
{
    clear();
    m_lineage = lineage;
    if (!lineage.notes.isEmpty()) {
        m_message->setText(lineage.notes.join(QLatin1Char('\n')));
        m_message->setVisible(true);
    }
    for (int i = 0; i < lineage.hops.size(); ++i) {
        const LineageHop &hop = lineage.hops.at(i);
        if (i > 0) {
            // The arrow carries the evidence: it explains why the card below
            // is the base of the card above.
            auto *arrow = new QFrame(m_host);
            arrow->setObjectName(QStringLiteral("lineageLink_%1").arg(i));
            auto *arrowLayout = new QVBoxLayout(arrow);
            arrowLayout->setContentsMargins(24, 0, 0, 0);
            arrowLayout->addWidget(selectable(tr("↓ built on"), arrow));
            if (hop.evidence.isEmpty())
                arrowLayout->addWidget(selectable(tr("No evidence recorded for this link."),
                                                  arrow));
            for (const LineageEvidence &evidence : hop.evidence) {
                auto *row = new QHBoxLayout;
                auto *icon = new QLabel(arrow);
                icon->setPixmap(statusIcon(evidence.verdict).pixmap(14, 14));
                icon->setToolTip(evidence.verdictText);
                row->addWidget(icon, 0, Qt::AlignTop);
                QString line = evidence.kind;
                if (!evidence.verdictText.isEmpty())
                    line += QLatin1String(" (") + evidence.verdictText + QLatin1Char(')');
                line += QLatin1String(": ") + evidence.detail;
                row->addWidget(selectable(line, arrow), 1);
                arrowLayout->addLayout(row);
            }
            m_cards->insertWidget(m_cards->count() - 1, arrow);
        }
        m_cards->insertWidget(m_cards->count() - 1, makeCard(hop, i));
    }
}

QWidget *LineageView::makeCard(const LineageHop &hop, int index)
{
    auto *card = new QFrame(m_host);
    card->setObjectName(QStringLiteral("lineageHop_%1").arg(index));
    card->setFrameShape(QFrame::StyledPanel);
    auto *grid = new QGridLayout(card);

    auto *icon = new QLabel(card);
    icon->setPixmap(layersIcon().pixmap(24, 24));
    grid->addWidget(icon, 0, 0, 2, 1, Qt::AlignTop);

    auto *role = selectable(hop.role, card);
    QFont small = role->font();
    small.setCapitalization(QFont::AllUppercase);
    small.setPointSizeF(small.pointSizeF() * 0.85);
    role->setFont(small);
    grid->addWidget(role, 0, 1);

    auto *reference = selectable(hop.reference, card);
    QFont bold = reference->font();
    bold.setBold(true);
    reference->setFont(bold);
    grid->addWidget(reference, 1, 1);

    int row = 2;
    if (!hop.digest.isEmpty()) {
        auto *digest = selectable(hop.digest, card);
        digest->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
        grid->addWidget(digest, row++, 1);
    }
    if (!hop.description.isEmpty())
        grid->addWidget(selectable(hop.description, card), row++, 1);

    // The badge: the verification outcome in the same words as the Verify tab,
    // or the plain note saying why there is none.
    Status status = Status::Unknown;
    QString badge;
    QString detail = hop.signatureNote;
    if (hop.verification) {
        status = statusOf(hop.verification->outcome);
        if (status == Status::Pass && !hop.verification->warnings.isEmpty())
            status = Status::Warn;
        badge = StepsView::outcomeHeadline(hop.verification->outcome);
        if (hop.vendorImage && hop.verification->outcome == report::Outcome::NoSignature) {
            status = Status::Unknown;
            badge = tr("No signature by this key");
        }
        QStringList lines{detail.isEmpty() ? hop.verification->summary : detail};
        for (const QString &warning : hop.verification->warnings)
            lines << QStringLiteral("⚠ ") + warning;
        detail = lines.join(QLatin1Char('\n'));
    } else {
        badge = tr("Signature not checked");
    }
    m_badges.append(badge);

    auto *badgeIcon = new QLabel(card);
    badgeIcon->setPixmap(statusIcon(status).pixmap(16, 16));
    auto *badgeRow = new QHBoxLayout;
    badgeRow->addWidget(badgeIcon);
    auto *badgeText = selectable(badge, card);
    badgeText->setObjectName(QStringLiteral("lineageBadge_%1").arg(index));
    badgeRow->addWidget(badgeText, 1);
    grid->addLayout(badgeRow, row++, 1);
    if (!detail.isEmpty()) {
        auto *note = selectable(detail, card);
        note->setObjectName(QStringLiteral("lineageNote_%1").arg(index));
        grid->addWidget(note, row++, 1);
    }

    if (!hop.reference.isEmpty() && index > 0) {
        auto *open = new QPushButton(tr("Open"), card);
        open->setToolTip(tr("Show this image's overview and raw manifest"));
        connect(open, &QPushButton::clicked, this,
                [this, target = hop.reference]() { emit openImageRequested(target); });
        grid->addWidget(open, 0, 2, 2, 1, Qt::AlignTop);
    }
    grid->setColumnStretch(1, 1);
    return card;
}

} // namespace chainscope::ui
