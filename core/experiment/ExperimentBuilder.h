#pragma once

// The parts Experiment's entry points share (Experiment.cpp, FineTune.cpp,
// LrFinderAndPrepare.cpp): its insides and the builders that fill them. Internal to core.

#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "experiment/Experiment.h"
#include "train/Trainer.h"

namespace layerlab {

struct Experiment::Impl {
    Task task = Task::Transfer;
    std::unique_ptr<Network> network;  // the trainer keeps a reference: never moved
    std::optional<Trainer> trainer;
    std::optional<RunDirectory> run;
    int initialEpoch = 0;
    int epochs = 0;
    CheckpointInterval checkpointEvery;
    std::string firstMarker;
    std::vector<std::string> classes;
    std::vector<std::string> validationItems;  // names for predictions.csv
    std::function<void(const Say&)> afterTraining;
    bool createdHere = false;  // the run folder was made by create/fineTune, not resumed
};

// The builders look at the stop flag between their slow steps (a folder scan, reading
// hundreds of megabytes of weights), so Stop is honoured before training too.
inline void throwIfStopped(const CancelToken& stop) {
    if (stop.cancelled()) throw Stopped();
}

// What the builders say before the run folder exists ("Found 2000 images …", the weights, the
// parameter counts), kept for its training.log: a finished run's log starts as the live one did.
class Transcript {
  public:
    explicit Transcript(Say say) : say_(std::move(say)) {}
    Say recorder() {
        return [this](const Message& message) {
            lines_.push_back(englishText(message));  // training.log is in English, as Keras's
            if (say_) say_(message);
        };
    }
    void writeTo(RunDirectory& run) const {
        for (const auto& line : lines_) run.log(line);
    }

  private:
    Say say_;
    std::vector<std::string> lines_;
};

// The network and trainer of `spec`, without a run folder; `weightsFrom` replaces pretrained
// weights by a run's model (fine-tuning). Throws as Experiment::create does.
std::unique_ptr<Experiment::Impl> buildExperiment(const ExperimentSpec& spec, const Say& say,
                                                  const CancelToken& stop,
                                                  const std::filesystem::path& weightsFrom = {});
std::unique_ptr<Experiment::Impl> buildTransfer(const TransferExperimentSpec& s, const Say& say,
                                                const CancelToken& stop,
                                                const std::filesystem::path& weightsFrom = {});
std::unique_ptr<Experiment::Impl> buildImdb(const ImdbExperimentSpec& s, const Say& say,
                                            const CancelToken& stop);

}  // namespace layerlab
