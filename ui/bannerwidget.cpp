#include "ui/bannerwidget.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace chainscope::ui {

BannerWidget::BannerWidget(QWidget *parent)
    : QFrame(parent)
    , m_icon(new QLabel(this))
    , m_headline(new QLabel(this))
    , m_detail(new QLabel(this))
{
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    m_headline->setObjectName(QStringLiteral("bannerHeadline"));
    m_detail->setObjectName(QStringLiteral("bannerDetail"));
    QFont bold = m_headline->font();
    bold.setBold(true);
    bold.setPointSizeF(bold.pointSizeF() * 1.15);
    m_headline->setFont(bold);
    m_headline->setWordWrap(true);
    m_detail->setWordWrap(true);
    m_detail->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *text = new QVBoxLayout;
    text->addWidget(m_headline);
    text->addWidget(m_detail);
    auto *layout = new QHBoxLayout(this);
    layout->addWidget(m_icon, 0, Qt::AlignTop);
    layout->addLayout(text, 1);
    clearBanner();
}

void BannerWidget::showResult(Status status, const QString &headline, const QString &detail)
{
    m_status = status;
    m_icon->setPixmap(statusIcon(status).pixmap(24, 24));
    m_headline->setText(headline);
    m_detail->setText(detail);
    m_detail->setVisible(!detail.isEmpty());

    QColor background;
    switch (status) {
    case Status::Pass:
        background = QColor(0xe3, 0xf4, 0xe8);
        break;
    case Status::Fail:
        background = QColor(0xfb, 0xe4, 0xe1);
        break;
    case Status::Warn:
        background = QColor(0xfd, 0xf1, 0xd6);
        break;
    case Status::Unknown:
        background = QColor(0xea, 0xec, 0xee);
        break;
    }
    QPalette palette = this->palette();
    palette.setColor(QPalette::Window, background);
    palette.setColor(QPalette::WindowText, QColor(0x20, 0x20, 0x20));
    setPalette(palette);
    setVisible(true);
}

void BannerWidget::clearBanner()
{
    m_status = Status::Unknown;
    m_headline->clear();
    m_detail->clear();
    setVisible(false);
}

QString BannerWidget::headline() const
{
    return m_headline->text();
}

QString BannerWidget::detail() const
{
    return m_detail->text();
}

} // namespace chainscope::ui
