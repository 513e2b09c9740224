#pragma once

#include "reports/ReportQuery.h"

#include <QWidget>

class QComboBox;
class QHBoxLayout;
class QLabel;

namespace kd {
class ReportCache;
}

namespace kd::ui {

// The Reports page's filter bar: the ad network and campaign filters, the breakdown, and under
// them the sentence that says when the campaign field's text names no campaign. The network and
// breakdown change what the cache shows; the campaign needs that campaign's days (a sync).
class ReportFilters : public QWidget
{
    Q_OBJECT
public:
    explicit ReportFilters(QWidget* parent = nullptr);

    // campaignApplies: one integration is shown (campaign ids mean nothing across trackers).
    ReportFilter filter(bool campaignApplies) const;
    Breakdown breakdown() const;
    // The breakdown's data as kept in the window state; restoring it emits nothing.
    QVariant breakdownData() const;
    void restoreBreakdown(const QVariant& data);

    // Every ad network the shown trackers have a traffic source for; the campaigns of the one
    // tracker shown (from the cache), if there is one.
    void refill(const QList<ReportSubject>& subjects, const ReportCache* cache);
    // Until the first read of the cache nothing offers to filter what is not there yet.
    void setLoading(bool loading);
    // Widgets that go at the end of the filters' row (the export buttons).
    void addToRow(QWidget* widget);

Q_SIGNALS:
    void networkChanged();
    void campaignChanged();
    void breakdownChanged();

private:
    // Says under the campaign filter when its text names no campaign.
    void checkCampaignText();

    QComboBox* m_network;
    QComboBox* m_campaign;
    QComboBox* m_breakdown;
    QLabel* m_campaignMessage;
    QHBoxLayout* m_row;
};

} // namespace kd::ui
