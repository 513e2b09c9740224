#pragma once

#include "integrations/Integration.h"

#include "IntegrationCli.h"
#include "reports/ReportQuery.h"

#include <QDate>
#include <QObject>
#include <QStringList>

#include <cstdio>
#include <memory>

namespace kd {

class AppContext;
class ReportCache;
class TrackerApi;
class ReportSync;

// `kintura-desk report --integration NAME --from DATE --to DATE --group-by day|campaign|network
// --format csv|json`: syncs what the cache lacks (the same cache as the window) and prints the
// report, for scripts and cron. Exit codes as for `integration`.
class ReportCli : public QObject
{
    Q_OBJECT
public:
    ReportCli(FILE* out, FILE* err, QObject* parent = nullptr);
    ~ReportCli() override;

    // args: everything after "report". Emits done(exit code) when finished.
    void start(const QStringList& args);
    static QString usage();

Q_SIGNALS:
    void done(int exitCode);

private:
    void finish(CliExit code, const QString& message = {});
    void startSync(const Integration& integration, const QString& timeZone);
    void fetchSourceNamesThenPrint();
    void printReport();

    FILE* m_out;
    FILE* m_err;
    std::unique_ptr<AppContext> m_context;
    std::unique_ptr<ReportCache> m_cache;
    std::unique_ptr<TrackerApi> m_client;
    std::unique_ptr<ReportSync> m_sync;
    QString m_integrationId;
    QString m_currency;
    QString m_groupBy;
    QString m_format;
    QDate m_from;
    QDate m_to;
    QDate m_today;
    QHash<QString, SourceInfo> m_sources;
};

} // namespace kd
