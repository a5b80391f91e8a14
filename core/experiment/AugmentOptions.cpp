#include "experiment/AugmentOptions.h"

#include <tuple>

namespace layerlab {
namespace {

// Python's literal rules: "3" is an int (whole-pixel choices), "3.0" and "0.1" are floats.
ShiftRange parseShift(const std::string& option, const std::string& text) {
    const double value = parseNumber(option, text);
    const bool integer = text.find_first_of(".eE") == std::string::npos;
    if (value < 0) throw UsageError(MessageId::OptionAtLeastZero, {option});
    return {value, integer};
}

std::pair<double, double> parseRange(const std::string& option, const std::string& text) {
    const auto parts = splitList(text);
    if (parts.size() != 2) throw UsageError(MessageId::OptionExpectsPair, {option});
    return {parseNumber(option, parts[0]), parseNumber(option, parts[1])};
}

}  // namespace

const char* const kAugmentOptionsHelp =
    "  --preset lesson|none       start from the lesson's train_datagen (default) or nothing\n"
    "  --rotation-range DEG       --width-shift-range R      --height-shift-range R\n"
    "                             (R < 1: fraction of the size; float >= 1: pixels; int: whole "
    "px)\n"
    "  --shear-range DEG          --zoom-range Z|LO,HI       --brightness-range LO,HI\n"
    "  --horizontal-flip / --no-horizontal-flip             --vertical-flip\n"
    "  --fill-mode nearest|constant|reflect|wrap            --cval V   --rescale F\n";

std::vector<std::string> augmentOptionArgs(const AugmentParams& p) {
    std::vector<std::string> args = {"--preset", "none"};
    auto add = [&](const char* option, const std::string& value) {
        args.insert(args.end(), {option, value});
    };
    add("--rotation-range", numberArg(p.rotation_range));
    add("--width-shift-range", numberArg(p.width_shift_range.value, !p.width_shift_range.integer));
    add("--height-shift-range",
        numberArg(p.height_shift_range.value, !p.height_shift_range.integer));
    add("--shear-range", numberArg(p.shear_range));
    add("--zoom-range", numberArg(p.zoom_lo) + "," + numberArg(p.zoom_hi));
    if (p.brightness_lo)
        add("--brightness-range", numberArg(*p.brightness_lo) + "," + numberArg(p.brightness_hi));
    if (p.horizontal_flip) args.push_back("--horizontal-flip");
    if (p.vertical_flip) args.push_back("--vertical-flip");
    add("--fill-mode", fillModeName(p.fill_mode));
    add("--cval", numberArg(p.cval));
    add("--rescale", numberArg(p.rescale));
    return args;
}

AugmentParams readAugmentOptions(ArgList& args) {
    const std::string preset = args.valueOr("--preset", "lesson");
    AugmentParams p;
    if (preset == "lesson") {
        p = AugmentParams::lesson();
    } else if (preset != "none") {
        throw UsageError(MessageId::PresetChoice);
    }
    if (auto v = args.number("--rotation-range")) p.rotation_range = *v;
    if (auto v = args.value("--width-shift-range"))
        p.width_shift_range = parseShift("--width-shift-range", *v);
    if (auto v = args.value("--height-shift-range"))
        p.height_shift_range = parseShift("--height-shift-range", *v);
    if (auto v = args.number("--shear-range")) p.shear_range = *v;
    if (auto v = args.value("--zoom-range")) {
        if (v->find(',') != std::string::npos) {
            std::tie(p.zoom_lo, p.zoom_hi) = parseRange("--zoom-range", *v);
        } else {
            p.setZoomRange(parseNumber("--zoom-range", *v));
        }
    }
    if (auto v = args.value("--brightness-range")) {
        const auto [lo, hi] = parseRange("--brightness-range", *v);
        p.brightness_lo = lo;
        p.brightness_hi = hi;
    }
    if (args.flag("--horizontal-flip")) p.horizontal_flip = true;
    if (args.flag("--no-horizontal-flip")) p.horizontal_flip = false;
    if (args.flag("--vertical-flip")) p.vertical_flip = true;
    if (auto v = args.value("--fill-mode")) {
        const auto mode = parseFillMode(*v);
        if (!mode) throw UsageError(MessageId::FillModeChoice);
        p.fill_mode = *mode;
    }
    if (auto v = args.number("--cval")) p.cval = *v;
    if (auto v = args.number("--rescale")) p.rescale = *v;
    return p;
}

}  // namespace layerlab
