// bench_explain [--repeats 5]
// Prints what "what the model learned" costs on this machine:
//  - one Grad-CAM at 224 px (forward and the backward to the last conv layer) for VGG16 and
//    MobileNetV2 α 0.35, the median of --repeats;
//  - a 16-filter pattern grid (40 gradient-ascent steps at 128 px) at VGG16's block3_conv1
//    and block5_conv3 and at MobileNetV2's block_6_expand;
//  - one review read step by step by an LSTM(16) at maxlen 100.
// Weights are random (timing does not depend on them), so it runs without downloads.
#include <algorithm>
#include <cstdio>
#include <string>
#include <vector>

#include "Timing.h"
#include "model/FilterPatterns.h"
#include "model/GradCam.h"
#include "model/Network.h"
#include "model/ReviewReading.h"
#include "model/SequenceModel.h"
#include "train/TorchRuntime.h"

using namespace layerlab;
using bench::Clock;
using bench::secondsSince;

namespace {

Image greyNoise(int size) {
    Image image(size, size, 3);
    for (std::size_t i = 0; i < image.pixels.size(); ++i)
        image.pixels[i] = static_cast<float>((i * 2654435761u) % 256);
    return image;
}

template <typename Work>
double medianSeconds(int repeats, Work&& work) {
    work();  // warm-up: allocator and kernels
    std::vector<double> times;
    for (int r = 0; r < repeats; ++r) {
        const auto start = Clock::now();
        work();
        times.push_back(secondsSince(start));
    }
    std::sort(times.begin(), times.end());
    return times[times.size() / 2];
}

Network imageModel(Backbone backbone) {
    ModelSpec spec;
    spec.backbone = backbone;
    spec.inputSize = 224;
    spec.head =
        backbone == Backbone::MobileNetV2 ? HeadKind::GlobalAveragePooling : HeadKind::Lesson;
    Network network(spec, 1);
    network.useChannelsLast(true);
    return network;
}

void gradCamTiming(const char* name, Backbone backbone, int repeats) {
    Network network = imageModel(backbone);
    const Image image = greyNoise(224);
    const std::string layer = defaultExplainLayer(network);
    const double seconds = medianSeconds(repeats, [&] { gradCam(network, image, layer); });
    std::printf("Grad-CAM at 224 px, %-22s %-14s %7.3f s\n", name, layer.c_str(), seconds);
}

void filterTiming(const char* name, Backbone backbone, const std::string& layer) {
    Network network = imageModel(backbone);
    std::vector<int> filters(16);
    for (int i = 0; i < 16; ++i) filters[std::size_t(i)] = i;
    const auto start = Clock::now();
    filterPatterns(network, layer, filters, FilterPatternOptions{});
    std::printf("16 filter patterns (40 steps, 128 px), %-12s %-14s %7.1f s\n", name, layer.c_str(),
                secondsSince(start));
}

}  // namespace

int main(int argc, char** argv) {
    int repeats = 5;
    if (argc == 3 && std::string(argv[1]) == "--repeats") repeats = std::max(1, std::atoi(argv[2]));
    useComputeThreads();
    const auto info = torchRuntimeInfo();
    std::printf("LibTorch %s, %s, %d threads\n", info.libtorchVersion.c_str(), info.device.c_str(),
                info.intraOpThreads);
    gradCamTiming("VGG16", Backbone::Vgg16, repeats);
    gradCamTiming("MobileNetV2 α 0.35", Backbone::MobileNetV2, repeats);
    filterTiming("VGG16", Backbone::Vgg16, "block3_conv1");
    filterTiming("VGG16", Backbone::Vgg16, "block5_conv3");
    filterTiming("MobileNetV2", Backbone::MobileNetV2, "block_6_expand");

    SequenceModelSpec rnn;
    rnn.cell = RecurrentCell::LSTM;
    rnn.units = 16;
    Network reader(buildSequenceLayers(rnn), sequenceInputShape(rnn), 1);
    const std::vector<std::int32_t> review(std::size_t(rnn.maxlen), 7);
    const double read = medianSeconds(repeats, [&] { readReview(reader, review); });
    std::printf("reading one review, LSTM(16), maxlen %d          %7.4f s\n", rnn.maxlen, read);
    return 0;
}
