#pragma once

#include <QCoreApplication>
#include <QLayout>
#include <QPixmap>
#include <QWidget>

namespace kd::test {

// With KD_SCREENSHOT_DIR set, keeps a picture of the widget for a human to look at (the
// README's screenshots and reviews of new screens come from here). Does nothing otherwise.
inline void snapshot(QWidget* w, const QString& name)
{
    const QString dirName = qEnvironmentVariable("KD_SCREENSHOT_DIR");
    if (dirName.isEmpty() || !w)
        return;
    QCoreApplication::processEvents(); // pending layout requests and resizes first
    if (w->layout())
        w->layout()->activate();
    w->grab().save(dirName + QLatin1Char('/') + name + QStringLiteral(".png"));
}

} // namespace kd::test
