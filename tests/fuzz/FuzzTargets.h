#pragma once

// The fuzzed entry points, shared by the libFuzzer executables (one per target) and by the
// regression test that replays the corpus and every input a fuzzer ever crashed on.

#include <cstddef>
#include <cstdint>

namespace kd::fuzz {

using Target = int (*)(const uint8_t* data, size_t size);

struct NamedTarget
{
    const char* name;
    Target run;
};

int settings(const uint8_t* data, size_t size);
int trafficSources(const uint8_t* data, size_t size);
int campaigns(const uint8_t* data, size_t size);
int stats(const uint8_t* data, size_t size);
// parseStats' fast reader against its document path: where the reader answers, the answers
// must be the same; and parseStats must always answer as the document path does.
int statsFast(const uint8_t* data, size_t size);
int errorBody(const uint8_t* data, size_t size);
int trackerUrl(const uint8_t* data, size_t size);
int integrationsFile(const uint8_t* data, size_t size);
int csvWriter(const uint8_t* data, size_t size);
int templateCheck(const uint8_t* data, size_t size);

inline constexpr NamedTarget kTargets[] = {
    {"settings", settings},
    {"traffic_sources", trafficSources},
    {"campaigns", campaigns},
    {"stats", stats},
    {"stats_fast", statsFast},
    {"error_body", errorBody},
    {"tracker_url", trackerUrl},
    {"integrations_file", integrationsFile},
    {"csv_writer", csvWriter},
    {"template_check", templateCheck},
};

} // namespace kd::fuzz
