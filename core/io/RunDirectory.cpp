#include "io/RunDirectory.h"

#include <fcntl.h>
#include <sys/file.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <charconv>
#include <cstdio>
#include <cstring>
#include <fstream>
#include <map>
#include <sstream>

#include <nlohmann/json.hpp>

#include "io/FileIO.h"
#include "util/Checksum.h"
#include "util/EnumNames.h"

namespace fs = std::filesystem;

namespace layerlab {
namespace {

constexpr const char* kHeader = "epoch,acc,loss,val_acc,val_loss,seconds,cached,marker";

// The shortest text that reads back as the same double.
std::string number(double value) {
    char buffer[40];
    const auto result = std::to_chars(buffer, buffer + sizeof buffer, value);
    return std::string(buffer, result.ptr);
}

// A malformed row, quoted briefly: a broken file must not echo megabytes into a message.
[[noreturn]] void malformedRow(const fs::path& file, const std::string& line) {
    const std::string quoted = line.size() > 60 ? line.substr(0, 60) + "…" : line;
    throw FileError(MessageId::HistoryMalformedRow, {displayPath(file), quoted});
}

EpochMetrics parseRow(const std::string& line, const fs::path& file) {
    std::vector<std::string> cells;
    std::stringstream stream(line);
    std::string cell;
    while (std::getline(stream, cell, ',')) cells.push_back(cell);
    if (cells.size() < 5) malformedRow(file, line);
    EpochMetrics m;
    try {
        // CSVLogger counts epochs from 0; LayerLab's metrics from 1.
        m.epoch = std::stoi(cells[0]) + 1;
        m.accuracy = std::stod(cells[1]);
        m.loss = std::stod(cells[2]);
        m.valAccuracy = std::stod(cells[3]);
        m.valLoss = std::stod(cells[4]);
        if (cells.size() > 5) m.seconds = std::stod(cells[5]);
        if (cells.size() > 6) m.fromCache = cells[6] == "1";
        if (cells.size() > 7) m.marker = cells[7];
    } catch (const std::exception&) {
        malformedRow(file, line);
    }
    if (m.epoch < 1) malformedRow(file, line);
    return m;
}

constexpr const char* kPredictionsHeader = "label,predicted,probability,item";

}  // namespace

// The item comes last so that commas in file names need no quoting.
void RunDirectory::writePredictions(const std::vector<Prediction>& predictions) {
    std::string text = std::string(kPredictionsHeader) + "\n";
    for (const auto& p : predictions)
        text += std::to_string(p.label) + "," + std::to_string(p.predicted) + "," +
                number(p.probability) + "," + p.item + "\n";
    writeFileAtomically(file(RunFile::Predictions), text);
}

RunDirectory::Label RunDirectory::label() const {
    std::error_code error;
    if (!fs::exists(file(RunFile::Label), error)) return {};
    // A hand-edited or broken label is no reason to lose the run: it reads as none.
    try {
        const auto json = nlohmann::json::parse(readFileBytes(file(RunFile::Label)));
        return {json.value("name", std::string()), json.value("note", std::string())};
    } catch (const nlohmann::json::exception&) {
        return {};
    }
}

void RunDirectory::writeLabel(const Label& label) {
    writeFileAtomically(file(RunFile::Label),
                        nlohmann::json{{"name", label.name}, {"note", label.note}}.dump(2));
}

std::vector<RunDirectory::Prediction> RunDirectory::predictions() const {
    std::vector<Prediction> rows;
    std::error_code error;
    if (!fs::exists(file(RunFile::Predictions), error)) return rows;
    std::stringstream stream(readFileBytes(file(RunFile::Predictions)));
    std::string line;
    std::getline(stream, line);
    while (std::getline(stream, line)) {
        if (line.empty()) continue;
        Prediction p;
        std::size_t a = line.find(','), b = line.find(',', a + 1), c = line.find(',', b + 1);
        if (c == std::string::npos) malformedRow(file(RunFile::Predictions), line);
        try {
            p.label = std::stoi(line.substr(0, a));
            p.predicted = std::stoi(line.substr(a + 1, b - a - 1));
            p.probability = std::stod(line.substr(b + 1, c - b - 1));
        } catch (const std::exception&) {
            malformedRow(file(RunFile::Predictions), line);
        }
        p.item = line.substr(c + 1);
        rows.push_back(std::move(p));
    }
    return rows;
}

// Holds flock() on the run folder for as long as it lives; the kernel drops it when the process
// dies, so a killed run's lock never needs clearing.
class FolderLock {
  public:
    explicit FolderLock(const fs::path& folder)
        : fd_(::open(folder.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC)) {
        if (fd_ < 0)
            throw FileError(MessageId::RunFolderCannotOpen, {displayPath(folder)}, errno);
        if (::flock(fd_, LOCK_EX | LOCK_NB) != 0) {
            ::close(fd_);
            throw FileError(MessageId::RunFolderInUse, {displayPath(folder)});
        }
    }
    ~FolderLock() { ::close(fd_); }
    FolderLock(const FolderLock&) = delete;
    FolderLock& operator=(const FolderLock&) = delete;

  private:
    int fd_;
};

namespace {

// Every file a run writes, so that replacing or discarding a run deletes nothing else.
constexpr std::pair<RunFile, const char*> kRunFiles[] = {{RunFile::Experiment, "experiment.json"},
                                                         {RunFile::History, "history.csv"},
                                                         {RunFile::Checkpoints, "checkpoint"},
                                                         {RunFile::FinalModel, "model.pt"},
                                                         {RunFile::BestModel, "best_model.pt"},
                                                         {RunFile::BestEpoch, "best_epoch.txt"},
                                                         {RunFile::Log, "training.log"},
                                                         {RunFile::Predictions, "predictions.csv"},
                                                         {RunFile::Label, "label.json"}};

// Where --overwrite keeps the replaced run until the new one has finished an epoch.
constexpr const char* kReplacedFolder = ".replaced-run";

// checkpoint/model-3.pt, checkpoint/optimizer-3.pt: each epoch's files carry its number.
std::string checkpointFileName(const std::string& role, int epoch) {
    return role + "-" + std::to_string(epoch) + ".pt";
}

bool isTemporary(const fs::path& file) {
    return file.filename().string().find(".tmp-") != std::string::npos;
}

bool isCheckpointFile(const fs::path& file) {
    const std::string name = file.filename().string();
    const auto startsWith = [&](const char* prefix) { return name.rfind(prefix, 0) == 0; };
    return name == "epoch.txt" || isTemporary(file) ||
           ((startsWith("model") || startsWith("optimizer")) && file.extension() == ".pt");
}

bool isRunFile(const fs::path& file) {
    const std::string name = file.filename().string();
    return isTemporary(file) || name == kReplacedFolder ||
           std::any_of(std::begin(kRunFiles), std::end(kRunFiles),
                       [&](const auto& known) { return name == known.second; });
}

// The first entry of `folder` that a new run must not touch: anything at all in a folder
// without a run, anything but the run's own files (checkpoint/ included) in a folder with one.
std::optional<std::string> foreignEntry(const fs::path& folder, bool holdsRun) {
    std::error_code error;
    for (fs::directory_iterator it(folder, error), end; !error && it != end; it.increment(error)) {
        const std::string name = it->path().filename().string();
        if (!holdsRun || !isRunFile(it->path())) return name;
        if (name != enumName(kRunFiles, RunFile::Checkpoints)) continue;
        for (fs::directory_iterator inner(it->path(), error), last; !error && inner != last;
             inner.increment(error))
            if (!isCheckpointFile(inner->path()) || inner->is_directory(error))
                return "checkpoint/" + inner->path().filename().string();
    }
    if (error) return error.message();
    return std::nullopt;
}

}  // namespace

// Temporary files are what writeFileAtomically() left when its process was killed mid-write.
void RunDirectory::removeTemporaryFiles() const {
    std::error_code error;
    for (const auto& folder : {path_, file(RunFile::Checkpoints)})
        for (fs::directory_iterator it(folder, error), end; !error && it != end;
             it.increment(error))
            if (isTemporary(it->path())) fs::remove(it->path(), error);
}

RunDirectory RunDirectory::create(const fs::path& path, const std::string& experimentJson,
                                  ExistingRun existing) {
    std::error_code error;
    fs::create_directories(path, error);
    if (error)
        throw FileError(MessageId::RunFolderCannotCreate, {displayPath(path)}, error.value());
    RunDirectory run(path);
    run.lock_ = std::make_shared<FolderLock>(path);
    // A finished run is never overwritten unasked (nor a fine-tune's source by the tune), and
    // nothing else in the folder ever is: it is checked before anything is deleted.
    const bool hadRun = holdsRun(path);
    if (hadRun && existing == ExistingRun::Refuse)
        throw FileError(MessageId::RunFolderHoldsRun, {displayPath(path)});
    if (const auto foreign = foreignEntry(path, hadRun))
        throw FileError(MessageId::RunFolderNotEmpty, {displayPath(path), *foreign});
    if (hadRun) run.setAside();
    try {
        fs::create_directories(file(path, RunFile::Checkpoints), error);
        if (error)
            throw FileError(MessageId::RunFolderCannotCreate, {displayPath(path)}, error.value());
        writeFileAtomically(file(path, RunFile::Experiment), experimentJson);
    } catch (...) {
        run.discard();  // a full disk leaves no half-made run (and gives a replaced one back)
        throw;
    }
    return run;
}

fs::path RunDirectory::file(const fs::path& folder, RunFile which) {
    return folder / enumName(kRunFiles, which);
}

bool RunDirectory::holdsRun(const fs::path& folder) {
    std::error_code error;
    return fs::exists(file(folder, RunFile::Experiment), error);
}

bool RunDirectory::hasFinalModel() const {
    std::error_code error;
    return fs::exists(file(RunFile::FinalModel), error);
}

RunDirectory RunDirectory::open(const fs::path& path) {
    if (!holdsRun(path))
        throw FileError(MessageId::NotARun, {displayPath(path)});
    return RunDirectory(path);
}

RunDirectory RunDirectory::openForWriting(const fs::path& path) {
    RunDirectory run = open(path);
    run.lock_ = std::make_shared<FolderLock>(path);
    run.removeTemporaryFiles();
    std::error_code error;
    fs::create_directories(file(path, RunFile::Checkpoints), error);
    return run;
}

// The replaced run's files wait in .replaced-run/ until the new run has a checkpoint: a new run
// that fails first gives the old one back.
void RunDirectory::setAside() {
    removeTemporaryFiles();
    std::error_code error;
    const fs::path aside = path_ / kReplacedFolder;
    fs::remove_all(aside, error);
    fs::create_directories(aside, error);
    for (const auto& entry : kRunFiles) {
        const char* name = entry.second;
        if (fs::exists(path_ / name, error)) fs::rename(path_ / name, aside / name, error);
    }
    if (error)
        throw FileError(MessageId::RunCannotSetAside, {displayPath(path_)}, error.value());
}

void RunDirectory::discard() {
    removeTemporaryFiles();
    std::error_code error;
    for (const auto& entry : kRunFiles) fs::remove_all(path_ / entry.second, error);
    const fs::path aside = path_ / kReplacedFolder;
    if (fs::is_directory(aside, error)) {
        for (const auto& entry : kRunFiles) {
            const char* name = entry.second;
            if (fs::exists(aside / name, error)) fs::rename(aside / name, path_ / name, error);
        }
        fs::remove_all(aside, error);
        return;
    }
    fs::remove(path_, error);  // only when empty: the folder may hold the user's other files
}

std::string RunDirectory::experimentJson() const {
    return readFileBytes(file(RunFile::Experiment));
}

std::vector<EpochMetrics> RunDirectory::history() const {
    std::vector<EpochMetrics> rows;
    std::error_code error;
    if (!fs::exists(file(RunFile::History), error)) return rows;
    std::stringstream stream(readFileBytes(file(RunFile::History)));
    std::string line;
    std::getline(stream, line);  // header
    while (std::getline(stream, line))
        if (!line.empty()) rows.push_back(parseRow(line, file(RunFile::History)));
    return rows;
}

void RunDirectory::writeHistory(const std::vector<EpochMetrics>& history) {
    std::string csv = std::string(kHeader) + "\n";
    for (const auto& m : history)
        csv += std::to_string(m.epoch - 1) + "," + number(m.accuracy) + "," + number(m.loss) + "," +
               number(m.valAccuracy) + "," + number(m.valLoss) + "," + number(m.seconds) + "," +
               (m.fromCache ? "1" : "0") + "," + m.marker + "\n";
    // Not flushed to disk every epoch (that alone took 10 ms here): writeCheckpoint flushes it.
    replaceFileAtomically(file(RunFile::History), csv);
}

void RunDirectory::appendHistory(const EpochMetrics& metrics) {
    auto rows = history();
    rows.push_back(metrics);
    writeHistory(rows);
}

void RunDirectory::truncateHistory(int epoch) {
    auto rows = history();
    std::vector<EpochMetrics> kept;
    for (const auto& row : rows)
        if (row.epoch <= epoch) kept.push_back(row);
    if (kept.size() != rows.size()) writeHistory(kept);
}

namespace {

// epoch.txt: the epoch on the first line, then "model model-3.pt <checksum>" and
// "optimizer optimizer-3.pt <checksum>". Each epoch's files have their own names and epoch.txt
// is replaced last, so a process killed at any moment leaves epoch.txt naming complete files
// with matching checksums. LayerLab 0.1 wrote only the number, for model.pt and optimizer.pt;
// those are read unchecked.
struct CheckpointRecord {
    int epoch = 0;
    std::map<std::string, std::pair<std::string, std::string>> files;  // role → (file, checksum)

    std::string fileFor(const std::string& role) const {
        const auto found = files.find(role);
        return found == files.end() ? role + ".pt" : found->second.first;
    }
};

CheckpointRecord parseCheckpointRecord(const std::string& text, const fs::path& file) {
    std::istringstream lines(text);
    std::string first;
    std::getline(lines, first);
    CheckpointRecord record;
    const auto [end, failure] =
        std::from_chars(first.data(), first.data() + first.size(), record.epoch);
    if (failure != std::errc() || end != first.data() + first.size() || record.epoch < 1)
        throw FileError(MessageId::CheckpointEpochUnreadable, {displayPath(file)});
    std::string role, name, sum;
    while (lines >> role >> name >> sum) {
        // Each epoch's files carry its number: a record naming another epoch's is damaged.
        if (name != checkpointFileName(role, record.epoch))
            throw FileError(MessageId::CheckpointNamesOtherEpoch,
                            {displayPath(file), name, std::to_string(record.epoch)});
        record.files[role] = {name, sum};
    }
    return record;
}

// `target` becomes another name of `existing` (a hard link), replacing any file there in one
// step; false where links cannot be made (the caller then writes a copy).
bool linkAtomically(const fs::path& existing, const fs::path& target) {
    std::error_code error;
    if (fs::equivalent(existing, target, error)) return true;  // rename would leave the link
    const fs::path linked = target.string() + ".tmp-link";     // isTemporary knows it
    fs::remove(linked, error);
    fs::create_hard_link(existing, linked, error);
    if (!error) fs::rename(linked, target, error);
    if (!error) return true;
    fs::remove(linked, error);
    return false;
}

CheckpointRecord readCheckpointRecord(const fs::path& folder) {
    const fs::path file = folder / "epoch.txt";
    return parseCheckpointRecord(readFileBytes(file, 4096), file);
}

}  // namespace

void RunDirectory::writeCheckpoint(int epoch, const std::string& model,
                                   const std::string& optimizer, bool bestSoFar) {
    const fs::path folder = file(RunFile::Checkpoints);
    const std::string modelFile = checkpointFileName("model", epoch);
    const std::string optimizerFile = checkpointFileName("optimizer", epoch);
    if (bestSoFar) writeBestModel(epoch, model);
    if (!bestSoFar || !linkAtomically(file(RunFile::BestModel), folder / modelFile))
        writeFileAtomically(folder / modelFile, model);
    const std::string modelSum = fnv64Hex(model);
    writeFileAtomically(folder / optimizerFile, optimizer);
    // The history the checkpoint's epoch is in reaches the disk before epoch.txt names it.
    std::error_code missing;
    if (fs::exists(file(RunFile::History), missing)) syncFile(file(RunFile::History));
    writeFileAtomically(folder / "epoch.txt", std::to_string(epoch) + "\nmodel " + modelFile + " " +
                                                  modelSum + "\noptimizer " + optimizerFile + " " +
                                                  fnv64Hex(optimizer) + "\n");
    // Earlier epochs' files (and a killed write's) are no longer named by epoch.txt; a run this
    // one replaced (--overwrite) is gone for good now that this one has an epoch to keep.
    std::error_code error;
    fs::remove_all(path_ / kReplacedFolder, error);
    for (fs::directory_iterator it(folder, error), end; !error && it != end; it.increment(error)) {
        const std::string name = it->path().filename().string();
        if (name != "epoch.txt" && name != modelFile && name != optimizerFile)
            fs::remove(it->path(), error);
    }
}

void RunDirectory::writeBestModel(int epoch, const std::string& model) {
    writeFileAtomically(file(RunFile::BestModel), model);
    writeFileAtomically(file(RunFile::BestEpoch), std::to_string(epoch) + "\n");
}

std::optional<int> RunDirectory::checkpointEpoch() const {
    std::error_code error;
    if (!fs::exists(file(RunFile::Checkpoints) / "epoch.txt", error)) return std::nullopt;
    return readCheckpointRecord(file(RunFile::Checkpoints)).epoch;
}

std::string RunDirectory::checkedCheckpointFile(const std::string& role) const {
    const CheckpointRecord record = readCheckpointRecord(file(RunFile::Checkpoints));
    const fs::path checkpoint = file(RunFile::Checkpoints) / record.fileFor(role);
    std::string bytes = readFileBytes(checkpoint);
    const auto named = record.files.find(role);
    if (named != record.files.end() && named->second.second != fnv64Hex(bytes))
        throw FileError(MessageId::CheckpointChecksumDiffers, {displayPath(checkpoint)});
    return bytes;
}

std::string RunDirectory::checkpointModel() const {
    return checkedCheckpointFile("model");
}
std::string RunDirectory::checkpointOptimizer() const {
    return checkedCheckpointFile("optimizer");
}

void RunDirectory::writeFinalModel(const std::string& model) {
    const fs::path final = file(RunFile::FinalModel);
    // The final model is usually the last checkpoint's: linked, not stored a second time.
    std::error_code error;
    if (fs::exists(file(RunFile::Checkpoints) / "epoch.txt", error)) {
        const CheckpointRecord record = readCheckpointRecord(file(RunFile::Checkpoints));
        const auto named = record.files.find("model");
        if (named != record.files.end() && named->second.second == fnv64Hex(model) &&
            linkAtomically(file(RunFile::Checkpoints) / named->second.first, final))
            return;
    }
    writeFileAtomically(final, model);
}

void RunDirectory::writeFinalModelAsCheckpoint() {
    const CheckpointRecord record = readCheckpointRecord(file(RunFile::Checkpoints));
    const fs::path model = file(RunFile::Checkpoints) / record.fileFor("model");
    const fs::path final = file(RunFile::FinalModel);
    if (!linkAtomically(model, final)) writeFileAtomically(final, readFileBytes(model));
}

void RunDirectory::log(const std::string& line) {
    std::ofstream out(file(RunFile::Log), std::ios::app);
    out << line << "\n";
}

}  // namespace layerlab
