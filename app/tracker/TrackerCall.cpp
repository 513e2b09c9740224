#include "TrackerCall.h"

namespace kd {

void TrackerCall::cancel()
{
    if (m_finished)
        return;
    abortWork();
    finish(TrackerError(TrackerError::Kind::Cancelled, {}));
}

void TrackerCall::finish(const TrackerError& error)
{
    if (m_finished)
        return;
    m_finished = true;
    m_error = error;
    Q_EMIT finished();
    deleteLater();
}

void TrackerCall::setProgress(int done, int total)
{
    m_pagesDone = done;
    m_pagesTotal = total;
    Q_EMIT progress(done, total);
}

} // namespace kd
