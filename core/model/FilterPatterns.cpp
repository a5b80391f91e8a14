#include "model/FilterPatterns.h"

#include "model/InputTensor.h"
#include "model/Network.h"
#include "model/TorchGraph.h"
#include "util/UsageError.h"

namespace layerlab {
namespace {

constexpr std::size_t kGroup = 8;  // filters ascended together: one batch

// The book's deprocess: centre on the mean, scale the spread to 0.1 around 0.5, clip.
Image toDisplay(const torch::Tensor& pixels) {
    torch::Tensor x = pixels - pixels.mean();
    x = x / (x.std() + 1e-5) * 0.1 + 0.5;
    x = (x.clamp(0, 1) * 255).permute({1, 2, 0}).contiguous();
    Image image(static_cast<int>(x.size(0)), static_cast<int>(x.size(1)), 3);
    std::copy_n(x.data_ptr<float>(), image.pixels.size(), image.pixels.data());
    return image;
}

}  // namespace

std::vector<Image> filterPatterns(Network& network, const std::string& layer,
                                  const std::vector<int>& filters,
                                  const FilterPatternOptions& options,
                                  const PatternProgress& progress, const CancelToken& cancel) {
    const std::size_t index = network.layerIndex(layer);
    const FeatureMaps maps = network.requireFeatureMaps(layer);
    for (int f : filters)
        if (f < 0 || f >= maps.channels)
            throw UsageError(MessageId::NoSuchFilter,
                             {layer, std::to_string(maps.channels), std::to_string(f)});
    TorchGraph& graph = network.torchGraph();
    at::Generator generator = at::detail::createCPUGenerator(options.seed);
    const int groups = static_cast<int>((filters.size() + kGroup - 1) / kGroup);
    const int total = groups * options.steps;
    std::vector<Image> patterns;
    for (std::size_t start = 0; start < filters.size(); start += kGroup) {
        const auto n = static_cast<std::int64_t>(std::min(kGroup, filters.size() - start));
        const torch::Tensor chosen = torch::tensor(
            std::vector<std::int64_t>(filters.begin() + static_cast<std::ptrdiff_t>(start),
                                      filters.begin() + static_cast<std::ptrdiff_t>(start) + n));
        // Grey with a little noise, as the book starts: 128 ± 10.
        torch::Tensor pixels =
            128.0 + 20.0 * (torch::rand({n, 3, options.size, options.size}, generator) - 0.5);
        for (int step = 0; step < options.steps; ++step) {
            if (cancel.cancelled()) return {};
            pixels.requires_grad_(true);
            const torch::Tensor out = graph.forwardRange(
                preprocessPixels(pixels, network.spec().preprocessing), 0, index + 1, false);
            // Each image ascends its own filter: the sum of per-image means keeps them apart.
            const torch::Tensor chosenMaps = out.index({torch::arange(n), chosen});
            const torch::Tensor objective = chosenMaps.mean({1, 2}).sum();
            const torch::Tensor gradient = torch::autograd::grad({objective}, {pixels})[0];
            torch::NoGradGuard noGrad;
            const torch::Tensor rms = gradient.pow(2).mean({1, 2, 3}, true).sqrt() + 1e-5;
            pixels = (pixels.detach() + options.stepSize * gradient / rms).clamp(0, 255);
            const int done = static_cast<int>(start / kGroup) * options.steps + step + 1;
            if (progress) progress(done, total);
        }
        for (std::int64_t i = 0; i < n; ++i) patterns.push_back(toDisplay(pixels[i].detach()));
    }
    return patterns;
}

}  // namespace layerlab
