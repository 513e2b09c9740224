#include "RangeSelector.h"

#include "reports/CustomRange.h"
#include "reports/RangePresets.h"
#include "settings/Preferences.h"

#include <QComboBox>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSignalBlocker>

namespace kd::ui {

namespace {
constexpr int kCustomRange = -1; // the combo's data for "Custom range…"

// A date field that takes a date typed as a user types it. QDateEdit only replaces a selected
// section with typed digits: after a click or on coming back to the window nothing is
// selected, and "5" typed into "28" makes "258", which it refuses. And once a section is
// full it moves on by itself, so the separator or Tab typed after it skipped the next
// section too ("10/5/26" gave 10/28/05).
class DateField : public QDateEdit
{
public:
    explicit DateField(QWidget* parent)
        : QDateEdit(parent)
    {
        lineEdit()->installEventFilter(this); // clicks in the text go to the line edit
    }

protected:
    void focusInEvent(QFocusEvent* event) override
    {
        QDateEdit::focusInEvent(event);
        m_movedOn = false;
        if (event->reason() != Qt::MouseFocusReason) {
            // Tab, Shift+Tab and a shortcut have selected a section; coming back to the
            // window has not.
            if (!lineEdit()->hasSelectedText())
                setSelectedSection(currentSection());
            return;
        }
        // The click places the cursor after this event: select the section it landed in
        // then (unless a key came first).
        m_selectClicked = true;
        QMetaObject::invokeMethod(
            this,
            [this] {
                if (m_selectClicked && hasFocus() && !lineEdit()->hasSelectedText())
                    setSelectedSection(currentSection());
                m_selectClicked = false;
            },
            Qt::QueuedConnection);
    }

    void keyPressEvent(QKeyEvent* event) override
    {
        m_selectClicked = false;
        const QString text = event->text();
        const bool typed = text.size() == 1 && text.front().isLetterOrNumber();
        const bool separator =
            text.size() == 1 && (text.front().isPunct() || text.front() == QLatin1Char(' '));
        if (separator && m_movedOn) {
            m_movedOn = false; // that section was left already
            event->accept();
            return;
        }
        const Section before = currentSection();
        QDateEdit::keyPressEvent(event);
        m_movedOn = typed && currentSection() != before;
    }

    bool focusNextPrevChild(bool next) override
    {
        if (next && m_movedOn) {
            m_movedOn = false;
            return true;
        }
        return QDateEdit::focusNextPrevChild(next);
    }

    bool eventFilter(QObject* watched, QEvent* event) override
    {
        if (event->type() == QEvent::MouseButtonPress)
            m_movedOn = false; // the user picked a section
        return QDateEdit::eventFilter(watched, event);
    }

private:
    bool m_movedOn = false; // the last key filled a section, and the cursor moved on
    bool m_selectClicked = false;
};
} // namespace

RangeSelector::RangeSelector(std::function<QDate()> today, QWidget* parent)
    : QWidget(parent)
    , m_today(std::move(today))
    , m_presets(new QComboBox(this))
    , m_from(new DateField(this))
    , m_to(new DateField(this))
    , m_show(new QPushButton(tr("&Show"), this))
    , m_error(new QLabel(this))
{
    m_presets->setObjectName(QStringLiteral("rangeCombo"));
    m_presets->setAccessibleName(tr("Date range"));
    for (RangePreset p : allPresets())
        m_presets->addItem(presetName(p), int(p));
    m_presets->addItem(tr("Custom range…"), kCustomRange);
    m_presets->setCurrentIndex(allPresets().indexOf(RangePreset::Last30));

    setObjectName(QStringLiteral("customRangeRow"));
    for (QDateEdit* edit : {m_from, m_to}) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QLocale().dateFormat(QLocale::ShortFormat));
        edit->setMinimumDate(QDate(2000, 1, 1));
        edit->setMaximumDate(QDate(2100, 12, 31));
        connect(edit, &QDateEdit::dateChanged, this, &RangeSelector::datesEdited);
    }
    m_from->setObjectName(QStringLiteral("customFrom"));
    m_from->setAccessibleName(tr("First day"));
    m_to->setObjectName(QStringLiteral("customTo"));
    m_to->setAccessibleName(tr("Last day"));
    m_show->setObjectName(QStringLiteral("applyCustomRange"));
    m_error->setObjectName(QStringLiteral("customRangeError"));
    m_error->setWordWrap(true);
    auto* fromLabel = new QLabel(tr("&From:"), this);
    fromLabel->setBuddy(m_from);
    auto* toLabel = new QLabel(tr("&To:"), this);
    toLabel->setBuddy(m_to);
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(fromLabel);
    layout->addWidget(m_from);
    layout->addWidget(toLabel);
    layout->addWidget(m_to);
    layout->addWidget(m_show);
    layout->addWidget(m_error, 1);
    hide();

    connect(m_presets, &QComboBox::currentIndexChanged, this, &RangeSelector::presetChosen);
    connect(m_show, &QPushButton::clicked, this, [this] {
        m_custom = {m_from->date(), m_to->date()};
        Q_EMIT rangeChanged();
    });
}

bool RangeSelector::isCustom() const
{
    return m_presets->currentData().toInt() == kCustomRange;
}

DayRange RangeSelector::rangeOn(const QDate& today) const
{
    return isCustom() ? m_custom
                      : presetRange(RangePreset(m_presets->currentData().toInt()), today);
}

QString RangeSelector::problem() const
{
    return isCustom() ? checkRange(m_custom.from, m_custom.to, m_today()) : QString();
}

void RangeSelector::restore(const Preferences& preferences)
{
    const QVariant range = preferences.uiState(QStringLiteral("reports/range"));
    const QDate from = preferences.uiState(QStringLiteral("reports/customFrom")).toDate();
    const QDate to = preferences.uiState(QStringLiteral("reports/customTo")).toDate();
    if (from.isValid() && to.isValid() && checkRange(from, to, {}).isEmpty())
        m_custom = {from, to};
    const int index = range.isValid() ? m_presets->findData(range.toInt()) : -1;
    {
        const QSignalBlocker block(m_presets);
        if (index >= 0 && (range.toInt() != kCustomRange || m_custom.from.isValid()))
            m_presets->setCurrentIndex(index);
    }
    if (isCustom())
        presetChosen();
}

void RangeSelector::remember(Preferences* preferences) const
{
    preferences->setUiState(QStringLiteral("reports/range"), m_presets->currentData());
    preferences->setUiState(QStringLiteral("reports/customFrom"), m_custom.from);
    preferences->setUiState(QStringLiteral("reports/customTo"), m_custom.to);
}

void RangeSelector::keyPressEvent(QKeyEvent* event)
{
    // Enter in the dates shows the range, as the Show button does.
    const bool enter = event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter;
    if (enter && m_show->isEnabled()) {
        m_show->click();
        return;
    }
    QWidget::keyPressEvent(event);
}

void RangeSelector::presetChosen()
{
    if (!isCustom()) {
        hide();
        Q_EMIT rangeChanged();
        return;
    }
    // Start from what was shown, so that a small change is a small edit.
    const DayRange shown =
        m_custom.from.isValid() ? m_custom : presetRange(RangePreset::Last30, m_today());
    {
        const QSignalBlocker blockFrom(m_from);
        const QSignalBlocker blockTo(m_to);
        m_from->setDate(shown.from);
        m_to->setDate(shown.to);
    }
    show();
    datesEdited();
    m_from->setFocus();
}

void RangeSelector::datesEdited()
{
    const QString error = checkRange(m_from->date(), m_to->date(), m_today());
    m_error->setText(error);
    m_show->setEnabled(error.isEmpty());
}

} // namespace kd::ui
