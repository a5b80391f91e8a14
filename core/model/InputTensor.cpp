#include "model/InputTensor.h"
#include "util/UsageError.h"

#include <stdexcept>

namespace layerlab {

torch::Tensor preprocessPixels(const torch::Tensor& pixels, Preprocessing preprocessing) {
    switch (preprocessing) {
        case Preprocessing::Rescale:
            return pixels / 255.0;
        case Preprocessing::Tf:
            return pixels / 127.5 - 1.0;
        case Preprocessing::Caffe:
            // keras.applications.imagenet_utils 'caffe': RGB → BGR, then subtract the BGR mean.
            return pixels.flip(1) - torch::tensor({103.939f, 116.779f, 123.68f}).view({1, 3, 1, 1});
    }
    return pixels;
}

torch::Tensor toInputTensor(const std::vector<Image>& images, Preprocessing preprocessing) {
    if (images.empty()) throw UsageError("no images");
    const int h = images.front().height, w = images.front().width;
    torch::Tensor batch = torch::empty({static_cast<std::int64_t>(images.size()), h, w, 3});
    for (std::size_t i = 0; i < images.size(); ++i) {
        const Image& image = images[i];
        if (image.height != h || image.width != w || image.channels != 3)
            throw UsageError("images in a batch must share one size and be RGB");
        std::memcpy(batch[static_cast<std::int64_t>(i)].data_ptr<float>(), image.pixels.data(),
                    image.pixels.size() * sizeof(float));
    }
    return preprocessPixels(batch.permute({0, 3, 1, 2}).contiguous(), preprocessing);
}

std::vector<float> kerasLayoutValues(const torch::Tensor& batch) {
    const torch::Tensor out =
        (batch.dim() == 4 ? batch.permute({0, 2, 3, 1}) : batch).contiguous().to(torch::kFloat);
    return std::vector<float>(out.data_ptr<float>(), out.data_ptr<float>() + out.numel());
}

}  // namespace layerlab
