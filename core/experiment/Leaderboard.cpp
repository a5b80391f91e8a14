#include "experiment/Leaderboard.h"

#include <algorithm>
#include <sstream>

#include "io/FileIO.h"
#include "io/RunDirectory.h"

namespace fs = std::filesystem;

namespace layerlab {

const RecordedValue* recordedSetting(const RunRecord& record, const std::string& key) {
    for (const RecordedSetting& setting : record.settings)
        if (setting.key == key) return &setting.value;
    return nullptr;
}

bool namesAFile(const std::string& key) {
    return key == "data.train" || key == "data.validation" || key == "data.path" ||
           key == "model.weights";
}

std::vector<std::string> differingSettings(const std::vector<const RunRecord*>& runs) {
    std::vector<std::string> keys;
    for (const RunRecord* run : runs)
        for (const RecordedSetting& setting : run->settings) {
            if (std::find(keys.begin(), keys.end(), setting.key) != keys.end()) continue;
            const bool differs = std::any_of(runs.begin(), runs.end(), [&](const RunRecord* other) {
                const RecordedValue* value = recordedSetting(*other, setting.key);
                return !value || *value != setting.value;
            });
            if (differs) keys.push_back(setting.key);
        }
    return keys;
}

std::string settingText(const RecordedValue& value) {
    if (const auto* flag = std::get_if<bool>(&value)) return *flag ? "yes" : "no";
    if (const auto* number = std::get_if<double>(&value)) {
        std::ostringstream text;
        text << *number;  // 0.0001 reads 0.0001, 224 reads 224
        return text.str();
    }
    if (const auto* text = std::get_if<std::string>(&value)) return *text;
    std::string joined;
    for (const std::string& item : std::get<std::vector<std::string>>(value))
        joined += (joined.empty() ? "" : ",") + item;
    return joined;
}

bool seemsTraining(const RunRecord& record, std::chrono::seconds quiet) {
    if (record.finished() || record.hasFinalModel) return false;
    std::error_code error;
    auto latest = fs::file_time_type::min();
    for (const RunFile file : {RunFile::Experiment, RunFile::History, RunFile::Log}) {
        const auto written = fs::last_write_time(RunDirectory::file(record.folder, file), error);
        if (!error) latest = std::max(latest, written);
    }
    return fs::file_time_type::clock::now() - latest < quiet;
}

std::vector<RunRecord> readRuns(const fs::path& folder, std::vector<std::string>* problems) {
    std::vector<fs::path> folders;
    std::error_code error;
    for (fs::directory_iterator it(folder, error), end; !error && it != end; it.increment(error))
        if (RunDirectory::holdsRun(it->path())) folders.push_back(it->path());
    // Named as what it was given as: a class folder, not one run's folder.
    if (error)
        throw FileError(MessageId::CannotOpen, {"class folder " + displayPath(folder)},
                        error.value());
    // Run folders are named by start time: name order is age order.
    std::sort(folders.rbegin(), folders.rend());
    std::vector<RunRecord> runs;
    for (const fs::path& run : folders) {
        try {
            runs.push_back(RunRecord::read(run));
        } catch (const std::exception& failure) {  // a damaged run is no reason to list none
            if (problems) problems->push_back(displayPath(run) + ": " + failure.what());
        }
    }
    return runs;
}

}  // namespace layerlab
