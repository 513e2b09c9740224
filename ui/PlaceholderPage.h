#pragma once

#include <QWidget>

class QLabel;

namespace kd::ui {

// A page whose feature has not landed yet: says plainly what it will hold.
class PlaceholderPage : public QWidget
{
    Q_OBJECT
public:
    PlaceholderPage(const QString& title, const QString& description, QWidget* parent = nullptr);

    // A line about what just happened, e.g. which integration the next step is for.
    void setNote(const QString& note);
    QString note() const;

private:
    QLabel* m_note;
};

} // namespace kd::ui
