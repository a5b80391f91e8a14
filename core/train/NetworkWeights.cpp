#include "train/NetworkWeights.h"

#include <algorithm>
#include <map>
#include <nlohmann/json.hpp>

#include "io/FileIO.h"
#include "model/TorchGraph.h"
#include "train/ArchiveBytes.h"
#include "train/TorchRuntime.h"

namespace fs = std::filesystem;
using json = nlohmann::json;

namespace layerlab {
namespace {

// Present only in lean archives; its value names the file and the layers left out.
constexpr const char* kOriginKey = "layerlab_pretrained_origin";

json originJson(const PretrainedOrigin& origin) {
    return {{"file", origin.file.string()},
            {"checksum", origin.checksum},
            {"layers", std::vector<std::string>(origin.layers.begin(), origin.layers.end())}};
}

PretrainedOrigin originFrom(const std::string& text) {
    const json j = json::parse(text);
    const auto layers = j.at("layers").get<std::vector<std::string>>();
    return {j.at("file").get<std::string>(), j.at("checksum").get<std::string>(),
            std::set<std::string>(layers.begin(), layers.end())};
}

// Puts the weights file's layers back into `network`, after checking it is the file the
// model was saved with.
void restoreOrigin(Network& network, const PretrainedOrigin& origin, const Message& source) {
    const std::string file = displayPath(origin.file);
    std::error_code error;
    if (!fs::is_regular_file(origin.file, error))
        throw ModelStateError(fs::exists(origin.file, error) ? MessageId::ModelOriginNotAFile
                                                             : MessageId::ModelOriginMissing,
                              {file}, source);
    KerasWeights weights;
    try {
        weights = readKerasH5(origin.file);
    } catch (const std::exception& e) {
        throw ModelStateError(MessageId::ModelOriginUnreadable, {file},
                              {source, failureMessage(e)});
    }
    if (weights.checksum != origin.checksum)
        throw ModelStateError(MessageId::ModelOriginChanged, {file}, source);
    network.loadKerasWeights(weights);
}

void loadLean(Network& network, torch::serialize::InputArchive& archive,
              const PretrainedOrigin& origin, const Message& source) {
    const auto& held = network.pretrainedOrigin();
    const bool holdsOrigin = held && held->checksum == origin.checksum &&
                             std::includes(held->layers.begin(), held->layers.end(),
                                           origin.layers.begin(), origin.layers.end());
    if (!holdsOrigin) restoreOrigin(network, origin, source);
    TorchGraph& graph = network.torchGraph();
    for (std::size_t i = 0; i < network.layers().size(); ++i) {
        const LayerSpec& l = network.layers()[i];
        if (!l.hasWeights() || origin.layers.count(l.name)) continue;
        torch::serialize::InputArchive layer;
        if (!archive.try_read(l.name, layer))
            throw ModelStateError(MessageId::ModelFromAnotherModel, {l.name}, source);
        graph.layerModule(i).load(layer);
    }
    // Exactly the referred layers hold the file's weights now; the rest came from the archive.
    // Named by where the network found the file: a run installed from a lesson pack saves
    // lean models that refer to the installed weights, not the teacher's path.
    PretrainedOrigin kept = origin;
    if (holdsOrigin) kept.file = held->file;
    network.setPretrainedOrigin(std::move(kept));
}

std::vector<torch::Tensor> layerTensors(torch::nn::Module& module) {
    std::vector<torch::Tensor> tensors = module.parameters();
    for (const auto& buffer : module.buffers()) tensors.push_back(buffer);
    return tensors;
}

// A full archive (every run before lean folders): the layers it gives the file's very
// weights keep referring to the file, so such a run saves lean from then on.
void loadFull(Network& network, torch::serialize::InputArchive& archive) {
    std::optional<PretrainedOrigin> origin = network.pretrainedOrigin();
    TorchGraph& graph = network.torchGraph();
    std::map<std::size_t, std::vector<torch::Tensor>> before;
    if (origin)
        for (std::size_t i = 0; i < network.layers().size(); ++i)
            if (origin->layers.count(network.layers()[i].name))
                for (const auto& t : layerTensors(graph.layerModule(i)))
                    before[i].push_back(t.detach().clone());
    graph.load(archive);
    for (const auto& [i, tensors] : before) {
        const auto after = layerTensors(graph.layerModule(i));
        for (std::size_t k = 0; k < tensors.size(); ++k)
            if (!after[k].sizes().equals(tensors[k].sizes()) || !torch::equal(after[k], tensors[k]))
                origin->layers.erase(network.layers()[i].name);
    }
    network.setPretrainedOrigin(std::move(origin));
}

void loadArchive(Network& network, const std::string& bytes, const Message& source) {
    try {
        readArchive(bytes,
                    Message(MessageId::ModelCannotLoad, {}, source),
                    [&](torch::serialize::InputArchive& archive) {
                        c10::IValue origin;
                        if (archive.try_read(kOriginKey, origin))
                            loadLean(network, archive, originFrom(origin.toStringRef()), source);
                        else
                            loadFull(network, archive);
                    });
    } catch (const json::exception&) {
        throw ModelStateError(MessageId::ModelNoteUnreadable, {}, source);
    }
}

// Module::save, with copies of the tensors: the archive no longer changes as training goes on.
void writeModule(torch::nn::Module& module, torch::serialize::OutputArchive& archive) {
    for (const auto& p : module.named_parameters(/*recurse=*/false))
        archive.write(p.key(),
                      p.value().detach().clone().requires_grad_(p.value().requires_grad()));
    for (const auto& b : module.named_buffers(/*recurse=*/false))
        archive.write(b.key(), b.value().detach().clone(), /*is_buffer=*/true);
    for (const auto& child : module.named_children()) {
        torch::serialize::OutputArchive nested(archive.compilation_unit());
        writeModule(*child.value(), nested);
        archive.write(child.key(), nested);
    }
}

std::shared_ptr<torch::serialize::OutputArchive> allWeightsArchive(Network& network) {
    auto archive = std::make_shared<torch::serialize::OutputArchive>();
    writeModule(network.torchGraph(), *archive);
    return archive;
}

// Lean when the network holds layers of a weights file (see the header), whole otherwise.
std::shared_ptr<torch::serialize::OutputArchive> weightsArchive(Network& network) {
    const auto& origin = network.pretrainedOrigin();
    if (!origin || origin->layers.empty()) return allWeightsArchive(network);
    auto archive = std::make_shared<torch::serialize::OutputArchive>();
    archive->write(kOriginKey, c10::IValue(originJson(*origin).dump()));
    TorchGraph& graph = network.torchGraph();
    for (std::size_t i = 0; i < network.layers().size(); ++i) {
        const LayerSpec& l = network.layers()[i];
        if (!l.hasWeights() || origin->layers.count(l.name)) continue;
        torch::serialize::OutputArchive layer;
        writeModule(graph.layerModule(i), layer);
        archive->write(l.name, layer);
    }
    return archive;
}

}  // namespace

std::string saveAllNetworkWeights(Network& network) {
    torch::NoGradGuard noGrad;
    return archiveBytes(*allWeightsArchive(network));
}

std::string saveNetworkWeights(Network& network) {
    // Through a copy, as a snapshot is: the same weights then give the same bytes, which is
    // how model.pt and best_model.pt find the checkpoint file they can share.
    return snapshotNetworkWeights(network).bytes();
}

StateSnapshot snapshotNetworkWeights(Network& network) {
    torch::NoGradGuard noGrad;
    return StateSnapshot([archive = weightsArchive(network)] { return archiveBytes(*archive); });
}

void loadNetworkWeights(Network& network, const std::string& bytes, const Message& source) {
    // LibTorch replaces tensors without comparing shapes: a model saved at another input size
    // would load and then fail in the middle of a forward pass.
    std::vector<std::vector<std::int64_t>> shapes;
    for (const auto& p : network.torchGraph().parameters()) shapes.push_back(p.sizes().vec());
    loadArchive(network, bytes, source);
    std::size_t i = 0;
    for (const auto& p : network.torchGraph().parameters())
        if (i >= shapes.size() || p.sizes().vec() != shapes[i++])
            throw ModelStateError(MessageId::ModelOtherShape, {}, source);
}

}  // namespace layerlab
