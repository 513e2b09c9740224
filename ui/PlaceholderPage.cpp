#include "PlaceholderPage.h"

#include "PageTitle.h"

#include <QLabel>
#include <QVBoxLayout>

namespace kd::ui {

PlaceholderPage::PlaceholderPage(const QString& title, const QString& description, QWidget* parent)
    : QWidget(parent)
{
    auto* heading = makePageTitle(title, this);
    auto* text = new QLabel(description, this);
    text->setWordWrap(true);
    m_note = new QLabel(this);
    m_note->setObjectName(QStringLiteral("placeholderNote"));
    m_note->setWordWrap(true);
    m_note->setFrameShape(QFrame::StyledPanel);
    m_note->setMargin(8);
    m_note->hide();
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(heading);
    layout->addWidget(m_note);
    layout->addWidget(text);
    layout->addStretch(1);
    setAccessibleName(title);
}

void PlaceholderPage::setNote(const QString& note)
{
    m_note->setText(note);
    m_note->setVisible(!note.isEmpty());
}

QString PlaceholderPage::note() const
{
    return m_note->text();
}

} // namespace kd::ui
