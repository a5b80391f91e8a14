#include "experiment/ImageFolders.h"

#include "data/ImageFolder.h"

namespace fs = std::filesystem;

namespace layerlab {

ImageFolders imageFolders(const TransferExperimentSpec& s) {
    ImageFolders folders{s.data, {}};
    if (!splitNames(s.data).empty()) {
        folders.train = s.data / "train";
        for (const char* name : {"validation", "val", "test"})
            if (fs::is_directory(s.data / name)) {
                folders.validation = s.data / name;
                break;
            }
    }
    if (!s.validationData.empty()) folders.validation = s.validationData;
    return folders;
}

}  // namespace layerlab
