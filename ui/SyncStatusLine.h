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
// cancelled, offline with when the kept numbers were last synced and why, or what the tracker
// answered). An icon of its own shape per state goes with the text, so that neither colour nor
// reading the sentence is the only cue.
class SyncStatusLine : public QWidget
{
    Q_OBJECT
public:
    enum class State {
        Message,
        Syncing,
        UpToDate,
        Cancelled,
        Offline,
        Certificate,
        TrackerError,
        Keychain,
        LocalStorage,
        NotOffered // the tracker answers, but offers no reports through its API
    };
    Q_ENUM(State)

    explicit SyncStatusLine(QWidget* parent = nullptr);

    void showMessage(const QString& text);
    void started();
    void progress(const QString& name, int done, int total, int secondsLeft);
    // lastSynced: when the cache last got this integration's numbers (invalid: never).
    void finished(const QString& name, const TrackerError& error, const QDateTime& lastSynced,
                  bool moreSyncsQueued);
    // Something the finished sync wants said beside its outcome (records left out); cleared
    // when the next sync starts.
    void setNotice(const QString& sentence);

    State state() const { return m_state; }
    // Offline means the tracker could not be reached at all (network, time-out, TLS); any
    // answer it gave, even an error, is the tracker speaking and is said as such.
    static bool isOffline(const TrackerError& error);

private:
    void setState(State state);

    QLabel* m_icon;
    QLabel* m_text;
    QProgressBar* m_progress;
    State m_state = State::Message;
    QString m_notice;
};

} // namespace kd::ui
