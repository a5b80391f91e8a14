#pragma once

#include <filesystem>
#include <functional>
#include <stdexcept>
#include <string>
#include <vector>

#include "data/ImageDecoder.h"

namespace layerlab {

// Data that cannot be used as a data set (a folder, its classes, reviews), worded for the user.
class DatasetError : public Failure {
  public:
    using Failure::Failure;
};

struct ImageFile {
    std::filesystem::path path;
    int label = 0;  // index into DatasetSummary::classes
};

struct SkippedFile {
    std::filesystem::path path;
    ImageProblem problem = ImageProblem::Corrupt;
    Message reason;
};

// What Keras's flow_from_directory sees in a folder, plus what LayerLab found wrong in it.
struct DatasetSummary {
    std::filesystem::path root;
    std::vector<std::string> classes;
    std::vector<int> countPerClass;
    std::vector<ImageFile> files;      // in Keras's order: by class, then path
    std::vector<SkippedFile> skipped;  // files with an image extension that cannot be used
    int ignoredFiles = 0;              // files without an image extension (Keras ignores them)

    // "Found 2000 images belonging to 2 classes." — Keras counts every file it would try to
    // load, so skipped files are included here, as Keras does.
    Message found() const;
    std::string foundLine() const;  // in English
    int usableCount() const { return static_cast<int>(files.size() - skipped.size()); }
};

struct ImageFolderOptions {
    std::vector<std::string> classes;  // empty: every subfolder, sorted by code point
};

// flow_from_directory's scan: class = subfolder, files found recursively, extensions
// png jpg jpeg bmp ppm tif tiff in any case, label = class index. Throws DatasetError when
// the root cannot be read or a class named in options has no folder.
DatasetSummary scanImageFolder(const std::filesystem::path& root,
                               const ImageFolderOptions& options = {});

// Reads each file's signature and end marker (no decoding) and records the unusable ones in
// `summary.skipped`. Separate from the scan so that the scan stays a directory listing.
// `progress(done, total)` may return false to stop early.
void checkImageFiles(DatasetSummary& summary,
                     const std::function<bool(std::size_t, std::size_t)>& progress = {});

// Records a file that failed later (at decode time) unless it is already listed.
void markSkipped(DatasetSummary& summary, const std::filesystem::path& path, ImageProblem problem,
                 const Message& reason);

bool hasImageExtension(const std::filesystem::path& path);

// The lesson's layout is a folder holding train/ and validation/ (or test/) image folders.
// Returns those split subfolders that exist, in the order train, validation, val, test;
// empty when `root` is itself an image folder.
std::vector<std::string> splitNames(const std::filesystem::path& root);

}  // namespace layerlab
