#pragma once

// Helpers of tst_reportspage: reaching the Reports page's widgets the way a user does (a legend
// entry's place on screen, a table header's section, a save dialog's file name field) and
// reading what they show back into numbers.

#include <QApplication>
#include <QChart>
#include <QChartView>
#include <QFileDialog>
#include <QFileInfo>
#include <QGraphicsTextItem>
#include <QHeaderView>
#include <QLegend>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QTableView>
#include <QTest>

namespace kd::test {

// Where a legend entry's label is drawn, in the view's viewport; null when not found.
inline QPoint legendEntryPosition(QChartView* view, const QString& label)
{
    QList<QGraphicsItem*> items = view->chart()->legend()->childItems();
    while (!items.isEmpty()) {
        QGraphicsItem* item = items.takeFirst();
        items += item->childItems();
        auto* text = qgraphicsitem_cast<QGraphicsTextItem*>(item);
        if (text && text->isVisible() && text->toPlainText() == label)
            return view->mapFromScene(text->mapToScene(text->boundingRect().center()));
    }
    return {};
}

// Clicks a column's header section with the mouse.
inline void clickHeader(QTableView* table, int column)
{
    QHeaderView* header = table->horizontalHeader();
    const QPoint at(header->sectionViewportPosition(column) + header->sectionSize(column) / 2,
                    header->height() / 2);
    QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, at);
}

// A number as the table shows it ("1,234.5%", "0.1250 USD", "12,5 %"), read back with the
// default locale; NaN when it is not one.
inline double shownNumber(QString text)
{
    const QLocale locale;
    text.remove(QStringLiteral(" USD")).remove(locale.percent()).remove(QChar(0x00A0));
    bool ok = false;
    const double value = locale.toDouble(text.trimmed(), &ok);
    return ok ? value : qQNaN();
}

// Presses `button`, waits for the save dialog it opens, goes to `path`'s folder, types its
// file name and presses Enter. Needs Qt::AA_DontUseNativeDialogs (a native dialog has no widgets).
inline void saveThroughDialog(QPushButton* button, const QString& path)
{
    QTest::mouseClick(button, Qt::LeftButton);
    QFileDialog* dialog = nullptr;
    QTRY_VERIFY((dialog = qobject_cast<QFileDialog*>(QApplication::activeModalWidget())));
    // The folder as a user would reach it first; then the name typed: typing a whole path
    // opens the folder completion list at unforeseeable moments.
    dialog->setDirectory(QFileInfo(path).absolutePath());
    QApplication::setActiveWindow(dialog);
    auto* name = dialog->findChild<QLineEdit*>(QStringLiteral("fileNameEdit"));
    QVERIFY(name);
    name->setFocus();
    QTRY_COMPARE(QApplication::focusWidget(), name);
    name->selectAll();
    QTest::keyClicks(name, QFileInfo(path).fileName());
    QTest::keyClick(name, Qt::Key_Return);
    QTRY_VERIFY(!QApplication::activeModalWidget());
}

} // namespace kd::test
