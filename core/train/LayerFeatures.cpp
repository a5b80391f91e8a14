#include "train/LayerFeatures.h"

#include "io/FileIO.h"
#include "model/InputTensor.h"
#include "model/TorchGraph.h"
#include "train/ImageSet.h"
#include "train/PrefixFeatureStore.h"

namespace layerlab {
namespace {

constexpr std::size_t kBatch = 16;

ImageSet imageSetOf(const std::vector<std::filesystem::path>& files,
                    const ImageInputConfig& input) {
    DatasetSummary summary;
    summary.classes = {"images"};
    for (const auto& file : files) summary.files.push_back({file, 0});
    summary.countPerClass = {static_cast<int>(files.size())};
    return ImageSet(summary, input);
}

}  // namespace

LayerFeatures layerFeatures(Network& network, const std::vector<std::filesystem::path>& files,
                            const std::string& layer, const ImageInputConfig& input,
                            const FeatureStoreUse& use) {
    const std::size_t index = network.layerIndex(layer);
    const ImageSet set = imageSetOf(files, input);
    TorchGraph& graph = network.torchGraph();
    torch::NoGradGuard noGrad;
    LayerFeatures out;
    std::unique_ptr<PrefixFeatureStore> store;
    try {
        if (!use.dir.empty())
            store = std::make_unique<PrefixFeatureStore>(
                use, FrozenPrefix{graph, index, network.spec()}, input);
    } catch (const FileError& refused) {  // a cache that cannot be had never stops the work
        out.storeRefused = refused.what();
    }
    for (std::size_t start = 0; start < set.size(); start += kBatch) {
        const std::size_t end = std::min(set.size(), start + kBatch);
        std::vector<torch::Tensor> rows(end - start);
        std::vector<Image> missing;
        std::vector<std::size_t> missingAt;
        for (std::size_t i = start; i < end; ++i) {
            if (store) rows[i - start] = store->load(set, i, std::nullopt);
            if (rows[i - start].defined()) continue;
            missing.push_back(set.load(i, std::nullopt));
            missingAt.push_back(i);
        }
        if (!missing.empty()) {
            const torch::Tensor computed = graph.forwardRange(
                toInputTensor(missing, network.spec().preprocessing), 0, index + 1, false);
            for (std::size_t k = 0; k < missingAt.size(); ++k) {
                torch::Tensor row = computed[static_cast<std::int64_t>(k)];
                if (store) {
                    store->save(set, missingAt[k], std::nullopt, row);
                    // What a later call reads back: fp16 rounding now, not only next time.
                    if (use.precision == FeaturePrecision::Fp16)
                        row = row.to(torch::kHalf).to(torch::kFloat);
                }
                rows[missingAt[k] - start] = row;
            }
        }
        out.computed += missing.size();
        out.stored += (end - start) - missing.size();
        const std::vector<float> batch = kerasLayoutValues(torch::stack(rows));
        out.values.insert(out.values.end(), batch.begin(), batch.end());
    }
    if (store) store->trim();
    return out;
}

}  // namespace layerlab
