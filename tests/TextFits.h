#pragma once

// Whether a translated screen cuts text off: used on every page and dialog in every language.
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStyleOptionComboBox>
#include <QTest>

#include "i18n/Translations.h"

namespace kd::test {

// The rows of a test run once per translated language: column "language" (es, pt_BR, ru).
inline void addLanguageRows()
{
    QTest::addColumn<QString>("language");
    for (const char* code : {"es", "pt_BR", "ru"})
        QTest::newRow(code) << QString::fromLatin1(code);
}

// The app speaks `language` while this lives; then English and the locale it had.
class LanguageScope
{
public:
    explicit LanguageScope(const QString& language)
        : m_installed(i18n::installTranslations(language))
    {
    }
    ~LanguageScope()
    {
        i18n::installTranslations(QStringLiteral("en"));
        QLocale::setDefault(m_before);
    }
    LanguageScope(const LanguageScope&) = delete;
    LanguageScope& operator=(const LanguageScope&) = delete;
    QString installed() const { return m_installed; }

private:
    QLocale m_before;
    QString m_installed;
};

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
