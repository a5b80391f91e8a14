#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <utility>

#include "data/Image.h"

namespace layerlab {

// ImageDataGenerator's fill_mode. Wrap is the documented abcd|abcd|abcd (period n); Keras
// hands 'wrap' to SciPy, whose 'wrap' repeats with period n-1. We do the documented thing.
enum class FillMode { Nearest, Constant, Reflect, Wrap };
inline constexpr std::pair<FillMode, const char*> kFillModes[] = {{FillMode::Nearest, "nearest"},
                                                                  {FillMode::Constant, "constant"},
                                                                  {FillMode::Reflect, "reflect"},
                                                                  {FillMode::Wrap, "wrap"}};
const char* fillModeName(FillMode mode);
std::optional<FillMode> parseFillMode(const std::string& name);

// width_shift_range / height_shift_range as Keras reads them: a float < 1 is a fraction of
// the image size, a float >= 1 is pixels (both drawn uniformly in [-r, r]); an int r draws a
// whole pixel count from {-(r-1), …, r-1} (np.random.choice(r) times a random sign).
struct ShiftRange {
    double value = 0.0;
    bool integer = false;
    bool active() const { return value != 0.0; }
};

// The random part of ImageDataGenerator, with Keras's names and units.
struct AugmentParams {
    double rotation_range = 0.0;  // degrees
    ShiftRange width_shift_range;
    ShiftRange height_shift_range;
    double shear_range = 0.0;  // degrees (keras-preprocessing >= 1.0; older Keras: radians)
    double zoom_lo = 1.0;      // zoom_range as [lo, hi]; a float z means [1-z, 1+z]
    double zoom_hi = 1.0;
    bool horizontal_flip = false;
    bool vertical_flip = false;
    FillMode fill_mode = FillMode::Nearest;
    double cval = 0.0;
    std::optional<double> brightness_lo;  // brightness_range [lo, hi]; none when unset
    double brightness_hi = 1.0;
    double rescale = 1.0;  // applied after the transform, as Keras's standardize() does

    void setZoomRange(double z) { zoom_lo = 1.0 - z, zoom_hi = 1.0 + z; }
    bool randomTransformActive() const;

    // The lesson's train_datagen: rescale=1/255, rotation 30, shifts 0.1, shear 0.2, zoom 0.2,
    // horizontal flip, fill nearest.
    static AugmentParams lesson();
};

// One draw: exactly the dict of ImageDataGenerator.get_random_transform.
struct TransformParams {
    double theta = 0.0;  // degrees
    double tx = 0.0;     // rows (vertical), pixels — keras-preprocessing 1.1.2 / tf.keras <= 2.8
    double ty = 0.0;     // columns (horizontal), pixels
    double shear = 0.0;  // degrees
    double zx = 1.0;     // zoom of rows; > 1 zooms out
    double zy = 1.0;     // zoom of columns
    bool flip_horizontal = false;
    bool flip_vertical = false;
    std::optional<double> brightness;

    bool affineActive() const;
    // "theta=20,tx=10,…" — the keys of apply_transform; parse throws UsageError.
    std::string toString() const;
    static TransformParams parse(const std::string& text);
};

// get_random_transform(img_shape, seed=seed): the same numbers Keras draws for that seed.
TransformParams drawTransform(const AugmentParams& params, int height, int width,
                              std::uint32_t seed);

// apply_transform: one affine resampling (bilinear, SciPy's boundary rules per fill mode)
// about the centre, then flips, then brightness. Values stay on the input's scale.
Image applyTransform(const Image& image, const TransformParams& transform, FillMode fill,
                     double cval);

// The shared entry point of preview and training: draw with `seed`, apply, then rescale.
Image augmentImage(const Image& image, const AugmentParams& params, std::uint32_t seed,
                   TransformParams* drawn = nullptr);

// Multiplies every value by `factor` (Keras's rescale step).
void rescaleImage(Image& image, double factor);

// The matching Python: "ImageDataGenerator(rescale=1/255, rotation_range=30, …)".
std::string kerasCode(const AugmentParams& params);

}  // namespace layerlab
