#include "data/Imdb.h"
#include "data/ImdbSource.h"
#include "experiment/ExperimentBuilder.h"
#include "io/FileIO.h"
#include "model/SequenceModel.h"

namespace layerlab {
namespace {

// load_data, pad_sequences and fit's validation_split: what the RNN trains and is tested on.
struct ImdbSets {
    SequenceSet train, validation;
    std::shared_ptr<const SequenceSet> test;
};

ImdbSets loadImdbSets(const ImdbExperimentSpec& s, const Say& say) {
    ImdbSourceData source = readImdbSource(s.data);
    for (const auto& problem : source.problems)
        say(Message(MessageId::SkippedReview, {displayPath(problem.path)}, problem.problem));
    const ImdbData loaded = processImdb(std::move(source.raw), s.loadOptions());
    auto pad = [&](const ImdbSplit& split) {
        return SequenceSet{padSequences(split.x, s.model.maxlen, s.padding, s.truncating), split.y};
    };
    auto [train, validation] = splitValidation(pad(loaded.train), s.validationSplit);
    ImdbSets sets{std::move(train), std::move(validation),
                  std::make_shared<SequenceSet>(pad(loaded.test))};
    say(Message(MessageId::ImdbSetSizes,
                {std::to_string(sets.train.size()), std::to_string(sets.validation.size()),
                 std::to_string(sets.test->size()), std::to_string(s.model.maxlen)}));
    return sets;
}

// After training: the test accuracy the lesson prints (model.evaluate on x_test).
std::function<void(const Say&)> testAccuracyStep(Experiment::Impl* self,
                                                 std::shared_ptr<const SequenceSet> test) {
    return [self, test](const Say& say) {
        const std::vector<float> probabilities = self->network->predictSequences(test->x);
        std::size_t correct = 0;
        for (std::size_t i = 0; i < test->size(); ++i)
            correct += (probabilities[i] > 0.5f) == (test->y[i] == 1);
        const Message line(MessageId::TestAccuracy,
                           {std::to_string(static_cast<double>(correct) /
                                           static_cast<double>(test->size()))});
        say(line);
        self->run->log(englishText(line));
    };
}

}  // namespace

std::unique_ptr<Experiment::Impl> buildImdb(const ImdbExperimentSpec& s, const Say& say,
                                            const CancelToken& stop) {
    ImdbSets sets = loadImdbSets(s, say);
    throwIfStopped(stop);
    auto impl = std::make_unique<Experiment::Impl>();
    impl->task = Task::Imdb;
    impl->epochs = s.fit.epochs;
    impl->checkpointEvery = s.fit.checkpointEvery;
    impl->classes = imdbClassNames();
    impl->network = std::make_unique<Network>(buildSequenceLayers(s.model),
                                              sequenceInputShape(s.model), s.fit.seed);
    say(verbatim(impl->network->summary()));
    for (std::size_t i = 0; i < sets.validation.size(); ++i)
        impl->validationItems.push_back("x_train[" + std::to_string(sets.train.size() + i) + "]");
    // validation_split=0 (Keras accepts it): no validation at all.
    std::optional<SequenceSet> validation;
    if (sets.validation.size() > 0) validation = std::move(sets.validation);
    impl->trainer.emplace(*impl->network, std::move(sets.train), std::move(validation), s.fit);
    impl->afterTraining = testAccuracyStep(impl.get(), sets.test);
    return impl;
}

std::unique_ptr<Experiment::Impl> buildExperiment(const ExperimentSpec& spec, const Say& say,
                                                  const CancelToken& stop,
                                                  const std::filesystem::path& weightsFrom) {
    if (const auto* imdb = std::get_if<ImdbExperimentSpec>(&spec))
        return buildImdb(*imdb, say, stop);
    return buildTransfer(std::get<TransferExperimentSpec>(spec), say, stop, weightsFrom);
}

}  // namespace layerlab
