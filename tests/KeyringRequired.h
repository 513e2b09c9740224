#pragma once

// Tests that need a Secret Service skip without a session bus, unless the run promised one
// (tests/with-keyring.sh sets KD_REQUIRE_KEYRING): then a missing keyring is a failure, not a
// skip, so CI can never pass by skipping them.
#include <QTest>

#define KD_SKIP_WITHOUT_KEYRING()                                                                  \
    do {                                                                                           \
        if (qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS") &&                             \
            !qEnvironmentVariableIsSet("KD_REQUIRE_KEYRING"))                                      \
            QSKIP("No session bus: run through tests/with-keyring.sh (the README's test "          \
                  "command does)");                                                                \
    } while (false)
