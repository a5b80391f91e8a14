// parallelFor: every index once, the first exception reaches the caller, several callers at
// once, a nested call from inside a body, and threads kept between calls.
#include <QtTest>

#include <atomic>
#include <chrono>
#include <mutex>
#include <set>
#include <stdexcept>
#include <thread>
#include <vector>

#include "util/ParallelFor.h"

using namespace layerlab;

namespace {

bool eachOnce(const std::vector<std::atomic<int>>& hits) {
    for (const auto& hit : hits)
        if (hit != 1) return false;
    return true;
}

}  // namespace

class TestParallelFor : public QObject {
    Q_OBJECT

  private Q_SLOTS:
    void everyIndexOnce() {
        std::vector<std::atomic<int>> hits(10000);
        parallelFor(hits.size(), [&](std::size_t i) { ++hits[i]; });
        QVERIFY(eachOnce(hits));
        int calls = 0;
        parallelFor(0, [&](std::size_t) { ++calls; });
        QCOMPARE(calls, 0);
    }

    void firstExceptionReachesTheCaller() {
        std::atomic<int> started{0};
        try {
            parallelFor(1000, [&](std::size_t i) {
                ++started;
                if (i == 37) throw std::runtime_error("item 37");
            });
            QFAIL("no exception");
        } catch (const std::runtime_error& e) {
            QCOMPARE(std::string(e.what()), std::string("item 37"));
        }
        QVERIFY(started >= 38);
        // The pool survives a failed call.
        std::vector<std::atomic<int>> hits(100);
        parallelFor(hits.size(), [&](std::size_t i) { ++hits[i]; });
        QVERIFY(eachOnce(hits));
    }

    void concurrentCallers() {
        constexpr int kCallers = 6;
        std::vector<std::vector<std::atomic<int>>> hits(kCallers);
        for (auto& h : hits) h = std::vector<std::atomic<int>>(3000);
        std::vector<std::thread> callers;
        for (int c = 0; c < kCallers; ++c)
            callers.emplace_back(
                [&, c] { parallelFor(hits[c].size(), [&](std::size_t i) { ++hits[c][i]; }); });
        for (auto& caller : callers) caller.join();
        for (const auto& h : hits) QVERIFY(eachOnce(h));
    }

    void nestedCallDoesNotDeadlock() {
        constexpr std::size_t kOuter = 16, kInner = 50;
        std::vector<std::atomic<int>> hits(kOuter * kInner);
        parallelFor(kOuter, [&](std::size_t o) {
            parallelFor(kInner, [&](std::size_t i) { ++hits[o * kInner + i]; });
        });
        QVERIFY(eachOnce(hits));
        auto innerThrows = [](std::size_t) {
            parallelFor(2, [](std::size_t) { throw std::logic_error("inner"); });
        };
        QVERIFY_THROWS_EXCEPTION(std::logic_error, parallelFor(4, innerThrows));
    }

    void threadsAreKeptBetweenCalls() {
        std::mutex mutex;
        std::set<std::thread::id> threads;
        for (int call = 0; call < 20; ++call)
            parallelFor(64, [&](std::size_t) {
                std::this_thread::sleep_for(std::chrono::microseconds(200));
                std::lock_guard<std::mutex> lock(mutex);
                threads.insert(std::this_thread::get_id());
            });
        // The caller plus a fixed pool: a fresh set of threads per call would exceed it.
        QVERIFY(threads.size() <= std::max(1u, std::thread::hardware_concurrency()));
    }
};

QTEST_APPLESS_MAIN(TestParallelFor)
#include "tst_parallel_for.moc"
