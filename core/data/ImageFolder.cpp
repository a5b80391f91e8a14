#include "data/ImageFolder.h"

#include <algorithm>
#include <array>
#include <cerrno>
#include <system_error>

#include "data/ImageDecoder.h"
#include "io/FileIO.h"

namespace fs = std::filesystem;

namespace layerlab {
namespace {

std::string lowercase(std::string text) {
    std::transform(text.begin(), text.end(), text.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return text;
}

std::vector<std::string> sortedSubfolders(const fs::path& root) {
    std::vector<std::string> names;
    std::error_code error;
    for (fs::directory_iterator it(root, error), end; !error && it != end; it.increment(error)) {
        std::error_code typeError;
        if (it->is_directory(typeError)) names.push_back(it->path().filename().string());
    }
    if (error)
        throw DatasetError(MessageId::FolderUnreadable, {displayPath(root)}, error.value());
    // UTF-8 byte order is code-point order, which is how Python's sorted() orders names.
    std::sort(names.begin(), names.end());
    return names;
}

// os.walk(followlinks=False) sorted by directory, then files sorted by name: the order in
// which Keras lists one class's files.
std::vector<fs::path> imageFilesUnder(const fs::path& folder, int& ignored) {
    std::vector<std::pair<std::string, std::string>> found;  // (directory, filename)
    std::error_code error;
    const auto options = fs::directory_options::skip_permission_denied;
    for (fs::recursive_directory_iterator it(folder, options, error), end; !error && it != end;
         it.increment(error)) {
        // Anything but a folder counts, as in Keras: a FIFO, a device, a dangling link or a
        // link loop with an image's name is then listed as unusable by the check, not hidden.
        std::error_code typeError;
        if (it->is_directory(typeError)) continue;
        if (!hasImageExtension(it->path())) {
            ++ignored;
            continue;
        }
        found.emplace_back(it->path().parent_path().string(), it->path().filename().string());
    }
    if (error)
        throw DatasetError(MessageId::FolderUnreadable, {displayPath(folder)}, error.value());
    std::sort(found.begin(), found.end());
    std::vector<fs::path> paths;
    paths.reserve(found.size());
    for (const auto& [directory, name] : found) paths.push_back(fs::path(directory) / name);
    return paths;
}

}  // namespace

bool hasImageExtension(const fs::path& path) {
    static const std::array<const char*, 7> kExtensions = {".png", ".jpg", ".jpeg", ".bmp",
                                                           ".ppm", ".tif", ".tiff"};
    const std::string extension = lowercase(path.extension().string());
    return std::find(kExtensions.begin(), kExtensions.end(), extension) != kExtensions.end();
}

Message DatasetSummary::found() const {
    return Message(MessageId::FoundImages,
                   {std::to_string(files.size()), std::to_string(classes.size())});
}

std::string DatasetSummary::foundLine() const {
    return englishText(found());
}

DatasetSummary scanImageFolder(const fs::path& root, const ImageFolderOptions& options) {
    std::error_code error;
    const fs::file_status status = fs::status(root, error);
    // A folder deleted or mistyped is said so, not "not a folder".
    if (!fs::exists(status))
        throw DatasetError(MessageId::CannotOpen, {displayPath(root)},
                           error ? error.value() : ENOENT);
    if (!fs::is_directory(status)) throw DatasetError(MessageId::NotAFolder, {displayPath(root)});
    DatasetSummary summary;
    summary.root = root;
    summary.classes = options.classes.empty() ? sortedSubfolders(root) : options.classes;
    for (std::size_t i = 0; i < options.classes.size(); ++i) {
        const std::string& name = options.classes[i];
        if (name.empty() || name == "." || name == ".." || name.find('/') != std::string::npos)
            throw DatasetError(MessageId::ClassNotAFolder, {name, displayPath(root)});
        if (std::find(options.classes.begin(), options.classes.begin() + i, name) !=
            options.classes.begin() + i)
            throw DatasetError(MessageId::ClassNamedTwice, {name});
    }
    for (std::size_t label = 0; label < summary.classes.size(); ++label) {
        const fs::path folder = root / summary.classes[label];
        if (!fs::is_directory(folder, error))
            throw DatasetError(MessageId::ClassFolderMissing, {displayPath(folder)});
        const auto paths = imageFilesUnder(folder, summary.ignoredFiles);
        summary.countPerClass.push_back(static_cast<int>(paths.size()));
        for (const auto& path : paths) summary.files.push_back({path, static_cast<int>(label)});
    }
    return summary;
}

void checkImageFiles(DatasetSummary& summary,
                     const std::function<bool(std::size_t, std::size_t)>& progress) {
    const std::size_t total = summary.files.size();
    for (std::size_t i = 0; i < total; ++i) {
        if (progress && i % 64 == 0 && !progress(i, total)) return;
        const fs::path& path = summary.files[i].path;
        const ImageCheck check = quickImageCheck(path);
        if (!check.ok()) markSkipped(summary, path, check.problem, check.error);
    }
    if (progress) progress(total, total);
}

void markSkipped(DatasetSummary& summary, const fs::path& path, ImageProblem problem,
                 const Message& reason) {
    for (const auto& skipped : summary.skipped)
        if (skipped.path == path) return;
    summary.skipped.push_back({path, problem, reason});
}

std::vector<std::string> splitNames(const fs::path& root) {
    std::vector<std::string> splits;
    std::error_code error;
    for (const char* name : {"train", "validation", "val", "test"})
        if (fs::is_directory(root / name, error)) splits.emplace_back(name);
    return splits;
}

}  // namespace layerlab
