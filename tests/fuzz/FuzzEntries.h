#pragma once

// The entry functions of Warren's fuzz targets. Each takes one input exactly as it would come
// from outside (a command's output, an API body, a file) and feeds it to the parsers that read
// such input in core/, then checks what the parsers promise about their result. A broken promise
// aborts, so libFuzzer reports it as a crash and the regression test fails on it.
//
// The same functions serve the libFuzzer executables (FuzzMain.cpp, one per target, built with
// -DWARREN_FUZZ=ON and clang) and the CTest driver tst_fuzzregress, which replays every corpus
// and regression file in the normal build.

#include <cstddef>
#include <cstdint>
#include <span>

namespace warren::fuzz {

using Entry = int (*)(const uint8_t* data, size_t size);

struct Target
{
    const char* name; // directory under tests/fuzz/corpus and tests/fuzz/regressions
    Entry entry;
};

int erlangTerm(const uint8_t* data, size_t size);
int clusterStatusLegacy(const uint8_t* data, size_t size);
int clusterStatusJson(const uint8_t* data, size_t size);
int listQueues(const uint8_t* data, size_t size);
int listQueuesLegacy(const uint8_t* data, size_t size);
int listQueues4x(const uint8_t* data, size_t size);
int apiNodes(const uint8_t* data, size_t size);
int apiQueues(const uint8_t* data, size_t size);
int apiOverview(const uint8_t* data, size_t size);
int apiPolicies(const uint8_t* data, size_t size);
int haproxyCfg(const uint8_t* data, size_t size);
int haproxyStat(const uint8_t* data, size_t size);
int haproxyDiff(const uint8_t* data, size_t size);
int knownHosts(const uint8_t* data, size_t size);
int clusterProfile(const uint8_t* data, size_t size);
int listVhosts(const uint8_t* data, size_t size);
int nodeFacts(const uint8_t* data, size_t size);
int hostIdentity(const uint8_t* data, size_t size);
int liveChecks(const uint8_t* data, size_t size);
int brokerFacts(const uint8_t* data, size_t size);

// Every target, by name.
std::span<const Target> targets();

} // namespace warren::fuzz
