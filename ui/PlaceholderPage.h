#pragma once

#include <QWidget>

namespace kd::ui {

// A page whose feature has not landed yet: says plainly what it will hold.
class PlaceholderPage : public QWidget
{
    Q_OBJECT
public:
    PlaceholderPage(const QString& title, const QString& description, QWidget* parent = nullptr);
};

} // namespace kd::ui
