#pragma once

#include "IntegrationStore.h"
#include "tracker/ApiCredentials.h"

#include <QObject>

#include <functional>
#include <optional>

namespace kd {

class CredentialStore;
class IntegrationList;
struct CredentialResult;

// Adds, edits and removes integrations so that the file and the keychain agree: secrets go to
// the keychain first, the file is written only once they are safe, and a failure leaves both
// as they were. The window and the command line both go through here.
class IntegrationManager : public QObject
{
    Q_OBJECT
public:
    struct Outcome
    {
        QString error;         // empty on success, otherwise one sentence for the user
        bool keychain = false; // the system keychain was the problem
        bool ok() const { return error.isEmpty(); }
    };
    using Done = std::function<void(const Outcome& outcome)>;

    IntegrationManager(IntegrationList* list, CredentialStore* credentials, QString filePath,
                       QObject* parent = nullptr);

    // Reads the file into the list. A damaged file is kept aside; loadProblem() says so.
    void load();
    QString loadProblem() const { return m_loadProblem; }
    QString filePath() const { return m_store.path(); }

    // draft.id may be empty: a new UUID is assigned. The result's id is in `assignedId`.
    void add(Integration draft, const ApiCredentials& credentials, QObject* context,
             std::function<void(const Outcome& outcome, const QString& assignedId)> done);
    // Without credentials, the stored ones are kept.
    void update(const Integration& integration, const std::optional<ApiCredentials>& credentials,
                QObject* context, Done done);
    void remove(const QString& id, QObject* context, Done done);

    // What went wrong with the keychain, for the user: while saving (nothing was saved) or
    // while reading (the tracker could not be asked; what is on this computer stays).
    enum class KeychainUse { Saving, Reading };
    static QString keychainSentence(const CredentialResult& result,
                                    KeychainUse use = KeychainUse::Saving);

private:
    QString saveWith(const QList<Integration>& integrations);

    IntegrationList* m_list;
    CredentialStore* m_credentials;
    IntegrationStore m_store;
    QString m_loadProblem;
};

} // namespace kd
