#include "data/ImdbSource.h"

#include "data/ImageFolder.h"
#include "io/FileIO.h"
#include "io/KerasCache.h"

namespace layerlab {

namespace {

// Nothing downstream (load_data, statistics, training) has a meaning for no reviews at all.
ImdbSourceData checked(ImdbSourceData source, const std::filesystem::path& path) {
    if (source.raw.train.x.empty())
        throw DatasetError(MessageId::NoTrainingReviews, {displayPath(path)});
    return source;
}

}  // namespace

ImdbSourceData readImdbSource(const std::filesystem::path& path) {
    ImdbSourceData source;
    std::error_code error;
    if (!std::filesystem::is_directory(path, error)) {
        source.raw = readImdbNpz(path);
        return checked(std::move(source), path);
    }
    AclImdb acl = readAclImdb(path);
    source.fromFolder = true;
    source.raw = std::move(acl.data);
    source.trainRatings = std::move(acl.trainRatings);
    source.testRatings = std::move(acl.testRatings);
    source.wordIndex = std::move(acl.wordIndex);
    source.problems = std::move(acl.problems);
    return checked(std::move(source), path);
}

std::optional<std::filesystem::path> findWordIndexFor(const std::filesystem::path& npz) {
    const std::filesystem::path beside = npz.parent_path() / "imdb_word_index.json";
    std::error_code error;
    if (std::filesystem::exists(beside, error)) return beside;
    return findKerasDataset("imdb_word_index.json");
}

}  // namespace layerlab
