#include "util/ParallelFor.h"

#include <algorithm>
#include <atomic>
#include <condition_variable>
#include <deque>
#include <exception>
#include <mutex>
#include <thread>

namespace layerlab {
namespace {

// True while this thread runs a body: a nested parallelFor then runs inline, since waiting
// for pool threads that may all be busy in outer bodies could wait forever.
thread_local bool insideBody = false;

// One parallelFor call. It lives on the caller's stack; the pool only touches it while its
// `helpers` count says so.
struct Job {
    std::size_t count = 0;
    const std::function<void(std::size_t)>* body = nullptr;
    std::atomic<std::size_t> next{0};
    std::atomic<bool> failed{false};
    std::exception_ptr error;  // written once, by whoever set `failed`
    int helpers = 0;           // pool threads running items; guarded by the pool's mutex

    bool exhausted() const { return failed || next >= count; }

    void runItems() {
        insideBody = true;
        for (std::size_t i = next++; i < count && !failed; i = next++) {
            try {
                (*body)(i);
            } catch (...) {
                if (!failed.exchange(true)) error = std::current_exception();
            }
        }
        insideBody = false;
    }
};

// Threads that help whichever calls are running. Never destroyed: a pool joined by a static
// destructor could go away under a call still running on another thread at exit.
class Pool {
  public:
    static Pool& instance() {
        static Pool* pool = new Pool(std::max(1u, std::thread::hardware_concurrency()) - 1);
        return *pool;
    }

    void run(Job& job) {
        {
            std::lock_guard<std::mutex> lock(mutex_);
            jobs_.push_back(&job);
        }
        wake_.notify_all();
        job.runItems();
        std::unique_lock<std::mutex> lock(mutex_);
        jobs_.erase(std::find(jobs_.begin(), jobs_.end(), &job));
        finished_.wait(lock, [&] { return job.helpers == 0; });
    }

  private:
    explicit Pool(unsigned threads) {
        for (unsigned t = 0; t < threads; ++t) std::thread([this] { work(); }).detach();
    }

    void work() {
        std::unique_lock<std::mutex> lock(mutex_);
        for (;;) {
            wake_.wait(lock, [&] { return openJob() != nullptr; });
            Job& job = *openJob();
            ++job.helpers;
            lock.unlock();
            job.runItems();
            lock.lock();
            if (--job.helpers == 0) finished_.notify_all();
        }
    }

    // The oldest call that still has items to hand out; needs the mutex.
    Job* openJob() const {
        for (Job* job : jobs_)
            if (!job->exhausted()) return job;
        return nullptr;
    }

    std::mutex mutex_;
    std::condition_variable wake_, finished_;
    std::deque<Job*> jobs_;
};

}  // namespace

void parallelFor(std::size_t count, const std::function<void(std::size_t)>& body) {
    if (insideBody) {
        for (std::size_t i = 0; i < count; ++i) body(i);
        return;
    }
    Job job;
    job.count = count;
    job.body = &body;
    Pool::instance().run(job);
    if (job.error) std::rethrow_exception(job.error);
}

}  // namespace layerlab
