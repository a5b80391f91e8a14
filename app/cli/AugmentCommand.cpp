#include <cmath>
#include <iostream>

#include "cli/Commands.h"
#include "data/ImageDecoder.h"
#include "data/ImageGrid.h"
#include "io/FileIO.h"
#include "experiment/AugmentOptions.h"

namespace layerlab::cli {
namespace {

constexpr long kMaxGridPixels = 40'000'000;

std::optional<ImageSize> readSize(ArgList& args) {
    const auto text = args.value("--size");
    if (!text) return std::nullopt;
    const auto x = text->find('x');
    const double height = parseNumber("--size", text->substr(0, x));
    const double width =
        x == std::string::npos ? height : parseNumber("--size", text->substr(x + 1));
    if (!(height >= 1 && height <= 4096 && width >= 1 && width <= 4096))
        throw UsageError("--size must be 1..4096 (or HxW, each 1..4096)");
    return ImageSize{static_cast<int>(height), static_cast<int>(width)};
}

Image loadOrThrow(const std::string& path, std::optional<ImageSize> size,
                  Interpolation interpolation = Interpolation::Nearest) {
    DecodedImage decoded = decodeImageFile(path, size, interpolation);
    if (!decoded.ok()) throw FileError(MessageId::FileUnusable, {path}, decoded.error);
    return std::move(decoded.image);
}

int applyOne(ArgList& args, const std::string& out, const std::string& spec) {
    TransformParams transform;
    try {
        transform = TransformParams::parse(spec);
    } catch (const UsageError& error) {
        throw UsageError(std::string("--apply: ") + error.what());
    }
    const auto fill = parseFillMode(args.valueOr("--fill-mode", "nearest"));
    if (!fill) throw UsageError("--fill-mode must be nearest, constant, reflect or wrap");
    const double cval = args.number("--cval").value_or(0.0);
    const auto rest = args.positionals();
    if (rest.size() != 1) throw UsageError("augment needs exactly one image");
    const Image image = loadOrThrow(rest.front(), std::nullopt);
    writeImageFile(applyTransform(image, transform, *fill, cval), out);
    std::cout << "Applied " << transform.toString() << " (fill_mode=" << fillModeName(*fill)
              << ") to " << image.height << "x" << image.width << " -> " << out << "\n";
    return 0;
}

}  // namespace

const char* const kAugmentHelp =
    "layerlab-cli augment IMAGE --out grid.png [--count 9] [--seed S] [--columns C] [--size "
    "H[xW]]\n"
    "                     [augmentation options]\n"
    "  Writes a grid of augmented samples; tile i uses seed S+i, and draws what Keras's\n"
    "  get_random_transform(shape, seed=S+i) draws. Each tile's parameters are printed.\n"
    "layerlab-cli augment IMAGE --apply "
    "'theta=20,tx=10,ty=-6,shear=15,zx=1.2,zy=0.9,flip_horizontal=1'\n"
    "                     [--fill-mode M] [--cval V] --out out.png\n"
    "  Applies one parameter set at the image's own size, as Keras's apply_transform does\n"
    "  (tx moves rows, ty columns; theta and shear in degrees; bilinear; flips last).\n";

int runAugment(ArgList& args) {
    const auto out = args.value("--out");
    if (!out) throw UsageError("augment needs --out FILE.png");
    if (auto spec = args.value("--apply")) return applyOne(args, *out, *spec);
    const long count = args.integerIn("--count", 1, 400).value_or(9);
    const std::uint32_t seed = args.unsignedInteger("--seed").value_or(0);
    const auto size = readSize(args);
    const Interpolation interpolation =
        readEnumOption(args, "--interpolation", kInterpolations, Interpolation::Nearest);
    const long columns =
        args.integerIn("--columns", 1, 400)
            .value_or(static_cast<long>(std::ceil(std::sqrt(static_cast<double>(count)))));
    AugmentParams params = readAugmentOptions(args);
    const auto rest = args.positionals();
    if (rest.size() != 1) throw UsageError("augment needs exactly one image");
    // Each tile is a float copy of the image: a grid of big photos needs --size. Checked from
    // the header, before the photo is decoded.
    const double tilePixels = size ? double(size->height) * size->width
                                   : double(declaredImagePixels(rest.front()).value_or(0));
    if (count * tilePixels > kMaxGridPixels)
        throw UsageError("augment: " + std::to_string(count) + " tiles of " +
                         std::to_string(static_cast<long long>(tilePixels)) +
                         " pixels exceed the grid's " + std::to_string(kMaxGridPixels) +
                         "; give --size (e.g. --size 224)");
    const Image image = loadOrThrow(rest.front(), size, interpolation);
    params.rescale = 1.0;  // the grid shows pixels, not the network's input scale
    std::vector<Image> tiles;
    for (long i = 0; i < count; ++i) {
        TransformParams drawn;
        tiles.push_back(augmentImage(image, params, seed + static_cast<std::uint32_t>(i), &drawn));
        std::cout << "tile " << i << " seed " << seed + i << ": " << drawn.toString() << "\n";
    }
    writeImageFile(composeGrid(tiles, static_cast<int>(columns)), *out);
    std::cout << "Wrote " << count << " samples of " << image.height << "x" << image.width << " to "
              << *out << "\n";
    return 0;
}

}  // namespace layerlab::cli
