#pragma once

// Tiny experiments for GUI tests: seconds, not minutes, on two cores.
#include <QString>
#include <QTemporaryDir>

#include "core/TestImages.h"
#include "experiment/ExperimentSpec.h"

namespace tinyruns {

inline QString dataset(const QTemporaryDir& dir) {
    return QString::fromStdString(
        testimages::tinySampleDataset(dir.filePath("cache").toStdString(), 6, 3).string());
}

// A tiny transfer run, written as `layerlab-cli train` arguments (an experiment.json's form).
inline layerlab::ExperimentSpec transfer(const QString& data, const QString& runDir, int epochs,
                                         int steps) {
    return layerlab::parseExperimentSpec({"--task",
                                          "transfer",
                                          "--data",
                                          data.toStdString(),
                                          "--backbone",
                                          "mobilenet_v2",
                                          "--alpha",
                                          "0.35",
                                          "--size",
                                          "32",
                                          "--head",
                                          "gap",
                                          "--weights",
                                          "none",
                                          "--unfreeze",
                                          "block_16",
                                          "--no-augment",
                                          "--epochs",
                                          std::to_string(epochs),
                                          "--steps-per-epoch",
                                          std::to_string(steps),
                                          "--validation-steps",
                                          "2",
                                          "--batch-size",
                                          "4",
                                          "--learning-rate",
                                          "0.001",
                                          "--threads",
                                          "1",
                                          "--run-dir",
                                          runDir.toStdString()});
}

// A tiny IMDB run on `reviews` (an aclImdb folder or an imdb.npz); `more` adds or overrides
// options.
inline layerlab::ExperimentSpec imdb(const QString& reviews, const QString& runDir,
                                     const std::vector<std::string>& more = {}) {
    std::vector<std::string> args = {"--task",    "imdb", "--data",       reviews.toStdString(),
                                     "--maxlen",  "40",   "--epochs",     "1",
                                     "--threads", "1",    "--batch-size", "64",
                                     "--run-dir", runDir.toStdString()};
    args.insert(args.end(), more.begin(), more.end());
    return layerlab::parseExperimentSpec(args);
}

}  // namespace tinyruns
