#include "TrackerCall.h"

#include <QCoreApplication>

namespace kd {

namespace {
class Tr
{
    Q_DECLARE_TR_FUNCTIONS(TrackerCall)
};
} // namespace

QString skippedSentence(const QList<SkippedRecord>& skipped, int total, const QString& what)
{
    if (skipped.isEmpty())
        return {};
    QStringList named;
    for (const SkippedRecord& r : skipped.mid(0, 3)) {
        const QString value = r.valueText.isNull()
                                  ? r.field
                                  : QStringLiteral("%1 \u201c%2\u201d").arg(r.field, r.valueText);
        named << (r.id.isEmpty()
                      //: Names a record that could not be read by its place in the list: %1 is
                      //: its position (1-based), %2 the field and the value, e.g. cost_value "abc".
                      ? Tr::tr("record %1, %2").arg(r.position).arg(value)
                      //: Names a record that could not be read: %1 its id, %2 the field and the
                      //: value, e.g. cost_value "abc".
                      : Tr::tr("id %1, %2").arg(r.id, value));
    }
    QString list = named.join(QStringLiteral("; "));
    if (skipped.size() > named.size())
        //: Ends a list of records that could not be read: %n more were not named.
        list += Tr::tr("; and %n more", nullptr, int(skipped.size() - named.size()));
    //: %1 records that could not be read, out of %2 sent; %3 what they are, in the plural
    //: (campaigns, tracking templates); %4 which ones and why.
    return Tr::tr("%1 of %2 %3 could not be read and were left out: %4.")
        .arg(skipped.size())
        .arg(total)
        .arg(what, list);
}

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
