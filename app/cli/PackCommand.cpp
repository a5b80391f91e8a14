#include <unistd.h>
#include <QCoreApplication>

#include <chrono>
#include <cstdio>
#include <iostream>
#include <map>

#include "cli/Commands.h"
#include "cli/Interrupt.h"
#include "download/pack/PackCreator.h"
#include "download/pack/PackInstaller.h"
#include "io/FeatureStore.h"
#include "io/FileIO.h"
#include "io/Paths.h"
#include "util/Text.h"

namespace fs = std::filesystem;

namespace layerlab::cli {
namespace {

using namespace layerlab::pack;

std::string megabytes(std::uint64_t bytes) {
    char text[32];
    std::snprintf(text, sizeof text, "%.1f MB", static_cast<double>(bytes) / 1e6);
    return text;
}

double secondsSince(std::chrono::steady_clock::time_point start) {
    return std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
}

// The values after `option` up to the next option: --weights A B C.
std::vector<fs::path> valuesAfter(std::vector<std::string>& raw, const std::string& option) {
    std::vector<fs::path> values;
    for (std::size_t i = 0; i < raw.size();) {
        if (raw[i] != option) {
            ++i;
            continue;
        }
        std::size_t end = i + 1;
        while (end < raw.size() && raw[end].rfind("--", 0) != 0) values.emplace_back(raw[end++]);
        if (end == i + 1) throw UsageError(option + " needs at least one value");
        raw.erase(raw.begin() + static_cast<std::ptrdiff_t>(i),
                  raw.begin() + static_cast<std::ptrdiff_t>(end));
    }
    return values;
}

std::optional<fs::path> pathOption(ArgList& args, const std::string& option) {
    const auto value = args.value(option);
    return value ? std::optional<fs::path>(*value) : std::nullopt;
}

void printManifest(const PackManifest& manifest) {
    std::cout << "Lesson pack: "
              << printable(manifest.title.empty() ? "(no title)" : manifest.title)
              << "\nMade by LayerLab " << manifest.layerlabVersion << " on " << manifest.created
              << "\n";
    for (const PackUnit& unit : manifest.units) {
        std::uint64_t bytes = 0;
        std::size_t files = 0;
        for (const PackMember& m : manifest.members)
            if (m.kind == unit.kind && m.unit == unit.name) bytes += m.size, ++files;
        std::printf("  %-9s %-40s %6zu files %12s\n", kindName(unit.kind),
                    printable(unit.name).c_str(), files, megabytes(bytes).c_str());
    }
    std::cout << "Total: " << manifest.members.size() << " files, "
              << megabytes(manifest.totalBytes()) << "\n";
}

int createCommand(std::vector<std::string> raw) {
    PackRequest request;
    request.datasets = valuesAfter(raw, "--dataset");
    request.weights = valuesAfter(raw, "--weights");
    request.runs = valuesAfter(raw, "--runs");
    ArgList args(raw);
    request.replace = args.flag("--force");
    request.imdb = pathOption(args, "--imdb");
    request.lesson = pathOption(args, "--lesson");
    request.title = args.valueOr("--title", "");
    const auto store = pathOption(args, "--feature-store");
    if (args.flag("--features")) request.featureStore = store.value_or(FeatureStore::defaultDir());
    const auto words = args.positionals();
    if (words.size() != 1) throw UsageError("pack create needs one OUT.llpack");
    request.out = words.front();
    const auto start = std::chrono::steady_clock::now();
    const PackManifest manifest = createPack(request);
    printManifest(manifest);
    std::error_code error;
    std::printf("Wrote %s: %s in %.1f s\n", displayPath(request.out).c_str(),
                megabytes(fs::file_size(request.out, error)).c_str(), secondsSince(start));
    return 0;
}

int installCommand(ArgList& args) {
    const bool dryRun = args.flag("--dry-run");
    const auto runs = pathOption(args, "--runs-dir");
    const auto words = args.positionals();
    if (words.size() != 1) throw UsageError("pack install needs one FILE.llpack");
    if (const std::string recovered = recoverInterruptedInstall(); !recovered.empty())
        std::cout << recovered << "\n";
    const InstallRoots roots = InstallRoots::defaults(runs.value_or(fs::path()));
    const auto start = std::chrono::steady_clock::now();
    CancelToken stop;
    const InterruptScope interrupt(stop);
    const bool watched = isatty(STDERR_FILENO);
    InstallReport report;
    try {
        report = installPack(
            words.front(), roots, dryRun,
            [&](std::uint64_t done, std::uint64_t total) {
                if (watched)
                    std::fprintf(stderr, "\r%s / %s verified   ", megabytes(done).c_str(),
                                 megabytes(total).c_str());
            },
            stop);
    } catch (const InstallCancelled&) {
        if (watched) std::fprintf(stderr, "\n");
        std::cout << "Interrupted: nothing was installed\n";
        return kInterruptedExit;
    }
    if (watched) std::fprintf(stderr, "\n");
    for (const std::string& line : report.places) std::cout << "  " << printable(line) << "\n";
    if (dryRun) {
        // What the dialog shows too: the space the pack takes beside what the cache's disk has.
        std::error_code error;
        const fs::space_info disk = fs::space(userCacheDir(), error);
        std::cout << "Every member verified (dry run: nothing was installed); it needs up to "
                  << megabytes(report.addedBytes)
                  << (error ? std::string() : ", " + megabytes(disk.available) + " are free")
                  << "\n";
        return 0;
    }
    std::printf("Installed %zu files (%s) in %.1f s; %zu were installed already\n", report.added,
                megabytes(report.addedBytes).c_str(), secondsSince(start), report.alreadyInstalled);
    return 0;
}

}  // namespace

const char* const kPackHelp =
    "layerlab-cli pack create OUT.llpack [--title TEXT] [--dataset DIR…] [--weights FILE…]\n"
    "    [--imdb FILE] [--features [--feature-store DIR]] [--runs RUN…] [--lesson FILE] [--force]\n"
    "  Writes a lesson pack: one zip file with a manifest (each member's kind, size and sha256,\n"
    "  LayerLab's version, the title). --features packs every entry of the feature store (its\n"
    "  entries cannot be told apart by data without recomputing their keys: prepare a lesson into\n"
    "  a store of its own with `prepare --feature-store DIR` for a pack of that lesson alone).\n"
    "  A run must train on a packed dataset and start from packed weights (or the Keras cache);\n"
    "  a finished run is packed without its checkpoint/. An existing OUT is refused unless "
    "--force.\n"
    "layerlab-cli pack list FILE\n"
    "  What a pack holds (kinds, units, sizes, version, title), without installing it.\n"
    "layerlab-cli pack install FILE [--dry-run] [--runs-dir DIR]\n"
    "  Verifies every member's size and sha256, then installs: weights into LayerLab's Keras-\n"
    "  layout cache (models/), datasets and reviews into its datasets/, features into the feature\n"
    "  store, runs into the runs folder (the GUI's, or DIR) pointed at the installed data and\n"
    "  weights, lessons beside them. Nothing is ever overwritten: an identical file is already\n"
    "  installed, a different one refuses the install. A damaged pack, Ctrl+C or a kill leaves\n"
    "  nothing half-installed.\n";

int runPack(const std::vector<std::string>& rawArgs) {
    int argc = 1;
    char name[] = "layerlab-cli";
    char* argv[] = {name, nullptr};
    const QCoreApplication app(argc, argv);  // QStandardPaths and QSettings want one
    if (rawArgs.empty()) throw UsageError("pack needs create, list or install");
    const std::string verb = rawArgs.front();
    std::vector<std::string> rest(rawArgs.begin() + 1, rawArgs.end());
    if (verb == "create") return createCommand(rest);
    ArgList args(rest);
    if (verb == "install") return installCommand(args);
    if (verb != "list") throw UsageError("pack needs create, list or install, not '" + verb + "'");
    const auto words = args.positionals();
    if (words.size() != 1) throw UsageError("pack list needs one FILE.llpack");
    printManifest(readPackManifest(words.front()));
    return 0;
}

}  // namespace layerlab::cli
