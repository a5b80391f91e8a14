// bench_second_run [--data DIR] [--repeats 2] [--anchor] [--python PATH]
// Issue #21's figures, on its configuration: 300 images (100 + 50 of each class) at 150 px,
// VGG16 frozen, 30 epochs of 10 steps + 5 validation steps, batch 20, no augmentation, run as
// a user runs it (`layerlab-cli train`, timed from outside, each output line stamped as it
// arrives):
//  - the first run's wall time (an empty feature store: one frozen pass over the images);
//  - the second run's (another learning rate; every feature read from the store), the share of
//    it spent before the first batch, its per-epoch overhead outside compute (from one epoch's
//    line to the next, less that epoch's seconds in history.csv) and its time after the last
//    epoch (the final files);
//  - with --anchor, the same run as a plain PyTorch loop (bench/pytorch_anchor.py, which
//    recomputes the frozen base on every batch, as the lesson's Keras fit() does), and how many
//    times faster LayerLab's first and second runs are.
// DIR holds train/ and validation/ (default: the shared cats_and_dogs_filtered, else the
// built-in sample). Each LayerLab run is repeated --repeats times; the lowest wall time counts.
#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <string>
#include <vector>

#include "DataSubset.h"
#include "Timing.h"
#include "data/SampleDataset.h"
#include "io/RunDirectory.h"

using namespace layerlab;
namespace fs = std::filesystem;
using bench::Clock;
using bench::secondsSince;

namespace {

constexpr int kEpochs = 30;

struct Line {
    double at = 0;  // seconds since the command started
    std::string text;
};

struct Timed {
    double wall = 0;
    std::vector<Line> lines;
};

std::string quoted(const std::string& arg) {
    std::string out = "'";
    for (char c : arg) out += c == '\'' ? std::string("'\\''") : std::string(1, c);
    return out + "'";
}

// Runs the command, stamping each line of its output as it arrives. Exits on failure.
Timed timedCommand(const std::vector<std::string>& command) {
    std::string shell;
    for (const auto& arg : command) shell += quoted(arg) + " ";
    Timed timed;
    const auto start = Clock::now();
    FILE* pipe = ::popen((shell + "2>&1").c_str(), "r");
    char buffer[4096];
    while (pipe && std::fgets(buffer, sizeof buffer, pipe)) {
        std::string text = buffer;
        if (!text.empty() && text.back() == '\n') text.pop_back();
        timed.lines.push_back({secondsSince(start), text});
    }
    const int status = pipe ? ::pclose(pipe) : -1;
    timed.wall = secondsSince(start);
    if (status != 0) {
        for (const auto& line : timed.lines) std::fprintf(stderr, "%s\n", line.text.c_str());
        std::fprintf(stderr, "failed (%d): %s\n", status, shell.c_str());
        std::exit(1);
    }
    return timed;
}

struct RunFigures {
    double wall = 0;
    double beforeFirstBatch = 0;  // until "Epoch 1/30" is printed
    double overhead = 0;          // per epoch after the first, outside its compute
    double afterLastEpoch = 0;    // from the last epoch's line to the process's exit
    double compute = 0;           // the epochs' seconds in history.csv
    std::string weights;          // what the run said about its weights
};

bool startsWith(const std::string& text, const std::string& prefix) {
    return text.rfind(prefix, 0) == 0;
}

RunFigures figuresOf(const Timed& run, const fs::path& runDir) {
    RunFigures f;
    f.wall = run.wall;
    std::vector<double> epochEnds;
    for (const auto& line : run.lines) {
        if (startsWith(line.text, "Epoch 1/") && f.beforeFirstBatch == 0)
            f.beforeFirstBatch = line.at;
        if (line.text.find(" - loss: ") != std::string::npos) epochEnds.push_back(line.at);
        if (startsWith(line.text, "Weights:") || startsWith(line.text, "No pretrained"))
            f.weights = line.text;
    }
    const auto history = RunDirectory::open(runDir).history();
    if (history.size() != epochEnds.size() || history.size() < 2) {
        std::fprintf(stderr, "%s: %zu epoch lines, %zu history rows\n", runDir.c_str(),
                     epochEnds.size(), history.size());
        std::exit(1);
    }
    for (std::size_t e = 0; e < history.size(); ++e) {
        f.compute += history[e].seconds;
        if (e > 0) f.overhead += epochEnds[e] - epochEnds[e - 1] - history[e].seconds;
    }
    f.overhead /= static_cast<double>(history.size() - 1);
    f.afterLastEpoch = run.wall - epochEnds.back();
    return f;
}

struct Settings {
    fs::path data;  // holds train/ and validation/
    fs::path work;  // the subset, the store and the run folders
    int repeats = 2;
    bool anchor = false;
    std::string python = fs::exists("/usr/bin/python3") ? "/usr/bin/python3" : "python3";
};

std::vector<std::string> trainCommand(const fs::path& data, const fs::path& store,
                                      const fs::path& runDir, const std::string& learningRate) {
    return {LAYERLAB_CLI,
            "train",
            "--task",
            "transfer",
            "--data",
            data.string(),
            "--backbone",
            "vgg16",
            "--size",
            "150",
            "--epochs",
            std::to_string(kEpochs),
            "--steps-per-epoch",
            "10",
            "--validation-steps",
            "5",
            "--batch-size",
            "20",
            "--no-augment",
            "--learning-rate",
            learningRate,
            "--feature-store",
            store.string(),
            "--run-dir",
            runDir.string()};
}

// The lowest wall time of `repeats` runs; `fresh` empties the feature store before each.
RunFigures bestOf(const Settings& s, const fs::path& data, const std::string& learningRate,
                  bool fresh) {
    RunFigures best;
    for (int r = 0; r < s.repeats; ++r) {
        const fs::path runDir = s.work / ("run-" + learningRate + "-" + std::to_string(r));
        fs::remove_all(runDir);
        if (fresh) fs::remove_all(s.work / "store");
        const RunFigures f = figuresOf(
            timedCommand(trainCommand(data, s.work / "store", runDir, learningRate)), runDir);
        std::printf("  %s run %d: %.2f s\n", fresh ? "first" : "second", r + 1, f.wall);
        if (r == 0 || f.wall < best.wall) best = f;
        fs::remove_all(runDir);
    }
    return best;
}

double anchorWall(const Settings& s, const fs::path& data) {
    const Timed run =
        timedCommand({s.python, LAYERLAB_SOURCE_DIR "/bench/pytorch_anchor.py", "--data",
                      data.string(), "--size", "150", "--epochs", std::to_string(kEpochs),
                      "--steps-per-epoch", "10", "--validation-steps", "5", "--batch-size", "20"});
    return run.wall;
}

Settings readSettings(int argc, char** argv) {
    Settings s;
    s.data = fs::path(LAYERLAB_SHARED_DATA) / "cats_and_dogs_filtered";
    s.work = fs::temp_directory_path() / "layerlab-bench-second-run";
    for (int i = 1; i < argc; ++i) {
        const std::string arg = argv[i];
        const bool valued = i + 1 < argc;
        if (arg == "--anchor") s.anchor = true;
        if (arg == "--data" && valued) s.data = argv[++i];
        if (arg == "--python" && valued) s.python = argv[++i];
        if (arg == "--repeats" && valued) s.repeats = std::max(1, std::stoi(argv[++i]));
    }
    if (!fs::is_directory(s.data / "train")) {
        std::printf("(no shared data: using the built-in sample)\n");
        s.data = ensureSampleDataset(s.work / "sample");
    }
    return s;
}

}  // namespace

int main(int argc, char** argv) {
    const Settings s = readSettings(argc, argv);
    const fs::path data = bench::subsetOf(s.data, s.work / "data", 100, 50);
    std::printf("data: %s, 100 + 50 images of each class; configuration:\n ", s.data.c_str());
    for (const auto& arg : trainCommand(data, s.work / "store", s.work / "run", "1e-4"))
        std::printf(" %s", arg.c_str());
    std::printf("\n");
    const RunFigures first = bestOf(s, data, "1e-4", true);
    const RunFigures second = bestOf(s, data, "1e-3", false);
    std::printf("weights: %s\n", first.weights.c_str());
    std::printf("first run (empty feature store): %.2f s\n", first.wall);
    std::printf(
        "second run (store hit, learning rate 1e-3): %.2f s (target <= 5)\n"
        "  before the first batch: %.2f s (%.0f%% of the wall time)\n"
        "  per-epoch overhead outside compute: %.1f ms (target <= 10)\n"
        "  %d epochs' compute (history.csv): %.2f s; after the last epoch: %.2f s\n",
        second.wall, second.beforeFirstBatch, 100 * second.beforeFirstBatch / second.wall,
        second.overhead * 1000, kEpochs, second.compute, second.afterLastEpoch);
    if (s.anchor) {
        const double anchor = anchorWall(s, data);
        std::printf(
            "anchor (plain PyTorch loop, bench/pytorch_anchor.py, same data/model/steps): %.1f s\n"
            "  LayerLab first run %.1fx faster (target >= 30), second run %.0fx faster\n",
            anchor, anchor / first.wall, anchor / second.wall);
    }
    fs::remove_all(s.work);
    return 0;
}
