#pragma once

// One prepared INSERT run for many rows, as a sync stores the tracker's pages. Through SQLite's
// C API on the connection QtSql opened when it can: QtSql's binding (a QVariant per value) costs
// about 3 µs a row, more than SQLite's own work and most of a sync's storing. Through QSqlQuery
// otherwise: where Qt's SQLite plugin carries its own copy of SQLite (Qt's macOS and Windows
// builds), two copies of the library must never share one connection, so the build leaves the
// C API out (KD_SQLITE_C_API in CMakeLists.txt).

#include <QSqlDatabase>
#include <QString>

#include <memory>

namespace kd {

// Lives inside one store call: the C API's statement is not QtSql's to finalise, so a
// BulkInsert must be gone before its connection closes.
class BulkInsert
{
public:
    BulkInsert(const QSqlDatabase& db, const QString& sql);
    ~BulkInsert();
    BulkInsert(const BulkInsert&) = delete;
    BulkInsert& operator=(const BulkInsert&) = delete;

    bool isPrepared() const;
    // Values for the next insert, by column from 0. A value stays bound until replaced, so the
    // columns every row shares are bound once.
    void bind(int column, qint64 value);
    void bind(int column, const QString& text); // a null string is stored as ''
    bool insert();
    QString lastError() const { return m_lastError; }
    bool usesSqliteApi() const;

    // For tests, and to compare the two paths: false makes new inserts use QSqlQuery.
    static void setSqliteApiAllowed(bool allowed);
    // Whether this build has the C API path at all (KD_SQLITE_C_API).
    static bool sqliteApiBuilt();

private:
    struct Direct;
    std::unique_ptr<Direct> m_direct;
    std::unique_ptr<class QSqlQuery> m_query;
    QString m_lastError;
};

} // namespace kd
