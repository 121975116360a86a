#pragma once

#include <QEventLoop>
#include <QTimer>

// Waits for an asynchronous answer of the engine (a signal connected to done())
// without a busy loop. Every wait is bounded: the engine's own time-outs end
// each request first; the limit here is only a last guard so the command line
// can never hang. done() may come before wait() is called (a signal emitted at
// once); wait() then returns at once.
class EventWait
{
public:
    void done()
    {
        m_done = true;
        m_loop.quit();
    }

    // True when done() was called, false when the limit ran out first.
    bool wait(int limitMs)
    {
        if (m_done)
            return true;
        QTimer limit;
        limit.setSingleShot(true);
        QObject::connect(&limit, &QTimer::timeout, &m_loop, &QEventLoop::quit);
        limit.start(limitMs);
        m_loop.exec();
        return m_done;
    }

private:
    QEventLoop m_loop;
    bool m_done = false;
};
