#include "ImdbBundle.h"

#include <QDir>
#include <QFileInfo>
#include <filesystem>

#include "data/AclImdb.h"
#include "data/SampleReviews.h"
#include "io/FileIO.h"
#include "io/KerasCache.h"
#include "io/ResourceCatalogue.h"
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

// The word index for an imdb.npz: beside it, or in the Keras cache.
std::optional<fs::path> wordIndexFor(const fs::path& npz) {
    const fs::path beside = npz.parent_path() / "imdb_word_index.json";
    std::error_code error;
    if (fs::exists(beside, error)) return beside;
    return findKerasDataset("imdb_word_index.json");
}

}  // namespace

std::shared_ptr<const ImdbBundle> loadImdbBundle(const ImdbSource& source,
                                                 const ImdbOptions& options,
                                                 const QString& cacheDir) {
    auto bundle = std::make_shared<ImdbBundle>();
    bundle->options = options;
    ImdbSource chosen = source;
    if (chosen.kind == ImdbSource::Auto) {
        if (const auto cached = findKerasDataset("imdb.npz")) {
            chosen = {ImdbSource::NpzFile, QString::fromStdString(displayPath(*cached))};
            const bool ours =
                chosen.path.startsWith(QString::fromStdString(displayPath(downloadCacheDir())));
            bundle->description =
                (ours ? QObject::tr("Downloaded by LayerLab: %1") : QObject::tr("Keras cache: %1"))
                    .arg(chosen.path);
        } else {
            chosen.kind = ImdbSource::Sample;
        }
    }
    ImdbData raw;
    RankToWord words;
    if (chosen.kind == ImdbSource::NpzFile) {
        const fs::path path = chosen.path.toStdString();
        raw = readImdbNpz(path);
        if (const auto index = wordIndexFor(path)) {
            words = invertWordIndex(readWordIndex(*index));
            bundle->hasWords = true;
        } else {
            bundle->problems << QObject::tr(
                "No imdb_word_index.json beside the file or in the Keras cache: reviews show as "
                "numbers only.");
        }
        bundle->path = chosen.path;
    } else {
        fs::path folder = chosen.path.toStdString();
        if (chosen.kind == ImdbSource::Sample) {
            folder = ensureSampleReviews(fs::path(cacheDir.toStdString()));
            bundle->isSample = true;
            bundle->description = QObject::tr(
                "Built-in sample: 2,000 generated short reviews (not IMDB), works offline");
        }
        AclImdb acl = readAclImdb(folder);
        for (const auto& problem : acl.problems)
            bundle->problems << QStringLiteral("%1: %2").arg(
                QString::fromStdString(displayPath(problem.path)),
                QString::fromStdString(problem.problem));
        raw = std::move(acl.data);
        words = invertWordIndex(acl.wordIndex);
        bundle->hasWords = true;
        bundle->trainRatings = std::move(acl.trainRatings);
        bundle->testRatings = std::move(acl.testRatings);
        bundle->path = QString::fromStdString(displayPath(folder));
    }
    if (bundle->description.isEmpty()) bundle->description = bundle->path;
    // load_data shuffles reviews; the ratings follow the same permutation.
    if (!bundle->trainRatings.empty()) {
        const ImdbOrder order = loadDataOrder(raw.train.x.size(), raw.test.x.size(), options.seed);
        auto follow = [](std::vector<int>& ratings, const std::vector<std::size_t>& order) {
            std::vector<int> shuffled;
            for (std::size_t i : order) shuffled.push_back(ratings.at(i));
            ratings = std::move(shuffled);
        };
        follow(bundle->trainRatings, order.train);
        follow(bundle->testRatings, order.test);
    }
    bundle->data = processImdb(std::move(raw), options);
    bundle->trainLengths = lengthStatistics(bundle->data.train.x);
    if (bundle->hasWords) {
        bundle->trainText = decodeAll(bundle->data.train.x, words, options);
        bundle->testText = decodeAll(bundle->data.test.x, words, options);
    }
    return bundle;
}

}  // namespace layerlab::ui
