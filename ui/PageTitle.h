#pragma once

#include <QString>

class QLabel;
class QWidget;

namespace kd::ui {

// The large bold heading every page starts with.
QLabel* makePageTitle(const QString& text, QWidget* parent);

} // namespace kd::ui
