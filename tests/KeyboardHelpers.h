#pragma once

// Driving the window by keyboard alone, for tst_keyboard (the whole setup and Reports) and
// tst_accessiblenames (names and statuses): key presses on whatever has the focus, Tab to a
// control, the connection form filled by typing, and the check that every control a screen
// reader reaches has a name.

#include "sim/SimServer.h"

#include <QAbstractButton>
#include <QAbstractScrollArea>
#include <QAbstractSpinBox>
#include <QApplication>
#include <QComboBox>
#include <QDialog>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QSet>
#include <QTest>

namespace kd::test {

inline QWidget* focused()
{
    return QApplication::focusWidget();
}

inline void press(int key, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
{
    QWidget* target = focused() ? focused() : QApplication::activeWindow();
    QTest::keyClick(target, Qt::Key(key), modifiers);
}

inline void type(const QString& text)
{
    QTest::keyClicks(focused(), text);
}

// The focus reaches `name` by Tab alone (and does so within a window's worth of stops).
inline bool tabTo(const QString& name)
{
    for (int i = 0; i < 40; ++i) {
        if (focused() && focused()->objectName() == name)
            return true;
        press(Qt::Key_Tab);
    }
    return false;
}

// Controls a screen reader could not name: no accessible name, no text of their own and no
// label pointing at them.
inline QStringList unnamedControls(QWidget* root)
{
    QSet<QWidget*> labelled;
    for (QLabel* label : root->findChildren<QLabel*>()) {
        if (label->buddy())
            labelled.insert(label->buddy());
    }
    QStringList unnamed;
    for (QWidget* w : root->findChildren<QWidget*>()) {
        if (!w->isVisible() || !(w->focusPolicy() & Qt::TabFocus) || w->window() != root)
            continue;
        if (!w->accessibleName().isEmpty() || labelled.contains(w))
            continue;
        if (auto* button = qobject_cast<QAbstractButton*>(w); button && !button->text().isEmpty())
            continue;
        // The editor inside a combo box or spin box speaks for its owner.
        QWidget* owner = w->parentWidget();
        if (owner && (qobject_cast<QComboBox*>(owner) || qobject_cast<QAbstractSpinBox*>(owner)) &&
            (!owner->accessibleName().isEmpty() || labelled.contains(owner)))
            continue;
        // A scroll area's viewport is named by the view.
        if (auto* area = qobject_cast<QAbstractScrollArea*>(owner);
            area && area->viewport() == w && !area->accessibleName().isEmpty())
            continue;
        unnamed << QStringLiteral("%1 \"%2\"")
                       .arg(QString::fromLatin1(w->metaObject()->className()), w->objectName());
    }
    return unnamed;
}

#define VERIFY_ALL_NAMED(root)                                                                     \
    QVERIFY2(unnamedControls(root).isEmpty(),                                                      \
             qPrintable(unnamedControls(root).join(QStringLiteral(", "))))

inline QDialog* waitForDialog(QWidget* window, const char* name)
{
    QDialog* dialog = nullptr;
    [&] { QTRY_VERIFY((dialog = window->findChild<QDialog*>(QString::fromLatin1(name)))); }();
    if (dialog) {
        QApplication::setActiveWindow(dialog);
        [&] { QVERIFY(QTest::qWaitForWindowActive(dialog)); }();
    }
    return dialog;
}

inline QString resultText(QWidget* form)
{
    return form->findChild<QLabel*>(QStringLiteral("connectionResultText"))->text();
}

// The connection form by Tab and typing: name, URL, key, secret (Ctrl+A first: the fields may
// hold something).
inline bool fillConnectionForm(const QString& name, const sim::SimServer& server)
{
    const std::pair<const char*, QString> fields[] = {{"nameEdit", name},
                                                      {"urlEdit", server.baseUrl().toString()},
                                                      {"apiKeyEdit", server.apiKey()},
                                                      {"apiSecretEdit", server.apiSecret()}};
    for (const auto& [field, text] : fields) {
        if (!tabTo(QString::fromLatin1(field)))
            return false;
        press(Qt::Key_A, Qt::ControlModifier);
        type(text);
    }
    return true;
}

inline QByteArray testData(const char* name)
{
    QFile f(QFileInfo(QStringLiteral(__FILE__)).dir().filePath(QStringLiteral("data/")) +
            QLatin1String(name));
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace kd::test
