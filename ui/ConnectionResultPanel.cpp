#include "ConnectionResultPanel.h"

#include "StatusPresentation.h"

#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace kd::ui {

namespace {
QString timeText(ConversionTime time)
{
    //: A value in the "Conversion registration time" row of a table comparing the form with the
    //: tracker: conversions are dated by when their postback arrived.
    return time == ConversionTime::Postback ? ConnectionResultPanel::tr("Postback time")
                                            : //: A value in the "Conversion registration time" row
                                              //: of a table comparing the form with the tracker:
                                              //: conversions are dated by the visit (click) that
                                              //: led to them.
               ConnectionResultPanel::tr("Visit time");
}

QLabel* cell(const QString& text, QWidget* parent, bool bold = false)
{
    auto* label = new QLabel(text, parent);
    label->setTextFormat(Qt::PlainText); // the tracker's own values, never markup
    if (bold) {
        QFont f = label->font();
        f.setBold(true);
        label->setFont(f);
    }
    return label;
}
} // namespace

ConnectionResultPanel::ConnectionResultPanel(QWidget* parent)
    : QFrame(parent)
    , m_icon(new QLabel(this))
    , m_text(new QLabel(this))
    , m_comparison(new QWidget(this))
    , m_grid(new QGridLayout(m_comparison))
    , m_useTracker(new QPushButton(tr("Use the tracker's va&lues"), this))
    , m_trust(new QPushButton(tr("T&rust this certificate"), this))
{
    setObjectName(QStringLiteral("connectionResult"));
    setFrameShape(QFrame::StyledPanel);
    m_text->setObjectName(QStringLiteral("connectionResultText"));
    m_text->setWordWrap(true);
    // Holds what was typed in the form and what the tracker answered: shown as written.
    m_text->setTextFormat(Qt::PlainText);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_icon->setFixedSize(20, 20);
    m_icon->setAlignment(Qt::AlignTop);
    m_useTracker->setObjectName(QStringLiteral("useTrackerValuesButton"));
    m_trust->setObjectName(QStringLiteral("trustCertificateButton"));
    m_trust->setToolTip(tr("Accept exactly this certificate for this integration. You can take "
                           "the trust back by editing the integration."));

    auto* top = new QHBoxLayout;
    top->addWidget(m_icon, 0, Qt::AlignTop);
    top->addWidget(m_text, 1);
    auto* buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_useTracker);
    buttons->addWidget(m_trust);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_comparison);
    layout->addLayout(buttons);

    connect(m_useTracker, &QPushButton::clicked, this,
            [this] { Q_EMIT useTrackerValuesRequested(m_trackerSettings); });
    connect(m_trust, &QPushButton::clicked, this,
            [this] { Q_EMIT trustCertificateRequested(m_certificate); });
    clear();
}

void ConnectionResultPanel::clear()
{
    setVisible(false);
    m_comparison->hide();
    m_useTracker->hide();
    m_trust->hide();
    m_text->clear();
}

QString ConnectionResultPanel::text() const
{
    return m_text->text();
}

void ConnectionResultPanel::setStatus(ConnectionStatus status, const QString& text)
{
    const StatusPresentation p = StatusPresentation::of(status);
    m_icon->setPixmap(p.icon.pixmap(QSize(20, 20), devicePixelRatioF()));
    m_icon->setAccessibleName(p.accessible);
    m_text->setText(text);
    setAccessibleName(p.text);
    setAccessibleDescription(text);
    m_comparison->hide();
    m_useTracker->hide();
    m_trust->hide();
    setVisible(true);
    Q_EMIT contentChanged();
}

void ConnectionResultPanel::showTesting(const QString& host)
{
    //: %1 is the tracker's host name, e.g. tracker.example.com.
    setStatus(ConnectionStatus::Checking, tr("Asking the tracker at %1…").arg(host));
}

void ConnectionResultPanel::showMessage(ConnectionStatus status, const QString& text)
{
    setStatus(status, text);
}

void ConnectionResultPanel::showReport(const Integration& draft, const ConnectionReport& report)
{
    const StatusPresentation p = StatusPresentation::of(report.status);
    setStatus(report.status,
              QStringLiteral("%1. %2").arg(p.text, StatusPresentation::explain(draft, report)));
    if (report.status == ConnectionStatus::SettingsMismatch) {
        m_trackerSettings = report.trackerSettings;
        // Side by side: what the form says and what the tracker says.
        while (QLayoutItem* item = m_grid->takeAt(0)) {
            delete item->widget();
            delete item;
        }
        m_grid->addWidget(cell(QString(), m_comparison), 0, 0);
        //: Column heading of a table comparing settings: the values typed in this dialog.
        m_grid->addWidget(cell(tr("In this form"), m_comparison, true), 0, 1);
        //: Column heading of a table comparing settings: the values the tracker reports.
        m_grid->addWidget(cell(tr("In the tracker"), m_comparison, true), 0, 2);
        const bool currencyDiffers =
            draft.currency.compare(report.trackerSettings.currency, Qt::CaseInsensitive) != 0;
        const bool timeDiffers = draft.conversionTime != report.trackerSettings.conversionTime;
        auto mark = [](const QString& s, bool differs) {
            return differs ? QStringLiteral("%1 ≠").arg(s) : s;
        };
        m_grid->addWidget(cell(tr("Currency"), m_comparison), 1, 0);
        m_grid->addWidget(
            cell(mark(draft.currency, currencyDiffers), m_comparison, currencyDiffers), 1, 1);
        m_grid->addWidget(cell(report.trackerSettings.currency, m_comparison, currencyDiffers), 1,
                          2);
        m_grid->addWidget(cell(tr("Conversion registration time"), m_comparison), 2, 0);
        m_grid->addWidget(
            cell(mark(timeText(draft.conversionTime), timeDiffers), m_comparison, timeDiffers), 2,
            1);
        m_grid->addWidget(
            cell(timeText(report.trackerSettings.conversionTime), m_comparison, timeDiffers), 2, 2);
        if (!draft.timeZone.isEmpty() && !report.trackerSettings.timeZone.isEmpty()) {
            const bool zoneDiffers = draft.timeZone != report.trackerSettings.timeZone;
            m_grid->addWidget(cell(tr("Time zone"), m_comparison), 3, 0);
            m_grid->addWidget(cell(mark(draft.timeZone, zoneDiffers), m_comparison, zoneDiffers), 3,
                              1);
            m_grid->addWidget(cell(report.trackerSettings.timeZone, m_comparison, zoneDiffers), 3,
                              2);
        }
        m_grid->setColumnStretch(3, 1);
        m_comparison->show();
        m_useTracker->show();
    }
    if (report.status == ConnectionStatus::TlsProblem &&
        !report.error.certificateSha256().isEmpty()) {
        m_certificate = report.error.certificateSha256();
        m_trust->show();
    }
    Q_EMIT contentChanged();
}

} // namespace kd::ui
