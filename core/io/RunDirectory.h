#pragma once

#include <filesystem>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "io/EpochMetrics.h"

namespace layerlab {

// One training run on disk:
//   experiment.json   every setting (written once, atomically)
//   history.csv       Keras CSVLogger columns epoch,acc,loss,val_acc,val_loss (+ seconds,
//                     cached, marker), rewritten atomically after every epoch; it may be ahead
//                     of the checkpoint (checkpoints are kept by time)
//   checkpoint/       model.pt, optimizer.pt, epoch.txt of the last checkpointed epoch
//   model.pt          the final weights;  best_model.pt  the lowest val_loss so far
//   training.log      the Keras-like lines
//   predictions.csv   the validation predictions of the last epoch (for a confusion matrix)
//   label.json        the name and note the class gave the run (optional)
// Every file is replaced atomically, so a run killed at any moment is resumable and a full
// disk is an error, never a torn file. A run being written is locked (flock on the folder,
// released by the kernel when its process dies), so a second writer is refused.
class FolderLock;

// What create() does with a folder that already holds a run.
enum class ExistingRun { Refuse, Replace };

// The files of a run folder, as laid out above (Checkpoints is the checkpoint/ folder).
enum class RunFile {
    Experiment,
    History,
    Checkpoints,
    FinalModel,
    BestModel,
    BestEpoch,
    Log,
    Predictions,
    Label
};

class RunDirectory {
  public:
    // Creates the folder (and parents) and locks it. Throws FileError when another process
    // writes there, when it holds a run (unless `existing` is Replace: the run's files are set
    // aside, deleted once the new run has a checkpoint, given back by discard()) and when it
    // holds anything else.
    static RunDirectory create(const std::filesystem::path& path, const std::string& experimentJson,
                               ExistingRun existing = ExistingRun::Refuse);
    // Opens an existing run to read it. Throws FileError when it has no experiment.json.
    static RunDirectory open(const std::filesystem::path& path);
    // Opens an existing run to continue it: locks it and removes the temporary files a killed
    // writer left. Throws FileError.
    static RunDirectory openForWriting(const std::filesystem::path& path);
    // Deletes the run's files (and the folder when nothing else is left in it; a run it
    // replaced comes back): for a run that failed before it finished an epoch.
    void discard();

    const std::filesystem::path& path() const { return path_; }
    // Where a run's file is: RunDirectory alone spells the names, so that a layout change is
    // made here. The static form is for folders not (yet) opened as runs.
    static std::filesystem::path file(const std::filesystem::path& folder, RunFile which);
    std::filesystem::path file(RunFile which) const { return file(path_, which); }
    // Whether `folder` holds a run (its experiment.json).
    static bool holdsRun(const std::filesystem::path& folder);
    // Whether a process writes the run now (holds its lock): such a run is not whole yet.
    static bool beingWritten(const std::filesystem::path& folder);
    // The run's files that exist, relative to its folder, for copying the run elsewhere:
    // checkpoint/'s only when `withCheckpoints` (a finished run needs none: its final model is
    // model.pt); never the temporaries of a killed writer nor a replaced run set aside.
    static std::vector<std::filesystem::path> files(const std::filesystem::path& folder,
                                                    bool withCheckpoints);
    // Whether the run has its final model: not when it was killed, or stopped before its first
    // epoch ended.
    bool hasFinalModel() const;
    std::string experimentJson() const;

    std::vector<EpochMetrics> history() const;
    void appendHistory(const EpochMetrics& metrics);
    // Keeps epochs ≤ `epoch` (after resuming from that checkpoint).
    void truncateHistory(int epoch);

    // checkpoint/epoch.txt names the epoch and the checksums of model.pt and optimizer.pt, so
    // a damaged checkpoint is found before it is loaded.
    // `bestSoFar` (the lowest val_loss so far) writes best_model.pt and best_epoch.txt first,
    // the checkpoint's model then being a second name of best_model.pt.
    void writeCheckpoint(int epoch, const std::string& model, const std::string& optimizer,
                         bool bestSoFar = false);
    // The last checkpointed epoch; nothing when there is none. Throws FileError when epoch.txt
    // is not a plain epoch number.
    std::optional<int> checkpointEpoch() const;
    // best_model.pt and best_epoch.txt: the weights of epoch `epoch`, the lowest val_loss so far.
    void writeBestModel(int epoch, const std::string& model);
    // Throw FileError naming the file when its checksum does not match epoch.txt's.
    std::string checkpointModel() const;
    std::string checkpointOptimizer() const;

    void writeFinalModel(const std::string& model);
    // model.pt becomes another name of the last checkpoint's model (training ended on it), with
    // no need to serialise and compare the model again.
    void writeFinalModelAsCheckpoint();
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
    void removeTemporaryFiles() const;
    void setAside();
    std::string checkedCheckpointFile(const std::string& name) const;
    std::filesystem::path path_;
    std::shared_ptr<FolderLock> lock_;  // set while this process writes the run
};

}  // namespace layerlab
