#include "PreferencesDialog.h"

#include "context/AppContext.h"
#include "i18n/Translations.h"
#include "reports/ReportService.h"
#include "settings/Preferences.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

#include <algorithm>

namespace kd::ui {

namespace {

// A number typed past a bound becomes the bound (on Enter, OK or leaving the field): the user
// means "as much as allowed". A plain QSpinBox refuses the digit that crosses the maximum
// instead, so typing 5000 would silently give 500.
class BoundedSpinBox : public QSpinBox
{
public:
    using QSpinBox::QSpinBox;

protected:
    QValidator::State validate(QString& input, int& pos) const override
    {
        const QValidator::State state = QSpinBox::validate(input, pos);
        if (state != QValidator::Invalid)
            return state;
        return isDigits(number(input)) ? QValidator::Intermediate : QValidator::Invalid;
    }

    void fixup(QString& input) const override
    {
        const QString digits = number(input);
        if (!isDigits(digits))
            return QSpinBox::fixup(input);
        bool ok = false;
        const qlonglong typed = digits.toLongLong(&ok); // not ok: too many digits for any type
        const int value = ok ? int(std::clamp<qlonglong>(typed, minimum(), maximum())) : maximum();
        input = value == minimum() && !specialValueText().isEmpty()
                    ? specialValueText()
                    : prefix() + textFromValue(value) + suffix();
    }

private:
    QString number(const QString& input) const
    {
        QString text = input;
        if (!prefix().isEmpty() && text.startsWith(prefix()))
            text.remove(0, prefix().size());
        if (!suffix().isEmpty() && text.endsWith(suffix()))
            text.chop(suffix().size());
        return text.trimmed();
    }

    static bool isDigits(const QString& text)
    {
        return !text.isEmpty() && std::all_of(text.begin(), text.end(), [](QChar c) {
            return c >= QLatin1Char('0') && c <= QLatin1Char('9');
        });
    }
};

} // namespace

PreferencesDialog::PreferencesDialog(AppContext* context, QWidget* parent)
    : QDialog(parent)
    , m_context(context)
    , m_language(new QComboBox(this))
    , m_theme(new QComboBox(this))
    , m_autoRefresh(new BoundedSpinBox(this))
    , m_visitWindow(new BoundedSpinBox(this))
    , m_cacheInfo(new QLabel(this))
{
    setWindowTitle(tr("Preferences"));
    setObjectName(QStringLiteral("preferencesDialog"));

    m_visitWindow->setObjectName(QStringLiteral("visitWindowSpin"));
    m_visitWindow->setAccessibleName(tr("Days fetched again with visit-time conversions"));
    m_visitWindow->setRange(1, Preferences::kMaxVisitWindowDays);
    m_visitWindow->setCorrectionMode(QAbstractSpinBox::CorrectToNearestValue);
    auto daysSuffix = [this](int days) {
        //: Spin box suffix after the number of days.
        m_visitWindow->setSuffix(tr(" day(s)", nullptr, days));
    };
    connect(m_visitWindow, &QSpinBox::valueChanged, this, daysSuffix);
    m_visitWindow->setValue(context->preferences()->visitWindowDays());
    daysSuffix(m_visitWindow->value());
    auto* visitHelp = new QLabel(
        tr("Trackers that register conversions at the time of the visit keep adding late "
           "conversions to past days. Every sync fetches this many recent days again; older "
           "days are never fetched twice. Longer windows catch later conversions and cost "
           "more requests at the tracker's one request a second."),
        this);
    visitHelp->setWordWrap(true);

    Preferences* prefs = context->preferences();
    m_language->setObjectName(QStringLiteral("languageCombo"));
    //: The first choice of both the Language and the Theme lists: use the system's own setting.
    m_language->addItem(tr("Follow the system"), QString());
    for (const i18n::Language& language : i18n::availableLanguages())
        m_language->addItem(language.nativeName, language.code);
    m_language->setCurrentIndex(std::max(0, m_language->findData(prefs->language())));
    auto* languageNote =
        new QLabel(tr("A new language applies when Kintura Desk starts again."), this);
    languageNote->setObjectName(QStringLiteral("languageNote"));
    languageNote->setWordWrap(true);
    m_theme->setObjectName(QStringLiteral("themeCombo"));
    m_theme->addItem(tr("Follow the system"), int(Preferences::Theme::System));
    //: A choice of Theme: light colours.
    m_theme->addItem(tr("Light"), int(Preferences::Theme::Light));
    //: A choice of Theme: dark colours.
    m_theme->addItem(tr("Dark"), int(Preferences::Theme::Dark));
    m_theme->setCurrentIndex(m_theme->findData(int(prefs->theme())));
    m_autoRefresh->setObjectName(QStringLiteral("autoRefreshSpin"));
    m_autoRefresh->setRange(0, Preferences::kMaxAutoRefreshMinutes);
    m_autoRefresh->setCorrectionMode(QAbstractSpinBox::CorrectToNearestValue);
    //: Shown in the "Refresh statuses and reports every:" spin box at 0 minutes: no automatic
    //: refresh.
    m_autoRefresh->setSpecialValueText(tr("Never"));
    //: Spin box suffix after a number of minutes.
    m_autoRefresh->setSuffix(tr(" min"));
    m_autoRefresh->setValue(prefs->autoRefreshMinutes());
    //: Title of the group of general preferences (language, theme, refresh).
    auto* general = new QGroupBox(tr("General"), this);
    auto* generalForm = new QFormLayout(general);
    generalForm->setFieldGrowthPolicy(QFormLayout::FieldsStayAtSizeHint);
    generalForm->addRow(tr("&Language:"), m_language);
    generalForm->addRow(languageNote);
    generalForm->addRow(tr("&Theme:"), m_theme);
    generalForm->addRow(tr("&Refresh statuses and reports every:"), m_autoRefresh);

    auto* reports = new QGroupBox(tr("Reports"), this);
    auto* form = new QFormLayout(reports);
    form->setFieldGrowthPolicy(QFormLayout::FieldsStayAtSizeHint);
    form->addRow(tr("Re-&fetch recent days:"), m_visitWindow);
    form->addRow(visitHelp);

    auto* cache = new QGroupBox(tr("Report cache"), this);
    auto* cacheLayout = new QVBoxLayout(cache);
    m_cacheInfo->setObjectName(QStringLiteral("cacheInfo"));
    m_cacheInfo->setWordWrap(true);
    m_cacheInfo->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto* clear = new QPushButton(tr("Clear ca&che"), cache);
    clear->setObjectName(QStringLiteral("clearCacheButton"));
    auto* clearRow = new QHBoxLayout;
    clearRow->addWidget(m_cacheInfo, 1);
    clearRow->addWidget(clear, 0, Qt::AlignTop);
    cacheLayout->addLayout(clearRow);
    connect(clear, &QPushButton::clicked, this, [this] {
        const QString error = m_context->reports()->clearCache();
        showCacheSize();
        if (!error.isEmpty())
            m_cacheInfo->setText(m_cacheInfo->text() + QStringLiteral("\n") + error);
    });
    showCacheSize();

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(general);
    layout->addWidget(reports);
    layout->addWidget(cache);
    layout->addStretch(1);
    layout->addWidget(buttons);
    resize(560, sizeHint().height());
}

void PreferencesDialog::showCacheSize()
{
    ReportCache* cache = m_context->reports()->cache();
    if (!cache) {
        m_cacheInfo->setText(m_context->reports()->openError());
        return;
    }
    //: %1 is the cache file's path; %2 its size on disk, e.g. 12.4 MB.
    m_cacheInfo->setText(tr("Numbers fetched from the trackers are kept in %1 (%2). Clearing "
                            "it only costs time: the next sync fetches them again.")
                             .arg(QDir::toNativeSeparators(cache->path()),
                                  QLocale().formattedDataSize(cache->sizeOnDisk())));
}

void PreferencesDialog::accept()
{
    // A number still being typed (OK reached by Alt+O or Enter elsewhere) counts too.
    m_visitWindow->interpretText();
    m_autoRefresh->interpretText();
    Preferences* prefs = m_context->preferences();
    prefs->setVisitWindowDays(m_visitWindow->value());
    prefs->setAutoRefreshMinutes(m_autoRefresh->value());
    prefs->setTheme(Preferences::Theme(m_theme->currentData().toInt()));
    prefs->setLanguage(m_language->currentData().toString());
    QDialog::accept();
}

} // namespace kd::ui
