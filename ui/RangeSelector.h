#pragma once

#include "reports/SyncPlanner.h"

#include <QWidget>

#include <functional>

class QComboBox;
class QDateEdit;
class QLabel;
class QPushButton;

namespace kd {
class Preferences;
}

namespace kd::ui {

// The Reports page's range: a preset (in each tracker's own calendar) or a custom range whose
// two dates are checked as they change and shown on "Show" or Enter. This widget is the custom
// row; the preset combo box (combo()) goes where the page puts it.
class RangeSelector : public QWidget
{
    Q_OBJECT
public:
    // today: the tracker's today the custom dates are checked against.
    RangeSelector(std::function<QDate()> today, QWidget* parent = nullptr);

    QComboBox* combo() const { return m_presets; }
    bool isCustom() const;
    // The range on a tracker's `today`: the preset's on that day, or the custom one.
    DayRange rangeOn(const QDate& today) const;
    // Empty when what is chosen can be shown; otherwise why not (the row says so too).
    QString problem() const;

    // The last choice, kept in the preferences' window state.
    void restore(const Preferences& preferences);
    void remember(Preferences* preferences) const;

Q_SIGNALS:
    // A preset was picked, or a custom range shown.
    void rangeChanged();

protected:
    void keyPressEvent(QKeyEvent* event) override;

private:
    void presetChosen();
    void datesEdited();

    std::function<QDate()> m_today;
    QComboBox* m_presets;
    QDateEdit* m_from;
    QDateEdit* m_to;
    QPushButton* m_show;
    QLabel* m_error;
    DayRange m_custom;
};

} // namespace kd::ui
