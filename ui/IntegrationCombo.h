#pragma once

#include <QString>

class QComboBox;

namespace kd {
class IntegrationList;
}

namespace kd::ui {

// The data of the "all integrations" item.
inline constexpr char kAllIntegrations[] = "*";

// Refills a combo box with the integrations (name shown, id as data), keeping the current
// one when it still exists, without emitting change signals. Returns the previous id.
// allItemText: when not empty and there is more than one integration, a first item that
// stands for all of them (data kAllIntegrations).
QString refillIntegrationCombo(QComboBox* combo, const IntegrationList& integrations,
                               const QString& allItemText = {});

} // namespace kd::ui
