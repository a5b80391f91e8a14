#pragma once

#include <filesystem>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "experiment/ExperimentSpec.h"
#include "util/Message.h"

namespace layerlab {

class Network;

// A run's trained model, rebuilt as the run built it: its experiment, classes and network
// with the final weights (model.pt; the last checkpoint's while it has none yet).
struct RunModel {
    ExperimentSpec spec;
    std::vector<std::string> classes;
    std::unique_ptr<Network> network;
    std::string weightsChecksum;  // of the weights loaded: names the model in caches
    // None for the final model; else which checkpoint stood in for it.
    std::optional<Message> unfinished;

    RunModel();
    ~RunModel();
    RunModel(RunModel&&) noexcept;
};

// Throws FileError for a folder that is no run or has no model yet, ModelStateError for
// damaged weights.
RunModel loadRunModel(const std::filesystem::path& runDir);

// What an export may write over: only an earlier export (a Keras .h5 LayerLab wrote), and only
// when asked (--overwrite, or a file dialog's "Replace?").
enum class ExistingExport { Refuse, Replace };

// Writes the model as a self-contained Keras .h5 file (model/KerasExport.h), atomically.
// Refuses, with one sentence naming the file: an empty name; anything inside a run folder (its
// model, history, checkpoints); anything in the Keras or LayerLab caches (weights other runs
// read, downloads); the weights file this run's frozen layers are read from; a link; and any
// existing file that is not an earlier export, or is one and `existing` is Refuse.
// Throws UsageError.
void writeKerasModel(RunModel& model, const std::filesystem::path& file,
                     ExistingExport existing = ExistingExport::Refuse);

}  // namespace layerlab
