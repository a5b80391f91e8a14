#include "io/RunDirectory.h"

#include <charconv>
#include <fstream>
#include <sstream>

#include <nlohmann/json.hpp>

#include "io/FileIO.h"

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

EpochMetrics parseRow(const std::string& line) {
    std::vector<std::string> cells;
    std::stringstream stream(line);
    std::string cell;
    while (std::getline(stream, cell, ',')) cells.push_back(cell);
    if (cells.size() < 5) throw FileError("history.csv: malformed row '" + line + "'");
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
        throw FileError("history.csv: malformed row '" + line + "'");
    }
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
    writeFileAtomically(path_ / "predictions.csv", text);
}

RunDirectory::Label RunDirectory::label() const {
    std::error_code error;
    if (!fs::exists(path_ / "label.json", error)) return {};
    // A hand-edited or broken label is no reason to lose the run: it reads as none.
    try {
        const auto json = nlohmann::json::parse(readFileBytes(path_ / "label.json"));
        return {json.value("name", std::string()), json.value("note", std::string())};
    } catch (const nlohmann::json::exception&) {
        return {};
    }
}

void RunDirectory::writeLabel(const Label& label) {
    writeFileAtomically(path_ / "label.json",
                        nlohmann::json{{"name", label.name}, {"note", label.note}}.dump(2));
}

std::vector<RunDirectory::Prediction> RunDirectory::predictions() const {
    std::vector<Prediction> rows;
    std::error_code error;
    if (!fs::exists(path_ / "predictions.csv", error)) return rows;
    std::stringstream stream(readFileBytes(path_ / "predictions.csv"));
    std::string line;
    std::getline(stream, line);
    while (std::getline(stream, line)) {
        if (line.empty()) continue;
        Prediction p;
        std::size_t a = line.find(','), b = line.find(',', a + 1), c = line.find(',', b + 1);
        if (c == std::string::npos)
            throw FileError("predictions.csv: malformed row '" + line + "'");
        try {
            p.label = std::stoi(line.substr(0, a));
            p.predicted = std::stoi(line.substr(a + 1, b - a - 1));
            p.probability = std::stod(line.substr(b + 1, c - b - 1));
        } catch (const std::exception&) {
            throw FileError("predictions.csv: malformed row '" + line + "'");
        }
        p.item = line.substr(c + 1);
        rows.push_back(std::move(p));
    }
    return rows;
}

RunDirectory RunDirectory::create(const fs::path& path, const std::string& experimentJson) {
    std::error_code error;
    // A finished run is never overwritten by a new one (nor a fine-tune's source by the tune).
    if (fs::exists(path / "experiment.json", error))
        throw FileError(displayPath(path) +
                        " already holds a run: resume it (train --resume) or choose another "
                        "--run-dir");
    fs::create_directories(path / "checkpoint", error);
    if (error)
        throw FileError("Cannot create run folder " + displayPath(path) + ": " + error.message());
    RunDirectory run(path);
    writeFileAtomically(path / "experiment.json", experimentJson);
    return run;
}

RunDirectory RunDirectory::open(const fs::path& path) {
    std::error_code error;
    if (!fs::exists(path / "experiment.json", error))
        throw FileError(displayPath(path) + " is not a LayerLab run (no experiment.json)");
    return RunDirectory(path);
}

std::string RunDirectory::experimentJson() const {
    return readFileBytes(path_ / "experiment.json");
}

std::vector<EpochMetrics> RunDirectory::history() const {
    std::vector<EpochMetrics> rows;
    std::error_code error;
    if (!fs::exists(path_ / "history.csv", error)) return rows;
    std::stringstream stream(readFileBytes(path_ / "history.csv"));
    std::string line;
    std::getline(stream, line);  // header
    while (std::getline(stream, line))
        if (!line.empty()) rows.push_back(parseRow(line));
    return rows;
}

void RunDirectory::writeHistory(const std::vector<EpochMetrics>& history) {
    std::string csv = std::string(kHeader) + "\n";
    for (const auto& m : history)
        csv += std::to_string(m.epoch - 1) + "," + number(m.accuracy) + "," + number(m.loss) + "," +
               number(m.valAccuracy) + "," + number(m.valLoss) + "," + number(m.seconds) + "," +
               (m.fromCache ? "1" : "0") + "," + m.marker + "\n";
    writeFileAtomically(path_ / "history.csv", csv);
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

void RunDirectory::writeCheckpoint(int epoch, const std::string& model,
                                   const std::string& optimizer) {
    // epoch.txt is written last: it only ever names a checkpoint whose files are complete.
    writeFileAtomically(path_ / "checkpoint" / "model.pt", model);
    writeFileAtomically(path_ / "checkpoint" / "optimizer.pt", optimizer);
    writeFileAtomically(path_ / "checkpoint" / "epoch.txt", std::to_string(epoch) + "\n");
}

std::optional<int> RunDirectory::checkpointEpoch() const {
    std::error_code error;
    if (!fs::exists(path_ / "checkpoint" / "epoch.txt", error)) return std::nullopt;
    try {
        return std::stoi(readFileBytes(path_ / "checkpoint" / "epoch.txt"));
    } catch (const std::invalid_argument&) {
        return std::nullopt;
    }
}

std::string RunDirectory::checkpointModel() const {
    return readFileBytes(path_ / "checkpoint" / "model.pt");
}
std::string RunDirectory::checkpointOptimizer() const {
    return readFileBytes(path_ / "checkpoint" / "optimizer.pt");
}

void RunDirectory::writeFinalModel(const std::string& model) {
    writeFileAtomically(path_ / "model.pt", model);
}

void RunDirectory::writeBestModel(int epoch, const std::string& model) {
    writeFileAtomically(path_ / "best_model.pt", model);
    writeFileAtomically(path_ / "best_epoch.txt", std::to_string(epoch) + "\n");
}

void RunDirectory::log(const std::string& line) {
    std::ofstream out(path_ / "training.log", std::ios::app);
    out << line << "\n";
}

}  // namespace layerlab
