#pragma once

// What one run of the kintura-desk executable left, for the command-line suites (tst_cli,
// tst_clireport).

#include <QString>

namespace kd::test {

struct Run
{
    int code = -1;
    QString out;
    QString err;
};

} // namespace kd::test
