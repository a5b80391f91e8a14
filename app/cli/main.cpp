// layerlab-cli: the headless face of LayerLab. Thin: parse the subcommand, call core.
#include <algorithm>
#include <iostream>

#include "cli/Commands.h"
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

const char* const kUsage =
    "Usage: layerlab-cli COMMAND [options]\n"
    "Commands:\n"
    "  images    scan an image folder like flow_from_directory\n"
    "  augment   preview ImageDataGenerator augmentation, or apply one transform\n"
    "  summary   model.summary() of a backbone + head, with freezing\n"
    "  train     train a transfer-learning model (Keras fit semantics), or --resume a run\n"
    "  fine-tune continue a run with more layers unfrozen and a lower learning rate\n"
    "  predict   what a finished run's model sees in your own images\n"
    "  explain   Grad-CAM: where a run's model looked to choose a class\n"
    "  activations  every channel of a layer's output for an image, as a grid\n"
    "  filters   the input each filter of a layer responds to most, as a grid\n"
    "  read      an IMDB run reading a review token by token: P(positive) after each\n"
    "  lr-find   the learning-rate finder on the model train would start from\n"
    "  export    a run's model as a Keras .h5 full model\n"
    "  prepare   fill the feature store so that runs over the same data start at once\n"
    "  embed     write a layer's features for images as a NumPy .npy\n"
    "  imdb      load IMDB reviews as keras.datasets.imdb does; lengths, histogram, padding\n"
    "  data      the lesson's real files: list where they are, get (download) them\n"
    "  sample    generate (once) and print the built-in offline dataset's folder\n"
    "            (--reviews: the built-in review set in the aclImdb layout)\n"
    "  version   versions and compute device\n"
    "  help      this text; `layerlab-cli help COMMAND` for one command\n";

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

// One command's help (the command list for anything else).
std::string helpFor(const std::string& command) {
    const std::pair<const char*, std::string> topics[] = {
        {"images", kImagesHelp},
        {"summary", kSummaryHelp},
        {"train", std::string(kTrainHelp) + kAugmentOptionsHelp},
        {"fine-tune", kFineTuneHelp},
        {"embed", kEmbedHelp},
        {"imdb", kImdbHelp},
        {"data", kDataHelp},
        {"predict", kPredictHelp},
        {"explain", kExplainHelp},
        {"activations", kActivationsHelp},
        {"filters", kFiltersHelp},
        {"read", kReadHelp},
        {"lr-find", std::string(kLrFindHelp) + kTrainHelp},
        {"export", kExportHelp},
        {"prepare", std::string(kPrepareHelp) + kTrainHelp},
        {"sample", kSampleHelp},
        {"augment", std::string(kAugmentHelp) + kAugmentOptionsHelp}};
    for (const auto& [name, text] : topics)
        if (command == name) return text;
    return kUsage;
}

bool asksForHelp(const std::vector<std::string>& args) {
    return std::find_if(args.begin(), args.end(), [](const std::string& arg) {
               return arg == "--help" || arg == "-h";
           }) != args.end();
}

int dispatch(const std::string& command, ArgList& args, const std::vector<std::string>& rawArgs) {
    if (command == "images") return runImages(args);
    if (command == "augment") return runAugment(args);
    if (command == "summary") return runSummary(args);
    if (command == "train") return runTrain(args, rawArgs);
    if (command == "fine-tune") return runFineTune(args);
    if (command == "embed") return runEmbed(args);
    if (command == "imdb") return runImdb(args);
    if (command == "data") return runData(args);
    if (command == "predict") return runPredict(args);
    if (command == "explain") return runExplain(args);
    if (command == "activations") return runActivations(args);
    if (command == "filters") return runFilters(args);
    if (command == "read") return runRead(args);
    if (command == "lr-find") return runLrFind(args, rawArgs);
    if (command == "export") return runExport(args);
    if (command == "prepare") return runPrepare(args, rawArgs);
    if (command == "sample") return runSample(args);
    if (command == "version" || command == "--version") return runVersion();
    if (command == "help" || command == "--help" || command == "-h") {
        const auto topic = args.positionals();
        if (!topic.empty() && helpFor(topic.front()) == kUsage && topic.front() != "help")
            throw UsageError("no help on '" + topic.front() + "': it is not a command");
        std::cout << helpFor(topic.empty() ? std::string() : topic.front());
        return 0;
    }
    throw UsageError("unknown command '" + command + "'");
}

}  // namespace

int main(int argc, char** argv) {
    if (argc < 2) {
        std::cerr << kUsage;
        return 2;
    }
    const std::string command = argv[1];
    const std::vector<std::string> rawArgs(argv + 2, argv + argc);
    if (asksForHelp(rawArgs)) {  // `layerlab-cli train --help`, as students type it
        std::cout << helpFor(command);
        return 0;
    }
    if (command == "train" || command == "fine-tune" || command == "prepare") catchInterrupts();
    ArgList args(rawArgs);
    useComputeThreads();  // explain, filters, predict and embed compute on this thread
    try {
        return dispatch(command, args, rawArgs);
    } catch (const UsageError& error) {
        // The error alone, so that it does not scroll away behind the whole usage.
        // A message names what the user typed, and a file or folder name may hold anything:
        // it is shown, never obeyed (util/Text.h).
        const bool known = helpFor(command) != kUsage;
        std::cerr << "layerlab-cli: " << printable(error.what()) << "\nSee layerlab-cli "
                  << (known ? command + " --help" : std::string("help")) << "\n";
        return 2;
    } catch (const std::exception& error) {
        std::cerr << "layerlab-cli: " << printable(describeFailure(error)) << "\n";
        return 1;
    }
}
