#include "data/Heatmap.h"

#include <opencv2/imgproc.hpp>

#include <algorithm>
#include <stdexcept>
#include <string>

#include "data/ImageGrid.h"
#include "util/UsageError.h"

namespace layerlab {
namespace {

Image fromBgr(const cv::Mat& bgr) {
    Image image(bgr.rows, bgr.cols, 3);
    for (int r = 0; r < bgr.rows; ++r)
        for (int c = 0; c < bgr.cols; ++c) {
            const cv::Vec3b& p = bgr.at<cv::Vec3b>(r, c);
            for (int ch = 0; ch < 3; ++ch) image.at(r, c, ch) = p[2 - ch];
        }
    return image;
}

cv::Mat jet(const cv::Mat& unit) {  // CV_32F in 0..1 → BGR
    cv::Mat bytes, coloured;
    unit.convertTo(bytes, CV_8U, 255.0);
    cv::applyColorMap(bytes, coloured, cv::COLORMAP_JET);
    return coloured;
}

}  // namespace

Image overlayHeatmap(const Image& image, const ValueMap& map, float opacity) {
    if (map.values.empty() || map.values.size() != std::size_t(map.height) * map.width)
        throw UsageError("overlayHeatmap: empty map");
    const float top = *std::max_element(map.values.begin(), map.values.end());
    cv::Mat values(map.height, map.width, CV_32F, const_cast<float*>(map.values.data()));
    cv::Mat unit = top > 0 ? cv::Mat(values / top) : cv::Mat::zeros(values.size(), CV_32F);
    cv::Mat resized;
    cv::resize(unit, resized, cv::Size(image.width, image.height), 0, 0, cv::INTER_LINEAR);
    const Image colours = fromBgr(jet(cv::min(cv::max(resized, 0.0), 1.0)));
    Image blended = image;
    for (std::size_t i = 0; i < blended.pixels.size(); ++i)
        blended.pixels[i] = (1 - opacity) * image.pixels[i] + opacity * colours.pixels[i];
    return blended;
}

Image colourScale(int height, int width) {
    cv::Mat ramp(height, width, CV_32F);
    for (int c = 0; c < width; ++c)
        ramp.col(c).setTo(width > 1 ? static_cast<float>(c) / static_cast<float>(width - 1) : 0.f);
    return fromBgr(jet(ramp));
}

Image featureMapGrid(const std::vector<float>& output, int height, int width, int channels,
                     int columns, int tile) {
    if (output.size() != std::size_t(height) * width * channels || channels < 1)
        throw UsageError("featureMapGrid: output does not match its shape");
    std::vector<Image> tiles;
    for (int ch = 0; ch < channels; ++ch) {
        cv::Mat map(height, width, CV_32F);
        for (int r = 0; r < height; ++r)
            for (int c = 0; c < width; ++c)
                map.at<float>(r, c) = output[(std::size_t(r) * width + c) * channels + ch];
        cv::Scalar mean, deviation;
        cv::meanStdDev(map, mean, deviation);
        // The book's display: standardise, × 64 + 128, clip to a byte.
        cv::Mat grey = (map - mean[0]) / (deviation[0] + 1e-5) * 64.0 + 128.0;
        cv::Mat bytes, big, bgr;
        grey.convertTo(bytes, CV_8U);
        cv::resize(bytes, big, cv::Size(tile, tile), 0, 0, cv::INTER_NEAREST);
        cv::cvtColor(big, bgr, cv::COLOR_GRAY2BGR);
        tiles.push_back(fromBgr(bgr));
    }
    return labelledGrid(std::move(tiles), columns);
}

Image labelledGrid(std::vector<Image> tiles, int columns, int first) {
    for (std::size_t i = 0; i < tiles.size(); ++i) {
        Image& tile = tiles[i];
        cv::Mat rgb(tile.height, tile.width, CV_32FC3, tile.pixels.data());
        const std::string label = std::to_string(first + static_cast<int>(i));
        cv::rectangle(rgb, cv::Rect(0, 0, 8 * static_cast<int>(label.size()) + 4, 14),
                      cv::Scalar(0, 0, 0), cv::FILLED);
        cv::putText(rgb, label, cv::Point(2, 11), cv::FONT_HERSHEY_PLAIN, 0.9,
                    cv::Scalar(255, 255, 0), 1, cv::LINE_AA);
    }
    return composeGrid(tiles, columns, 2);
}

}  // namespace layerlab
