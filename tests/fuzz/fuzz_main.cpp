// One libFuzzer executable per target: KD_FUZZ_TARGET names the function (see CMakeLists.txt).
#include "FuzzTargets.h"

#include <QCoreApplication>

extern "C" int LLVMFuzzerInitialize(int* argc, char*** argv)
{
    // Resources (the currency list) and Qt's string machinery need an application object.
    static QCoreApplication app(*argc, *argv);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    return kd::fuzz::KD_FUZZ_TARGET(data, size);
}
