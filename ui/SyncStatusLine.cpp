#include "SyncStatusLine.h"

#include "tracker/TrackerError.h"

#include <QDateTime>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>

namespace kd::ui {

SyncStatusLine::SyncStatusLine(QWidget* parent)
    : QWidget(parent)
    , m_text(new QLabel(this))
    , m_progress(new QProgressBar(this))
{
    m_progress->setObjectName(QStringLiteral("syncProgress"));
    m_progress->setTextVisible(true);
    m_progress->hide();
    m_text->setObjectName(QStringLiteral("syncStatus"));
    m_text->setWordWrap(true);
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_progress);
}

void SyncStatusLine::showMessage(const QString& text)
{
    m_text->setText(text);
}

void SyncStatusLine::started()
{
    m_progress->setRange(0, 0); // busy until the first page tells the total
    m_progress->show();
    m_text->setText(tr("Asking the tracker for what is missing or may have changed…"));
}

void SyncStatusLine::progress(const QString& name, int done, int total, int secondsLeft)
{
    m_progress->setRange(0, std::max(1, total));
    m_progress->setValue(done);
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
        m_text->setText(
            tr("Up to date: %1 synced at %2.")
                .arg(name, locale.toString(QTime::currentTime(), QLocale::ShortFormat)));
        return;
    }
    const QString when = locale.toString(lastSynced, QLocale::ShortFormat);
    const bool cancelled = error.kind() == TrackerError::Kind::Cancelled;
    if (!lastSynced.isValid())
        m_text->setText(cancelled ? tr("Sync cancelled: nothing of %1 is kept on this computer "
                                       "yet.")
                                        .arg(name)
                                  : tr("Offline: nothing of %1 is kept on this computer yet. %2")
                                        .arg(name, error.message()));
    else if (cancelled)
        m_text->setText(
            tr("Sync cancelled: showing the data kept on this computer (last synced at %1).")
                .arg(when));
    else
        m_text->setText(
            tr("Offline: showing the data of %1 kept on this computer, last synced at %2. %3")
                .arg(name, when, error.message()));
}

} // namespace kd::ui
