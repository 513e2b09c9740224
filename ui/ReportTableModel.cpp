#include "ReportTableModel.h"

#include "reports/NumberText.h"
#include <QFont>

#include <QLocale>

namespace kd::ui {

QString ReportTableModel::percent(const QLocale& locale, double value, int decimals)
{
    // Qt 6.4 has the percent sign of a locale but not where it goes: CLDR's percent patterns,
    // for the languages that do not write "12.5%". A no-break space keeps "12,5 %" on a line.
    const QString number = groupedNumber(locale, value, decimals);
    switch (locale.language()) {
    case QLocale::Turkish:
        return locale.percent() + number; // "%12,5"
    case QLocale::Russian:
    case QLocale::Ukrainian:
    case QLocale::Belarusian:
    case QLocale::Bulgarian:
    case QLocale::German:
    case QLocale::French:
    case QLocale::Spanish:
    case QLocale::Catalan:
    case QLocale::Czech:
    case QLocale::Slovak:
    case QLocale::Swedish:
    case QLocale::NorwegianBokmal:
    case QLocale::NorwegianNynorsk:
    case QLocale::Danish:
    case QLocale::Finnish:
    case QLocale::Estonian:
    case QLocale::Lithuanian:
    case QLocale::Latvian:
    case QLocale::Hungarian:
    case QLocale::Greek:
    case QLocale::Kazakh:
        return number + QChar(0x00A0) + locale.percent();
    default:
        return number + locale.percent();
    }
}

void ReportTableModel::setRows(const QList<Row>& rows, const QString& nameHeader)
{
    beginResetModel();
    m_rows = rows;
    m_nameHeader = nameHeader;
    m_locale = QLocale();
    m_totals.clear();
    m_currencies.clear();
    for (const Row& r : m_rows) {
        if (!m_totals.contains(r.currency))
            m_currencies << r.currency;
        m_totals[r.currency].add(r.metrics);
    }
    m_currencies.sort();
    endResetModel();
    Q_EMIT headerDataChanged(Qt::Horizontal, Name, Name);
}

int ReportTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size() + m_currencies.size());
}

int ReportTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ReportTableModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const bool total = isTotalRow(index.row());
    if (role == IsTotalRole)
        return total;
    if (role == Qt::TextAlignmentRole)
        return index.column() == Name ? int(Qt::AlignLeft | Qt::AlignVCenter)
                                      : int(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::FontRole && total) {
        QFont f;
        f.setBold(true);
        return f;
    }
    if (role != SortRole && role != Qt::DisplayRole && role != Qt::AccessibleTextRole)
        return {};
    // Sorting a thousand campaigns asks for tens of thousands of cells: no copies here.
    const QString& currency =
        total ? m_currencies.at(index.row() - m_rows.size()) : m_rows.at(index.row()).currency;
    const Metrics& m = total ? *m_totals.constFind(currency) : m_rows.at(index.row()).metrics;
    if (role == SortRole) {
        switch (index.column()) {
        case Name:
            return total ? QString() : m_rows.at(index.row()).name;
        case Visits:
            return m.visits;
        case Conversions:
            return m.conversions;
        case Revenue:
            return m.revenue;
        case Cost:
            return m.cost;
        case Profit:
            return m.profit();
        case Roi:
            return m.roi().value_or(-1e300);
        case ConversionRate:
            return m.conversionRate().value_or(-1.0);
        case Epc:
            return m.epc().value_or(-1);
        default:
            return {};
        }
    }
    const QLocale& locale = m_locale;
    // "1,252,636.78 USD": the ISO code, never a symbol that could be another dollar.
    auto money = [&](Money v, int decimals = 2) {
        return QStringLiteral("%1 %2").arg(
            groupedNumber(locale, double(v) / double(kMoneyUnit), decimals), currency);
    };
    const auto roi = m.roi();
    const auto cr = m.conversionRate();
    const auto epc = m.epc();
    const QString none = QStringLiteral("–");
    switch (index.column()) {
    case Name:
        if (!total)
            return m_rows.at(index.row()).name;
        if (m_currencies.size() > 1)
            //: The totals row of the report table; %1 is a currency code, e.g. USD.
            return tr("Total in %1").arg(currency);
        //: The totals row of the report table (its first cell).
        return tr("Total");
    case Visits:
        return groupedNumber(locale, qint64(m.visits));
    case Conversions:
        return groupedNumber(locale, qint64(m.conversions));
    case Revenue:
        return money(m.revenue);
    case Cost:
        return money(m.cost);
    case Profit:
        return money(m.profit());
    case Roi:
        return roi ? percent(locale, *roi * 100.0, 1) : none;
    case ConversionRate:
        return cr ? percent(locale, *cr * 100.0, 2) : none;
    case Epc:
        return epc ? money(*epc, 4) : none;
    default:
        return {};
    }
}

QVariant ReportTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Name:
        return m_nameHeader.isEmpty() ? tr("Ad network") : m_nameHeader;
    case Visits:
        return tr("Visits");
    case Conversions:
        return tr("Conversions");
    case Revenue:
        return tr("Revenue");
    case Cost:
        return tr("Cost");
    case Profit:
        return tr("Profit");
    case Roi:
        return tr("ROI");
    case ConversionRate:
        return tr("Conv. rate");
    case Epc:
        return tr("EPC");
    default:
        return {};
    }
}

} // namespace kd::ui
