#pragma once

#include <filesystem>
#include <functional>
#include <memory>
#include <stdexcept>
#include <string>
#include <vector>

#include "experiment/ExperimentSpec.h"
#include "io/RunDirectory.h"
#include "model/Network.h"
#include "train/FitConfig.h"
#include "train/LearningRateSweep.h"

namespace layerlab {

// Thrown by Experiment's builders when asked to stop before training began.
class Stopped : public Failure {
  public:
    Stopped() : Failure(MessageId::StoppedBeforeTraining) {}
};

// One training run, ready to go: the network, its trainer and its folder on disk. Built from an
// ExperimentSpec, whose argument list experiment.json keeps, so the GUI and the CLI run the
// very same experiment and any run can be resumed or repeated by either.
class Experiment {
  public:
    // A new run. Scans and checks the data, builds the model, loads weights and creates the
    // run folder (spec.runDir). Throws UsageError for bad settings, FileError/DatasetError/
    // WeightsError for bad data. `stop` (a TrainingControl's) is looked at between the slow
    // steps (scanning, loading weights): once set, create throws Stopped and leaves no run
    // folder.
    static std::unique_ptr<Experiment> create(const ExperimentSpec& spec, const Say& say,
                                              const CancelToken& stop = CancelToken::never(),
                                              ExistingRun existing = ExistingRun::Refuse);
    // Continues a run from its last checkpoint with the settings it was started with.
    static std::unique_ptr<Experiment> resume(const std::filesystem::path& runDir, const Say& say,
                                              const CancelToken& stop = CancelToken::never());
    // A new run from a finished one's final model with more layers unfrozen and a lower
    // learning rate; its history continues the source's, marked "fine-tune".
    static std::unique_ptr<Experiment> fineTune(const FineTuneRequest& request, const Say& say,
                                                const CancelToken& stop = CancelToken::never());
    ~Experiment();

    Task task() const;
    RunDirectory& run();
    Network& network();
    int initialEpoch() const;
    int epochs() const;  // the last epoch fit() will reach

    // Trains into the run folder: history.csv after every whole epoch (one stopped in training
    // or validation is not written), a checkpoint and the best model as the spec's
    // --checkpoint-every says and whenever the run pauses, stops, finishes or fails
    // (RunCheckpoints), the final model and predictions.csv at the end (also after Stop). A run stopped before its first epoch ended
    // is kept with no epoch, and resumes from its first; a new run that fails before then
    // leaves no folder.
    void train(const FitCallbacks& callbacks, TrainingControl& control);

    struct Impl;  // public so that the builders (ExperimentBuilder.h) can fill it

  private:
    explicit Experiment(std::unique_ptr<Impl> impl);
    std::unique_ptr<Impl> impl_;
};

// The learning-rate finder on the model a new run of `spec` would start from (data, model,
// weights and freezing as `spec` says); nothing is written and spec.runDir is not needed.
// Throws as Experiment::create does; Stopped when `stop` is set before the sweep began, which
// it also ends.
std::vector<LrPoint> findLearningRate(const ExperimentSpec& spec, const LrSweepConfig& sweep,
                                      const Say& say, const LrSweepProgress& progress = {},
                                      const CancelToken& stop = CancelToken::never());

// Fills the feature store for a transfer experiment (its data, model, weights and freezing):
// every training input's frozen-prefix output (each copy of an augmented bank) and every
// validation input's, so that runs over the same data start at once. Throws as
// Experiment::create does, UsageError for an IMDB experiment; Stopped when `stop` is set before
// the work began, which it also ends (what was stored stays).
FeaturePreparation prepareFeatures(const ExperimentSpec& spec, const Say& say,
                                   const PreparationProgress& progress = {},
                                   const CancelToken& stop = CancelToken::never());

}  // namespace layerlab
