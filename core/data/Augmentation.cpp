#include "data/Augmentation.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <cstdio>
#include <map>
#include <sstream>
#include <stdexcept>

#include "util/EnumNames.h"
#include "util/NumpyRandom.h"
#include "util/UsageError.h"

namespace layerlab {
namespace {

constexpr double kPi = 3.14159265358979323846;

using Matrix3 = std::array<std::array<double, 3>, 3>;

Matrix3 multiply(const Matrix3& a, const Matrix3& b) {
    Matrix3 product{};
    for (int i = 0; i < 3; ++i)
        for (int j = 0; j < 3; ++j)
            for (int k = 0; k < 3; ++k) product[i][j] += a[i][k] * b[k][j];
    return product;
}

// Keras's Rotation·Shift·Shear·Zoom in (row, col) coordinates, re-centred on
// (h/2 + 0.5, w/2 + 0.5); it maps output pixel coordinates to input coordinates.
Matrix3 kerasMatrix(const TransformParams& t, int height, int width) {
    const double theta = t.theta * kPi / 180.0;
    const double shear = t.shear * kPi / 180.0;
    Matrix3 m = {
        {{std::cos(theta), -std::sin(theta), 0}, {std::sin(theta), std::cos(theta), 0}, {0, 0, 1}}};
    m = multiply(m, {{{1, 0, t.tx}, {0, 1, t.ty}, {0, 0, 1}}});
    m = multiply(m, {{{1, -std::sin(shear), 0}, {0, std::cos(shear), 0}, {0, 0, 1}}});
    m = multiply(m, {{{t.zx, 0, 0}, {0, t.zy, 0}, {0, 0, 1}}});
    const double oRow = height / 2.0 + 0.5;
    const double oCol = width / 2.0 + 0.5;
    m = multiply({{{1, 0, oRow}, {0, 1, oCol}, {0, 0, 1}}}, m);
    return multiply(m, {{{1, 0, -oRow}, {0, 1, -oCol}, {0, 0, 1}}});
}

// Maps an integer sample index outside [0, n) to the one SciPy's mode reads.
int boundaryIndex(int index, int n, FillMode mode) {
    if (index >= 0 && index < n) return index;
    switch (mode) {
        case FillMode::Reflect: {  // half-sample symmetric: abcd|dcba
            const int period = 2 * n;
            int m = index % period;
            if (m < 0) m += period;
            return m >= n ? period - 1 - m : m;
        }
        case FillMode::Wrap: {
            int m = index % n;
            return m < 0 ? m + n : m;
        }
        case FillMode::Nearest:
        case FillMode::Constant:
            break;
    }
    return std::clamp(index, 0, n - 1);
}

struct Tap {
    int low, high;
    double weight;  // weight of `high`
};

Tap tapFor(double coordinate, int n, FillMode mode) {
    const double floorValue = std::floor(coordinate);
    const int low = static_cast<int>(floorValue);
    return {boundaryIndex(low, n, mode), boundaryIndex(low + 1, n, mode), coordinate - floorValue};
}

bool outsideForConstant(double coordinate, int n) {
    return coordinate < 0.0 || coordinate > n - 1;
}

Image resample(const Image& in, const Matrix3& m, FillMode mode, double cval) {
    Image out(in.height, in.width, in.channels);
    const int channels = in.channels;
    for (int r = 0; r < out.height; ++r) {
        for (int c = 0; c < out.width; ++c) {
            const double row = m[0][0] * r + m[0][1] * c + m[0][2];
            const double col = m[1][0] * r + m[1][1] * c + m[1][2];
            float* dst = &out.pixels[out.index(r, c, 0)];
            if (mode == FillMode::Constant &&
                (outsideForConstant(row, in.height) || outsideForConstant(col, in.width))) {
                std::fill(dst, dst + channels, static_cast<float>(cval));
                continue;
            }
            const Tap tr = tapFor(row, in.height, mode);
            const Tap tc = tapFor(col, in.width, mode);
            const float* p00 = &in.pixels[in.index(tr.low, tc.low, 0)];
            const float* p01 = &in.pixels[in.index(tr.low, tc.high, 0)];
            const float* p10 = &in.pixels[in.index(tr.high, tc.low, 0)];
            const float* p11 = &in.pixels[in.index(tr.high, tc.high, 0)];
            const double wr = tr.weight, wc = tc.weight;
            for (int k = 0; k < channels; ++k) {
                const double top = p00[k] + (p01[k] - p00[k]) * wc;
                const double bottom = p10[k] + (p11[k] - p10[k]) * wc;
                dst[k] = static_cast<float>(top + (bottom - top) * wr);
            }
        }
    }
    return out;
}

void flipColumns(Image& image) {
    for (int r = 0; r < image.height; ++r)
        for (int c = 0; c < image.width / 2; ++c)
            for (int k = 0; k < image.channels; ++k)
                std::swap(image.at(r, c, k), image.at(r, image.width - 1 - c, k));
}

void flipRows(Image& image) {
    const std::size_t rowLength = static_cast<std::size_t>(image.width) * image.channels;
    for (int r = 0; r < image.height / 2; ++r)
        std::swap_ranges(image.pixels.begin() + r * rowLength,
                         image.pixels.begin() + (r + 1) * rowLength,
                         image.pixels.begin() + (image.height - 1 - r) * rowLength);
}

double drawShift(const ShiftRange& range, int size, NumpyRandom& random) {
    if (!range.active()) return 0.0;
    if (range.integer) {
        // np.random.choice(r) * np.random.choice([-1, 1])
        const auto magnitude = static_cast<double>(random.below(static_cast<int>(range.value)));
        return random.below(2) == 0 ? -magnitude : magnitude;
    }
    const double shift = random.uniform(-range.value, range.value);
    return range.value < 1.0 ? shift * size : shift;
}

std::string formatNumber(double value) {
    char buffer[32];
    std::snprintf(buffer, sizeof buffer, "%.10g", value);
    return buffer;
}

}  // namespace

const char* fillModeName(FillMode mode) {
    return enumName(kFillModes, mode);
}

std::optional<FillMode> parseFillMode(const std::string& name) {
    return enumFromName(kFillModes, name);
}

bool AugmentParams::randomTransformActive() const {
    return rotation_range != 0 || width_shift_range.active() || height_shift_range.active() ||
           shear_range != 0 || zoom_lo != 1 || zoom_hi != 1 || horizontal_flip || vertical_flip ||
           brightness_lo.has_value();
}

AugmentParams AugmentParams::lesson() {
    AugmentParams p;
    p.rescale = 1.0 / 255.0;
    p.rotation_range = 30;
    p.width_shift_range = {0.1, false};
    p.height_shift_range = {0.1, false};
    p.shear_range = 0.2;
    p.setZoomRange(0.2);
    p.horizontal_flip = true;
    p.fill_mode = FillMode::Nearest;
    return p;
}

bool TransformParams::affineActive() const {
    return theta != 0 || tx != 0 || ty != 0 || shear != 0 || zx != 1 || zy != 1;
}

std::string TransformParams::toString() const {
    std::string text = "theta=" + formatNumber(theta) + ",tx=" + formatNumber(tx) +
                       ",ty=" + formatNumber(ty) + ",shear=" + formatNumber(shear) +
                       ",zx=" + formatNumber(zx) + ",zy=" + formatNumber(zy) +
                       ",flip_horizontal=" + (flip_horizontal ? "1" : "0") +
                       ",flip_vertical=" + (flip_vertical ? "1" : "0");
    if (brightness) text += ",brightness=" + formatNumber(*brightness);
    return text;
}

TransformParams TransformParams::parse(const std::string& text) {
    TransformParams t;
    const std::map<std::string, double*> numbers = {{"theta", &t.theta}, {"tx", &t.tx},
                                                    {"ty", &t.ty},       {"shear", &t.shear},
                                                    {"zx", &t.zx},       {"zy", &t.zy}};
    std::stringstream stream(text);
    std::string item;
    while (std::getline(stream, item, ',')) {
        if (item.empty()) continue;
        const auto equals = item.find('=');
        if (equals == std::string::npos) throw UsageError("expected key=value, got '" + item + "'");
        const std::string key = item.substr(0, equals);
        double value = 0;
        try {
            std::size_t used = 0;
            value = std::stod(item.substr(equals + 1), &used);
            if (used != item.size() - equals - 1) throw UsageError(key);
        } catch (const std::exception&) {
            throw UsageError("not a number for '" + key + "': " + item.substr(equals + 1));
        }
        if (!std::isfinite(value)) throw UsageError("not a finite number for '" + key + "'");
        if ((key == "zx" || key == "zy") && value <= 0)
            throw UsageError(key + " must be above 0 (1 keeps the size)");
        if (auto it = numbers.find(key); it != numbers.end()) {
            *it->second = value;
        } else if (key == "flip_horizontal") {
            t.flip_horizontal = value != 0;
        } else if (key == "flip_vertical") {
            t.flip_vertical = value != 0;
        } else if (key == "brightness") {
            t.brightness = value;
        } else {
            throw UsageError(
                "unknown key '" + key +
                "' (use theta, tx, ty, shear, zx, zy, flip_horizontal, flip_vertical, brightness)");
        }
    }
    return t;
}

TransformParams drawTransform(const AugmentParams& p, int height, int width, std::uint32_t seed) {
    NumpyRandom random(seed);
    TransformParams t;
    if (p.rotation_range != 0) t.theta = random.uniform(-p.rotation_range, p.rotation_range);
    t.tx = drawShift(p.height_shift_range, height, random);
    t.ty = drawShift(p.width_shift_range, width, random);
    if (p.shear_range != 0) t.shear = random.uniform(-p.shear_range, p.shear_range);
    if (p.zoom_lo != 1 || p.zoom_hi != 1) {
        t.zx = random.uniform(p.zoom_lo, p.zoom_hi);
        t.zy = random.uniform(p.zoom_lo, p.zoom_hi);
    }
    // Keras draws both flip coins whether or not the flip is enabled.
    t.flip_horizontal = random.randomSample() < 0.5 && p.horizontal_flip;
    t.flip_vertical = random.randomSample() < 0.5 && p.vertical_flip;
    if (p.brightness_lo) t.brightness = random.uniform(*p.brightness_lo, p.brightness_hi);
    return t;
}

Image applyTransform(const Image& image, const TransformParams& t, FillMode fill, double cval) {
    Image out = t.affineActive()
                    ? resample(image, kerasMatrix(t, image.height, image.width), fill, cval)
                    : image;
    if (t.flip_horizontal) flipColumns(out);
    if (t.flip_vertical) flipRows(out);
    if (t.brightness) {
        // PIL's ImageEnhance.Brightness scales towards black and saturates at 255.
        const float factor = static_cast<float>(*t.brightness);
        for (float& v : out.pixels) v = std::clamp(v * factor, 0.0f, 255.0f);
    }
    return out;
}

void rescaleImage(Image& image, double factor) {
    if (factor == 1.0) return;
    const float f = static_cast<float>(factor);
    for (float& v : image.pixels) v *= f;
}

Image augmentImage(const Image& image, const AugmentParams& params, std::uint32_t seed,
                   TransformParams* drawn) {
    const TransformParams t = drawTransform(params, image.height, image.width, seed);
    if (drawn) *drawn = t;
    Image out = applyTransform(image, t, params.fill_mode, params.cval);
    rescaleImage(out, params.rescale);
    return out;
}

std::string kerasCode(const AugmentParams& p) {
    std::vector<std::string> args;
    if (p.rescale != 1.0) {
        const double inverse = 1.0 / p.rescale;
        args.push_back(std::abs(inverse - std::round(inverse)) < 1e-9
                           ? "rescale=1/" + formatNumber(std::round(inverse))
                           : "rescale=" + formatNumber(p.rescale));
    }
    auto shift = [](const ShiftRange& r) {
        return r.integer ? std::to_string(static_cast<int>(r.value)) : formatNumber(r.value);
    };
    if (p.rotation_range != 0) args.push_back("rotation_range=" + formatNumber(p.rotation_range));
    if (p.width_shift_range.active())
        args.push_back("width_shift_range=" + shift(p.width_shift_range));
    if (p.height_shift_range.active())
        args.push_back("height_shift_range=" + shift(p.height_shift_range));
    if (p.shear_range != 0) args.push_back("shear_range=" + formatNumber(p.shear_range));
    if (p.zoom_lo != 1 || p.zoom_hi != 1) {
        const bool symmetric = std::abs((1.0 - p.zoom_lo) - (p.zoom_hi - 1.0)) < 1e-12;
        args.push_back(symmetric ? "zoom_range=" + formatNumber(p.zoom_hi - 1.0)
                                 : "zoom_range=[" + formatNumber(p.zoom_lo) + ", " +
                                       formatNumber(p.zoom_hi) + "]");
    }
    if (p.brightness_lo)
        args.push_back("brightness_range=[" + formatNumber(*p.brightness_lo) + ", " +
                       formatNumber(p.brightness_hi) + "]");
    if (p.horizontal_flip) args.push_back("horizontal_flip=True");
    if (p.vertical_flip) args.push_back("vertical_flip=True");
    args.push_back(std::string("fill_mode='") + fillModeName(p.fill_mode) + "'");
    if (p.fill_mode == FillMode::Constant) args.push_back("cval=" + formatNumber(p.cval));
    std::string code = "ImageDataGenerator(";
    for (std::size_t i = 0; i < args.size(); ++i)
        code += (i ? ",\n                   " : "") + args[i];
    return code + ")";
}

}  // namespace layerlab
