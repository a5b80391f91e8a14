#include <unistd.h>

#include <chrono>
#include <cstdio>
#include <iostream>

#include "cli/Commands.h"
#include "data/Heatmap.h"
#include "data/ImageDecoder.h"
#include "data/ImageGrid.h"
#include "experiment/FilterGrid.h"
#include "experiment/RunPredictor.h"
#include "io/FileIO.h"
#include "io/NpyWriter.h"
#include "model/GradCam.h"
#include "model/Network.h"

namespace layerlab::cli {
namespace {

double secondsSince(std::chrono::steady_clock::time_point start) {
    return std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
}

std::string fixed(const char* pattern, double value) {
    char text[64];
    std::snprintf(text, sizeof text, pattern, value);
    return text;
}

std::string requiredRun(ArgList& args, const char* command) {
    const auto run = args.value("--run");
    if (!run) throw UsageError(std::string(command) + " needs --run RUN");
    return *run;
}

// The overlays side by side over a colour scale (blue: no weight, red: the most).
Image overlaySheet(const std::vector<Image>& overlays) {
    Image row = composeGrid(overlays, static_cast<int>(overlays.size()));
    const Image scale = colourScale(12, row.width);
    Image sheet(row.height + 4 + scale.height, row.width, 3, 255.0f);
    std::copy(row.pixels.begin(), row.pixels.end(), sheet.pixels.begin());
    std::copy(
        scale.pixels.begin(), scale.pixels.end(),
        sheet.pixels.begin() + static_cast<std::ptrdiff_t>(sheet.index(row.height + 4, 0, 0)));
    return sheet;
}

}  // namespace

const char* const kExplainHelp =
    "layerlab-cli explain --run RUN IMAGE… [--layer L] [--class N] [--out-npy maps.npy] "
    "[--out overlay.png]\n"
    "  Grad-CAM: where the run's model looked to choose a class. The target is the class's\n"
    "  logit (one sigmoid unit: z for class 1, -z for class 0), α_k the spatial mean of its\n"
    "  gradient over channel k of layer L, the map ReLU(Σ_k α_k A^k). L defaults to the base's\n"
    "  last conv layer (block5_conv3, out_relu); the class to the predicted one. --out-npy\n"
    "  writes the raw maps (float32, N×H×W at the layer's resolution); --out the maps\n"
    "  upsampled over the images, side by side above the colour scale.\n";

const char* const kActivationsHelp =
    "layerlab-cli activations --run RUN IMAGE --layer L --out grid.png [--columns 16] [--tile 64]\n"
    "  Every channel of layer L's output for IMAGE as a grid of numbered grey tiles, each\n"
    "  standardised on its own (the book's first visualisation).\n";

const char* const kFiltersHelp =
    "layerlab-cli filters --run RUN --layer L [--count 16] [--columns 8] [--size 128] "
    "[--steps 40] --out grid.png\n"
    "  The input each of the layer's first COUNT filters responds to most, by gradient ascent\n"
    "  from grey noise (STEPS steps on SIZE×SIZE pixels). Cached per run and layer.\n";

int runExplain(ArgList& args) {
    RunPredictor predictor(requiredRun(args, "explain"));
    Network& network = predictor.network();
    const std::string layer = args.valueOr("--layer", defaultExplainLayer(network));
    const auto targetClass =
        args.integerIn("--class", 0, static_cast<int>(predictor.classes().size()) - 1);
    const auto npy = args.value("--out-npy");
    const auto out = args.value("--out");
    const auto images = args.positionals();
    if (images.empty()) throw UsageError("explain needs at least one IMAGE");
    if (!npy && !out) throw UsageError("explain needs --out-npy FILE or --out FILE");
    std::vector<float> maps;
    std::vector<Image> overlays;
    ClassActivationMap map;
    for (const auto& path : images) {
        const Image input = predictor.readInput(path);
        const auto start = std::chrono::steady_clock::now();
        map = gradCam(network, input, layer, targetClass);
        std::cout << path << ": " << predictor.classes().at(std::size_t(map.targetClass)) << " "
                  << fixed("%.4f", map.probability) << ", map " << map.height << "x" << map.width
                  << " at " << layer << " (" << fixed("%.2f", secondsSince(start)) << " s)\n";
        maps.insert(maps.end(), map.values.begin(), map.values.end());
        if (out) overlays.push_back(overlayHeatmap(input, {map.height, map.width, map.values}));
    }
    if (npy)
        writeNpyFloat32(*npy, {static_cast<std::int64_t>(images.size()), map.height, map.width},
                        maps);
    if (out) writeImageFile(overlaySheet(overlays), *out);
    return 0;
}

int runActivations(ArgList& args) {
    RunPredictor predictor(requiredRun(args, "activations"));
    const auto layer = args.value("--layer");
    const auto out = args.value("--out");
    const int columns = args.integerIn("--columns", 1, 256).value_or(16);
    const int tile = args.integerIn("--tile", 8, 512).value_or(64);
    const auto images = args.positionals();
    if (!layer || !out || images.size() != 1)
        throw UsageError("activations needs --run RUN, one IMAGE, --layer L and --out FILE");
    Network& network = predictor.network();
    const auto maps = network.featureMaps(*layer);
    if (!maps) throw UsageError("'" + *layer + "' has no feature maps: its output is not spatial");
    const int h = maps->height, w = maps->width, c = maps->channels;
    const std::vector<float> output = network.layerOutput({predictor.readInput(images[0])}, *layer);
    writeImageFile(featureMapGrid(output, h, w, c, columns, tile), *out);
    std::cout << *layer << ": " << c << " channels of " << h << "x" << w << " written to " << *out
              << "\n";
    return 0;
}

int runFilters(ArgList& args) {
    RunModel model = loadRunModel(requiredRun(args, "filters"));
    FilterGridRequest request;
    const auto layer = args.value("--layer");
    const auto out = args.value("--out");
    if (!layer || !out) throw UsageError("filters needs --run RUN, --layer L and --out FILE");
    request.layer = *layer;
    request.count = args.integerIn("--count", 1, 512).value_or(request.count);
    request.columns = args.integerIn("--columns", 1, 64).value_or(request.columns);
    request.options.size = args.integerIn("--size", 16, 512).value_or(request.options.size);
    request.options.steps = args.integerIn("--steps", 1, 1000).value_or(request.options.steps);
    args.positionals();
    if (std::holds_alternative<ImdbExperimentSpec>(model.spec))
        throw UsageError("filters needs an image run");
    const auto start = std::chrono::steady_clock::now();
    const bool watched = isatty(STDERR_FILENO);
    const auto grid = filterGrid(model, request, [watched](int done, int total) {
        if (watched) std::fprintf(stderr, "\r%d/%d steps", done, total);
    });
    if (watched) std::fprintf(stderr, "\n");
    writeImageFile(grid->image, *out);
    std::cout << grid->filters << " filters of " << *layer << " in "
              << fixed("%.1f", secondsSince(start)) << " s"
              << (grid->fromCache ? " (from the cache)" : "") << ", written to " << *out << "\n";
    return 0;
}

}  // namespace layerlab::cli
