#pragma once

#include "ui/statusicons.h"

#include <QFrame>

class QLabel;

namespace chainscope::ui {

/// A coloured summary line above a result: icon, a bold headline in words
/// that differ per outcome, and a detail sentence.
class BannerWidget final : public QFrame
{
    Q_OBJECT

public:
    explicit BannerWidget(QWidget *parent = nullptr);

    void showResult(Status status, const QString &headline, const QString &detail = {});
    void clearBanner();

    Status status() const { return m_status; }
    QString headline() const;
    QString detail() const;

private:
    Status m_status = Status::Unknown;
    QLabel *m_icon;
    QLabel *m_headline;
    QLabel *m_detail;
};

} // namespace chainscope::ui
