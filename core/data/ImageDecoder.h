#pragma once

#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>
#include <utility>

#include "data/Image.h"
#include "util/Message.h"

namespace layerlab {

// How a decoded image is brought to the target size. Nearest is Keras's default for
// flow_from_directory and matches PIL's nearest exactly (pixel centres, not corners).
enum class Interpolation { Nearest, Bilinear, Area };
inline constexpr std::pair<Interpolation, const char*> kInterpolations[] = {
    {Interpolation::Nearest, "nearest"},
    {Interpolation::Bilinear, "bilinear"},
    {Interpolation::Area, "area"}};

const char* interpolationName(Interpolation interpolation);

struct ImageSize {
    int height = 0;
    int width = 0;
};

// Why a file cannot be used, as a code a UI can translate (problemMessage says it).
enum class ImageProblem {
    None,
    Unreadable,
    Empty,
    TruncatedJpeg,
    TruncatedPng,
    NotAnImage,
    Corrupt,
    TooLarge
};

// Pillow's MAX_IMAGE_PIXELS, which Keras's load_img inherits: larger images are refused from
// their header, before a byte is decoded (decompression bombs).
inline constexpr std::uint64_t kMaxImagePixels = 89'478'485;
inline constexpr std::uintmax_t kMaxImageFileBytes = 256u << 20;
// What `problem` is, to say to a user.
Message problemMessage(ImageProblem problem);

struct DecodedImage {
    Image image;           // RGB float 0..255 at the target size; empty on failure
    int sourceHeight = 0;  // size of the file's own pixels
    int sourceWidth = 0;
    ImageProblem problem = ImageProblem::None;
    Message error;  // the problem; for Unreadable, the file's own failure (OS reason and all)
    bool ok() const { return problem == ImageProblem::None; }
};

// The result of the cheap check below.
struct ImageCheck {
    ImageProblem problem = ImageProblem::None;
    Message error;
    bool ok() const { return problem == ImageProblem::None; }
};

// Reads, checks and decodes one image file (any path, including non-ASCII ones), converts
// it to RGB and resizes it when a target is given. Never throws for bad files: a zero-byte,
// truncated, corrupt or non-image file comes back with `error` set.
DecodedImage decodeImageFile(const std::filesystem::path& path,
                             std::optional<ImageSize> target = std::nullopt,
                             Interpolation interpolation = Interpolation::Nearest);

// Decodes for display: the whole picture, aspect ratio kept, longest side at most `maxSide`
// (area averaging).
DecodedImage decodeThumbnail(const std::filesystem::path& path, int maxSide);

// Cheap structural check of a file without decoding pixels: signature of a known format
// and, for JPEG and PNG, the end marker that a truncated file lacks.
ImageCheck quickImageCheck(const std::filesystem::path& path);

// The pixel count an image file's header declares (PNG, JPEG, BMP, TIFF, PNM), read without
// decoding; nothing when the header does not say or the file cannot be read.
std::optional<std::uint64_t> declaredImagePixels(const std::filesystem::path& path);

// Writes an RGB float image (values 0..255, clamped) as PNG/JPEG/BMP by extension, atomically.
// Throws FileError on failure.
void writeImageFile(const Image& image, const std::filesystem::path& path);

}  // namespace layerlab
