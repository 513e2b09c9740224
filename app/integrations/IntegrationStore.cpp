#include "IntegrationStore.h"

#include "IntegrationInput.h"
#include "storage/SafeFile.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QSet>
#include <QUuid>

Q_LOGGING_CATEGORY(lcStore, "kintura.integrations.store", QtWarningMsg)

namespace kd {

namespace {
const QString kFormat = QStringLiteral("kintura-desk/integrations");
constexpr qint64 kMaxFileBytes = 4 * 1024 * 1024;
} // namespace

QByteArray IntegrationStore::serialise(const QList<Integration>& integrations)
{
    QJsonArray list;
    for (const Integration& i : integrations) {
        QJsonObject o{{QStringLiteral("id"), i.id},
                      {QStringLiteral("name"), i.name},
                      // The host in its ASCII (xn--) form: one spelling, whatever Qt shows.
                      {QStringLiteral("tracker_url"), i.trackerUrl.toString(QUrl::FullyEncoded)},
                      {QStringLiteral("currency"), i.currency},
                      {QStringLiteral("conversion_time"), conversionTimeKey(i.conversionTime)}};
        if (!i.timeZone.isEmpty())
            o.insert(QStringLiteral("time_zone"), i.timeZone);
        if (!i.pinnedCertificateSha256.isEmpty())
            o.insert(QStringLiteral("pinned_certificate_sha256"), i.pinnedCertificateSha256);
        list.append(o);
    }
    return QJsonDocument(QJsonObject{{QStringLiteral("format"), kFormat},
                                     {QStringLiteral("version"), kFormatVersion},
                                     {QStringLiteral("integrations"), list}})
        .toJson(QJsonDocument::Indented);
}

bool IntegrationStore::deserialise(const QByteArray& bytes, QList<Integration>* out, QString* error)
{
    QJsonParseError parseError{};
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject()) {
        //: Reason inserted as %1 into "The integrations file could not be used (%1)…": lower-case,
        //: no full stop. %1 here is the JSON parser's message (in English).
        *error = tr("it is not valid JSON (%1)").arg(parseError.errorString());
        return false;
    }
    const QJsonObject root = doc.object();
    if (root.value(QStringLiteral("format")).toString() != kFormat) {
        //: Reason inserted as %1 into "The integrations file could not be used (%1)…": lower-case,
        //: no full stop; "it" is the file.
        *error = tr("it is not a Kintura Desk integrations file");
        return false;
    }
    const int version = root.value(QStringLiteral("version")).toInt(-1);
    if (version != kFormatVersion) {
        //: Reason inserted into "The integrations file could not be used (…)…": lower-case, no
        //: full stop; "it" is the file. %1 is the file's format version number.
        *error = version > kFormatVersion
                     ? tr("it was written by a newer Kintura Desk (format %1)").arg(version)
                     : tr("its format version is missing or unknown");
        return false;
    }
    const QJsonValue listValue = root.value(QStringLiteral("integrations"));
    if (!listValue.isArray()) {
        //: Reason inserted as %1 into "The integrations file could not be used (%1)…": lower-case,
        //: no full stop.
        *error = tr("the list of integrations is missing");
        return false;
    }
    QList<Integration> result;
    QSet<QString> ids;
    QStringList names;
    int index = 0;
    for (const QJsonValue& v : listValue.toArray()) {
        ++index;
        const QJsonObject o = v.toObject();
        Integration i;
        i.id = o.value(QStringLiteral("id")).toString();
        i.name = o.value(QStringLiteral("name")).toString();
        i.currency = o.value(QStringLiteral("currency")).toString();
        i.pinnedCertificateSha256 = o.value(QStringLiteral("pinned_certificate_sha256")).toString();
        // A zone this system does not know (other tzdata) is dropped, not a damaged file: the
        // tracker's own zone, when it states one, takes its place.
        i.timeZone = o.value(QStringLiteral("time_zone")).toString();
        if (!checkTimeZone(i.timeZone).isEmpty())
            i.timeZone.clear();
        const UrlCheck url = normaliseTrackerUrl(o.value(QStringLiteral("tracker_url")).toString(),
                                                 UrlRules::Stored);
        const bool timeOk = conversionTimeFromKey(
            o.value(QStringLiteral("conversion_time")).toString(), &i.conversionTime);
        const bool idOk = !QUuid::fromString(i.id).isNull() && !ids.contains(i.id);
        if (!v.isObject() || !idOk || !url.ok() || !timeOk ||
            !checkStoredIntegrationName(i.name, names).isEmpty() ||
            !checkCurrency(i.currency).isEmpty()) {
            //: Reason inserted into "The integrations file could not be used (…)…": lower-case, no
            //: full stop. %1 is the entry's position in the file (0, 1, 2…); "it" is the file.
            *error = tr("integration %1 in it is damaged").arg(index);
            return false;
        }
        i.trackerUrl = url.url;
        ids.insert(i.id);
        names.append(i.name);
        result.append(i);
    }
    *out = std::move(result);
    return true;
}

IntegrationStore::LoadResult IntegrationStore::load() const
{
    LoadResult result;
    QFile file(m_path);
    if (!file.exists())
        return result;
    QString problem;
    if (!file.open(QIODevice::ReadOnly)) {
        //: %1 is the file's path; %2 the system's reason (often in English), e.g. "Permission
        //: denied".
        result.problem = tr("The integrations file %1 could not be read: %2.")
                             .arg(QDir::toNativeSeparators(m_path), file.errorString());
        return result; // unreadable, not damaged: leave it where it is
    }
    if (file.size() > kMaxFileBytes) {
        //: Reason inserted as %1 into "The integrations file could not be used (%1)…": lower-case,
        //: no full stop; "it" is the file.
        problem = tr("it is far too large");
    } else {
        const QByteArray bytes = file.readAll();
        if (deserialise(bytes, &result.integrations, &problem))
            return result;
    }
    file.close();

    // Keep the damaged file for the user (and for support), never overwrite it.
    const QString aside = keepDamagedFileAside(m_path);
    if (!aside.isEmpty()) {
        result.setAsidePath = aside;
        //: %1 is the reason, e.g. "it is far too large"; %2 the path the damaged file was renamed
        //: to.
        result.problem = tr("The integrations file could not be used (%1). It was kept as %2; "
                            "Kintura Desk starts with no integrations.")
                             .arg(problem, QDir::toNativeSeparators(aside));
    } else {
        //: %1 is the file's path; %2 the reason, e.g. "it is far too large".
        result.problem = tr("The integrations file %1 could not be used (%2) and could not be "
                            "moved aside. Nothing will be saved until it is fixed or removed.")
                             .arg(QDir::toNativeSeparators(m_path), problem);
    }
    result.integrations.clear();
    qCWarning(lcStore) << "integrations file unusable:" << problem;
    return result;
}

QString IntegrationStore::save(const QList<Integration>& integrations) const
{
    //: What is being saved, inserted as %1 into "Could not save %1: the folder %2 could not be
    //: created." and "Could not save %1 to %2: %3.".
    return writeFileAtomically(m_path, serialise(integrations), tr("the integrations"));
}

} // namespace kd
