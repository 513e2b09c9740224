#pragma once

#include "reports/SyncPlanner.h"

#include <QLabel>

#include <functional>

namespace kd {
class AppContext;
}

namespace kd::ui {

// One tracker per campaign: names every ad-network campaign that more than one of the
// user's Kintura integrations received clicks for in the period (each of them counts its
// conversions, so they are counted twice), from the cached visits by the network's campaign.
// Hidden when there is none.
class ConflictWarning : public QLabel
{
    Q_OBJECT
public:
    explicit ConflictWarning(AppContext* context, QWidget* parent = nullptr);

    // rangeFor: the period shown, for each integration (its own calendar).
    void update(const std::function<DayRange(const QString&)>& rangeFor);

private:
    AppContext* m_context;
};

} // namespace kd::ui
