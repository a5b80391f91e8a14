#pragma once

#include <filesystem>
#include <optional>
#include <string>
#include <variant>
#include <vector>

#include "experiment/ExperimentSpec.h"
#include "experiment/ImageFolders.h"
#include "experiment/Task.h"
#include "io/EpochMetrics.h"
#include "io/RunDirectory.h"
#include "util/Message.h"
#include "util/RunAuthor.h"

namespace layerlab {

class Network;

// Where a fine-tuning run began: the run whose final model it started from, and that run's
// last epoch, after which the tune's history continues.
struct FineTuneOrigin {
    std::filesystem::path run;
    int afterEpoch = 0;
};

// One setting as experiment.json records it, for putting runs side by side. Numbers are
// JSON's (doubles); lists are of names (classes, frozen layers).
using RecordedValue = std::variant<bool, double, std::string, std::vector<std::string>>;
struct RecordedSetting {
    std::string key;  // section and name, as in the file: "fit.learning_rate"
    RecordedValue value;
};

// The epoch with the highest val_acc.
struct BestEpoch {
    int epoch = 0;
    double valAccuracy = 0;
};

// What a run folder says about itself: the experiment it was started with (experiment.json),
// where a fine-tune began, and the facts of its training (history.csv, label.json, the final
// model). experiment.json is written by toExperimentJson and read by read(), nowhere else, so
// its schema lives here; the files around it are RunDirectory's.
struct RunRecord {
    std::filesystem::path folder;
    // Every path absolute: an earlier build's relative ones are resolved against the folder the
    // run was made from, where the run folder still says which (see requireAbsolutePaths).
    ExperimentSpec spec;
    std::vector<std::string> classes;  // in label order
    std::optional<FineTuneOrigin> fineTunedFrom;
    // Who made the run (experiment.json's "made_by"); none in a run of LayerLab 0.1, which was
    // always the user's own.
    std::optional<RunAuthor> madeBy;
    std::vector<std::string> frozenLayers;  // as built (read back; a transfer run's)
    // Every data, model and fit setting the file records (read back; none in a new record), in
    // the file's order: sections data, model, fit, each by name.
    std::vector<RecordedSetting> settings;

    std::vector<EpochMetrics> history;
    RunDirectory::Label label;
    bool hasFinalModel = false;  // not when killed, or stopped before its first epoch ended
    // Why history.csv or label.json could not be read: never fatal, said in the user's language.
    std::optional<Message> problem;

    // A run about to be made (its folder is spec's run folder), by this user on this machine.
    static RunRecord newRun(ExperimentSpec spec, std::vector<std::string> classes,
                            std::optional<FineTuneOrigin> fineTunedFrom = std::nullopt);
    // experiment.json for this record: the spec's arguments (what resume reads back), its
    // settings spelled out for people, and the built network's weights and frozen layers.
    std::string toExperimentJson(const Network& network) const;

    // Throws FileError for a folder that is no run, and for an experiment.json that is damaged
    // or whose arguments are no longer valid, in one sentence naming the file.
    static RunRecord read(const RunDirectory& run);
    static RunRecord read(const std::filesystem::path& runDir);
    // experiment.json of a run moved to other places (installed from a lesson pack): every file
    // and folder it names, the run's own folder and a fine-tune's source included, passed
    // through `relocate`, in its arguments and in the settings it spells out alike. Throws
    // FileError naming `where` as read() does.
    static std::string relocatedExperimentJson(const std::string& experimentJson,
                                               const Relocation& relocate,
                                               const std::string& where);

    // Made by another user or on another machine: LayerLab reads it and never changes it unasked.
    bool madeByOthers() const { return madeBy && *madeBy != thisAuthor(); }
    Task task() const;
    int epochsPlanned() const;  // what the run was started for (fit's epochs)
    int epochsDone() const;
    bool finished() const;  // all its planned epochs done; else it was stopped (or is training)
    std::optional<BestEpoch> bestEpoch() const;  // none: no validated epoch
    double trainingSeconds() const;
    // A transfer run's image folders (none for IMDB): where pictures like its own are.
    ImageFolders imageFolders() const;

    // Throws FileError naming experiment.json when the spec still names a file by a relative
    // path: it would mean another file from wherever LayerLab runs now. Called before a run's
    // data is read (resume, fine-tune, reading its reviews).
    void requireAbsolutePaths() const;
};

}  // namespace layerlab
