#include "MessageBox.h"

#include <QTimer>

namespace kd::ui {

namespace {
QMessageBox::StandardButton g_nextAnswer = QMessageBox::NoButton;
QString g_lastQuestion;
} // namespace

void MessageBox::ask(QWidget* parent, const QString& title, const QString& text,
                     QMessageBox::StandardButtons buttons,
                     QMessageBox::StandardButton defaultButton, Answer answer)
{
    g_lastQuestion = text;
    if (g_nextAnswer != QMessageBox::NoButton) {
        const auto given = g_nextAnswer;
        g_nextAnswer = QMessageBox::NoButton;
        QTimer::singleShot(0, parent, [answer, given] { answer(given); });
        return;
    }
    auto* box = new QMessageBox(QMessageBox::Question, title, text, buttons, parent);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setDefaultButton(defaultButton);
    QObject::connect(box, &QMessageBox::finished, parent,
                     [box, answer](int) { answer(box->standardButton(box->clickedButton())); });
    box->open();
}

void MessageBox::setNextAnswer(QMessageBox::StandardButton answer)
{
    g_nextAnswer = answer;
}

QString MessageBox::lastQuestion()
{
    return g_lastQuestion;
}

} // namespace kd::ui
