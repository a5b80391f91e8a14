#include <iostream>

#include "cli/Commands.h"
#include "data/ImageDecoder.h"
#include "data/ImageFolder.h"
#include "experiment/ModelOptions.h"
#include "io/FeatureStore.h"
#include "io/FileIO.h"
#include "io/NpyWriter.h"
#include "model/Network.h"
#include "train/LayerFeatures.h"

namespace fs = std::filesystem;

namespace layerlab::cli {
namespace {

// Files in the order given; a folder contributes its images in flow_from_directory's order.
std::vector<fs::path> expandInputs(const std::vector<std::string>& inputs) {
    std::vector<fs::path> files;
    for (const auto& input : inputs) {
        if (!fs::is_directory(input)) {
            files.emplace_back(input);
            continue;
        }
        std::vector<fs::path> found;
        for (const auto& entry : fs::recursive_directory_iterator(input))
            if (entry.is_regular_file() && hasImageExtension(entry.path()))
                found.push_back(entry.path());
        std::sort(found.begin(), found.end(), [](const fs::path& a, const fs::path& b) {
            return std::make_pair(a.parent_path().string(), a.filename().string()) <
                   std::make_pair(b.parent_path().string(), b.filename().string());
        });
        files.insert(files.end(), found.begin(), found.end());
    }
    return files;
}

// Appends each image's layer output (NHWC): its global average over H×W with `pool` (or for a
// flat layer), else all of it in NCHW order, as PyTorch users expect unpooled features.
void appendFeatures(std::vector<float>& features, const std::vector<float>& nhwc,
                    std::size_t images, const Shape& shape, bool pool) {
    const std::int64_t h = shape.size() == 3 ? shape[0] : 1, w = shape.size() == 3 ? shape[1] : 1;
    const std::int64_t c = shape.back();
    for (std::size_t n = 0; n < images; ++n) {
        const float* image = nhwc.data() + n * static_cast<std::size_t>(h * w * c);
        if (pool || shape.size() == 1) {
            for (std::int64_t k = 0; k < c; ++k) {
                double sum = 0;
                for (std::int64_t p = 0; p < h * w; ++p) sum += image[p * c + k];
                features.push_back(static_cast<float>(sum / static_cast<double>(h * w)));
            }
        } else {
            for (std::int64_t k = 0; k < c; ++k)
                for (std::int64_t p = 0; p < h * w; ++p) features.push_back(image[p * c + k]);
        }
    }
}

}  // namespace

const char* const kEmbedHelp =
    "layerlab-cli embed --backbone vgg16|mobilenet_v2 [--alpha A] --weights FILE|none --size S\n"
    "                   [--layer NAME] [--pool gap|none] [--preprocessing rescale|caffe|tf]\n"
    "                   [--interpolation bilinear|nearest|area] [--feature-store DIR|off]\n"
    "                   [--feature-precision fp32|fp16] IMAGE_OR_DIR… --out features.npy\n"
    "  Writes the output of a layer (default: the backbone's last) for each image as a float32\n"
    "  .npy, one row per image in the order given: (N, C) with --pool gap, else (N, C, H, W).\n"
    "  Images are decoded with OpenCV, resized (bilinear by default) and converted to RGB.\n"
    "  Outputs are read from and kept in the feature store (default <cache>/features; fp32\n"
    "  unless --feature-precision fp16, the precision training stores by default).\n";

int runEmbed(ArgList& args) {
    const auto out = args.value("--out");
    if (!out) throw UsageError("embed needs --out features.npy");
    ModelSpec spec = readModelSpec(args);
    const auto weights = args.value("--weights");
    if (!weights)
        throw UsageError("embed needs --weights FILE (or --weights none for random weights)");
    const std::string pool = args.valueOr("--pool", "gap");
    if (pool != "gap" && pool != "none") throw UsageError("--pool must be gap or none");
    const Interpolation interpolation =
        readEnumOption(args, "--interpolation", kInterpolations, Interpolation::Bilinear);
    auto layer = args.value("--layer");
    FeatureStoreUse store;
    store.dir = FeatureStore::defaultDir();
    if (auto dir = args.value("--feature-store")) store.dir = *dir == "off" ? "" : *dir;
    store.precision =
        readEnumOption(args, "--feature-precision", kFeaturePrecisions, FeaturePrecision::Fp32);
    const auto inputs = args.positionals();
    if (inputs.empty()) throw UsageError("embed needs at least one image or folder");

    Network network(spec);
    if (*weights != "none") network.loadKerasWeights(readKerasH5(*weights));
    if (!layer) {  // the backbone's last layer
        for (const auto& l : network.layers())
            if (l.block != kHeadBlock) layer = l.name;
    }
    const auto infos = network.infos();
    Shape shape;
    for (std::size_t i = 0; i < network.layers().size(); ++i)
        if (network.layers()[i].name == *layer) shape = infos[i].outputShape;
    if (shape.empty()) throw UsageError("no layer named '" + *layer + "'");

    const auto files = expandInputs(inputs);
    ImageInputConfig input;
    input.size = spec.inputSize;
    input.interpolation = interpolation;
    const LayerFeatures computed = layerFeatures(network, files, *layer, input, store);
    if (!computed.storeRefused.empty())
        std::cerr << "layerlab-cli: " << computed.storeRefused << "; embed goes on without it\n";
    std::vector<float> features;
    appendFeatures(features, computed.values, files.size(), shape, pool == "gap");
    const auto n = static_cast<std::int64_t>(files.size());
    const std::vector<std::int64_t> outShape =
        pool == "gap" || shape.size() == 1
            ? std::vector<std::int64_t>{n, shape.back()}
            : std::vector<std::int64_t>{n, shape[2], shape[0], shape[1]};
    writeNpyFloat32(*out, outShape, features);
    std::cout << "Wrote " << n << " rows of " << *layer
              << (pool == "gap" ? " (global average)" : "") << " to " << *out;
    if (!store.dir.empty())
        std::cout << " (" << computed.stored << " from the feature store, " << computed.computed
                  << " computed)";
    std::cout << "\n";
    return 0;
}

}  // namespace layerlab::cli
