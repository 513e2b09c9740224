#pragma once

#include <QMessageBox>

#include <functional>

namespace kd::ui {

// Questions to the user, asked without a nested event loop (the box is opened window-modal
// and answers through a callback), with a hook so GUI tests can answer them the way
// KeePassXC's MessageBox::setNextAnswer does.
class MessageBox
{
public:
    using Answer = std::function<void(QMessageBox::StandardButton)>;

    static void ask(QWidget* parent, const QString& title, const QString& text,
                    QMessageBox::StandardButtons buttons, QMessageBox::StandardButton defaultButton,
                    Answer answer);
    // Tests: the next ask() is answered with this, without showing anything.
    static void setNextAnswer(QMessageBox::StandardButton answer);
    // Tests: the text of the last question asked.
    static QString lastQuestion();
};

} // namespace kd::ui
