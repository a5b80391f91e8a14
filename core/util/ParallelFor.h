#pragma once

#include <algorithm>
#include <atomic>
#include <cstddef>
#include <thread>
#include <vector>

namespace layerlab {

// Calls body(i) for i in [0, count) on all cores; items are handed out one at a time, so
// uneven work (large and small files) spreads evenly. `body` must be safe to run in parallel.
template <typename Body>
void parallelFor(std::size_t count, Body body) {
    std::atomic<std::size_t> next{0};
    auto worker = [&] {
        for (std::size_t i = next++; i < count; i = next++) body(i);
    };
    std::vector<std::thread> threads(std::max(1u, std::thread::hardware_concurrency()));
    for (auto& thread : threads) thread = std::thread(worker);
    for (auto& thread : threads) thread.join();
}

}  // namespace layerlab
