// layerlab-cli: the headless face of LayerLab. Thin: parse the subcommand, call core.
#include <algorithm>
#include <iostream>

#include "cli/Commands.h"
#include "cli/HelpDefaults.h"
#include "cli/Interrupt.h"
#include "data/SampleDataset.h"
#include "data/SampleReviews.h"
#include "experiment/AugmentOptions.h"
#include "io/FileIO.h"
#include "io/Paths.h"
#include "train/TorchRuntime.h"
#include "util/Text.h"
#include "util/Version.h"

namespace layerlab::cli {

std::vector<std::string> withoutOptions(std::vector<std::string> raw,
                                        const std::vector<std::string>& options) {
    for (std::size_t i = 0; i < raw.size();) {
        if (std::find(options.begin(), options.end(), raw[i]) == options.end()) {
            ++i;
            continue;
        }
        raw.erase(raw.begin() + static_cast<std::ptrdiff_t>(i),
                  raw.begin() + static_cast<std::ptrdiff_t>(std::min(i + 2, raw.size())));
    }
    return raw;
}

}  // namespace layerlab::cli

namespace {

using namespace layerlab;
using namespace layerlab::cli;

const char* const kSampleHelp =
    "layerlab-cli sample [--reviews] [--cache-dir DIR]\n"
    "  Makes the built-in offline dataset once (300 drawn pictures of circles and squares, or\n"
    "  with --reviews 2,000 generated short reviews) and prints its folder.\n";

int runSample(ArgList& args) {
    const std::filesystem::path dir = args.valueOr("--cache-dir", userCacheDir().string());
    const bool reviews = args.flag("--reviews");
    args.positionals();
    std::cout << displayPath(reviews ? ensureSampleReviews(dir) : ensureSampleDataset(dir)) << "\n";
    return 0;
}

int runVersion() {
    const auto info = torchRuntimeInfo();
    std::cout << "LayerLab " << kLayerLabVersion << "\nLibTorch " << info.libtorchVersion << ", "
              << info.device << ", " << info.intraOpThreads << " threads"
              << (info.nativeBf16 ? ", native bf16 (--frozen-precision bf16 is fast here)" : "")
              << "\n";
    return 0;
}

int runHelp(ArgList& args);

using Raw = const std::vector<std::string>&;

// One command of layerlab-cli. kCommands below is the only list of them: the command list,
// each command's help and the dispatch are all made from it.
struct Command {
    const char* name;
    const char* summary;  // its line in the command list; "\n" continues it, indented
    const char* help[2];  // `layerlab-cli help NAME`, in parts (null: no more; none: no help)
    int (*run)(ArgList& args, Raw rawArgs);
    bool stopsOnCtrlC = false;  // Ctrl+C stops it as the GUI's Stop does (cli/Interrupt.h)
};

const Command kCommands[] = {
    {"images",
     "scan an image folder like flow_from_directory",
     {kImagesHelp},
     [](ArgList& a, Raw) { return runImages(a); }},
    {"augment",
     "preview ImageDataGenerator augmentation, or apply one transform",
     {kAugmentHelp, kAugmentOptionsHelp},
     [](ArgList& a, Raw) { return runAugment(a); }},
    {"summary",
     "model.summary() of a backbone + head, with freezing",
     {kSummaryHelp},
     [](ArgList& a, Raw) { return runSummary(a); }},
    {"train",
     "train a transfer-learning model (Keras fit semantics), or --resume a run",
     {kTrainHelp, kAugmentOptionsHelp},
     [](ArgList& a, Raw raw) { return runTrain(a, raw); },
     true},
    {"fine-tune",
     "continue a run with more layers unfrozen and a lower learning rate",
     {kFineTuneHelp},
     [](ArgList& a, Raw) { return runFineTune(a); },
     true},
    {"predict",
     "what a finished run's model sees in your own images",
     {kPredictHelp},
     [](ArgList& a, Raw) { return runPredict(a); }},
    {"explain",
     "Grad-CAM: where a run's model looked to choose a class",
     {kExplainHelp},
     [](ArgList& a, Raw) { return runExplain(a); }},
    {"activations",
     "every channel of a layer's output for an image, as a grid",
     {kActivationsHelp},
     [](ArgList& a, Raw) { return runActivations(a); }},
    {"filters",
     "the input each filter of a layer responds to most, as a grid",
     {kFiltersHelp},
     [](ArgList& a, Raw) { return runFilters(a); }},
    {"read",
     "an IMDB run reading a review token by token: P(positive) after each",
     {kReadHelp},
     [](ArgList& a, Raw) { return runRead(a); }},
    {"lr-find",
     "the learning-rate finder on the model train would start from",
     {kLrFindHelp, kTrainHelp},
     [](ArgList& a, Raw raw) { return runLrFind(a, raw); }},
    {"export",
     "a run's model as a Keras .h5 full model",
     {kExportHelp},
     [](ArgList& a, Raw) { return runExport(a); }},
    {"prepare",
     "fill the feature store so that runs over the same data start at once",
     {kPrepareHelp, kTrainHelp},
     [](ArgList& a, Raw raw) { return runPrepare(a, raw); },
     true},
    {"embed",
     "write a layer's features for images as a NumPy .npy",
     {kEmbedHelp},
     [](ArgList& a, Raw) { return runEmbed(a); }},
    {"imdb",
     "load IMDB reviews as keras.datasets.imdb does; lengths, histogram, padding",
     {kImdbHelp},
     [](ArgList& a, Raw) { return runImdb(a); }},
    {"lesson",
     "perform a lesson's steps headless, each value beside the seed's (✓/✗)",
     {kLessonHelp},
     [](ArgList& a, Raw) { return runLesson(a); }},
    {"class",
     "a class folder's runs side by side: the leaderboard, what differs, who trains",
     {kClassHelp},
     [](ArgList& a, Raw) { return runClass(a); }},
    {"data",
     "the lesson's real files: list where they are, get (download) them",
     {kDataHelp},
     [](ArgList& a, Raw) { return runData(a); }},
    {"pack",
     "lesson packs: create one file of data, weights, features and runs; list; install",
     {kPackHelp},
     [](ArgList&, Raw raw) { return runPack(raw); },
     true},
    {"sample",
     "generate (once) and print the built-in offline dataset's folder\n"
     "(--reviews: the built-in review set in the aclImdb layout)",
     {kSampleHelp},
     [](ArgList& a, Raw) { return runSample(a); }},
    {"version", "versions and compute device", {}, [](ArgList&, Raw) { return runVersion(); }},
    {"help", "this text; `layerlab-cli help COMMAND` for one command", {}, [](ArgList& a, Raw) {
         return runHelp(a);
     }}};

// The command `name` names, aliases included (--version, --help, -h); none for anything else.
const Command* findCommand(std::string name) {
    if (name == "--version") name = "version";
    if (name == "--help" || name == "-h") name = "help";
    for (const Command& command : kCommands)
        if (name == command.name) return &command;
    return nullptr;
}

// The command list: each name in a column of ten (a longer one two spaces before its line).
std::string usage() {
    constexpr std::size_t kColumn = 10;
    std::string text = "Usage: layerlab-cli COMMAND [options]\nCommands:\n";
    for (const Command& command : kCommands) {
        const std::string name = command.name;
        text += "  " + name + std::string(name.size() < kColumn ? kColumn - name.size() : 2, ' ');
        for (const char* c = command.summary; *c; ++c)
            text += *c == '\n' ? "\n  " + std::string(kColumn, ' ') : std::string(1, *c);
        text += "\n";
    }
    return text;
}

// One command's help, its defaults filled in (the command list for anything else).
std::string helpFor(const std::string& name) {
    const Command* command = findCommand(name);
    if (!command || !command->help[0]) return usage();
    std::string text;
    for (const char* part : command->help)
        if (part) text += part;
    return withDefaults(text);
}

int runHelp(ArgList& args) {
    const auto topic = args.positionals();
    if (!topic.empty() && helpFor(topic.front()) == usage() && topic.front() != "help")
        throw UsageError("no help on '" + topic.front() + "': it is not a command");
    std::cout << helpFor(topic.empty() ? std::string() : topic.front());
    return 0;
}

bool asksForHelp(const std::vector<std::string>& args) {
    return std::find_if(args.begin(), args.end(), [](const std::string& arg) {
               return arg == "--help" || arg == "-h";
           }) != args.end();
}

}  // namespace

int main(int argc, char** argv) {
    if (argc < 2) {
        std::cerr << usage();
        return 2;
    }
    const std::string command = argv[1];
    const std::vector<std::string> rawArgs(argv + 2, argv + argc);
    if (asksForHelp(rawArgs)) {  // `layerlab-cli train --help`, as students type it
        std::cout << helpFor(command);
        return 0;
    }
    const Command* found = findCommand(command);
    if (found && found->stopsOnCtrlC) catchInterrupts();
    ArgList args(rawArgs);
    useComputeThreads();  // explain, filters, predict and embed compute on this thread
    try {
        if (!found) throw UsageError("unknown command '" + command + "'");
        return found->run(args, rawArgs);
    } catch (const UsageError& error) {
        // The error alone, so that it does not scroll away behind the whole usage.
        // A message names what the user typed, and a file or folder name may hold anything:
        // it is shown, never obeyed (util/Text.h).
        const bool known = helpFor(command) != usage();
        std::cerr << "layerlab-cli: " << printable(error.what()) << "\nSee layerlab-cli "
                  << (known ? command + " --help" : std::string("help")) << "\n";
        return 2;
    } catch (const std::exception& error) {
        std::cerr << "layerlab-cli: " << printable(describeFailure(error)) << "\n";
        return 1;
    }
}
