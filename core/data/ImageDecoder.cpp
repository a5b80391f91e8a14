#include "data/ImageDecoder.h"

#include <opencv2/core.hpp>
#include <opencv2/core/utils/logger.hpp>
#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>

#include <algorithm>
#include <cctype>
#include <cstdint>
#include <cstdlib>

#include "io/FileIO.h"
#include "util/EnumNames.h"

namespace layerlab {
namespace {

bool startsWith(const std::string& bytes, const std::string& prefix) {
    return bytes.compare(0, prefix.size(), prefix) == 0;
}

ImageCheck problem(ImageProblem code) {
    return {code, problemMessage(code)};
}

std::optional<std::uint64_t> declaredPixels(const std::string& b);

// Entropy-coded JPEG data cannot contain FF D9, so a file that was cut short has no EOI in
// its last kilobyte. (Files with trailing junk after EOI still pass.) PNG ends with IEND.
ImageCheck checkBytes(const std::string& head, const std::string& tail, std::uintmax_t size) {
    if (size == 0) return problem(ImageProblem::Empty);
    if (const auto pixels = declaredPixels(head); pixels && *pixels > kMaxImagePixels)
        return {ImageProblem::TooLarge,
                Message(MessageId::ImageTooLargeDeclared,
                        {std::to_string(*pixels), std::to_string(kMaxImagePixels)})};
    if (startsWith(head, "\xFF\xD8\xFF"))
        return tail.find("\xFF\xD9") == std::string::npos ? problem(ImageProblem::TruncatedJpeg)
                                                          : ImageCheck{};
    if (startsWith(head, "\x89PNG\r\n\x1A\n"))
        return tail.find("IEND") == std::string::npos ? problem(ImageProblem::TruncatedPng)
                                                      : ImageCheck{};
    if (startsWith(head, "BM") || startsWith(head, "II*") ||
        startsWith(head, std::string("MM\0*", 4)) ||
        (head.size() >= 2 && head[0] == 'P' && head[1] >= '1' && head[1] <= '6'))
        return {};
    return problem(ImageProblem::NotAnImage);
}

std::uint32_t bigEndian(const std::string& b, std::size_t at, int bytes) {
    std::uint32_t value = 0;
    for (int i = 0; i < bytes; ++i) value = value << 8 | static_cast<unsigned char>(b[at + i]);
    return value;
}
std::uint32_t littleEndian(const std::string& b, std::size_t at, int bytes) {
    std::uint32_t value = 0;
    for (int i = bytes - 1; i >= 0; --i) value = value << 8 | static_cast<unsigned char>(b[at + i]);
    return value;
}

// Width × height as a JPEG's frame header (SOFn) declares them.
std::optional<std::uint64_t> jpegPixels(const std::string& b) {
    std::size_t at = 2;
    while (at + 9 < b.size()) {
        if (static_cast<unsigned char>(b[at]) != 0xFF) return std::nullopt;
        const auto marker = static_cast<unsigned char>(b[at + 1]);
        if (marker == 0xFF) {  // fill byte
            ++at;
            continue;
        }
        if (marker == 0xDA) return std::nullopt;  // scan data before any frame header
        const bool frame =
            marker >= 0xC0 && marker <= 0xCF && marker != 0xC4 && marker != 0xC8 && marker != 0xCC;
        if (frame) return std::uint64_t{bigEndian(b, at + 5, 2)} * bigEndian(b, at + 7, 2);
        at += 2 + bigEndian(b, at + 2, 2);
    }
    return std::nullopt;
}

// Width × height from a TIFF's first image directory (tags 256 and 257).
std::optional<std::uint64_t> tiffPixels(const std::string& b) {
    const bool little = b[0] == 'I';
    const auto read = [&](std::size_t at, int bytes) {
        return little ? littleEndian(b, at, bytes) : bigEndian(b, at, bytes);
    };
    const std::size_t directory = read(4, 4);
    if (directory + 2 > b.size()) return std::nullopt;
    std::uint64_t width = 0, height = 0;
    const std::size_t entries = read(directory, 2);
    for (std::size_t i = 0; i < entries && directory + 2 + 12 * (i + 1) <= b.size(); ++i) {
        const std::size_t entry = directory + 2 + 12 * i;
        const std::uint32_t tag = read(entry, 2), type = read(entry + 2, 2);
        const std::uint64_t value = type == 3 ? read(entry + 8, 2) : read(entry + 8, 4);
        if (tag == 256) width = value;
        if (tag == 257) height = value;
    }
    if (!width || !height) return std::nullopt;
    return width * height;
}

// Width × height from a PNM header ("P6 # comment\n 640 480 255").
std::optional<std::uint64_t> pnmPixels(const std::string& b) {
    std::uint64_t numbers[2] = {0, 0};
    int found = 0;
    for (std::size_t at = 2; at < b.size() && found < 2;) {
        if (b[at] == '#') {
            at = b.find('\n', at);
            if (at == std::string::npos) break;
        } else if (std::isdigit(static_cast<unsigned char>(b[at]))) {
            std::uint64_t n = 0;
            while (at < b.size() && std::isdigit(static_cast<unsigned char>(b[at])) &&
                   n < (1ull << 40))
                n = n * 10 + static_cast<std::uint64_t>(b[at++] - '0');
            numbers[found++] = n;
            continue;
        }
        ++at;
    }
    if (found < 2) return std::nullopt;
    return numbers[0] * numbers[1];
}

// The pixel count a file's header declares, read before anything is decoded: a 1 MB PNG can
// declare 20000 × 20000 pixels and would take gigabytes to decode. Nothing when the header
// does not say (the decoder then has the last word).
std::optional<std::uint64_t> declaredPixels(const std::string& b) {
    if (b.size() < 32) return std::nullopt;
    if (startsWith(b, "\x89PNG\r\n\x1A\n"))
        return std::uint64_t{bigEndian(b, 16, 4)} * bigEndian(b, 20, 4);
    if (startsWith(b, "\xFF\xD8")) return jpegPixels(b);
    if (startsWith(b, "BM")) {
        const auto side = [&](std::size_t at) {  // signed: a top-down BMP has height < 0
            const auto value = static_cast<std::int32_t>(littleEndian(b, at, 4));
            return static_cast<std::uint64_t>(std::abs(static_cast<std::int64_t>(value)));
        };
        return side(18) * side(22);
    }
    if (startsWith(b, "II*") || startsWith(b, std::string("MM\0*", 4))) return tiffPixels(b);
    if (b[0] == 'P') return pnmPixels(b);
    return std::nullopt;
}

// PIL's NEAREST resize (what Keras's load_img uses) as Pillow's ImagingScaleAffine computes
// it: the source position starts at scale/2 and is *accumulated* in doubles, then truncated;
// the accumulated rounding decides exact ties (4 -> 7 picks 0 0 1 1 2 3 3). OpenCV's
// INTER_NEAREST samples corners and INTER_NEAREST_EXACT breaks ties differently.
std::vector<int> nearestIndices(int source, int target) {
    std::vector<int> indices(target);
    const double scale = static_cast<double>(source) / target;
    double position = scale * 0.5;
    for (int i = 0; i < target; ++i, position += scale)
        indices[i] = std::min(source - 1, static_cast<int>(position));
    return indices;
}

cv::Mat resizeNearestLikePil(const cv::Mat& image, int height, int width) {
    const auto rows = nearestIndices(image.rows, height), cols = nearestIndices(image.cols, width);
    cv::Mat out(height, width, image.type());
    for (int r = 0; r < height; ++r) {
        const auto* src = image.ptr<cv::Vec3b>(rows[r]);
        auto* dst = out.ptr<cv::Vec3b>(r);
        for (int c = 0; c < width; ++c) dst[c] = src[cols[c]];
    }
    return out;
}

cv::Mat resizeTo(const cv::Mat& image, ImageSize size, Interpolation interpolation) {
    if (interpolation == Interpolation::Nearest)
        return resizeNearestLikePil(image, size.height, size.width);
    cv::Mat resized;
    cv::resize(image, resized, cv::Size(size.width, size.height), 0, 0,
               interpolation == Interpolation::Area ? cv::INTER_AREA : cv::INTER_LINEAR);
    return resized;
}

}  // namespace

const char* interpolationName(Interpolation interpolation) {
    return enumName(kInterpolations, interpolation);
}

Message problemMessage(ImageProblem problem) {
    switch (problem) {
        case ImageProblem::None:
            break;
        case ImageProblem::Unreadable:
            return Message(MessageId::ImageUnreadable);
        case ImageProblem::Empty:
            return Message(MessageId::ImageEmpty);
        case ImageProblem::TruncatedJpeg:
            return Message(MessageId::ImageTruncatedJpeg);
        case ImageProblem::TruncatedPng:
            return Message(MessageId::ImageTruncatedPng);
        case ImageProblem::NotAnImage:
            return Message(MessageId::ImageNotAnImage);
        case ImageProblem::Corrupt:
            return Message(MessageId::ImageCorrupt);
        case ImageProblem::TooLarge:
            return Message(MessageId::ImageTooLarge, {std::to_string(kMaxImagePixels)});
    }
    return verbatim("");
}

std::optional<std::uint64_t> declaredImagePixels(const std::filesystem::path& path) {
    try {
        return declaredPixels(readFileEnds(path, 64 * 1024).head);
    } catch (const FileError&) {
        return std::nullopt;
    }
}

ImageCheck quickImageCheck(const std::filesystem::path& path) {
    try {
        const FileEnds ends = readFileEnds(path, 1024);
        return checkBytes(ends.head, ends.tail, ends.size);
    } catch (const FileError& error) {
        return {ImageProblem::Unreadable, error.message()};
    }
}

namespace {

// Reads, checks and decodes a file to 8-bit BGR. On failure returns an empty Mat and sets
// the problem in `result`.
cv::Mat readBgr(const std::filesystem::path& path, DecodedImage& result) {
    // OpenCV's own "[ WARN …]" lines about a damaged file would come before, and say less
    // than, the sentence LayerLab prints about it.
    static const bool quiet =
        (cv::utils::logging::setLogLevel(cv::utils::logging::LOG_LEVEL_SILENT), true);
    (void)quiet;
    std::string bytes;
    try {
        bytes = readFileBytes(path, kMaxImageFileBytes);
    } catch (const FileError& failure) {
        result.problem = ImageProblem::Unreadable;
        result.error = failure.message();
        return {};
    }
    const std::string tail = bytes.size() > 1024 ? bytes.substr(bytes.size() - 1024) : bytes;
    const ImageCheck check = checkBytes(bytes, tail, bytes.size());
    result.problem = check.problem;
    result.error = check.error;
    if (!check.ok()) return {};
    cv::Mat bgr;
    try {
        // Decoding from memory sidesteps OpenCV's narrow-path file API (Korean paths work),
        // and Keras/PIL ignore EXIF orientation, so we do too.
        const cv::Mat buffer(1, static_cast<int>(bytes.size()), CV_8U, bytes.data());
        bgr = cv::imdecode(buffer, cv::IMREAD_COLOR | cv::IMREAD_IGNORE_ORIENTATION);
    } catch (const cv::Exception&) {
        bgr.release();
    }
    if (bgr.empty()) {
        result.problem = ImageProblem::Corrupt;
        result.error = problemMessage(ImageProblem::Corrupt);
    }
    return bgr;
}

Image toImage(const cv::Mat& bgr) {
    cv::Mat rgb;
    cv::cvtColor(bgr, rgb, cv::COLOR_BGR2RGB);
    Image image(rgb.rows, rgb.cols, 3);
    cv::Mat wrapped(rgb.rows, rgb.cols, CV_32FC3, image.pixels.data());
    rgb.convertTo(wrapped, CV_32FC3);
    return image;
}

}  // namespace

DecodedImage decodeImageFile(const std::filesystem::path& path, std::optional<ImageSize> target,
                             Interpolation interpolation) {
    DecodedImage result;
    cv::Mat bgr = readBgr(path, result);
    if (bgr.empty()) return result;
    result.sourceHeight = bgr.rows;
    result.sourceWidth = bgr.cols;
    if (target && (target->height != bgr.rows || target->width != bgr.cols))
        bgr = resizeTo(bgr, *target, interpolation);
    result.image = toImage(bgr);
    return result;
}

DecodedImage decodeThumbnail(const std::filesystem::path& path, int maxSide) {
    DecodedImage result;
    cv::Mat bgr = readBgr(path, result);
    if (bgr.empty()) return result;
    result.sourceHeight = bgr.rows;
    result.sourceWidth = bgr.cols;
    const double scale = static_cast<double>(maxSide) / std::max(bgr.rows, bgr.cols);
    if (scale < 1.0) {
        cv::Mat small;
        cv::resize(bgr, small,
                   cv::Size(std::max(1, static_cast<int>(std::lround(bgr.cols * scale))),
                            std::max(1, static_cast<int>(std::lround(bgr.rows * scale)))),
                   0, 0, cv::INTER_AREA);
        bgr = small;
    }
    result.image = toImage(bgr);
    return result;
}

void writeImageFile(const Image& image, const std::filesystem::path& path) {
    if (image.empty() || image.channels != 3) throw FileError(MessageId::EmptyImage);
    cv::Mat rgb(image.height, image.width, CV_32FC3, const_cast<float*>(image.pixels.data()));
    cv::Mat bgr8;
    rgb.convertTo(bgr8, CV_8UC3);  // saturates to 0..255 with rounding
    cv::cvtColor(bgr8, bgr8, cv::COLOR_RGB2BGR);
    std::string extension = path.extension().string();
    std::transform(extension.begin(), extension.end(), extension.begin(), ::tolower);
    if (extension != ".png" && extension != ".jpg" && extension != ".jpeg" && extension != ".bmp")
        throw extension.empty()
            ? FileError(MessageId::ImageFileNoExtension, {displayPath(path)})
            : FileError(MessageId::ImageFormatUnsupported, {displayPath(path), extension});
    std::vector<uchar> encoded;
    if (!cv::imencode(extension, bgr8, encoded))
        throw FileError(MessageId::CannotEncodeImage, {displayPath(path)});
    writeFileAtomically(path, std::string(encoded.begin(), encoded.end()));
}

}  // namespace layerlab
