#include "model/InputTensor.h"

#include <stdexcept>

namespace layerlab {

torch::Tensor toInputTensor(const std::vector<Image>& images, Preprocessing preprocessing) {
    if (images.empty()) throw std::invalid_argument("no images");
    const int h = images.front().height, w = images.front().width;
    torch::Tensor batch = torch::empty({static_cast<std::int64_t>(images.size()), h, w, 3});
    for (std::size_t i = 0; i < images.size(); ++i) {
        const Image& image = images[i];
        if (image.height != h || image.width != w || image.channels != 3)
            throw std::invalid_argument("images in a batch must share one size and be RGB");
        std::memcpy(batch[static_cast<std::int64_t>(i)].data_ptr<float>(), image.pixels.data(),
                    image.pixels.size() * sizeof(float));
    }
    switch (preprocessing) {
        case Preprocessing::Rescale:
            batch.div_(255.0f);
            break;
        case Preprocessing::Tf:
            batch.div_(127.5f).sub_(1.0f);
            break;
        case Preprocessing::Caffe: {
            // keras.applications.imagenet_utils 'caffe': RGB → BGR, then subtract the BGR mean.
            batch = batch.flip(3);
            batch.sub_(torch::tensor({103.939f, 116.779f, 123.68f}));
            break;
        }
    }
    return batch.permute({0, 3, 1, 2}).contiguous();
}

}  // namespace layerlab
