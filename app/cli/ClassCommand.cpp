#include <algorithm>
#include <chrono>
#include <iomanip>
#include <iostream>
#include <sstream>
#include <thread>

#include "cli/Commands.h"
#include "experiment/Leaderboard.h"
#include "io/FileIO.h"
#include "util/Text.h"

namespace layerlab::cli {

const char* const kClassHelp =
    "layerlab-cli class DIR [--watch] [--interval SECONDS]\n"
    "  The leaderboard of a class folder (a folder many LayerLabs write runs into, e.g.\n"
    "  `layerlab-cli train --runs DIR …` on every machine): one line per run, the best val_acc\n"
    "  first: rank, best val_acc and its epoch, epochs done of planned (\"training\" while\n"
    "  someone trains it), who made it (user@machine), its name, the settings that differ\n"
    "  between the runs and, last, its folder. It only reads: no run is locked or changed.\n"
    "  --watch prints it again whenever it changes (checked every 3 s, or --interval), until\n"
    "  Ctrl+C.\n";

namespace {

// Best val_acc first; runs with no validated epoch after them, newest first among equals (the
// listing's order, kept by the stable sort).
std::vector<const RunRecord*> ranked(const std::vector<RunRecord>& runs) {
    std::vector<const RunRecord*> order;
    for (const RunRecord& run : runs) order.push_back(&run);
    std::stable_sort(order.begin(), order.end(), [](const RunRecord* a, const RunRecord* b) {
        const auto bestA = a->bestEpoch(), bestB = b->bestEpoch();
        return bestA && (!bestB || bestA->valAccuracy > bestB->valAccuracy);
    });
    return order;
}

std::string runLine(int rank, const RunRecord& run, const std::vector<std::string>& differing) {
    std::ostringstream line;
    line << "#" << rank << "  val_acc ";
    if (const auto best = run.bestEpoch())
        line << std::fixed << std::setprecision(4) << best->valAccuracy << " (epoch " << best->epoch
             << ")";
    else
        line << "-";
    line << "  epochs " << run.epochsDone() << "/" << run.epochsPlanned();
    if (seemsTraining(run)) line << " training";
    line << "  " << (run.madeBy ? authorText(*run.madeBy) : std::string("?"));
    if (!run.label.name.empty()) line << "  \"" << run.label.name << "\"";
    for (const std::string& key : differing)
        if (const RecordedValue* value = recordedSetting(run, key))
            line << "  " << key << "=" << settingText(*value);
    // Last and whole, so that it is seen and can be copied to `read`, `train --resume` or `export`.
    line << "  " << displayPath(run.folder);
    return printable(line.str());  // names and folders may hold anything: shown, never obeyed
}

std::string leaderboard(const std::filesystem::path& folder) {
    std::vector<std::string> problems;
    const std::vector<RunRecord> runs = readRuns(folder, &problems);
    const std::vector<const RunRecord*> order = ranked(runs);
    std::vector<std::string> differing = differingSettings(order);
    differing.erase(std::remove_if(differing.begin(), differing.end(), namesAFile),
                    differing.end());
    const auto training = std::count_if(runs.begin(), runs.end(),
                                        [](const RunRecord& run) { return seemsTraining(run); });
    std::string text = printable(displayPath(folder)) + ": " + std::to_string(runs.size()) +
                       " run(s), " + std::to_string(training) + " training\n";
    for (std::size_t i = 0; i < order.size(); ++i)
        text += runLine(static_cast<int>(i) + 1, *order[i], differing) + "\n";
    for (const std::string& problem : problems) text += "unreadable: " + printable(problem) + "\n";
    return text;
}

}  // namespace

int runClass(ArgList& args) {
    const bool watch = args.flag("--watch");
    const int interval = args.integerIn("--interval", 1, 3600).value_or(3);
    const auto positionals = args.positionals();
    if (positionals.size() != 1) throw UsageError("class needs one folder: layerlab-cli class DIR");
    const std::filesystem::path folder = positionals.front();
    std::string shown = leaderboard(folder);
    std::cout << shown << std::flush;
    // Polled, not watched: a network share tells a client nothing of other machines' writes.
    while (watch) {
        std::this_thread::sleep_for(std::chrono::seconds(interval));
        const std::string now = leaderboard(folder);
        if (now != shown) std::cout << "\n" << (shown = now) << std::flush;
    }
    return 0;
}

}  // namespace layerlab::cli
