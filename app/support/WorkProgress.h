// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <atomic>

namespace songngu {

// Shared by a long piece of work on a worker thread and whoever waits for it: the worker counts
// the steps it has done and stops at the next step once cancel() was called; the waiting side
// reads the counts for a progress bar. All of it is lock-free.
class WorkProgress
{
public:
    void cancel() { cancelled.store(true, std::memory_order_relaxed); }
    bool isCancelled() const { return cancelled.load(std::memory_order_relaxed); }

    // `steps` more to do: the caller expects them, the work only counts what it did.
    void expect(int steps) { total.fetch_add(steps, std::memory_order_relaxed); }
    void step() { done.fetch_add(1, std::memory_order_relaxed); }
    int stepsDone() const { return done.load(std::memory_order_relaxed); }
    int stepsExpected() const { return total.load(std::memory_order_relaxed); }

private:
    std::atomic_bool cancelled{false};
    std::atomic_int done{0};
    std::atomic_int total{0};
};

} // namespace songngu
