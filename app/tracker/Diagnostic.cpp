#include "Diagnostic.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QMap>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>

namespace kd {

namespace {

constexpr int kMaxDepth = 8;
constexpr int kItemsMerged = 50; // a page: nullable fields show as "| null"

QString lengthClass(qsizetype n)
{
    if (n == 0)
        return QStringLiteral("empty");
    if (n <= 8)
        return QStringLiteral("1-8 chars");
    if (n <= 32)
        return QStringLiteral("9-32 chars");
    if (n <= 128)
        return QStringLiteral("33-128 chars");
    return QStringLiteral("over 128 chars");
}

// A key that may be data rather than a field name (an id used as a key, a long text).
QString safeKey(const QString& key)
{
    static const QRegularExpression fieldName(QStringLiteral("^[A-Za-z_][A-Za-z0-9_.-]{0,39}$"));
    return fieldName.match(key).hasMatch() ? key : QStringLiteral("<key>");
}

// One node of a merged shape: the types seen at this place, and below it.
struct Node
{
    QSet<QString> types;
    QMap<QString, Node> fields;  // objects
    std::unique_ptr<Node> items; // arrays
    QSet<qsizetype> lengths;     // arrays

    Node() = default;
    Node(const Node& other)
        : types(other.types)
        , fields(other.fields)
        , items(other.items ? std::make_unique<Node>(*other.items) : nullptr)
        , lengths(other.lengths)
    {
    }
    Node& operator=(const Node& other)
    {
        types = other.types;
        fields = other.fields;
        items = other.items ? std::make_unique<Node>(*other.items) : nullptr;
        lengths = other.lengths;
        return *this;
    }

    void add(const QJsonValue& v, int depth)
    {
        switch (v.type()) {
        case QJsonValue::Null:
            types << QStringLiteral("null");
            break;
        case QJsonValue::Bool:
            types << QStringLiteral("boolean");
            break;
        case QJsonValue::Double: {
            const double d = v.toDouble();
            types << (d == double(qint64(d)) ? QStringLiteral("integer")
                                             : QStringLiteral("decimal"));
            break;
        }
        case QJsonValue::String: {
            const QString s = v.toString();
            // A number or a date sent as text is a shape of its own (the reader cares).
            static const QRegularExpression decimal(QStringLiteral("^-?[0-9]+(\\.[0-9]+)?$"));
            static const QRegularExpression date(QStringLiteral("^[0-9]{4}-[0-9]{2}-[0-9]{2}$"));
            types << (decimal.match(s).hasMatch() ? QStringLiteral("string (decimal number)")
                      : date.match(s).hasMatch()
                          ? QStringLiteral("string (YYYY-MM-DD)")
                          : QStringLiteral("string (%1)").arg(lengthClass(s.size())));
            break;
        }
        case QJsonValue::Array: {
            types << QStringLiteral("array");
            const QJsonArray a = v.toArray();
            lengths << a.size();
            if (depth >= kMaxDepth)
                break;
            if (!items && !a.isEmpty())
                items = std::make_unique<Node>();
            for (qsizetype i = 0; i < std::min<qsizetype>(a.size(), kItemsMerged); ++i)
                items->add(a.at(i), depth + 1);
            break;
        }
        case QJsonValue::Object: {
            types << QStringLiteral("object");
            if (depth >= kMaxDepth)
                break;
            const QJsonObject o = v.toObject();
            for (auto it = o.begin(); it != o.end(); ++it)
                fields[safeKey(it.key())].add(it.value(), depth + 1);
            break;
        }
        case QJsonValue::Undefined:
            break;
        }
    }

    QJsonObject toJson() const
    {
        QStringList sorted(types.begin(), types.end());
        sorted.sort();
        QJsonObject out{{QStringLiteral("type"), sorted.join(QStringLiteral(" | "))}};
        if (!lengths.isEmpty()) {
            QList<qsizetype> l(lengths.begin(), lengths.end());
            std::sort(l.begin(), l.end());
            QJsonArray array;
            for (qsizetype n : l)
                array.append(qint64(n));
            out.insert(QStringLiteral("lengths"), array);
        }
        if (items)
            out.insert(QStringLiteral("items"), items->toJson());
        if (!fields.isEmpty()) {
            QJsonObject f;
            for (auto it = fields.begin(); it != fields.end(); ++it)
                f.insert(it.key(), it.value().toJson());
            out.insert(QStringLiteral("fields"), f);
        }
        return out;
    }
};

void shapeLines(const QJsonObject& shape, const QString& name, int indent, QStringList* lines)
{
    QString line = QString(indent * 2, QLatin1Char(' '));
    if (!name.isEmpty())
        line += name + QStringLiteral(": ");
    line += shape.value(QStringLiteral("type")).toString();
    const QJsonArray lengths = shape.value(QStringLiteral("lengths")).toArray();
    if (!lengths.isEmpty()) {
        QStringList l;
        for (const QJsonValue& n : lengths)
            l << QString::number(n.toInteger());
        line += QStringLiteral(" of %1").arg(l.join(QStringLiteral("/")));
    }
    lines->append(line);
    const QJsonObject fields = shape.value(QStringLiteral("fields")).toObject();
    for (auto it = fields.begin(); it != fields.end(); ++it)
        shapeLines(it.value().toObject(), it.key(), indent + 1, lines);
    if (shape.contains(QStringLiteral("items")))
        shapeLines(shape.value(QStringLiteral("items")).toObject(), QStringLiteral("[items]"),
                   indent + 1, lines);
}

} // namespace

bool TrackerDiagnostic::allAsExpected() const
{
    return std::all_of(endpoints.begin(), endpoints.end(),
                       [](const EndpointDiagnostic& e) { return e.asExpected; });
}

QJsonObject jsonShape(const QByteArray& body)
{
    if (body.isEmpty())
        return {{QStringLiteral("type"), QStringLiteral("no body")}};
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError)
        return {
            {QStringLiteral("type"),
             QStringLiteral("not JSON (%1 bytes%2)")
                 .arg(body.size())
                 .arg(body.trimmed().startsWith('<') ? QStringLiteral(", markup") : QString())}};
    Node root;
    root.add(doc.isArray() ? QJsonValue(doc.array()) : QJsonValue(doc.object()), 0);
    return root.toJson();
}

QString diagnosticText(const TrackerDiagnostic& d)
{
    QStringList lines;
    lines << QStringLiteral("Kintura Desk diagnostic of a %1 tracker (shapes only: no address, "
                            "key, id, title or number from the tracker)")
                 .arg(d.trackerType);
    for (const EndpointDiagnostic& e : d.endpoints) {
        lines << QString();
        lines << QStringLiteral("%1 %2%3 (%4, %5)")
                     .arg(e.asExpected ? QStringLiteral("[ok]  ") : QStringLiteral("[DIFF]"),
                          e.path, e.query.isEmpty() ? QString() : QLatin1Char('?') + e.query,
                          e.published ? QStringLiteral("published") : QStringLiteral("modelled"),
                          e.role);
        lines << QStringLiteral("  HTTP %1, %2, content type %3")
                     .arg(e.httpStatus)
                     .arg(e.outcome,
                          e.contentType.isEmpty() ? QStringLiteral("none") : e.contentType);
        if (!e.pageHeaders.isEmpty())
            lines << QStringLiteral("  page headers: ") + e.pageHeaders.join(QStringLiteral(", "));
        if (e.records >= 0)
            lines << QStringLiteral("  records: %1, read: %2").arg(e.records).arg(e.accepted);
        for (const QString& why : e.rejected)
            lines << QStringLiteral("  not read: ") + why;
        lines << QStringLiteral("  shape:");
        shapeLines(e.shape, {}, 2, &lines);
    }
    lines << QString();
    lines << (d.allAsExpected() ? QStringLiteral("Every endpoint answered as Kintura Desk expects.")
                                : QStringLiteral("Endpoints marked [DIFF] differ from what Kintura "
                                                 "Desk expects (docs/kintura-api.md)."));
    return lines.join(QLatin1Char('\n'));
}

QJsonObject diagnosticJson(const TrackerDiagnostic& d)
{
    QJsonArray endpoints;
    for (const EndpointDiagnostic& e : d.endpoints) {
        endpoints.append(
            QJsonObject{{QStringLiteral("path"), e.path},
                        {QStringLiteral("query"), e.query},
                        {QStringLiteral("role"), e.role},
                        {QStringLiteral("published"), e.published},
                        {QStringLiteral("http_status"), e.httpStatus},
                        {QStringLiteral("outcome"), e.outcome},
                        {QStringLiteral("content_type"), e.contentType},
                        {QStringLiteral("page_headers"), QJsonArray::fromStringList(e.pageHeaders)},
                        {QStringLiteral("records"), e.records},
                        {QStringLiteral("accepted"), e.accepted},
                        {QStringLiteral("rejected"), QJsonArray::fromStringList(e.rejected)},
                        {QStringLiteral("as_expected"), e.asExpected},
                        {QStringLiteral("shape"), e.shape}});
    }
    return {{QStringLiteral("tracker_type"), d.trackerType},
            {QStringLiteral("as_expected"), d.allAsExpected()},
            {QStringLiteral("endpoints"), endpoints}};
}

} // namespace kd
