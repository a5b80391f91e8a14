#pragma once

#include <QString>
#include <QStringList>
#include <memory>
#include <vector>

#include "data/Imdb.h"
#include "data/Sequences.h"
#include "experiment/ReviewReader.h"

namespace layerlab::ui {

// Where reviews come from: Keras's cached imdb.npz, a chosen imdb.npz, an aclImdb folder, or
// the built-in generated sample.
struct ImdbSource {
    enum Kind { Auto, NpzFile, AclFolder, Sample };
    Kind kind = Auto;
    QString path;  // NpzFile, AclFolder
};
// Names for settings.
inline constexpr std::pair<ImdbSource::Kind, const char*> kImdbSourceKinds[] = {
    {ImdbSource::Auto, "auto"},
    {ImdbSource::NpzFile, "npz"},
    {ImdbSource::AclFolder, "aclImdb"},
    {ImdbSource::Sample, "sample"}};

// load_data's result for the page: both splits processed, each review's decoded text, the
// ratings when the source has them (aclImdb file names), and where it all came from.
struct ImdbBundle {
    QString path;         // the file or folder read (what training's --data gets)
    QString description;  // "Keras cache: ~/.keras/datasets/imdb.npz", …
    bool isSample = false;
    // Keras's own imdb.npz (its published sha256): the lesson's IMDB numbers apply. Found
    // while loading, off the GUI thread, so that the 17 MB file is hashed once, not at every
    // lesson step.
    bool isKerasImdb = false;
    ImdbOptions options;
    ImdbData data;
    std::vector<int> trainRatings, testRatings;
    std::vector<QString> trainText, testText;  // decoded; empty without a word index
    LengthStatistics trainLengths;             // for the histogram and the maxlen shares
    bool hasWords = false;
    QStringList problems;  // files left out, a missing word index, …

    using Split = ReviewReader::Split;
    const ImdbSplit& reviews(Split split) const {
        return split == Split::Test ? data.test : data.train;
    }
    const std::vector<QString>& texts(Split split) const {
        return split == Split::Test ? testText : trainText;
    }
    const std::vector<int>& ratings(Split split) const {
        return split == Split::Test ? testRatings : trainRatings;
    }
};

// Reads and processes reviews (slow for 50,000: call it off the GUI thread). `cacheDir` is
// where the built-in sample is generated. Throws FileError/FormatError/DatasetError.
std::shared_ptr<const ImdbBundle> loadImdbBundle(const ImdbSource& source,
                                                 const ImdbOptions& options,
                                                 const QString& cacheDir);

}  // namespace layerlab::ui
