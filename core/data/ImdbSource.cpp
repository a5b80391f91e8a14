#include "data/ImdbSource.h"

namespace layerlab {

ImdbSourceData readImdbSource(const std::filesystem::path& path) {
    ImdbSourceData source;
    std::error_code error;
    if (!std::filesystem::is_directory(path, error)) {
        source.raw = readImdbNpz(path);
        return source;
    }
    AclImdb acl = readAclImdb(path);
    source.fromFolder = true;
    source.raw = std::move(acl.data);
    source.trainRatings = std::move(acl.trainRatings);
    source.testRatings = std::move(acl.testRatings);
    source.wordIndex = std::move(acl.wordIndex);
    source.problems = std::move(acl.problems);
    return source;
}

}  // namespace layerlab
