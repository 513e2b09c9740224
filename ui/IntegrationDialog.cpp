#include "IntegrationDialog.h"

#include "ConnectionResultPanel.h"
#include "Theme.h"
#include "context/AppContext.h"
#include "credentials/CredentialStore.h"
#include "integrations/ConnectionMonitor.h"
#include "integrations/ConnectionProbe.h"
#include "integrations/IntegrationInput.h"
#include "integrations/IntegrationList.h"
#include "integrations/IntegrationManager.h"

#include <QAction>
#include <QComboBox>
#include <QCompleter>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QTimeZone>
#include <QTimer>
#include <QVBoxLayout>

#include <cmath>

namespace kd::ui {

namespace {

// WCAG 2 relative luminance and contrast ratio.
double luminance(const QColor& c)
{
    auto linear = [](double v) {
        return v <= 0.04045 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4);
    };
    return 0.2126 * linear(c.redF()) + 0.7152 * linear(c.greenF()) + 0.0722 * linear(c.blueF());
}

double contrast(const QColor& a, const QColor& b)
{
    const double la = luminance(a);
    const double lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

// A red that reads on the window it is drawn on (WCAG AA for text, 4.5:1): a dark red on a
// light window, a light one on a dark window. A desktop palette of its own may need more: the
// red is then stepped away from the background until it reads.
QColor errorColour(const QPalette& palette)
{
    const QColor background = palette.color(QPalette::Window);
    const bool dark = isDark(palette);
    QColor colour = dark ? QColor(0xff, 0x8a, 0x80) : QColor(0xb0, 0x3a, 0x2e);
    for (int step = 0; step < 30 && contrast(colour, background) < 4.6; ++step)
        colour = dark ? colour.lighter(110) : colour.darker(110);
    if (contrast(colour, background) < 4.6)
        colour = palette.color(QPalette::WindowText);
    return colour;
}

void paintErrorText(QLabel* label, const QColor& colour)
{
    QPalette p = label->palette();
    p.setColor(QPalette::WindowText, colour);
    label->setPalette(p);
}

QLabel* errorLabel(QWidget* parent, const QString& name)
{
    auto* label = new QLabel(parent);
    label->setObjectName(name);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText); // what the user typed may be quoted back
    paintErrorText(label, errorColour(parent->palette()));
    label->hide();
    return label;
}

QLabel* hintLabel(const QString& text, QWidget* parent)
{
    auto* label = new QLabel(text, parent);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText); // the URL note quotes what was typed
    QFont f = label->font();
    f.setPointSizeF(f.pointSizeF() * 0.9);
    label->setFont(f);
    label->setEnabled(false);
    return label;
}

QWidget* stacked(QWidget* parent, std::initializer_list<QWidget*> widgets)
{
    auto* box = new QWidget(parent);
    // Never squeezed below what it needs: QFormLayout would overlap its lines otherwise.
    box->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
    auto* layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    for (QWidget* w : widgets)
        layout->addWidget(w);
    return box;
}

} // namespace

IntegrationDialog::IntegrationDialog(AppContext* context, std::optional<Integration> existing,
                                     QWidget* parent)
    : QDialog(parent)
    , m_context(context)
    , m_existing(std::move(existing))
    , m_probe(new ConnectionProbe(context->clientFactory(), this))
    , m_name(new QLineEdit(this))
    , m_nameError(errorLabel(this, QStringLiteral("nameError")))
    , m_apiKey(new QLineEdit(this))
    , m_apiKeyError(errorLabel(this, QStringLiteral("apiKeyError")))
    , m_apiSecret(new QLineEdit(this))
    , m_apiSecretError(errorLabel(this, QStringLiteral("apiSecretError")))
    , m_url(new QLineEdit(this))
    , m_urlError(errorLabel(this, QStringLiteral("urlError")))
    , m_urlNote(hintLabel(QString(), this))
    , m_currency(new QComboBox(this))
    , m_currencyError(errorLabel(this, QStringLiteral("currencyError")))
    , m_timeZone(new QComboBox(this))
    , m_timeZoneError(errorLabel(this, QStringLiteral("timeZoneError")))
    //: Choice of "Conversion registration time": conversions are dated by the visit (click) that
    //: led to them.
    , m_visitTime(new QRadioButton(tr("&Visit time"), this))
    //: Choice of "Conversion registration time": conversions are dated by when their postback
    //: reached the tracker.
    , m_postbackTime(new QRadioButton(tr("&Postback time"), this))
    , m_pinNote(hintLabel(QString(), this))
    , m_forgetPin(new QPushButton(tr("Stop trusting this certificate"), this))
    , m_result(new ConnectionResultPanel(this))
    , m_saveError(errorLabel(this, QStringLiteral("saveError")))
    , m_test(new QPushButton(tr("&Test connection"), this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this))
{
    const bool editing = m_existing.has_value();
    setWindowTitle(editing ? tr("Edit integration") : tr("Connect a Kintura tracker"));
    setObjectName(QStringLiteral("integrationDialog"));

    m_name->setObjectName(QStringLiteral("nameEdit"));
    m_name->setPlaceholderText(tr("e.g. Kintura - Brand A"));
    m_name->setMaxLength(kMaxNameLength * 2); // longer input is reported, not cut silently
    m_apiKey->setObjectName(QStringLiteral("apiKeyEdit"));
    m_apiSecret->setObjectName(QStringLiteral("apiSecretEdit"));
    m_apiSecret->setEchoMode(QLineEdit::Password);
    for (QLineEdit* edit : {m_apiKey, m_apiSecret}) {
        edit->setMaxLength(kMaxCredentialLength * 2);
        edit->setPlaceholderText(editing ? tr("Unchanged (leave empty to keep the stored one)")
                                         : tr("From Kintura's Settings > API page"));
    }
    auto* show = m_apiSecret->addAction(QIcon(QStringLiteral(":/icons/action-show.svg")),
                                        QLineEdit::TrailingPosition);
    show->setObjectName(QStringLiteral("showSecretAction"));
    show->setCheckable(true);
    show->setText(tr("Show secret"));
    show->setToolTip(tr("Show or hide the API secret"));
    connect(show, &QAction::toggled, this, [this](bool on) {
        m_apiSecret->setEchoMode(on ? QLineEdit::Normal : QLineEdit::Password);
    });
    m_url->setObjectName(QStringLiteral("urlEdit"));
    m_url->setPlaceholderText(tr("https://tracker.example.com"));
    m_urlNote->setObjectName(QStringLiteral("urlNote"));
    m_urlNote->hide();

    m_currency->setObjectName(QStringLiteral("currencyCombo"));
    m_currency->setEditable(true);
    m_currency->setInsertPolicy(QComboBox::NoInsert);
    for (const Currency& c : isoCurrencies())
        m_currency->addItem(QStringLiteral("%1 — %2").arg(c.code, c.name), c.code);
    m_currency->completer()->setFilterMode(Qt::MatchContains);
    m_currency->completer()->setCompletionMode(QCompleter::PopupCompletion);
    m_currency->setAccessibleName(tr("Currency"));

    m_timeZone->setObjectName(QStringLiteral("timeZoneCombo"));
    m_timeZone->setEditable(true);
    m_timeZone->setInsertPolicy(QComboBox::NoInsert);
    for (const QByteArray& id : QTimeZone::availableTimeZoneIds()) {
        const QString zone = QString::fromUtf8(id);
        if (checkTimeZone(zone).isEmpty()) // IANA names only, no "UTC+02:00"
            m_timeZone->addItem(zone, zone);
    }
    m_timeZone->completer()->setFilterMode(Qt::MatchContains);
    m_timeZone->completer()->setCompletionMode(QCompleter::PopupCompletion);
    m_timeZone->setAccessibleName(tr("Time zone"));
    m_timeZone->setToolTip(tr("The time zone your tracker counts days in: report days begin at "
                              "its midnight."));
    connect(m_timeZone, &QComboBox::activated, this, [this] { m_timeZoneChosen = true; });
    connect(m_timeZone->lineEdit(), &QLineEdit::textEdited, this, [this] {
        m_timeZoneChosen = true;
        setFieldError(m_timeZone, m_timeZoneError, {});
    });

    m_visitTime->setObjectName(QStringLiteral("visitTimeRadio"));
    m_postbackTime->setObjectName(QStringLiteral("postbackTimeRadio"));
    m_visitTime->setChecked(true);
    auto* visitHint =
        hintLabel(tr("A conversion counts on the day of the click that led to it."), this);
    auto* postbackHint =
        hintLabel(tr("A conversion counts on the day its postback reaches the tracker."), this);
    // One line each: QFormLayout squeezes word-wrapped labels in a nested layout.
    visitHint->setWordWrap(false);
    postbackHint->setWordWrap(false);
    visitHint->setIndent(m_visitTime->iconSize().width() + 8);
    postbackHint->setIndent(m_postbackTime->iconSize().width() + 8);

    m_pinNote->setObjectName(QStringLiteral("pinNote"));
    m_forgetPin->setObjectName(QStringLiteral("forgetPinButton"));
    connect(m_forgetPin, &QPushButton::clicked, this, [this] {
        m_pinnedCertificate.clear();
        m_pinNote->hide();
        m_forgetPin->hide();
    });

    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    form->addRow(tr("Integration &name:"), stacked(this, {m_name, m_nameError}));
    form->addRow(tr("API &key:"), stacked(this, {m_apiKey, m_apiKeyError}));
    form->addRow(tr("API &secret:"), stacked(this, {m_apiSecret, m_apiSecretError}));
    form->addRow(tr("Tracker &URL:"), stacked(this, {m_url, m_urlNote, m_urlError}));
    form->addRow(tr("&Currency:"), stacked(this, {m_currency, m_currencyError}));
    form->addRow(tr("Time &zone:"), stacked(this, {m_timeZone, m_timeZoneError}));
    form->addRow(tr("Conversion registration time:"),
                 stacked(this, {m_visitTime, visitHint, m_postbackTime, postbackHint}));
    form->addRow(QString(), stacked(this, {m_pinNote, m_forgetPin}));
    // Labels' buddies, so Alt+letter reaches the field and screen readers name it.
    for (int row = 0; row < form->rowCount(); ++row) {
        if (auto* label =
                qobject_cast<QLabel*>(form->itemAt(row, QFormLayout::LabelRole)
                                          ? form->itemAt(row, QFormLayout::LabelRole)->widget()
                                          : nullptr)) {
            const QWidget* box = form->itemAt(row, QFormLayout::FieldRole)->widget();
            const auto fields = box->findChildren<QWidget*>(Qt::FindDirectChildrenOnly);
            if (!fields.isEmpty()) {
                label->setBuddy(fields.first());
                fields.first()->setAccessibleName(
                    QString(label->text()).remove(QLatin1Char('&')).remove(QLatin1Char(':')));
            }
        }
    }

    m_test->setObjectName(QStringLiteral("testConnectionButton"));
    m_buttons->setObjectName(QStringLiteral("dialogButtons"));
    m_buttons->button(QDialogButtonBox::Save)->setObjectName(QStringLiteral("saveButton"));

    auto* intro = new QLabel(tr("Copy the API key and secret from your tracker's Settings > API "
                                "page. The secret is kept in your system's keychain only."),
                             this);
    intro->setWordWrap(true);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_result);
    layout->addWidget(m_saveError);
    layout->addStretch(1);
    auto* bottom = new QHBoxLayout;
    bottom->addWidget(m_test);
    bottom->addStretch(1);
    bottom->addWidget(m_buttons);
    layout->addLayout(bottom);
    // Grow with the messages that appear under fields rather than squeeze them.
    layout->setSizeConstraint(QLayout::SetMinimumSize);

    connect(m_test, &QPushButton::clicked, this, &IntegrationDialog::testConnection);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &IntegrationDialog::save);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_url, &QLineEdit::editingFinished, this, &IntegrationDialog::normaliseUrlField);
    connect(m_result, &ConnectionResultPanel::contentChanged, this, &IntegrationDialog::growToFit);
    connect(m_result, &ConnectionResultPanel::useTrackerValuesRequested, this,
            &IntegrationDialog::useTrackerValues);
    connect(m_result, &ConnectionResultPanel::trustCertificateRequested, this,
            [this](const QString& sha256) {
                m_pinnedCertificate = sha256;
                testConnection();
            });
    connect(m_probe, &ConnectionProbe::finished, this, [this](ConnectionReport report) {
        setBusy(false);
        // A zone the user did not pick follows the tracker's, when it states one.
        const QString stated = report.trackerSettings.timeZone;
        const int statedIndex = m_timeZone->findData(stated);
        if (!m_timeZoneChosen && statedIndex >= 0 && m_timeZone->currentData().toString() != stated)
            m_timeZone->setCurrentIndex(statedIndex);
        ApiCredentials unused;
        if (auto draft = collect(false, &unused)) {
            if (report.status == ConnectionStatus::SettingsMismatch)
                report = assessConnection(*draft, report.error, report.trackerSettings,
                                          report.checkedAt);
            draft->pinnedCertificateSha256 = m_pinnedCertificate;
            m_result->showReport(*draft, report);
            if (m_existing && m_existing->trackerUrl == draft->trackerUrl)
                m_context->monitor()->setReport(m_existing->id, report);
        }
        m_pinNote->setVisible(!m_pinnedCertificate.isEmpty());
        m_forgetPin->setVisible(!m_pinnedCertificate.isEmpty());
        //: %1 is the certificate's SHA-256 fingerprint, hexadecimal.
        m_pinNote->setText(tr("Trusted certificate: SHA-256 %1").arg(m_pinnedCertificate));
    });
    // Editing a field clears its complaint: the user is on it.
    const std::pair<QLineEdit*, QLabel*> pairs[] = {{m_name, m_nameError},
                                                    {m_apiKey, m_apiKeyError},
                                                    {m_apiSecret, m_apiSecretError},
                                                    {m_url, m_urlError}};
    for (const auto& [edit, label] : pairs)
        connect(edit, &QLineEdit::textEdited, this,
                [this, edit = edit, label = label] { setFieldError(edit, label, {}); });
    connect(m_currency->lineEdit(), &QLineEdit::textEdited, this,
            [this] { setFieldError(m_currency, m_currencyError, {}); });

    if (editing) {
        m_name->setText(m_existing->name);
        m_url->setText(m_existing->trackerUrl.toString());
        m_currency->setCurrentIndex(m_currency->findData(m_existing->currency));
        (m_existing->conversionTime == ConversionTime::Postback ? m_postbackTime : m_visitTime)
            ->setChecked(true);
        m_pinnedCertificate = m_existing->pinnedCertificateSha256;
        // Saved by an earlier version without a zone: the one the tracker stated, if known.
        QString zone = m_existing->timeZone;
        if (zone.isEmpty())
            zone = m_context->monitor()->report(m_existing->id).trackerSettings.timeZone;
        m_timeZoneChosen = !zone.isEmpty();
        m_timeZone->setCurrentIndex(m_timeZone->findData(zone.isEmpty() ? systemTimeZone() : zone));
    } else {
        m_currency->setCurrentIndex(m_currency->findData(QStringLiteral("USD")));
        m_timeZone->setCurrentIndex(m_timeZone->findData(systemTimeZone()));
    }
    m_pinNote->setText(tr("Trusted certificate: SHA-256 %1").arg(m_pinnedCertificate));
    m_pinNote->setVisible(!m_pinnedCertificate.isEmpty());
    m_forgetPin->setVisible(!m_pinnedCertificate.isEmpty());
    m_name->setFocus();
    resize(sizeHint().expandedTo(QSize(560, 0)));
}

IntegrationDialog::~IntegrationDialog() = default;

void IntegrationDialog::growToFit()
{
    // After messages appear: the word-wrapped intro gives the layout a height-for-width, and
    // Qt then sizes the window below its contents' needs. Grow once the layout has settled.
    QTimer::singleShot(0, this, [this] {
        const QSize wanted = sizeHint();
        if (wanted.height() > height() || wanted.width() > width())
            resize(std::max(width(), wanted.width()), std::max(height(), wanted.height()));
    });
}

void IntegrationDialog::setFieldError(QWidget* field, QLabel* label, const QString& error)
{
    growToFit();
    label->setText(error);
    label->setVisible(!error.isEmpty());
    field->setProperty("invalid", !error.isEmpty());
    field->setStyleSheet(
        error.isEmpty()
            ? QString()
            : QStringLiteral("border: 1px solid %1;").arg(errorColour(palette()).name()));
    field->setAccessibleDescription(error);
}

void IntegrationDialog::changeEvent(QEvent* event)
{
    QDialog::changeEvent(event);
    // Light or dark theme chosen while the form is open: its reds follow.
    if (event->type() != QEvent::PaletteChange)
        return;
    const QColor colour = errorColour(palette());
    for (QLabel* label : {m_nameError, m_apiKeyError, m_apiSecretError, m_urlError, m_currencyError,
                          m_timeZoneError, m_saveError})
        paintErrorText(label, colour);
    for (QWidget* field : std::initializer_list<QWidget*>{m_name, m_apiKey, m_apiSecret, m_url,
                                                          m_currency, m_timeZone}) {
        if (field->property("invalid").toBool())
            field->setStyleSheet(QStringLiteral("border: 1px solid %1;").arg(colour.name()));
    }
}

QStringList IntegrationDialog::otherNames() const
{
    QStringList names;
    for (const Integration& i : m_context->integrations()->all()) {
        if (!m_existing || i.id != m_existing->id)
            names << i.name;
    }
    return names;
}

void IntegrationDialog::normaliseUrlField()
{
    if (m_url->text().isEmpty())
        return;
    const UrlCheck check = normaliseTrackerUrl(m_url->text());
    setFieldError(m_url, m_urlError, check.error);
    if (check.ok())
        m_url->setText(check.url.toString());
    m_urlNote->setText(check.note);
    m_urlNote->setVisible(!check.note.isEmpty());
}

std::optional<Integration> IntegrationDialog::collect(bool requireCredentials,
                                                      ApiCredentials* credentials)
{
    bool ok = true;
    auto verdict = [&ok, this](QWidget* field, QLabel* label, const QString& error) {
        setFieldError(field, label, error);
        ok = ok && error.isEmpty();
    };
    Integration draft = m_existing.value_or(Integration{});
    draft.name = trimPasted(m_name->text());
    verdict(m_name, m_nameError, checkIntegrationName(draft.name, otherNames()));

    credentials->apiKey = trimPasted(m_apiKey->text());
    credentials->apiSecret = trimPasted(m_apiSecret->text());
    m_apiKey->setText(credentials->apiKey);
    m_apiSecret->setText(credentials->apiSecret);
    // Editing: both empty keeps the stored pair; typing one means replacing both.
    const bool keepStored =
        m_existing && credentials->apiKey.isEmpty() && credentials->apiSecret.isEmpty();
    if (!keepStored || requireCredentials) {
        verdict(m_apiKey, m_apiKeyError, checkApiKey(credentials->apiKey));
        verdict(m_apiSecret, m_apiSecretError, checkApiSecret(credentials->apiSecret));
    } else {
        setFieldError(m_apiKey, m_apiKeyError, {});
        setFieldError(m_apiSecret, m_apiSecretError, {});
    }

    const UrlCheck url = normaliseTrackerUrl(m_url->text());
    verdict(m_url, m_urlError, url.error);
    if (url.ok() && m_url->text() != url.url.toString()) {
        m_url->setText(url.url.toString());
        m_urlNote->setText(url.note);
        m_urlNote->setVisible(!url.note.isEmpty());
    }
    draft.trackerUrl = url.url;

    QString code = m_currency->currentData().toString();
    if (m_currency->currentText() != m_currency->itemText(m_currency->currentIndex()))
        code = trimPasted(m_currency->currentText()).section(QLatin1Char(' '), 0, 0).toUpper();
    verdict(m_currency, m_currencyError, checkCurrency(code));
    draft.currency = code;
    draft.conversionTime =
        m_postbackTime->isChecked() ? ConversionTime::Postback : ConversionTime::Visit;
    QString zone = m_timeZone->currentData().toString();
    if (m_timeZone->currentText() != m_timeZone->itemText(m_timeZone->currentIndex()))
        zone = trimPasted(m_timeZone->currentText());
    verdict(m_timeZone, m_timeZoneError, checkTimeZone(zone));
    // Not picked: none stored, so the zone the tracker states counts (else the system's, which
    // the field shows); a zone picked is compared with the tracker's.
    draft.timeZone = m_timeZoneChosen ? zone : QString();
    draft.pinnedCertificateSha256 = m_pinnedCertificate;
    if (!ok)
        return std::nullopt;
    return draft;
}

void IntegrationDialog::setBusy(bool busy)
{
    m_test->setEnabled(!busy);
    m_buttons->button(QDialogButtonBox::Save)->setEnabled(!busy);
}

void IntegrationDialog::testConnection()
{
    m_saveError->hide();
    ApiCredentials credentials;
    const auto draft = collect(false, &credentials);
    if (!draft) {
        m_result->clear();
        return;
    }
    setBusy(true);
    m_result->showTesting(draft->trackerUrl.host());
    if (credentials.isComplete())
        return m_probe->start(*draft, credentials);
    // Editing with the stored secret: fetch it from the keychain first.
    m_context->credentials()->read(
        m_existing->id, this, [this, draft](const CredentialResult& stored) {
            if (!stored.ok()) {
                setBusy(false);
                m_result->showMessage(ConnectionStatus::KeychainUnavailable,
                                      IntegrationManager::keychainSentence(
                                          stored, IntegrationManager::KeychainUse::Reading));
                return;
            }
            m_probe->start(*draft, stored.credentials);
        });
}

void IntegrationDialog::useTrackerValues(const TrackerSettings& settings)
{
    const int index = m_currency->findData(settings.currency);
    if (index >= 0)
        m_currency->setCurrentIndex(index);
    (settings.conversionTime == ConversionTime::Postback ? m_postbackTime : m_visitTime)
        ->setChecked(true);
    if (const int zone = m_timeZone->findData(settings.timeZone); zone >= 0) {
        m_timeZone->setCurrentIndex(zone);
        m_timeZoneChosen = true;
    }
    setFieldError(m_currency, m_currencyError, {});
    setFieldError(m_timeZone, m_timeZoneError, {});
    m_result->showMessage(ConnectionStatus::Connected,
                          //: %1 is a currency code, e.g. USD; %2 a time zone, e.g. Europe/Madrid.
                          tr("The form now uses the tracker's currency (%1), conversion "
                             "registration time and time zone (%2). Save to keep them.")
                              .arg(settings.currency, settings.timeZone));
}

void IntegrationDialog::save()
{
    m_saveError->hide();
    ApiCredentials credentials;
    const auto draft = collect(!m_existing, &credentials);
    if (!draft)
        return;
    setBusy(true);
    auto finished = [this](const QString& error, const QString& id, bool isNew) {
        setBusy(false);
        if (!error.isEmpty()) {
            m_saveError->setText(error);
            m_saveError->show();
            return;
        }
        Q_EMIT saved(id, isNew);
        accept();
    };
    if (!m_existing) {
        m_context->manager()->add(
            *draft, credentials, this,
            [finished](const IntegrationManager::Outcome& outcome, const QString& id) {
                finished(outcome.error, id, true);
            });
        return;
    }
    std::optional<ApiCredentials> replacement;
    if (credentials.isComplete())
        replacement = credentials;
    const QString id = draft->id;
    m_context->manager()->update(*draft, replacement, this,
                                 [finished, id](const IntegrationManager::Outcome& outcome) {
                                     finished(outcome.error, id, false);
                                 });
}

} // namespace kd::ui
