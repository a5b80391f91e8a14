#include <iostream>

#include "cli/Commands.h"
#include "experiment/RunModel.h"
#include "io/FileIO.h"

namespace layerlab::cli {

const char* const kExportHelp =
    "layerlab-cli export RUN --keras model.h5 [--overwrite]\n"
    "  Writes a run's model as a Keras HDF5 full model (model_config, model_weights/, "
    "keras_version,\n"
    "  backend), for keras.models.load_model or h5py. The model takes preprocessed input: the\n"
    "  file's attribute layerlab_preprocessing says which (rescale: x/255; caffe: BGR minus the\n"
    "  ImageNet mean; tf: x/127.5 - 1), layerlab_classes the class names. An existing file is\n"
    "  replaced only with --overwrite and only when it is an earlier export; nothing inside a\n"
    "  run folder or the Keras and LayerLab caches is ever written.\n";

int runExport(ArgList& args) {
    const auto out = args.value("--keras");
    const ExistingExport existing =
        args.flag("--overwrite") ? ExistingExport::Replace : ExistingExport::Refuse;
    const auto positionals = args.positionals();
    if (!out || positionals.size() != 1) throw UsageError("export needs RUN and --keras FILE");
    RunModel model = loadRunModel(positionals.front());
    writeKerasModel(model, *out, existing);
    std::cout << "Keras model written to " << *out
              << (model.unfinished ? " (" + englishText(*model.unfinished) + ")" : "") << "\n";
    return 0;
}

}  // namespace layerlab::cli
