#pragma once

#include <QObject>
#include <QPointer>

#include <memory>

namespace kd {
class AppContext;
class TrackerApi;
} // namespace kd

namespace kd::ui {

// "Copy diagnostic report": asks every endpoint the app uses of one integration's tracker
// (TrackerApi::diagnose, at the tracker's pace), puts the report (shapes, never values) on
// the clipboard, and says in one sentence what happened and what the report holds.
class DiagnosticCopy : public QObject
{
    Q_OBJECT
public:
    explicit DiagnosticCopy(AppContext* context, QObject* parent = nullptr);
    ~DiagnosticCopy() override;

    void start(const QString& integrationId);
    bool isRunning() const { return m_running; }

Q_SIGNALS:
    void progress(const QString& sentence);
    void finished(bool copied, const QString& sentence);

private:
    AppContext* m_context;
    std::unique_ptr<TrackerApi> m_client;
    bool m_running = false;
};

} // namespace kd::ui
