// The real pretrained MobileNetV2 α 0.35 in ../shared/data/weights: the no-top weights file
// loads completely, and the public Teachable Machine full model (its base + GAP +
// Dense(100, relu) + Dense(2, softmax, no bias)) classifies held-out cats_and_dogs photos as
// its README reports (179/200 = 89.5% with bilinear 224 px and x/127.5 − 1). A wrong conv,
// depthwise or padding layout would fall to chance. Skips when the shared data is absent.
#include <QtTest>

#include "data/ImageDecoder.h"
#include "data/ImageFolder.h"
#include "io/KerasH5.h"
#include "model/Network.h"

using namespace layerlab;
namespace fs = std::filesystem;

class TestRealWeights : public QObject {
    Q_OBJECT
    const fs::path data_ = fs::path(LAYERLAB_SHARED_DATA);

  private Q_SLOTS:
    void init() {
        if (!fs::exists(data_ / "weights" / "mobilenet_v2_0.35_224_no_top.h5"))
            QSKIP("../shared/data/weights is absent (only on development machines)");
    }

    void noTopFileLoadsEveryBaseLayer() {
        const KerasWeights weights =
            readKerasH5(data_ / "weights" / "mobilenet_v2_0.35_224_no_top.h5");
        QCOMPARE(weights.byLayer.size(), std::size_t(104));
        QVERIFY(!weights.fullModel);
        ModelSpec spec;
        spec.backbone = Backbone::MobileNetV2;
        spec.head = HeadKind::GlobalAveragePooling;
        spec.preprocessing = Preprocessing::Tf;
        Network network(spec);
        QCOMPARE(network.loadKerasWeights(weights), 104);  // the GAP head's Dense stays random
        QVERIFY(!network.weightsSource().empty());
    }

    void teachableMachineModelClassifiesCatsAndDogs() {
        ModelSpec spec;
        spec.backbone = Backbone::MobileNetV2;
        spec.head = HeadKind::GlobalAveragePooling;
        spec.preprocessing = Preprocessing::Tf;
        std::vector<LayerSpec> layers = buildLayers(spec);
        layers.pop_back();  // keep GAP, replace the Dense with Teachable Machine's head
        LayerSpec hidden;
        hidden.kind = LayerSpec::Kind::Dense;
        hidden.name = "dense_Dense1";
        hidden.block = kHeadBlock;
        hidden.units = 100;
        hidden.activation = LayerSpec::Activation::Relu;
        LayerSpec out = hidden;
        out.name = "dense_Dense2";
        out.units = 2;
        out.useBias = false;
        out.activation = LayerSpec::Activation::Softmax;
        layers.push_back(hidden);
        layers.push_back(out);
        Network network(layers, spec);
        const KerasWeights weights =
            readKerasH5(data_ / "weights" / "teachable_machine_catsdogs" / "keras_model.h5");
        QVERIFY(weights.fullModel);
        QCOMPARE(network.loadKerasWeights(weights), 106);

        const DatasetSummary validation =
            scanImageFolder(data_ / "cats_and_dogs_filtered" / "validation");
        QCOMPARE(validation.classes, (std::vector<std::string>{"cats", "dogs"}));
        int correct = 0, total = 0;
        for (int label : {0, 1}) {
            std::vector<Image> batch;
            for (const auto& file : validation.files)
                if (file.label == label && batch.size() < 100)
                    batch.push_back(
                        decodeImageFile(file.path, ImageSize{224, 224}, Interpolation::Bilinear)
                            .image);
            const auto probabilities = network.predict(batch);
            for (std::size_t i = 0; i < batch.size(); ++i, ++total)
                correct += (probabilities[2 * i + 1] > probabilities[2 * i]) == (label == 1);
        }
        qInfo("Teachable Machine model: %d / %d validation photos correct", correct, total);
        QVERIFY2(correct >= 170, qPrintable(QString("%1 / %2").arg(correct).arg(total)));
    }
};

QTEST_GUILESS_MAIN(TestRealWeights)
#include "tst_real_weights.moc"
