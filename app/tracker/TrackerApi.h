#pragma once

#include "Diagnostic.h"
#include "TrackerCall.h"
#include "TrackerTypes.h"

#include <QObject>
#include <QUrl>

namespace kd {

// What the app asks of any tracker. Kintura is the first adapter (kintura/KinturaClient);
// another tracker type would be a second implementation, with pages, cache and template
// checks unchanged. Every call is asynchronous and returns a TrackerCall owned by the API
// object until it finishes.
class TrackerApi : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;

    virtual QUrl trackerUrl() const = 0;
    // Proves the credentials on what every tracker of this type offers (for Kintura, its
    // published API), with one request.
    virtual TrackerResult<TrackerAccess>* checkAccess() = 0;
    virtual TrackerResult<TrackerSettings>* fetchSettings() = 0;
    virtual PagedCall<TrackingTemplate>* fetchTemplates(const QString& search = {}) = 0;
    virtual PagedCall<Campaign>* fetchCampaigns(const QString& search = {}) = 0;
    virtual PagedCall<StatsRow>* fetchStats(const StatsQuery& query) = 0;
    // Every endpoint the app uses, asked once, described by shape (never values): for
    // correcting the adapter from the first real tracker it meets.
    virtual TrackerResult<TrackerDiagnostic>* diagnose() = 0;
};

} // namespace kd
