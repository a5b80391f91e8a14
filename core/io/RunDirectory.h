#pragma once

#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include "io/EpochMetrics.h"

namespace layerlab {

// One training run on disk:
//   experiment.json   every setting (written once, atomically)
//   history.csv       Keras CSVLogger columns epoch,acc,loss,val_acc,val_loss (+ seconds,
//                     cached, marker), rewritten atomically after every epoch
//   checkpoint/       model.pt, optimizer.pt, epoch.txt of the last finished epoch
//   model.pt          the final weights;  best_model.pt  the lowest val_loss so far
//   training.log      the Keras-like lines
//   predictions.csv   the validation predictions of the last epoch (for a confusion matrix)
//   label.json        the name and note the class gave the run (optional)
// Every file is replaced atomically, so a run killed at any moment is resumable and a full
// disk is an error, never a torn file.
class RunDirectory {
  public:
    // Creates the folder (and parents). Throws FileError, also when it already holds a run.
    static RunDirectory create(const std::filesystem::path& path,
                               const std::string& experimentJson);
    // Opens an existing run. Throws FileError when it has no experiment.json.
    static RunDirectory open(const std::filesystem::path& path);

    const std::filesystem::path& path() const { return path_; }
    std::string experimentJson() const;

    std::vector<EpochMetrics> history() const;
    void appendHistory(const EpochMetrics& metrics);
    // Keeps epochs ≤ `epoch` (after resuming from that checkpoint).
    void truncateHistory(int epoch);

    void writeCheckpoint(int epoch, const std::string& model, const std::string& optimizer);
    std::optional<int> checkpointEpoch() const;
    std::string checkpointModel() const;
    std::string checkpointOptimizer() const;

    void writeFinalModel(const std::string& model);
    // best_model.pt and best_epoch.txt: the epoch with the lowest val_loss so far.
    void writeBestModel(int epoch, const std::string& model);
    void log(const std::string& line);

    // One validation sample: an image file or a review number, its label and the prediction.
    struct Prediction {
        std::string item;
        int label = 0, predicted = 0;
        double probability = 0;
    };
    void writePredictions(const std::vector<Prediction>& predictions);
    std::vector<Prediction> predictions() const;  // empty when the run has none yet

    // label.json: the short name and the note a class gives a run (both may be empty).
    struct Label {
        std::string name, note;
    };
    Label label() const;
    void writeLabel(const Label& label);

  private:
    explicit RunDirectory(std::filesystem::path path) : path_(std::move(path)) {}
    void writeHistory(const std::vector<EpochMetrics>& history);
    std::filesystem::path path_;
};

}  // namespace layerlab
