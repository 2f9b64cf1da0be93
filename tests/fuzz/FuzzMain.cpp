// One libFuzzer executable per target: WARREN_FUZZ_ENTRY names its entry function
// (see tests/fuzz/CMakeLists.txt).
#include "FuzzEntries.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    return warren::fuzz::WARREN_FUZZ_ENTRY(data, size);
}
