#include "imdb/ImdbBundle.h"

#include <QDir>
#include <QFileInfo>
#include <filesystem>

#include "text/FailureText.h"
#include "data/ImdbSource.h"
#include "data/SampleReviews.h"
#include "download/ResourceFiles.h"
#include "io/FileIO.h"
#include "io/KerasCache.h"
#include "io/Paths.h"
#include "util/ParallelFor.h"

namespace fs = std::filesystem;

namespace layerlab::ui {
namespace {

std::vector<QString> decodeAll(const std::vector<Sequence>& reviews, const RankToWord& words,
                               const ImdbOptions& options) {
    std::vector<QString> texts(reviews.size());
    parallelFor(reviews.size(), [&](std::size_t i) {
        QString text;
        for (const auto& word : decodeReview(reviews[i], words, options)) {
            if (!text.isEmpty()) text += ' ';
            text += QString::fromStdString(word);
        }
        texts[i] = text;
    });
    return texts;
}

// Auto becomes Keras's cached imdb.npz when there is one (saying where it came from), else the
// built-in sample; the sample becomes the folder it is generated in.
ImdbSource resolve(ImdbSource source, const QString& cacheDir, ImdbBundle& bundle) {
    if (source.kind == ImdbSource::Auto) {
        const auto cached = findKerasDataset("imdb.npz");
        if (!cached) return resolve({ImdbSource::Sample, {}}, cacheDir, bundle);
        source = {ImdbSource::NpzFile, QString::fromStdString(displayPath(*cached))};
        const bool ours =
            source.path.startsWith(QString::fromStdString(displayPath(downloadCacheDir())));
        bundle.description =
            (ours ? QObject::tr("Downloaded by LayerLab: %1") : QObject::tr("Keras cache: %1"))
                .arg(source.path);
    } else if (source.kind == ImdbSource::Sample) {
        const fs::path folder = ensureSampleReviews(fs::path(cacheDir.toStdString()));
        source = {ImdbSource::AclFolder, QString::fromStdString(displayPath(folder))};
        bundle.isSample = true;
        bundle.description =
            QObject::tr("Built-in sample: 2,000 generated short reviews (not IMDB), works offline");
    }
    return source;
}

// The raw reviews and how to decode them: an aclImdb folder brings its own word index and
// ratings; an imdb.npz needs imdb_word_index.json from beside it or the Keras cache.
ImdbData readReviews(const QString& path, ImdbBundle& bundle, RankToWord& words) {
    ImdbSourceData source = readImdbSource(path.toStdString());
    for (const auto& problem : source.problems)
        bundle.problems << messageText(
            Message(MessageId::FileUnusable, {displayPath(problem.path)}, problem.problem));
    bundle.trainRatings = std::move(source.trainRatings);
    bundle.testRatings = std::move(source.testRatings);
    if (source.fromFolder) {
        words = invertWordIndex(source.wordIndex);
        bundle.hasWords = true;
    } else if (const auto index = findWordIndexFor(path.toStdString())) {
        words = invertWordIndex(readWordIndex(*index));
        bundle.hasWords = true;
    } else {
        bundle.problems << QObject::tr(
            "No imdb_word_index.json beside the file or in the Keras cache: reviews show as "
            "numbers only.");
    }
    return std::move(source.raw);
}

// load_data shuffles reviews; the ratings follow the same permutation.
void shuffleRatingsAsLoadData(ImdbBundle& bundle, const ImdbData& raw) {
    if (bundle.trainRatings.empty()) return;
    const ImdbOrder order =
        loadDataOrder(raw.train.x.size(), raw.test.x.size(), bundle.options.seed);
    auto follow = [](std::vector<int>& ratings, const std::vector<std::size_t>& order) {
        std::vector<int> shuffled;
        for (std::size_t i : order) shuffled.push_back(ratings.at(i));
        ratings = std::move(shuffled);
    };
    follow(bundle.trainRatings, order.train);
    follow(bundle.testRatings, order.test);
}

}  // namespace

std::shared_ptr<const ImdbBundle> loadImdbBundle(const ImdbSource& source,
                                                 const ImdbOptions& options,
                                                 const QString& cacheDir) {
    auto bundle = std::make_shared<ImdbBundle>();
    bundle->options = options;
    const ImdbSource chosen = resolve(source, cacheDir, *bundle);
    bundle->path = chosen.path;
    if (bundle->description.isEmpty()) bundle->description = bundle->path;
    bundle->isKerasImdb = !bundle->isSample && download::isKerasImdb(bundle->path);
    RankToWord words;
    ImdbData raw = readReviews(chosen.path, *bundle, words);
    shuffleRatingsAsLoadData(*bundle, raw);
    bundle->data = processImdb(std::move(raw), options);
    bundle->trainLengths = lengthStatistics(bundle->data.train.x);
    if (bundle->hasWords) {
        bundle->trainText = decodeAll(bundle->data.train.x, words, options);
        bundle->testText = decodeAll(bundle->data.test.x, words, options);
    }
    return bundle;
}

}  // namespace layerlab::ui
