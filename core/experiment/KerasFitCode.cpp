#include "experiment/KerasFitCode.h"

#include "util/PythonLiteral.h"

namespace layerlab {
namespace {

const char* optimizerClass(OptimizerKind kind) {
    switch (kind) {
        case OptimizerKind::RMSprop:
            return "RMSprop";
        case OptimizerKind::SGD:
            return "SGD";
        case OptimizerKind::Adam:
            break;
    }
    return "Adam";
}

// The imports, `notes`, and model.compile(…) with the seed's line breaks.
std::string compileCode(const FitConfig& fit, const std::string& loss, const std::string& notes) {
    const std::string optimizer = optimizerClass(fit.optimizer);
    std::string code = "from tensorflow.keras.optimizers import " + optimizer + "\n";
    if (fit.earlyStoppingPatience > 0)
        code += "from tensorflow.keras.callbacks import EarlyStopping\n";
    code += "\n" + notes;
    code += "model.compile(optimizer=" + optimizer +
            "(learning_rate=" + pythonFloat(fit.learningRate) + "),\n";
    code += "              loss='" + loss + "',\n";
    return code + "              metrics=['acc'])\n";
}

// history = model.fit(data, then one argument a line, aligned under the first.
std::string fitCall(const std::string& data, const std::vector<std::string>& arguments) {
    std::string code = "history = model.fit(" + data;
    for (const std::string& argument : arguments) code += ",\n                    " + argument;
    return code + ")\n";
}

// fit()'s first arguments in both tasks: steps_per_epoch (unless one pass) and epochs.
void addCommonArguments(const FitConfig& fit, std::vector<std::string>& arguments) {
    if (fit.stepsPerEpoch > 0)
        arguments.push_back("steps_per_epoch=" + std::to_string(fit.stepsPerEpoch));
    arguments.push_back("epochs=" + std::to_string(fit.epochs));
}

std::string callbacksArgument(const FitConfig& fit) {
    return "callbacks=[EarlyStopping(monitor='val_loss', patience=" +
           std::to_string(fit.earlyStoppingPatience) +
           (fit.restoreBestWeights ? ", restore_best_weights=True" : "") + ")]";
}

void addFinalArguments(const FitConfig& fit, std::vector<std::string>& arguments) {
    if (fit.validationSteps > 0)
        arguments.push_back("validation_steps=" + std::to_string(fit.validationSteps));
    if (fit.earlyStoppingPatience > 0) arguments.push_back(callbacksArgument(fit));
    arguments.push_back("verbose=1");
}

std::string transferNotes(const TransferExperimentSpec& s) {
    std::string notes;
    if (s.fit.batchSize != defaults::transfer::kBatchSize)
        notes += "# Batches of " + std::to_string(s.fit.batchSize) +
                 ": flow_from_directory(..., batch_size=" + std::to_string(s.fit.batchSize) +
                 ") in both generators.\n";
    if (s.model.numClasses > 2)
        notes += "# " + std::to_string(s.model.numClasses) +
                 " classes: flow_from_directory(..., class_mode='sparse') in both generators.\n";
    if (!s.augment)
        notes +=
            "# No augmentation: train_datagen = ImageDataGenerator(rescale=1/255), as "
            "for validation.\n";
    else if (s.fit.cacheFrozenFeatures && s.fit.augmentedCopies > 0)
        notes += "# LayerLab trains on a bank of " + std::to_string(s.fit.augmentedCopies) +
                 " augmented copies of each image; Keras augments afresh every epoch.\n";
    return notes;
}

std::string transferCode(const TransferExperimentSpec& s) {
    const std::string loss =
        s.model.numClasses > 2 ? "sparse_categorical_crossentropy" : "binary_crossentropy";
    std::vector<std::string> arguments;
    addCommonArguments(s.fit, arguments);
    arguments.push_back("validation_data=validation_generator");
    addFinalArguments(s.fit, arguments);
    return compileCode(s.fit, loss, transferNotes(s)) + fitCall("train_generator", arguments);
}

std::string imdbCode(const ImdbExperimentSpec& s) {
    std::vector<std::string> arguments;
    addCommonArguments(s.fit, arguments);
    arguments.push_back("batch_size=" + std::to_string(s.fit.batchSize));
    if (s.validationSplit > 0)
        arguments.push_back("validation_split=" + pythonFloat(s.validationSplit));
    addFinalArguments(s.fit, arguments);
    return compileCode(s.fit, "binary_crossentropy", {}) +
           fitCall("x_data_train_seq, t_data_train", arguments) +
           "model.evaluate(x_data_test_seq, t_data_test)\n";
}

}  // namespace

std::string kerasFitCode(const ExperimentSpec& spec) {
    if (const auto* transfer = std::get_if<TransferExperimentSpec>(&spec))
        return transferCode(*transfer);
    return imdbCode(std::get<ImdbExperimentSpec>(spec));
}

}  // namespace layerlab
