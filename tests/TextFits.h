#pragma once

// Whether a translated screen cuts text off: used on every page and dialog in every language.
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStyleOptionComboBox>
#include <QTest>

namespace kd::test {

// Every visible combo of `page` is wide enough for its current text (and icon), every label
// and button for its own size hint.
inline void checkNothingCutOff(QWidget* page)
{
    for (QComboBox* combo : page->findChildren<QComboBox*>()) {
        if (!combo->isVisible())
            continue;
        QStyleOptionComboBox option;
        option.initFrom(combo);
        option.editable = combo->isEditable();
        option.currentText = combo->currentText();
        option.currentIcon = combo->itemIcon(combo->currentIndex());
        option.iconSize = combo->iconSize();
        const QRect field = combo->style()->subControlRect(QStyle::CC_ComboBox, &option,
                                                           QStyle::SC_ComboBoxEditField, combo);
        // The label is drawn 1 pixel inside the edit field on each side (QCommonStyle's
        // CE_ComboBoxLabel); an editable combo's line edit has its own margins.
        int needed = combo->fontMetrics().horizontalAdvance(combo->currentText()) + 2;
        if (combo->isEditable())
            needed = combo->lineEdit()->fontMetrics().horizontalAdvance(combo->currentText()) +
                     combo->lineEdit()->textMargins().left() +
                     combo->lineEdit()->textMargins().right() + 4;
        if (!option.currentIcon.isNull())
            needed += combo->iconSize().width() + 4;
        QVERIFY2(field.width() >= needed,
                 qPrintable(QStringLiteral("%1 \"%2\": %3 < %4")
                                .arg(combo->objectName(), combo->currentText())
                                .arg(field.width())
                                .arg(needed)));
    }
    for (QLabel* label : page->findChildren<QLabel*>()) {
        if (label->isVisible())
            QVERIFY2(label->width() >= label->minimumSizeHint().width(),
                     qPrintable(QStringLiteral("%1 \"%2\": %3 < %4")
                                    .arg(label->objectName(), label->text().left(80))
                                    .arg(label->width())
                                    .arg(label->minimumSizeHint().width())));
    }
    for (QPushButton* button : page->findChildren<QPushButton*>()) {
        if (button->isVisible())
            QVERIFY2(button->width() >= button->sizeHint().width(),
                     qPrintable(QStringLiteral("%1 \"%2\": %3 < %4")
                                    .arg(button->objectName(), button->text())
                                    .arg(button->width())
                                    .arg(button->sizeHint().width())));
    }
}

} // namespace kd::test
