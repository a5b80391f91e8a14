#include "experiment/ReviewReader.h"

#include "data/AclImdb.h"
#include "data/ImdbSource.h"
#include "data/Sequences.h"
#include "experiment/RunRecord.h"
#include "io/FileIO.h"
#include "model/Network.h"

namespace fs = std::filesystem;

namespace layerlab {
namespace {

const ImdbExperimentSpec& imdbSpec(const RunModel& model, const fs::path& runDir) {
    const auto* spec = std::get_if<ImdbExperimentSpec>(&model.spec);
    if (!spec) throw UsageError(MessageId::NotAnImdbRun, {displayPath(runDir)});
    return *spec;
}

}  // namespace

ReviewReader::ReviewReader(const fs::path& runDir) : model_(loadRunModel(runDir)) {
    const ImdbExperimentSpec& spec = imdbSpec(model_, runDir);
    RunRecord::read(runDir).requireAbsolutePaths();
    checkReadable(*model_.network);
    options_ = spec.loadOptions();
    ImdbSourceData source = readImdbSource(spec.data);
    if (source.fromFolder) {
        wordIndex_ = std::move(source.wordIndex);
    } else if (const auto index = findWordIndexFor(spec.data)) {
        wordIndex_ = readWordIndex(*index);
    }
    words_ = invertWordIndex(wordIndex_);
    ImdbData data = processImdb(std::move(source.raw), options_);
    train_ = std::move(data.train.x);
    test_ = std::move(data.test.x);
}

ReviewReadout ReviewReader::readStoredReview(Split split, std::size_t index) {
    const std::vector<Sequence>& stored = sequences(split);
    if (index >= stored.size())
        throw UsageError(MessageId::NoSuchReview, {std::to_string(index),
                                                   split == Split::Train ? "x_train" : "x_test",
                                                   std::to_string(stored.size())});
    return read(stored[index]);
}

ReviewReadout ReviewReader::readText(const std::string& text) {
    if (wordIndex_.empty())
        throw UsageError(MessageId::NoWordIndex);
    // The raw ranks load_data starts from; a word the data never had is out of vocabulary.
    const std::vector<std::string> typed = tokenizeReview(text);
    if (typed.empty()) throw UsageError(MessageId::NoWordsToRead);
    Sequence ranks;
    const int unknown = std::numeric_limits<std::int32_t>::max() - options_.indexFrom;
    for (const auto& word : typed) {
        const auto found = wordIndex_.find(word);
        ranks.push_back(found == wordIndex_.end() ? unknown : found->second);
    }
    ImdbData one;
    one.train = {{ranks}, {0}};
    ImdbOptions options = options_;
    options.maxlen.reset();  // load_data's maxlen drops long reviews; a typed one is kept
    return read(processImdb(std::move(one), options).train.x.front(), typed);
}

ReviewReadout ReviewReader::read(const Sequence& sequence, const std::vector<std::string>& typed) {
    const auto& spec = std::get<ImdbExperimentSpec>(model_.spec);
    const PaddedSequences padded =
        padSequences({sequence}, spec.model.maxlen, spec.padding, spec.truncating);
    ReviewReadout out;
    out.prePadding = spec.padding == Side::Pre;
    out.preTruncating = spec.truncating == Side::Pre;
    out.cut = sequence.size() > padded.columns ? sequence.size() - padded.columns : 0;
    out.reading = readReview(*model_.network, padded.values);
    const std::vector<std::string> words =
        decodeReview(Sequence(padded.values.begin(), padded.values.end()), words_, options_);
    const auto isOov = [&](std::int32_t index) {
        return options_.oovChar && index == *options_.oovChar;
    };
    // Typed words line up with the word tokens (pad 0 and start 1 aside); 'pre' truncation
    // keeps the end of the text. Without an OOV token load_data drops unknown words and the
    // text cannot be lined up: then the words stay as decoded.
    std::size_t wordTokens = 0;
    for (std::int32_t index : padded.values) wordTokens += index > 1;
    const bool alignTyped = options_.oovChar.has_value() && wordTokens <= typed.size() &&
                            !(spec.truncating == Side::Post && sequence.size() > padded.columns);
    std::size_t typedAt = typed.size() - wordTokens;
    for (std::size_t i = 0; i < words.size(); ++i) {
        ReadToken token{padded.values[i], words[i], isOov(padded.values[i])};
        if (alignTyped && token.index > 1) {
            if (token.oov) token.word = typed[typedAt];
            ++typedAt;
        }
        out.tokens.push_back(std::move(token));
    }
    return out;
}

}  // namespace layerlab
