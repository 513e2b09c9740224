#include "DiagnosticCopy.h"

#include "context/AppContext.h"
#include "credentials/CredentialStore.h"
#include "integrations/IntegrationList.h"
#include "integrations/IntegrationManager.h"
#include "tracker/TrackerApi.h"

#include <QClipboard>
#include <QGuiApplication>

namespace kd::ui {

DiagnosticCopy::DiagnosticCopy(AppContext* context, QObject* parent)
    : QObject(parent)
    , m_context(context)
{
}

DiagnosticCopy::~DiagnosticCopy() = default;

void DiagnosticCopy::start(const QString& integrationId)
{
    const auto integration = m_context->integrations()->find(integrationId);
    if (!integration || isRunning())
        return;
    const Integration target = *integration;
    m_running = true;
    //: %1 is the integration's name.
    Q_EMIT progress(
        tr("Asking each endpoint of \"%1\" once, at the tracker's pace…").arg(target.name));
    m_context->credentials()->read(target.id, this, [this, target](const CredentialResult& stored) {
        if (!stored.ok()) {
            m_running = false;
            return Q_EMIT finished(false, IntegrationManager::keychainSentence(
                                              stored, IntegrationManager::KeychainUse::Reading));
        }
        m_client = m_context->clientFactory()(target, stored.credentials);
        auto* call = m_client->diagnose();
        connect(call, &TrackerCall::progress, this, [this, target](int done, int total) {
            //: %1 is the integration's name; %2 endpoints asked so far, of %3.
            Q_EMIT progress(tr("Asking each endpoint of \"%1\" once: %2 of %3…")
                                .arg(target.name)
                                .arg(done)
                                .arg(total));
        });
        connect(call, &TrackerCall::finished, this, [this, call, target] {
            const bool ok = call->error().isOk();
            if (ok)
                QGuiApplication::clipboard()->setText(diagnosticText(call->value()));
            const QString sentence =
                ok ? tr("Copied a diagnostic report of \"%1\" to the clipboard: for each endpoint "
                        "Kintura Desk uses, the HTTP status, the page headers and the shape of "
                        "the reply (keys and types). It holds no address, key, id, title or "
                        "number from the tracker. Paste it into a report to the Kintura Desk "
                        "developers.")
                         .arg(target.name)
                   : call->error().message();
            // Not from inside the call's own signal: the client goes on the next turn.
            QMetaObject::invokeMethod(
                this, [this] { m_client.reset(); }, Qt::QueuedConnection);
            m_running = false;
            Q_EMIT finished(ok, sentence);
        });
    });
}

} // namespace kd::ui
