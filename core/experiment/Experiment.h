#pragma once

#include <filesystem>
#include <functional>
#include <memory>
#include <string>
#include <vector>

#include "io/RunDirectory.h"
#include "model/Network.h"
#include "train/FitConfig.h"

namespace layerlab {

// Where an experiment's messages go ("Found 2000 images …", "Weights: …"): stdout for the
// CLI, the log panel for the GUI.
using Say = std::function<void(const std::string&)>;

struct FineTuneRequest {
    std::filesystem::path from;                        // a finished run
    std::vector<std::string> unfreeze{"block5_conv"};  // the lesson's block5_conv1..3
    double learningRate = 1e-5;
    int epochs = 10;  // more epochs after the source run's last
    std::filesystem::path runDir;
};

// One training run, ready to go: the network, its trainer and its folder on disk. Built from
// `layerlab-cli train` arguments, which experiment.json keeps, so the GUI and the CLI run the
// very same experiment and any run can be resumed or repeated by either.
class Experiment {
  public:
    // A new run from train arguments (--task transfer|imdb, --data, --run-dir, …). Scans and
    // checks the data, builds the model, loads weights and creates the run folder.
    // Throws UsageError for bad arguments, FileError/DatasetError/WeightsError for bad data.
    static std::unique_ptr<Experiment> create(const std::vector<std::string>& trainArgs,
                                              const Say& say);
    // Continues a run from its last checkpoint with the settings it was started with.
    static std::unique_ptr<Experiment> resume(const std::filesystem::path& runDir, const Say& say);
    // A new run from a finished one's final model with more layers unfrozen and a lower
    // learning rate; its history continues the source's, marked "fine-tune".
    static std::unique_ptr<Experiment> fineTune(const FineTuneRequest& request, const Say& say);
    ~Experiment();

    std::string task() const;  // "transfer" or "imdb"
    RunDirectory& run();
    Network& network();
    int initialEpoch() const;
    int epochs() const;  // the last epoch fit() will reach

    // Trains into the run folder: history.csv, a checkpoint and the best model after every
    // epoch, the final model and predictions.csv at the end (also after Stop).
    void train(const FitCallbacks& callbacks, TrainingControl& control);

    struct Impl;  // public so that the builders in Experiment.cpp can fill it

  private:
    explicit Experiment(std::unique_ptr<Impl> impl);
    std::unique_ptr<Impl> impl_;
};

}  // namespace layerlab
