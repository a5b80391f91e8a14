// The run-folder readers: experiment.json through RunRecord (its arguments go through the
// option parser, as a resume does), history.csv, predictions.csv, label.json and
// checkpoint/epoch.txt with the files it names. The input holds the files one after another,
// split by "\0\xff\xfe".
#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <stdexcept>

#include "experiment/RunRecord.h"
#include "io/FileIO.h"
#include "io/RunDirectory.h"
#include "tests/fuzz/FuzzInput.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    namespace fs = std::filesystem;
    const fs::path run = fuzzing::scratch() / "run";
    fs::remove_all(run);
    fs::create_directories(run / "checkpoint");
    fuzzing::Reader input(data, size);
    const std::string experiment = input.rest();
    fuzzing::writeFile(run / "experiment.json", experiment);
    fuzzing::writeFile(run / "history.csv", input.rest());
    fuzzing::writeFile(run / "predictions.csv", input.rest());
    fuzzing::writeFile(run / "label.json", input.rest());
    fuzzing::writeFile(run / "checkpoint" / "epoch.txt", input.rest());
    fuzzing::writeFile(run / "checkpoint" / "model-1.pt", input.rest());
    try {
        const layerlab::RunDirectory folder = layerlab::RunDirectory::open(run);
        folder.label();
        try {
            folder.history();
        } catch (const layerlab::FileError&) {
        }
        try {
            folder.predictions();
        } catch (const layerlab::FileError&) {
        }
        if (folder.checkpointEpoch()) folder.checkpointModel();
    } catch (const layerlab::FileError&) {
    }
    try {
        layerlab::RunRecord::read(run);
    } catch (const layerlab::FileError&) {
    }
    return 0;
}
