// Keras .h5 import on files this test writes with the HDF5 library: both weight-name styles,
// full-model files, layout conversions checked against a direct computation of the network
// in Keras's own (channels-last) terms, and every bad-file case.
#include <QTemporaryDir>
#include <QtTest>

#include <cmath>
#include <fstream>
#include <random>

#include "core/KerasH5Writer.h"
#include "io/FileIO.h"
#include "io/KerasCache.h"
#include "io/KerasH5.h"
#include "model/Network.h"
#include "model/PretrainedWeights.h"

using namespace layerlab;
namespace fs = std::filesystem;

namespace {

constexpr int kSize = 4;

// conv(3x3, 2, same, bias, relu) → depthwise(3x3, same) → BN → maxpool → flatten → dense(1,
// sigmoid)
std::vector<LayerSpec> tinyLayers() {
    using Kind = LayerSpec::Kind;
    std::vector<LayerSpec> layers(6);
    layers[0].kind = Kind::Conv2D, layers[0].name = "block1_conv1", layers[0].filters = 2;
    layers[0].kernel = 3, layers[0].samePadding = true,
    layers[0].activation = LayerSpec::Activation::Relu;
    layers[1].kind = Kind::DepthwiseConv2D, layers[1].name = "block1_dw", layers[1].kernel = 3;
    layers[1].samePadding = true, layers[1].useBias = false;
    layers[2].kind = Kind::BatchNormalization, layers[2].name = "block1_bn";
    layers[3].kind = Kind::MaxPooling2D, layers[3].name = "block1_pool";
    layers[4].kind = Kind::Flatten, layers[4].name = "flatten";
    layers[5].kind = Kind::Dense, layers[5].name = "dense_1", layers[5].units = 1;
    layers[5].activation = LayerSpec::Activation::Sigmoid;
    for (int i = 0; i < 4; ++i) layers[i].block = "block1";
    layers[4].block = layers[5].block = kHeadBlock;
    return layers;
}

ModelSpec tinySpec() {
    ModelSpec spec;
    spec.inputSize = kSize;
    spec.preprocessing = Preprocessing::Rescale;
    return spec;
}

std::vector<float> randomValues(std::size_t n, std::mt19937& rng, float lo = -1, float hi = 1) {
    std::uniform_real_distribution<float> dist(lo, hi);
    std::vector<float> v(n);
    for (auto& x : v) x = dist(rng);
    return v;
}

struct TinyWeights {
    std::vector<float> convKernel = {}, convBias, dwKernel, gamma, beta, mean, var, denseKernel,
                       denseBias;
};

TinyWeights makeWeights() {
    std::mt19937 rng(7);
    TinyWeights w;
    w.convKernel = randomValues(3 * 3 * 3 * 2, rng);
    w.convBias = randomValues(2, rng);
    w.dwKernel = randomValues(3 * 3 * 2 * 1, rng);
    w.gamma = randomValues(2, rng, 0.5, 1.5);
    w.beta = randomValues(2, rng);
    w.mean = randomValues(2, rng);
    w.var = randomValues(2, rng, 0.5, 2);
    w.denseKernel = randomValues(8, rng);
    w.denseBias = randomValues(1, rng);
    return w;
}

std::vector<testh5::Layer> h5Layers(const TinyWeights& w, bool legacyConvNames) {
    return {
        {"block1_conv1",
         {{legacyConvNames ? "block1_conv1_W_1:0" : "block1_conv1/kernel:0",
           {3, 3, 3, 2},
           w.convKernel},
          {legacyConvNames ? "block1_conv1_b_1:0" : "block1_conv1/bias:0", {2}, w.convBias}}},
        {"block1_dw", {{"block1_dw/depthwise_kernel:0", {3, 3, 2, 1}, w.dwKernel}}},
        {"block1_bn",
         {{"block1_bn/gamma:0", {2}, w.gamma},
          {"block1_bn/beta:0", {2}, w.beta},
          {"block1_bn/moving_mean:0", {2}, w.mean},
          {"block1_bn/moving_variance:0", {2}, w.var}}},
        {"block1_pool", {}},
        {"flatten", {}},
        {"dense_1",
         {{"dense_1/kernel:0", {8, 1}, w.denseKernel}, {"dense_1/bias:0", {1}, w.denseBias}}},
    };
}

// The network computed directly in Keras's terms: NHWC arrays, kernels (kh, kw, in, out).
float directPrediction(const Image& image, const TinyWeights& w) {
    auto at = [](const std::vector<float>& a, int h, int wd, int c, int y, int x, int k) {
        return (y < 0 || x < 0 || y >= h || x >= wd) ? 0.0f : a[(y * wd + x) * c + k];
    };
    std::vector<float> in(image.pixels);
    for (auto& v : in) v /= 255.0f;
    std::vector<float> conv(kSize * kSize * 2), dw(kSize * kSize * 2);
    for (int y = 0; y < kSize; ++y)
        for (int x = 0; x < kSize; ++x)
            for (int o = 0; o < 2; ++o) {
                float sum = w.convBias[o];
                for (int dy = 0; dy < 3; ++dy)
                    for (int dx = 0; dx < 3; ++dx)
                        for (int i = 0; i < 3; ++i)
                            sum += at(in, kSize, kSize, 3, y + dy - 1, x + dx - 1, i) *
                                   w.convKernel[((dy * 3 + dx) * 3 + i) * 2 + o];
                conv[(y * kSize + x) * 2 + o] = std::max(0.0f, sum);
            }
    for (int y = 0; y < kSize; ++y)
        for (int x = 0; x < kSize; ++x)
            for (int c = 0; c < 2; ++c) {
                float sum = 0;
                for (int dy = 0; dy < 3; ++dy)
                    for (int dx = 0; dx < 3; ++dx)
                        sum += at(conv, kSize, kSize, 2, y + dy - 1, x + dx - 1, c) *
                               w.dwKernel[(dy * 3 + dx) * 2 + c];
                dw[(y * kSize + x) * 2 + c] =
                    w.gamma[c] * (sum - w.mean[c]) / std::sqrt(w.var[c] + 1e-3f) + w.beta[c];
            }
    float logit = w.denseBias[0];
    for (int y = 0; y < 2; ++y)
        for (int x = 0; x < 2; ++x)
            for (int c = 0; c < 2; ++c) {
                float m = -1e30f;
                for (int dy = 0; dy < 2; ++dy)
                    for (int dx = 0; dx < 2; ++dx)
                        m = std::max(m, dw[((2 * y + dy) * kSize + 2 * x + dx) * 2 + c]);
                logit += m * w.denseKernel[(y * 2 + x) * 2 + c];  // Flatten is (h, w, c) order
            }
    return 1.0f / (1.0f + std::exp(-logit));
}

Image testImage(unsigned seed) {
    std::mt19937 rng(seed);
    Image image(kSize, kSize, 3);
    image.pixels = randomValues(image.pixels.size(), rng, 0, 255);
    return image;
}

}  // namespace

class TestKerasH5 : public QObject {
    Q_OBJECT
    QTemporaryDir temp_;
    TinyWeights weights_ = makeWeights();

    fs::path file(const char* name) { return fs::path(temp_.path().toStdString()) / name; }

    void checkNumbers(const fs::path& path) {
        Network network(tinyLayers(), tinySpec(), 1);
        QCOMPARE(network.loadKerasWeights(readKerasH5(path)), 4);
        const std::vector<Image> images = {testImage(1), testImage(2)};
        const auto predicted = network.predict(images);
        for (std::size_t i = 0; i < images.size(); ++i)
            QVERIFY2(std::abs(predicted[i] - directPrediction(images[i], weights_)) < 1e-5f,
                     qPrintable(QString("%1 vs %2")
                                    .arg(predicted[i])
                                    .arg(directPrediction(images[i], weights_))));
    }

  private Q_SLOTS:
    void newStyleNames() {
        testh5::write(file("new.h5"), h5Layers(weights_, false));
        const KerasWeights read = readKerasH5(file("new.h5"));
        QVERIFY(!read.fullModel);
        QCOMPARE(read.byLayer.size(), std::size_t(4));
        QCOMPARE(read.byLayer.at("block1_bn")[3].role(), std::string("moving_variance"));
        checkNumbers(file("new.h5"));
    }

    void legacyNames() {
        testh5::write(file("legacy.h5"), h5Layers(weights_, true));
        QCOMPARE(readKerasH5(file("legacy.h5")).byLayer.at("block1_conv1")[0].name,
                 std::string("block1_conv1_W_1:0"));
        checkNumbers(file("legacy.h5"));
    }

    void fullModelFile() {
        testh5::write(file("full.h5"), h5Layers(weights_, false), "sequential_1");
        QVERIFY(readKerasH5(file("full.h5")).fullModel);
        checkNumbers(file("full.h5"));
    }

    void missingLayerIsNamedAndNothingLoads() {
        auto layers = h5Layers(weights_, false);
        layers.erase(layers.begin() + 1);  // no block1_dw
        testh5::write(file("missing.h5"), layers);
        Network network(tinyLayers(), tinySpec(), 1);
        const auto before = network.predict({testImage(3)});
        try {
            network.loadKerasWeights(readKerasH5(file("missing.h5")));
            QFAIL("no error");
        } catch (const WeightsError& error) {
            QVERIFY2(QString(error.what()).contains("'block1_dw'") &&
                         QString(error.what()).contains("missing"),
                     error.what());
        }
        QCOMPARE(network.predict({testImage(3)}), before);  // never half-loaded
        QVERIFY(network.weightsSource().empty());
    }

    void wrongShapeIsNamed() {
        auto layers = h5Layers(weights_, false);
        layers[0].weights[0].shape = {3, 3, 3, 1};
        layers[0].weights[0].values.resize(27);
        testh5::write(file("shape.h5"), layers);
        Network network(tinyLayers(), tinySpec(), 1);
        try {
            network.loadKerasWeights(readKerasH5(file("shape.h5")));
            QFAIL("no error");
        } catch (const WeightsError& error) {
            const QString message = error.what();
            QVERIFY2(message.contains("block1_conv1") && message.contains("(3, 3, 3, 1)") &&
                         message.contains("(3, 3, 3, 2)"),
                     error.what());
        }
    }

    void kerasCacheIsFound() {
        const fs::path home = file("keras-home");
        fs::create_directories(home / "models");
        qputenv("KERAS_HOME", QByteArray::fromStdString(home.string()));
        ModelSpec spec;
        QVERIFY(!findKerasWeights(spec));
        writeFile(home / "models" / "vgg16_weights_tf_dim_ordering_tf_kernels_notop.h5", "x");
        QCOMPARE(findKerasWeights(spec)->file,
                 home / "models" / "vgg16_weights_tf_dim_ordering_tf_kernels_notop.h5");
        QVERIFY(!findKerasWeights(spec)->otherSize);
        spec.backbone = Backbone::MobileNetV2;
        spec.alpha = 1.0;
        spec.inputSize = 160;
        QCOMPARE(kerasWeightsFileName(spec),
                 std::string("mobilenet_v2_weights_tf_dim_ordering_tf_kernels_1.0_160_no_top.h5"));
        spec.alpha = 0.35;
        QCOMPARE(kerasWeightsFileName(spec),
                 std::string("mobilenet_v2_weights_tf_dim_ordering_tf_kernels_0.35_160_no_top.h5"));
        // Keras loads the 224 px file for a size it publishes none for.
        spec.inputSize = 150;
        QCOMPARE(kerasWeightsFileName(spec),
                 std::string("mobilenet_v2_weights_tf_dim_ordering_tf_kernels_0.35_224_no_top.h5"));
        // Only another size cached: the nearest stands in, and says which size it is.
        spec.inputSize = 128;
        QVERIFY(!findKerasWeights(spec));
        writeFile(home / "models" / "mobilenet_v2_weights_tf_dim_ordering_tf_kernels_0.35_224_no_top.h5", "x");
        writeFile(home / "models" / "mobilenet_v2_weights_tf_dim_ordering_tf_kernels_0.35_96_no_top.h5", "x");
        QCOMPARE(findKerasWeights(spec)->otherSize, std::optional<int>(96));
        writeFile(home / "models" / "mobilenet_v2_weights_tf_dim_ordering_tf_kernels_0.35_128_no_top.h5", "x");
        QVERIFY(!findKerasWeights(spec)->otherSize);
        qunsetenv("KERAS_HOME");
    }

    void badFilesAreClearErrors() {
        writeFile(file("text.h5"), "this is not HDF5");
        QVERIFY_THROWS_EXCEPTION(WeightsError, readKerasH5(file("text.h5")));
        QVERIFY_THROWS_EXCEPTION(WeightsError, readKerasH5(file("nowhere.h5")));
        testh5::write(file("whole.h5"), h5Layers(weights_, false));
        const std::string bytes = readFileBytes(file("whole.h5"));
        writeFile(file("truncated.h5"), bytes.substr(0, bytes.size() / 2));
        QVERIFY_THROWS_EXCEPTION(WeightsError, readKerasH5(file("truncated.h5")));
        testh5::write(file("empty.h5"), {{"block1_pool", {}}});
        QVERIFY_THROWS_EXCEPTION(WeightsError, readKerasH5(file("empty.h5")));
        const fs::path korean = file("가중치 파일.h5");
        testh5::write(korean, h5Layers(weights_, false));
        QCOMPARE(readKerasH5(korean).byLayer.size(), std::size_t(4));
    }
};

QTEST_GUILESS_MAIN(TestKerasH5)
#include "tst_keras_h5.moc"
