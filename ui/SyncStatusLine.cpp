#include "SyncStatusLine.h"

#include "tracker/TrackerError.h"

#include <QDateTime>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QStyle>

namespace kd::ui {

namespace {
struct Look
{
    const char* icon; // resources/icons/status-<icon>.svg: the shapes StatusPresentation uses
    QString accessible;
};

Look lookOf(SyncStatusLine::State state)
{
    using State = SyncStatusLine::State;
    switch (state) {
    case State::Message:
        return {"unknown", SyncStatusLine::tr("Report status")};
    case State::Syncing:
        return {"checking", SyncStatusLine::tr("Syncing with the tracker")};
    case State::UpToDate:
        return {"connected", SyncStatusLine::tr("Up to date")};
    case State::Cancelled:
        return {"warning", SyncStatusLine::tr("Sync cancelled: showing the saved data")};
    case State::Offline:
        return {"offline", SyncStatusLine::tr("Offline: the tracker cannot be reached")};
    case State::Certificate:
        return {"shield",
                SyncStatusLine::tr("Error: the tracker's secure connection could not be verified")};
    case State::TrackerError:
        return {"error", SyncStatusLine::tr("Error: the tracker answered with a problem")};
    case State::Keychain:
        return {"locked", SyncStatusLine::tr("Error: the system keychain cannot be read")};
    case State::LocalStorage:
        return {"error",
                SyncStatusLine::tr("Error: the data could not be stored on this computer")};
    case State::NotOffered:
        return {"warning",
                SyncStatusLine::tr("Warning: this tracker does not offer reports through its API")};
    }
    return {"unknown", {}};
}
} // namespace

SyncStatusLine::SyncStatusLine(QWidget* parent)
    : QWidget(parent)
    , m_icon(new QLabel(this))
    , m_text(new QLabel(this))
    , m_progress(new QProgressBar(this))
{
    m_icon->setObjectName(QStringLiteral("syncStatusIcon"));
    m_progress->setObjectName(QStringLiteral("syncProgress"));
    m_progress->setTextVisible(true);
    m_progress->hide();
    m_text->setObjectName(QStringLiteral("syncStatus"));
    m_text->setWordWrap(true);
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_icon, 0, Qt::AlignTop);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_progress);
    setState(State::Message);
}

bool SyncStatusLine::isOffline(const TrackerError& error)
{
    switch (error.kind()) {
    case TrackerError::Kind::Unreachable:
    case TrackerError::Kind::Timeout:
        return true;
    default:
        return false;
    }
}

void SyncStatusLine::setState(State state)
{
    m_state = state;
    const Look look = lookOf(state);
    const int side = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this);
    m_icon->setPixmap(QIcon(QStringLiteral(":/icons/status-%1.svg").arg(QLatin1String(look.icon)))
                          .pixmap(QSize(side, side), devicePixelRatioF()));
    m_icon->setAccessibleName(look.accessible);
    m_icon->setAccessibleDescription(look.accessible);
    m_icon->setToolTip(look.accessible);
    // A plain message ("Saved the table to …") is no state of the sync: no icon claims one.
    m_icon->setVisible(state != State::Message);
}

void SyncStatusLine::showMessage(const QString& text)
{
    setState(State::Message);
    m_text->setText(text);
}

void SyncStatusLine::setNotice(const QString& sentence)
{
    m_notice = sentence;
    if (m_state != State::Syncing && !sentence.isEmpty() && !m_text->text().contains(sentence))
        m_text->setText(m_text->text() + QLatin1Char(' ') + sentence);
}

void SyncStatusLine::started()
{
    m_notice.clear();
    setState(State::Syncing);
    m_progress->setRange(0, 0); // busy until the first page tells the total
    m_progress->show();
    m_text->setText(tr("Asking the tracker for what is missing or may have changed…"));
}

void SyncStatusLine::progress(const QString& name, int done, int total, int secondsLeft)
{
    setState(State::Syncing);
    m_progress->setRange(0, std::max(1, total));
    m_progress->setValue(std::min(done, std::max(1, total)));
    m_progress->setFormat(tr("%1 of %2").arg(done).arg(total));
    m_text->setText(
        tr("Syncing %1: request %2 of %3, about %n second(s) left at the tracker's rate.", nullptr,
           secondsLeft)
            .arg(name)
            .arg(done)
            .arg(total));
}

void SyncStatusLine::finished(const QString& name, const TrackerError& error,
                              const QDateTime& lastSynced, bool moreSyncsQueued)
{
    m_progress->setVisible(moreSyncsQueued);
    const QLocale locale;
    if (error.isOk()) {
        setState(State::UpToDate);
        m_text->setText(
            tr("Up to date: %1 synced at %2.")
                .arg(name, locale.toString(QTime::currentTime(), QLocale::ShortFormat)));
        setNotice(m_notice);
        return;
    }
    const QString when = locale.toString(lastSynced, QLocale::ShortFormat);
    if (error.kind() == TrackerError::Kind::Cancelled) {
        setState(State::Cancelled);
        m_text->setText(
            lastSynced.isValid()
                ? tr("Sync cancelled: showing the data kept on this computer (last synced at "
                     "%1).")
                      .arg(when)
                : tr("Sync cancelled: nothing of %1 is kept on this computer yet.").arg(name));
        return;
    }
    if (isOffline(error)) {
        setState(State::Offline);
        m_text->setText(
            lastSynced.isValid()
                ? tr("Offline: showing the data of %1 kept on this computer, last synced at %2. "
                     "%3")
                      .arg(name, when, error.message())
                : tr("Offline: nothing of %1 is kept on this computer yet. %2")
                      .arg(name, error.message()));
        return;
    }
    // The tracker answered, its certificate was refused, the keychain did not give the key or
    // the cache could not take the data: that sentence first, then what the page shows.
    switch (error.kind()) {
    case TrackerError::Kind::Credentials:
        setState(State::Keychain);
        break;
    case TrackerError::Kind::Tls:
        setState(State::Certificate);
        break;
    case TrackerError::Kind::LocalStorage:
        setState(State::LocalStorage);
        break;
    case TrackerError::Kind::NotOffered:
        setState(State::NotOffered);
        break;
    default:
        setState(State::TrackerError);
        break;
    }
    m_text->setText(
        lastSynced.isValid()
            ? tr("%1 Showing the data of %2 kept on this computer, last synced at %3.")
                  .arg(error.message(), name, when)
            : tr("%1 Nothing of %2 is kept on this computer yet.").arg(error.message(), name));
}

} // namespace kd::ui
