#pragma once

class QComboBox;
class QString;

namespace kd {
class IntegrationList;
}

namespace kd::ui {

// Refills a combo box with the integrations (name shown, id as data), keeping the current
// one when it still exists, without emitting change signals. Returns the previous id.
QString refillIntegrationCombo(QComboBox* combo, const IntegrationList& integrations);

} // namespace kd::ui
