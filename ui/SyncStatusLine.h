#pragma once

#include <QWidget>

class QLabel;
class QProgressBar;

namespace kd {
class TrackerError;
}

namespace kd::ui {

// Under the Reports filters: what the sync of the shown integration is doing (a progress bar
// that knows its total and the time left at the tracker's rate), or how it ended (up to date,
// cancelled, offline with when the kept numbers were last synced and why).
class SyncStatusLine : public QWidget
{
    Q_OBJECT
public:
    explicit SyncStatusLine(QWidget* parent = nullptr);

    void showMessage(const QString& text);
    void started();
    void progress(const QString& name, int done, int total, int secondsLeft);
    // lastSynced: when the cache last got this integration's numbers (invalid: never).
    void finished(const QString& name, const TrackerError& error, const QDateTime& lastSynced,
                  bool moreSyncsQueued);

private:
    QLabel* m_text;
    QProgressBar* m_progress;
};

} // namespace kd::ui
