#include "lesson/LessonRun.h"

#include <algorithm>
#include <map>
#include <optional>
#include <sstream>

#include "data/ImageFolder.h"
#include "data/Imdb.h"
#include "data/ImdbSource.h"
#include "data/Sequences.h"
#include "experiment/ArgList.h"
#include "model/ModelSpec.h"
#include "model/PretrainedWeights.h"
#include "model/Summary.h"
#include "util/EnumNames.h"
#include "util/PythonLiteral.h"
#include "util/UsageError.h"

namespace layerlab {

namespace {

// The words of a list or shape, without brackets and separators: "[1, 0]" → {"1", "0"}.
std::vector<std::string> tokens(const std::string& text) {
    std::vector<std::string> words;
    std::string word;
    for (char c : text + ' ') {
        if (c == '[' || c == ']' || c == '(' || c == ')' || c == ',' || c == ' ') {
            if (!word.empty()) words.push_back(std::move(word));
            word.clear();
        } else {
            word += c;
        }
    }
    return words;
}

template <typename T>
std::string numpyList(const std::vector<T>& values, std::size_t count) {
    std::string text = "[";
    for (std::size_t i = 0; i < std::min(count, values.size()); ++i)
        text += (i ? " " : "") + std::to_string(values[i]);
    return text + "]";
}

std::string tupleShape(std::size_t rows, std::optional<std::size_t> columns = std::nullopt) {
    return "(" + std::to_string(rows) + (columns ? ", " + std::to_string(*columns) : ",") + ")";
}

}  // namespace

bool sameValue(const std::string& computed, const std::string& expected, ValueForm form) {
    switch (form) {
        case ValueForm::Count: {
            auto digits = [](std::string s) {
                s.erase(std::remove(s.begin(), s.end(), ','), s.end());
                return s;
            };
            return digits(computed) == digits(expected);
        }
        case ValueForm::List:
        case ValueForm::Shape:
            return tokens(computed) == tokens(expected);
        case ValueForm::Number:
            return std::stod(computed) == std::stod(expected);
        case ValueForm::Text:
            break;
    }
    return computed == expected;
}

struct LessonRun::State {
    LessonData data;
    std::optional<bool> imagesAreLessons;       // known once the folders are read
    std::map<std::string, std::string> values;  // every value computed so far, by name
    // The model as the steps leave it, or as the GUI's layer tree holds it.
    std::vector<LayerSpec> layers;
    ModelSpec model;  // its backbone and input size
    bool modelGiven = false;
    bool baseOnly = false;  // set-model top=none: model_base.summary() counts the base alone
    // The reviews as load-imdb left them, or as the GUI loaded them.
    std::shared_ptr<const ImdbData> imdb;
    std::shared_ptr<const ImdbData> reviewsGiven;

    void act(const LessonActionLine& action, StepOutcome& out);
    void openDataset(const LessonActionLine& action, StepOutcome& out);
    void setModel(const LessonActionLine& action);
    void setTrainable(const LessonActionLine& action, bool trainable);
    void countParams(StepOutcome& out);
    void loadImdb(const LessonActionLine& action, StepOutcome& out);
    void lengths();
    void pad(const LessonActionLine& action, StepOutcome& out);
    const ImdbData& reviews(const char* action) const;
    Verdict verdict(const LessonValueSpec& spec, const std::string& computed,
                    const std::string& expected) const;
};

// flow_from_directory over train/ and validation/, each folder's own classes. The seed's
// counts apply when the classes are the lesson's (cats, dogs): Keras publishes no hash of
// cats_and_dogs_filtered, so its classes are what names it.
void LessonRun::State::openDataset(const LessonActionLine& action, StepOutcome& out) {
    const auto lessonClasses = splitList(action.argument("classes", "cats,dogs"));
    bool lessons = true;
    for (const char* split : {"train", "validation"}) {
        DatasetSummary summary = scanImageFolder(data.images / split);
        out.lines.push_back(verbatim(std::string(split) + ": " + summary.foundLine()));
        values[std::string(split) + ".found"] = std::to_string(summary.files.size());
        lessons = lessons && summary.classes == lessonClasses;
    }
    imagesAreLessons = lessons;
    const std::string classes = action.argument("classes", "cats,dogs");
    out.lines.push_back(Message(
        lessons ? MessageId::LessonClassesApply : MessageId::LessonClassesDiffer, {classes}));
}

// VGG16(include_top=False) or with the lesson's head, every layer trainable as Keras builds
// it: freezing is the lesson's own step (model_base.trainable = False).
void LessonRun::State::setModel(const LessonActionLine& action) {
    const std::string top = action.argument("top", "lesson");
    if (top != "none" && top != "lesson")
        throw UsageError(MessageId::OptionChoice, {"top", "none or lesson", top});
    baseOnly = top == "none";
    if (modelGiven) return;
    ModelSpec& spec = model;
    const std::string backbone = action.argument("backbone", "vgg16");
    const auto kind = enumFromName(kBackbones, backbone);
    if (!kind)
        throw UsageError(MessageId::OptionChoice, {"backbone", "vgg16 or mobilenet_v2", backbone});
    spec.backbone = *kind;
    spec.inputSize = action.wholeArgument("size", spec.inputSize);
    layers = buildLayers(spec);
    for (LayerSpec& layer : layers) layer.trainable = true;
}

// layers=base freezes (or unfreezes) every layer of the backbone; else the names given
// (layers, blocks or prefixes, as setTrainable takes them).
void LessonRun::State::setTrainable(const LessonActionLine& action, bool trainable) {
    if (layers.empty())
        throw UsageError(MessageId::LessonNeedsModel, {trainable ? "unfreeze" : "freeze"});
    if (modelGiven) return;  // the GUI's tree did it
    const std::string names = action.argument("layers", "base");
    if (names == "base") {
        for (LayerSpec& layer : layers)
            if (layer.block != kHeadBlock) layer.trainable = trainable;
        return;
    }
    for (const auto& name : splitList(names)) layerlab::setTrainable(layers, name, trainable);
}

// The counts, and model.summary() as the notebook prints it: model_base's own layers, or the
// lesson's Sequential with the base as one row.
void LessonRun::State::countParams(StepOutcome& out) {
    std::vector<LayerSpec> counted = layers;
    if (baseOnly)
        counted.erase(std::remove_if(counted.begin(), counted.end(),
                                     [](const LayerSpec& l) { return l.block == kHeadBlock; }),
                      counted.end());
    const auto infos = inferLayers(counted, model.inputSize, model.inputSize);
    const ParamTotals totals = paramTotals(counted, infos);
    values["params.total"] = std::to_string(totals.total);
    values["params.trainable"] = std::to_string(totals.trainable);
    values["params.non_trainable"] = std::to_string(totals.nonTrainable);
    const std::string base = kerasBaseName(model, WeightsSource::Kind::KerasCache);
    std::istringstream summary(baseOnly ? kerasSummary(counted, infos, base)
                                        : kerasNestedSummary(counted, infos, base, "sequential"));
    out.lines.clear();  // the last summary of the step is what the cell prints
    if (baseOnly) out.lines.push_back(Message(MessageId::LessonBaseAlone, {}));
    for (std::string line; std::getline(summary, line);) out.lines.push_back(verbatim(line));
}

const ImdbData& LessonRun::State::reviews(const char* action) const {
    if (!imdb) throw UsageError(MessageId::LessonNeedsReviews, {action});
    return *imdb;
}

void LessonRun::State::loadImdb(const LessonActionLine& action, StepOutcome& out) {
    if (reviewsGiven) {
        imdb = reviewsGiven;
    } else {
        ImdbSourceData source = readImdbSource(data.reviews);
        for (const auto& problem : source.problems)
            out.lines.push_back(
                Message(MessageId::SkippedReview, {problem.path.string()}, problem.problem));
        ImdbOptions options;
        options.numWords = action.wholeArgument("num_words", 0);
        if (*options.numWords == 0) options.numWords.reset();  // every word, as num_words=None
        imdb = std::make_shared<const ImdbData>(processImdb(std::move(source.raw), options));
    }
    const ImdbSplit &train = imdb->train, &test = imdb->test;
    values["x_train.shape"] = tupleShape(train.x.size());
    values["t_train.shape"] = tupleShape(train.y.size());
    values["x_test.shape"] = tupleShape(test.x.size());
    values["t_test.shape"] = tupleShape(test.y.size());
    values["t_train[:10]"] = numpyList(train.y, 10);
    // Read, not assumed: the reader refuses an x_* element that is not a pickled Python list.
    if (!train.x.empty()) values["type(x_train[0])"] = "<class 'list'>";
    for (std::size_t i = 0; i < std::min<std::size_t>(2, train.x.size()); ++i)
        values["len(x_train[" + std::to_string(i) + "])"] = std::to_string(train.x[i].size());
}

void LessonRun::State::lengths() {
    const LengthStatistics stats = lengthStatistics(reviews("lengths").train.x);
    values["lengths[:10]"] = numpyList(stats.lengths, 10);
    values["mean(lengths)"] = pythonFloat(stats.mean);
    values["median(lengths)"] = pythonFloat(stats.median);
}

namespace {

// What pad_sequences did to review `i`: 'pre' cuts a long review's beginning and puts a short
// one's zeros in front. The row as "[first five … last five]".
Message padLine(const PaddedSequences& padded, std::size_t i, int length, int maxlen) {
    std::string row = "[";
    for (std::size_t c = 0; c < padded.columns; ++c) {
        if (c >= 5 && c + 5 < padded.columns) {
            if (c == 5) row += " …";
            continue;
        }
        row += (c ? " " : "") + std::to_string(padded.at(i, c));
    }
    row += "]";
    const std::string index = std::to_string(i), tokens = std::to_string(length);
    if (length > maxlen)
        return Message(MessageId::LessonPreTruncated,
                       {index, tokens, std::to_string(length - maxlen), row});
    if (length < maxlen)
        return Message(MessageId::LessonPrePadded,
                       {index, tokens, std::to_string(maxlen - length), row});
    return Message(MessageId::LessonAlreadyLong, {index, tokens, std::to_string(maxlen), row});
}

}  // namespace

// pad_sequences(maxlen) with Keras's defaults ('pre', 'pre'), shown on the first two reviews.
void LessonRun::State::pad(const LessonActionLine& action, StepOutcome& out) {
    const auto& train = reviews("pad").train;
    const int maxlen = action.wholeArgument("maxlen", 100);
    const PaddedSequences padded = padSequences(train.x, maxlen);
    values["x_train_seq.shape"] = tupleShape(padded.rows, padded.columns);
    for (std::size_t i = 0; i < std::min<std::size_t>(2, train.x.size()); ++i)
        out.lines.push_back(padLine(padded, i, static_cast<int>(train.x[i].size()), maxlen));
}

Verdict LessonRun::State::verdict(const LessonValueSpec& spec, const std::string& computed,
                                  const std::string& expected) const {
    if (expected.empty()) return Verdict::NoneExpected;
    const bool seedApplies =
        spec.source == ValueSource::Model ||
        (spec.source == ValueSource::Images && imagesAreLessons.value_or(false)) ||
        (spec.source == ValueSource::Reviews && data.reviewsAreKeras);
    if (!seedApplies) return Verdict::ThisData;
    return sameValue(computed, expected, spec.form) ? Verdict::Matches : Verdict::Differs;
}

LessonRun::LessonRun(LessonData data) : state_(std::make_unique<State>()) {
    state_->data = std::move(data);
}

LessonRun::~LessonRun() = default;

void LessonRun::setData(LessonData data) {
    state_->data = std::move(data);
}

void LessonRun::useModel(const ModelSpec& spec, std::vector<LayerSpec> layers) {
    state_->layers = std::move(layers);
    state_->model = spec;
    state_->modelGiven = true;
}

void LessonRun::useReviews(std::shared_ptr<const ImdbData> reviews) {
    state_->imdb = reviews;  // lengths and pad work on what the page shows
    state_->reviewsGiven = std::move(reviews);
}

void LessonRun::State::act(const LessonActionLine& action, StepOutcome& out) {
    switch (action.action) {
        case LessonAction::Show:
        case LessonAction::Augment:
            return;  // a figure, settings: nothing to compute
        case LessonAction::OpenDataset:
            return openDataset(action, out);
        case LessonAction::SetModel:
            setModel(action);
            break;
        case LessonAction::Freeze:
            setTrainable(action, false);
            break;
        case LessonAction::Unfreeze:
            setTrainable(action, true);
            break;
        case LessonAction::Train:
        case LessonAction::Plot:
        case LessonAction::Export:
        case LessonAction::FineTune:
            out.notPerformed = Message(MessageId::LessonNotHeadless, {});
            return;
        case LessonAction::LoadImdb:
            return loadImdb(action, out);
        case LessonAction::Lengths:
            return lengths();
        case LessonAction::Pad:
            return pad(action, out);
    }
    countParams(out);  // after each change to the model, as model.summary() would count
}

std::optional<LessonAction> LessonRun::missing(const LessonStep& step) const {
    bool model = !state_->layers.empty(), reviews = state_->imdb != nullptr;
    for (const LessonActionLine& action : step.actions) {
        switch (action.action) {
            case LessonAction::SetModel:
                model = true;
                break;
            case LessonAction::LoadImdb:
                reviews = true;
                break;
            case LessonAction::Freeze:
            case LessonAction::Unfreeze:
                if (!model) return LessonAction::SetModel;
                break;
            case LessonAction::Lengths:
            case LessonAction::Pad:
                if (!reviews) return LessonAction::LoadImdb;
                break;
            default:
                break;
        }
    }
    return std::nullopt;
}

StepOutcome LessonRun::perform(const LessonStep& step) {
    State& s = *state_;
    StepOutcome out;
    for (const LessonActionLine& action : step.actions) s.act(action, out);
    // Every value this step's actions compute, in the vocabulary's order, beside the expected.
    for (const LessonValueSpec& spec : lessonValues()) {
        const bool computedHere =
            std::any_of(step.actions.begin(), step.actions.end(), [&](const auto& a) {
                return std::find(spec.computedBy.begin(), spec.computedBy.end(), a.action) !=
                       spec.computedBy.end();
            });
        const auto value = s.values.find(spec.name);
        if (!computedHere || value == s.values.end()) continue;
        const auto expected =
            std::find_if(step.expected.begin(), step.expected.end(),
                         [&](const Expectation& e) { return e.name == spec.name; });
        ValueOutcome outcome{spec.name, value->second,
                             expected == step.expected.end() ? "" : expected->value};
        outcome.verdict = s.verdict(spec, outcome.computed, outcome.expected);
        out.values.push_back(std::move(outcome));
    }
    return out;
}

}  // namespace layerlab
