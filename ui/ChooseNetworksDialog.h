#pragma once

#include <QDialog>
#include <QStringList>

class QLabel;
class QLineEdit;
class QListWidget;

namespace kd::ui {

// Which ad networks the user runs: a filterable checklist of the catalog.
class ChooseNetworksDialog : public QDialog
{
    Q_OBJECT
public:
    ChooseNetworksDialog(const QStringList& selectedKeys, QWidget* parent = nullptr);
    QStringList selectedKeys() const; // the previous order kept, new ones appended

private:
    QStringList m_previous;
    QLineEdit* m_filter;
    QListWidget* m_list;
    QLabel* m_noMatch;
};

} // namespace kd::ui
