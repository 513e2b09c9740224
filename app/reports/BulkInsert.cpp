#include "BulkInsert.h"

#include <QLoggingCategory>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <atomic>

#ifdef KD_SQLITE_C_API
#include <sqlite3.h>
#endif

Q_DECLARE_LOGGING_CATEGORY(lcCache)

namespace kd {

namespace {
std::atomic<bool> sqliteApiAllowed{true};
}

void BulkInsert::setSqliteApiAllowed(bool allowed)
{
    sqliteApiAllowed = allowed;
}

bool BulkInsert::sqliteApiBuilt()
{
#ifdef KD_SQLITE_C_API
    return true;
#else
    return false;
#endif
}

#ifdef KD_SQLITE_C_API
struct BulkInsert::Direct
{
    sqlite3* db = nullptr;
    sqlite3_stmt* statement = nullptr;
    ~Direct() { sqlite3_finalize(statement); }
};

namespace {
// The connection's sqlite3 handle, when it is one of the library this program links.
sqlite3* sqliteHandle(const QSqlDatabase& db)
{
    if (!sqliteApiAllowed || !db.driver())
        return nullptr;
    const QVariant handle = db.driver()->handle();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return nullptr;
    // A different version means a different copy of SQLite behind the plugin: keep out. The
    // plugin is the same for the whole process, so one look is enough.
    static const bool sameLibrary = [&db] {
        QSqlQuery version(db);
        const bool same = version.exec(QStringLiteral("SELECT sqlite_version()")) &&
                          version.next() &&
                          version.value(0).toString() == QLatin1String(sqlite3_libversion());
        if (!same)
            qCWarning(lcCache) << "the SQLite behind QtSql is not the one linked: writing "
                                  "through QtSql";
        return same;
    }();
    return sameLibrary ? *static_cast<sqlite3* const*>(handle.constData()) : nullptr;
}
} // namespace
#else
struct BulkInsert::Direct
{
};
#endif

BulkInsert::BulkInsert(const QSqlDatabase& db, const QString& sql)
{
#ifdef KD_SQLITE_C_API
    if (sqlite3* handle = sqliteHandle(db)) {
        auto direct = std::make_unique<Direct>();
        direct->db = handle;
        const QByteArray utf8 = sql.toUtf8();
        if (sqlite3_prepare_v2(handle, utf8.constData(), int(utf8.size()), &direct->statement,
                               nullptr) == SQLITE_OK) {
            m_direct = std::move(direct);
            return;
        }
        m_lastError = QString::fromUtf8(sqlite3_errmsg(handle));
        return;
    }
#endif
    m_query = std::make_unique<QSqlQuery>(db);
    if (!m_query->prepare(sql)) {
        m_lastError = m_query->lastError().text();
        m_query.reset();
    }
}

BulkInsert::~BulkInsert() = default;

bool BulkInsert::isPrepared() const
{
    return m_direct || m_query;
}

bool BulkInsert::usesSqliteApi() const
{
    return bool(m_direct);
}

void BulkInsert::bind(int column, qint64 value)
{
#ifdef KD_SQLITE_C_API
    if (m_direct) {
        sqlite3_bind_int64(m_direct->statement, column + 1, value);
        return;
    }
#endif
    if (m_query)
        m_query->bindValue(column, value);
}

void BulkInsert::bind(int column, const QString& text)
{
#ifdef KD_SQLITE_C_API
    if (m_direct) {
        // Copied: the caller's string may be gone by the time the statement runs.
        sqlite3_bind_text16(m_direct->statement, column + 1,
                            text.isNull() ? static_cast<const void*>(u"")
                                          : static_cast<const void*>(text.utf16()),
                            int(text.size() * sizeof(char16_t)), SQLITE_TRANSIENT);
        return;
    }
#endif
    if (m_query)
        m_query->bindValue(column, text.isNull() ? QStringLiteral("") : text);
}

bool BulkInsert::insert()
{
#ifdef KD_SQLITE_C_API
    if (m_direct) {
        const int result = sqlite3_step(m_direct->statement);
        sqlite3_reset(m_direct->statement); // keeps the bindings
        if (result == SQLITE_DONE)
            return true;
        m_lastError = QString::fromUtf8(sqlite3_errmsg(m_direct->db));
        return false;
    }
#endif
    if (!m_query)
        return false;
    if (m_query->exec())
        return true;
    m_lastError = m_query->lastError().text();
    return false;
}

} // namespace kd
