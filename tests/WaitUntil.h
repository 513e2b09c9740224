#pragma once

#include <QEventLoop>
#include <QObject>
#include <QTimer>

namespace kd::test {

// Runs the event loop until `done()` holds, checked whenever `signal` fires; false after
// timeoutMs. (An event loop rather than QTest::qWaitFor's 10 ms naps: the simulator runs on
// this thread too, and a hundred rows of naps add up.)
template <typename Sender, typename Signal, typename Done>
bool waitUntil(Sender* sender, Signal signal, Done done, int timeoutMs = 30'000)
{
    if (done())
        return true;
    QEventLoop loop;
    QObject::connect(sender, signal, &loop, [&] {
        if (done())
            loop.quit();
    });
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    loop.exec();
    return done();
}

} // namespace kd::test
