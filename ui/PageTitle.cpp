#include "PageTitle.h"

#include <QLabel>

namespace kd::ui {

QLabel* makePageTitle(const QString& text, QWidget* parent)
{
    auto* title = new QLabel(text, parent);
    QFont font = title->font();
    font.setPointSizeF(font.pointSizeF() * 1.5);
    font.setBold(true);
    title->setFont(font);
    title->setAccessibleName(text);
    return title;
}

} // namespace kd::ui
