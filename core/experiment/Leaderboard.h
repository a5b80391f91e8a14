#pragma once

#include <chrono>
#include <filesystem>
#include <string>
#include <vector>

#include "experiment/RunRecord.h"

namespace layerlab {

// A class folder's runs side by side (Runs ▸ Open class folder…, `layerlab-cli class`): what
// differs between them, and which are being trained now. Reading only: nothing here takes a
// run's lock or writes a file, so a listing never disturbs the machines that write the runs.

// The settings (RecordedSetting keys) whose values are not the same in every run, a setting
// that some run does not record included; in the order the runs list them.
std::vector<std::string> differingSettings(const std::vector<const RunRecord*>& runs);

// Whether the setting `key` says where a file is (data, weights): every machine of a class has
// its own paths, so a leaderboard leaves these out of what differs.
bool namesAFile(const std::string& key);

// The value of `key` in `record`; none when it does not record it.
const RecordedValue* recordedSetting(const RunRecord& record, const std::string& key);

// A setting's value as one short word: 0.001, vgg16, yes/no, lists comma-joined.
std::string settingText(const RecordedValue& value);

// How long a run may go unwritten before a reader takes it for stopped: a VGG16 epoch at 224
// px takes about 17 minutes on two cores, and history.csv is written once an epoch.
inline constexpr std::chrono::minutes kQuietRunLimit{30};

// Whether `record` is being trained now, as far as a reader can tell without its lock (which a
// listing must not take): epochs still to do, no final model yet (a stopped run has one), and
// written to in the last `quiet`.
bool seemsTraining(const RunRecord& record, std::chrono::seconds quiet = kQuietRunLimit);

// The runs directly inside `folder` (sub-folders holding an experiment.json), newest first; a
// run that cannot be read is left out and said in `problems` ("folder: reason").
std::vector<RunRecord> readRuns(const std::filesystem::path& folder,
                                std::vector<std::string>* problems = nullptr);

}  // namespace layerlab
