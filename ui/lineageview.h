#pragma once

#include "ui/lineagedisplay.h"

#include <QWidget>

class QLabel;
class QVBoxLayout;

namespace chainscope::ui {

class BannerWidget;

/// The Lineage tab: the chain service → base → vendor OS as a vertical list
/// of hop cards joined by "built on" arrows. Each card shows the image, its
/// digest, the evidence for the link and a signature badge.
class LineageView final : public QWidget
{
    Q_OBJECT

public:
    explicit LineageView(QWidget *parent = nullptr);

    void setLineage(const LineageDisplay &lineage);
    void setMessage(const QString &message); ///< "Working…" or an error
    void clear();

    int hopCount() const { return int(m_lineage.hops.size()); }
    const LineageDisplay &lineage() const { return m_lineage; }
    /// The badge text of hop \a index as shown ("Verified: signed by this key").
    QString badgeText(int index) const;

signals:
    /// The user asked to open a hop's image in the browser.
    void openImageRequested(const QString &reference);

private:
    QWidget *makeCard(const LineageHop &hop, int index);

    LineageDisplay m_lineage;
    QLabel *m_message;
    QWidget *m_host;
    QVBoxLayout *m_cards;
    QStringList m_badges;
};

} // namespace chainscope::ui
