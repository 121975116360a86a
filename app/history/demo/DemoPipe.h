// Hands batches between the generator's thread and the writer, and makes sure that thread ends.
#pragma once

#include "history/demo/DemoBatch.h"

#include <condition_variable>
#include <deque>
#include <memory>
#include <mutex>
#include <thread>
#include <vector>

namespace Demo {
// Batches travel from the generator's thread to the writer and back.
class Pipe
{
public:
    explicit Pipe(int batches)
    {
        for (int i = 0; i < batches; ++i) {
            m_all.push_back(std::make_unique<Batch>());
            m_spare.push_back(m_all.back().get());
        }
    }
    // For the generator: an empty batch, or null once the writer stopped.
    Batch *takeSpare()
    {
        std::unique_lock<std::mutex> lock(m_mutex);
        m_changed.wait(lock, [this] { return !m_spare.empty() || m_stopped; });
        if (m_stopped)
            return nullptr;
        Batch *batch = m_spare.front();
        m_spare.pop_front();
        return batch;
    }
    void giveReady(Batch *batch)
    {
        const std::lock_guard<std::mutex> lock(m_mutex);
        m_ready.push_back(batch);
        m_changed.notify_all();
    }
    void finish()
    {
        const std::lock_guard<std::mutex> lock(m_mutex);
        m_finished = true;
        m_changed.notify_all();
    }
    // For the writer: a full batch, or null when there are no more.
    Batch *takeReady()
    {
        std::unique_lock<std::mutex> lock(m_mutex);
        m_changed.wait(lock, [this] { return !m_ready.empty() || m_finished; });
        if (m_ready.empty())
            return nullptr;
        Batch *batch = m_ready.front();
        m_ready.pop_front();
        return batch;
    }
    void giveSpare(Batch *batch)
    {
        const std::lock_guard<std::mutex> lock(m_mutex);
        m_spare.push_back(batch);
        m_changed.notify_all();
    }
    void stop()
    {
        const std::lock_guard<std::mutex> lock(m_mutex);
        m_stopped = true;
        m_changed.notify_all();
    }

private:
    std::mutex m_mutex;
    std::condition_variable m_changed;
    std::vector<std::unique_ptr<Batch>> m_all;
    std::deque<Batch *> m_spare;
    std::deque<Batch *> m_ready;
    bool m_finished = false;
    bool m_stopped = false;
};

// Makes sure the generator's thread ends whatever way fill() leaves.
class Worker
{
public:
    Worker(Pipe &pipe) : m_pipe(pipe) {}
    ~Worker() { join(); }
    template<typename Function>
    void start(Function function) { m_thread = std::thread(std::move(function)); }
    void join()
    {
        if (m_thread.joinable()) {
            m_pipe.stop();
            m_thread.join();
        }
    }

private:
    Pipe &m_pipe;
    std::thread m_thread;
};
} // namespace Demo
