#include <nlohmann/json.hpp>

#include <algorithm>
#include <iostream>
#include <mutex>

#include "cli/Commands.h"
#include "data/ImageDecoder.h"
#include "data/ImageFolder.h"
#include "io/FileIO.h"
#include "util/ParallelFor.h"
#include "util/Text.h"

namespace layerlab::cli {
namespace {

// Decodes every file (all cores) and records the ones the decoder rejects.
void verifyByDecoding(DatasetSummary& summary) {
    std::mutex mutex;
    parallelFor(summary.files.size(), [&](std::size_t i) {
        const auto& path = summary.files[i].path;
        const DecodedImage decoded = decodeImageFile(path);
        if (decoded.ok()) return;
        std::lock_guard<std::mutex> lock(mutex);
        markSkipped(summary, path, decoded.problem, decoded.error);
    });
    std::sort(summary.skipped.begin(), summary.skipped.end(),
              [](const SkippedFile& a, const SkippedFile& b) { return a.path < b.path; });
}

nlohmann::json toJson(const DatasetSummary& summary) {
    nlohmann::json classes = nlohmann::json::array();
    for (std::size_t i = 0; i < summary.classes.size(); ++i)
        classes.push_back(
            {{"name", summary.classes[i]}, {"label", i}, {"count", summary.countPerClass[i]}});
    nlohmann::json skipped = nlohmann::json::array();
    for (const auto& file : summary.skipped)
        skipped.push_back({{"path", displayPath(file.path)}, {"reason", englishText(file.reason)}});
    return {{"root", displayPath(summary.root)},
            {"found", summary.files.size()},
            {"found_line", summary.foundLine()},
            {"usable", summary.usableCount()},
            {"classes", classes},
            {"skipped", skipped},
            {"ignored_files", summary.ignoredFiles}};
}

void printText(const DatasetSummary& summary, const std::string& title) {
    if (!title.empty()) std::cout << title << ": ";
    std::cout << summary.foundLine() << "\n";
    for (std::size_t i = 0; i < summary.classes.size(); ++i)
        std::cout << "  " << i << " " << printable(summary.classes[i]) << ": "
                  << summary.countPerClass[i]
                  << "\n";
    if (summary.ignoredFiles)
        std::cout << "  (" << summary.ignoredFiles
                  << " files without an image extension ignored)\n";
    if (summary.skipped.empty()) return;
    std::cout << "Skipped " << summary.skipped.size() << " file(s) that cannot be used ("
              << summary.usableCount() << " usable):\n";
    for (const auto& file : summary.skipped)
        std::cout << "  " << printable(displayPath(file.path)) << ": " << englishText(file.reason) << "\n";
}

}  // namespace

const char* const kImagesHelp =
    "layerlab-cli images DIR [--classes a,b] [--verify] [--json]\n"
    "  Scans DIR as Keras's flow_from_directory does and prints the Found line, the count per\n"
    "  class and the files that cannot be used. A folder holding train/ and validation/ is\n"
    "  reported split by split. --verify decodes every image instead of checking its ends.\n";

int runImages(ArgList& args) {
    ImageFolderOptions options;
    if (auto classes = args.value("--classes")) options.classes = splitList(*classes);
    const bool verify = args.flag("--verify");
    const bool json = args.flag("--json");
    const auto rest = args.positionals();
    if (rest.size() != 1) throw UsageError("images needs exactly one folder");
    const std::filesystem::path root = rest.front();

    std::vector<std::pair<std::string, std::filesystem::path>> folders;
    const auto splits = options.classes.empty() ? splitNames(root) : std::vector<std::string>{};
    for (const auto& split : splits) folders.emplace_back(split, root / split);
    if (folders.empty()) folders.emplace_back("", root);

    nlohmann::json report = nlohmann::json::object();
    for (const auto& [split, folder] : folders) {
        DatasetSummary summary = scanImageFolder(folder, options);
        checkImageFiles(summary);
        if (verify) verifyByDecoding(summary);
        if (json) {
            report[split.empty() ? "dataset" : split] = toJson(summary);
        } else {
            printText(summary, split);
        }
    }
    if (json) std::cout << (folders.size() == 1 ? report.begin().value() : report).dump(2) << "\n";
    return 0;
}

}  // namespace layerlab::cli
