#pragma once

#include <QString>

namespace kd {

// The pair a tracker authenticates with. Lives in memory only while needed; stored only in
// the OS keychain (credentials/), never printed, logged or written to a file.
struct ApiCredentials
{
    QString apiKey;
    QString apiSecret;

    bool isComplete() const { return !apiKey.isEmpty() && !apiSecret.isEmpty(); }
    friend bool operator==(const ApiCredentials&, const ApiCredentials&) = default;
};

} // namespace kd
