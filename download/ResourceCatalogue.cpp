#include "download/ResourceCatalogue.h"

#include <cstdlib>

#include "model/PretrainedWeights.h"

// Marks titles for Qt's lupdate (the GUI shows them translated, context "Resource"); core
// itself stays free of Qt.
#define QT_TRANSLATE_NOOP(context, text) text

namespace layerlab::download {
namespace {

constexpr const char* kStorage = "https://storage.googleapis.com";

std::vector<Resource> makeCatalogue() {
    std::vector<Resource> list;
    list.push_back(
        {"vgg16",
         QT_TRANSLATE_NOOP("Resource", "VGG16 ImageNet weights, no top (the lesson's base)"),
         std::string(kStorage) + "/tensorflow/keras-applications/vgg16/"
                                 "vgg16_weights_tf_dim_ordering_tf_kernels_notop.h5",
         "vgg16_weights_tf_dim_ordering_tf_kernels_notop.h5", "models", 58889256,
         Resource::Hash::Md5, "6d6bbae143d832006294945121d1f1fc", ""});
    // keras.applications.mobilenet_v2 downloads these without a published hash, one file per
    // alpha and input size; "mobilenet_v2_0.35" is the 224 px one, as it always was.
    const std::pair<int, const char*> sizes[] = {
        {224, QT_TRANSLATE_NOOP("Resource", "MobileNetV2 ImageNet weights, no top, 224 px")},
        {192, QT_TRANSLATE_NOOP("Resource", "MobileNetV2 ImageNet weights, no top, 192 px")},
        {160, QT_TRANSLATE_NOOP("Resource", "MobileNetV2 ImageNet weights, no top, 160 px")},
        {128, QT_TRANSLATE_NOOP("Resource", "MobileNetV2 ImageNet weights, no top, 128 px")},
        {96, QT_TRANSLATE_NOOP("Resource", "MobileNetV2 ImageNet weights, no top, 96 px")}};
    for (const auto& [size, title] : sizes)
        for (const char* alpha : {"0.35", "0.5", "0.75", "1.0", "1.3", "1.4"}) {
            const ModelSpec spec{Backbone::MobileNetV2, std::stod(alpha), size,
                                 HeadKind::GlobalAveragePooling};
            const std::string file = kerasWeightsFileName(spec);
            const std::string suffix = size == 224 ? "" : "_" + std::to_string(size);
            list.push_back(
                {std::string("mobilenet_v2_") + alpha + suffix, title,
                 std::string(kStorage) + "/tensorflow/keras-applications/mobilenet_v2/" + file,
                 file, "models", 0, Resource::Hash::None, "", "", spec});
        }
    list.push_back({"imdb",
                    QT_TRANSLATE_NOOP("Resource", "IMDB reviews as keras.datasets.imdb loads them"),
                    std::string(kStorage) + "/tensorflow/tf-keras-datasets/imdb.npz", "imdb.npz",
                    "datasets", 17464789, Resource::Hash::Sha256,
                    "69664113be75683a8fe16e3ed0ab59fda8886cb3cd7ada244f7d9544e4676b9f", ""});
    list.push_back({"imdb_word_index",
                    QT_TRANSLATE_NOOP("Resource", "IMDB word index (to decode reviews)"),
                    std::string(kStorage) + "/tensorflow/tf-keras-datasets/imdb_word_index.json",
                    "imdb_word_index.json", "datasets", 0, Resource::Hash::Md5,
                    "bfafd718b763782e994055a2d397834f", ""});
    list.push_back(
        {"cats_and_dogs",
         QT_TRANSLATE_NOOP("Resource",
                           "cats_and_dogs_filtered: 2,000 + 1,000 photos of cats and dogs"),
         std::string(kStorage) + "/mledu-datasets/cats_and_dogs_filtered.zip",
         "cats_and_dogs_filtered.zip", "datasets", 68606236, Resource::Hash::None, "",
         "cats_and_dogs_filtered"});
    // Keras publishes no hash for it, so a zip of the right size is all that is checked: the
    // real one unpacks to about 68 MB in 3,000 photos of under 100 KB; more than 512 MB, a
    // member over 16 MB or over 10,000 entries is no copy of it.
    list.back().extractLimits = {std::uint64_t{512} << 20, std::uint64_t{16} << 20, 10000};
    return list;
}

}  // namespace

const std::vector<Resource>& resourceCatalogue() {
    static const std::vector<Resource> kCatalogue = makeCatalogue();
    return kCatalogue;
}

const Resource* findResource(const std::string& name) {
    for (const auto& resource : resourceCatalogue())
        if (resource.name == name) return &resource;
    return nullptr;
}

std::string downloadUrl(const Resource& resource) {
    const char* base = std::getenv("LAYERLAB_DOWNLOAD_BASE");
    if (!base || !*base || resource.url.rfind(kStorage, 0) != 0) return resource.url;
    return std::string(base) + resource.url.substr(std::string(kStorage).size());
}

}  // namespace layerlab::download
