#include "PreferencesDialog.h"

#include "context/AppContext.h"
#include "reports/ReportService.h"
#include "settings/Preferences.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace kd::ui {

PreferencesDialog::PreferencesDialog(AppContext* context, QWidget* parent)
    : QDialog(parent)
    , m_context(context)
    , m_visitWindow(new QSpinBox(this))
    , m_cacheInfo(new QLabel(this))
{
    setWindowTitle(tr("Preferences"));
    setObjectName(QStringLiteral("preferencesDialog"));

    m_visitWindow->setObjectName(QStringLiteral("visitWindowSpin"));
    m_visitWindow->setAccessibleName(tr("Days fetched again with visit-time conversions"));
    m_visitWindow->setRange(1, Preferences::kMaxVisitWindowDays);
    m_visitWindow->setSuffix(tr(" days"));
    m_visitWindow->setValue(context->preferences()->visitWindowDays());
    auto* visitHelp = new QLabel(
        tr("Trackers that register conversions at the time of the visit keep adding late "
           "conversions to past days. Every sync fetches this many recent days again; older "
           "days are never fetched twice. Longer windows catch later conversions and cost "
           "more requests at the tracker's one request a second."),
        this);
    visitHelp->setWordWrap(true);

    auto* reports = new QGroupBox(tr("Reports"), this);
    auto* form = new QFormLayout(reports);
    form->setFieldGrowthPolicy(QFormLayout::FieldsStayAtSizeHint);
    form->addRow(tr("&Re-fetch recent days:"), m_visitWindow);
    form->addRow(visitHelp);

    auto* cache = new QGroupBox(tr("Report cache"), this);
    auto* cacheLayout = new QVBoxLayout(cache);
    m_cacheInfo->setObjectName(QStringLiteral("cacheInfo"));
    m_cacheInfo->setWordWrap(true);
    m_cacheInfo->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto* clear = new QPushButton(tr("C&lear cache"), cache);
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
    m_cacheInfo->setText(tr("Numbers fetched from the trackers are kept in %1 (%2). Clearing "
                            "it only costs time: the next sync fetches them again.")
                             .arg(QDir::toNativeSeparators(cache->path()),
                                  QLocale().formattedDataSize(cache->sizeOnDisk())));
}

void PreferencesDialog::accept()
{
    m_context->preferences()->setVisitWindowDays(m_visitWindow->value());
    QDialog::accept();
}

} // namespace kd::ui
