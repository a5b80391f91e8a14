#pragma once

#include <cstddef>
#include <functional>

namespace layerlab {

// Calls body(i) for i in [0, count) on all cores: the calling thread and a pool of threads
// started once per process. Items are handed out one at a time, so uneven work (large and
// small files) spreads evenly; `body` must be safe to run in parallel.
// The first exception a body throws stops the handing out of items and is rethrown here once
// every running body has returned (items not yet started are skipped).
// Safe to call from several threads at once. A call made from inside a body runs its items
// inline on that thread, so nesting cannot deadlock the pool.
void parallelFor(std::size_t count, const std::function<void(std::size_t)>& body);

}  // namespace layerlab
