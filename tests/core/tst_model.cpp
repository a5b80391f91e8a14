// Keras facts about the models (DESIGN.md, shared/data/weights/README.md): parameter
// counts per block and in total, shapes, MobileNetV2's layer inventory, freezing, presets;
// model.summary() with the base nested as Keras prints it, and the lesson's cells as Keras
// code.
#include <QtTest>

#include <map>

#include "core/PythonSyntax.h"
#include "data/Sequences.h"
#include "model/KerasCode.h"
#include "model/ModelSpec.h"
#include "model/PretrainedWeights.h"
#include "model/SequenceModel.h"
#include "model/Summary.h"
#include "util/UsageError.h"

using namespace layerlab;

namespace {

ParamTotals totalsFor(const std::vector<LayerSpec>& layers, int size) {
    return paramTotals(layers, inferLayers(layers, size, size));
}

ModelSpec vgg(int size) {
    ModelSpec spec;
    spec.inputSize = size;
    return spec;
}

QString nested(const std::vector<LayerSpec>& layers, const ModelSpec& spec) {
    return QString::fromStdString(
        kerasNestedSummary(layers, inferLayers(layers, spec.inputSize, spec.inputSize),
                           kerasBaseName(spec, WeightsSource::Kind::KerasCache), "sequential"));
}

// The seed's cells, as LayerLab writes them for the lesson's model at 224 px.
const char* const kLessonImports =
    "from tensorflow.keras.models import Sequential\n"
    "from tensorflow.keras.layers import Flatten, Dense, Dropout\n"
    "from tensorflow.keras.applications import VGG16\n"
    "\n"
    "model_base = VGG16(weights='imagenet', include_top=False, input_shape=(224,224,3))\n";
const char* const kLessonHead =
    "\n"
    "model = Sequential()\n"
    "model.add(model_base)\n"
    "model.add(Flatten())\n"
    "model.add(Dense(units=512, activation='relu'))\n"
    "model.add(Dropout(rate=0.5))\n"
    "model.add(Dense(units=1, activation='sigmoid'))\n"
    "model.summary()\n";

void verifyPython(const std::string& code) {
    const QString error = pythonsyntax::error(code);
    QVERIFY2(error.isEmpty(), qPrintable(error));
}

}  // namespace

class TestModel : public QObject {
    Q_OBJECT
  private Q_SLOTS:
    void vgg16BlocksAndTotals() {
        const auto layers = buildLayers(vgg(224));
        const auto tree = layerTree(layers, inferLayers(layers, 224, 224));
        const std::int64_t perBlock[] = {38720, 221440, 1475328, 5899776, 7079424};
        for (int b = 0; b < 5; ++b) {
            QCOMPARE(tree[b].name, "block" + std::to_string(b + 1));
            QCOMPARE(tree[b].params, perBlock[b]);
            QVERIFY(!tree[b].trainable);
        }
        QCOMPARE(tree[4].children.back().name, std::string("block5_pool"));
        QCOMPARE(formatShape(tree[4].outputShape), std::string("(None, 7, 7, 512)"));
        const ParamTotals t = totalsFor(layers, 224);
        QCOMPARE(t.total, std::int64_t(27560769));
        QCOMPARE(t.trainable, std::int64_t(12846081));
        QCOMPARE(t.nonTrainable, std::int64_t(14714688));
        QCOMPARE(tree[5].children[1].params, std::int64_t(12845568));  // Dense 512 after 25,088
    }

    void lessonHeadAt150() {
        const auto layers = buildLayers(vgg(150));
        const auto infos = inferLayers(layers, 150, 150);
        QCOMPARE(infos[18].outputShape, (Shape{8192}));  // flatten
        QCOMPARE(totalsFor(layers, 150).trainable, std::int64_t(4195329));
    }

    void unfreezingBlock5() {
        auto layers = buildLayers(vgg(224));
        setTrainable(layers, "block5", true);
        ParamTotals t = totalsFor(layers, 224);
        QCOMPARE(t.trainable, std::int64_t(19925505));
        QCOMPARE(t.nonTrainable, std::int64_t(7635264));
        // The lesson's loop over block5_conv1..3 by name prefix gives the same (pool has no
        // weights).
        auto byPrefix = buildLayers(vgg(224));
        setTrainable(byPrefix, "block5_conv", true);
        QCOMPARE(totalsFor(byPrefix, 224).trainable, t.trainable);
        QVERIFY_THROWS_EXCEPTION(UsageError, setTrainable(layers, "block9", true));
        const auto tree = layerTree(layers, inferLayers(layers, 224, 224));
        QVERIFY(tree[4].trainable && !tree[3].trainable);
        setTrainable(layers, "block4_conv3", true);
        QVERIFY(layerTree(layers, inferLayers(layers, 224, 224))[3].mixed);
    }

    void mobileNetV2Inventory() {
        ModelSpec spec;
        spec.backbone = Backbone::MobileNetV2;
        spec.alpha = 0.35;
        spec.head = HeadKind::GlobalAveragePooling;
        const auto layers = buildLayers(spec);
        std::map<std::string, int> kinds;
        for (const auto& l : layers)
            if (l.block != kHeadBlock) ++kinds[kindName(l.kind)];
        QCOMPARE(kinds["Conv2D"], 35);
        QCOMPARE(kinds["DepthwiseConv2D"], 17);
        QCOMPARE(kinds["BatchNormalization"], 52);
        QCOMPARE(kinds["ReLU"], 35);
        QCOMPARE(kinds["Add"], 10);
        QCOMPARE(kinds["ZeroPadding2D"], 5);
        const auto infos = inferLayers(layers, 224, 224);
        std::int64_t base = 0, baseStats = 0;
        for (std::size_t i = 0; i < layers.size(); ++i)
            if (layers[i].block != kHeadBlock)
                base += infos[i].params(), baseStats += infos[i].nonTrainableWeights;
        QCOMPARE(base, std::int64_t(410208));
        QCOMPARE(baseStats, std::int64_t(14080));
        QCOMPARE(layers.front().name, std::string("Conv1_pad"));
        QVERIFY(layers.front().pads ==
                (std::array<int, 4>{0, 1, 0, 1}));  // even size: bottom/right
        QCOMPARE(infos[layers.size() - 3].outputShape, (Shape{7, 7, 1280}));  // out_relu
        // All trainable: gamma and beta trainable, moving statistics not.
        auto open = layers;
        setTrainable(open, "stem", true);
        for (const auto& block : backboneBlocks(open)) setTrainable(open, block, true);
        const ParamTotals t = totalsFor(open, 224);
        QCOMPARE(t.nonTrainable, std::int64_t(14080));
        QCOMPARE(t.trainable, std::int64_t(396128 + 1281));
        // An odd input size pads on both sides, as correct_pad does.
        spec.inputSize = 225;
        QVERIFY(buildLayers(spec).front().pads == (std::array<int, 4>{1, 1, 1, 1}));
    }

    void mobileNetBlockNamesDoNotCollide() {
        ModelSpec spec;
        spec.backbone = Backbone::MobileNetV2;
        auto layers = buildLayers(spec);
        setTrainable(layers, "block_1", true);
        for (const auto& l : layers)
            if (l.name.rfind("block_1", 0) == 0) QCOMPARE(l.trainable, l.block == "block_1");
    }

    void strategiesSetTheFreezeState() {
        auto layers = buildLayers(vgg(224));
        auto trainableBlocks = [&] {
            std::vector<std::string> blocks;
            for (const auto& node : layerTree(layers, inferLayers(layers, 224, 224)))
                if (node.trainable) blocks.push_back(node.name);
            return blocks;
        };
        QCOMPARE(strategies().size(), std::size_t(4));
        applyStrategy(layers, Strategy::SmallSimilar);
        QCOMPARE(trainableBlocks(), (std::vector<std::string>{"head"}));
        applyStrategy(layers, Strategy::LargeSimilar);
        QCOMPARE(trainableBlocks(), (std::vector<std::string>{"block5", "head"}));
        applyStrategy(layers, Strategy::SmallDifferent);
        QCOMPARE(trainableBlocks(), (std::vector<std::string>{"block4", "block5", "head"}));
        applyStrategy(layers, Strategy::LargeDifferent);
        QCOMPARE(trainableBlocks().size(), std::size_t(6));
        QVERIFY(findStrategy("small-similar") && !findStrategy("nope"));
    }

    void summaryTextLooksLikeKeras() {
        const auto layers = buildLayers(vgg(224));
        const std::string text = kerasSummary(layers, inferLayers(layers, 224, 224), "sequential");
        QVERIFY(text.find("block1_conv1 (Conv2D)") != std::string::npos);
        QVERIFY(text.find("(None, 224, 224, 64)") != std::string::npos);
        QVERIFY(text.find("Total params: 27,560,769\n") != std::string::npos);
        QVERIFY(text.find("Non-trainable params: 14,714,688\n") != std::string::npos);
        QCOMPARE(withThousands(1000), std::string("1,000"));
        QCOMPARE(withThousands(999), std::string("999"));
    }

    void recurrentModelsCountLikeKeras() {
        // Checks from the book the lesson follows (num_words 500, maxlen 100).
        auto params = [](SequenceModelSpec spec) {
            const auto layers = buildSequenceLayers(spec);
            std::vector<std::int64_t> counts;
            for (const auto& info : inferLayers(layers, sequenceInputShape(spec)))
                counts.push_back(info.params());
            return counts;
        };
        SequenceModelSpec spec;
        spec.input = SequenceInput::OneHot;
        QCOMPARE(params(spec),
                 (std::vector<std::int64_t>{4072, 9}));  // SimpleRNN(8) on one-hot (100, 500)
        spec.input = SequenceInput::Embedding;
        QCOMPARE(params(spec), (std::vector<std::int64_t>{8000, 200, 9}));  // Embedding(500, 16)
        spec.cell = RecurrentCell::LSTM;
        QCOMPARE(params(spec)[1], std::int64_t(800));
        spec.cell = RecurrentCell::GRU;  // reset_after=True: two bias rows
        QCOMPARE(params(spec)[1], std::int64_t(624));
        spec.cell = RecurrentCell::LSTM;
        spec.recurrentLayers = 2;
        spec.bidirectional = true;
        const auto layers = buildSequenceLayers(spec);
        QVERIFY(layers[1].returnSequences && !layers[2].returnSequences);
        QCOMPARE(layers[2].name, std::string("bidirectional_1"));
        QCOMPARE(params(spec), (std::vector<std::int64_t>{8000, 1600, 1600, 17}));
        const auto infos = inferLayers(layers, sequenceInputShape(spec));
        QCOMPARE(infos[1].outputShape, (Shape{100, 16}));
        QCOMPARE(std::string(typeName(layers[1])), std::string("Bidirectional"));
    }

    // Keras 2's summary of model.add(model_base) + the head: the base is one Functional row.
    void nestedSummaryShowsTheBaseAsOneRow() {
        auto layers = buildLayers(vgg(224));
        QCOMPARE(nested(layers, vgg(224)),
                 QString("Model: \"sequential\"\n"
                         "_________________________________________________________________\n"
                         " Layer (type)                Output Shape              Param #   \n"
                         "=================================================================\n"
                         " vgg16 (Functional)          (None, 7, 7, 512)         14714688\n"
                         "\n"
                         " flatten (Flatten)           (None, 25088)             0\n"
                         "\n"
                         " dense (Dense)               (None, 512)               12845568\n"
                         "\n"
                         " dropout (Dropout)           (None, 512)               0\n"
                         "\n"
                         " dense_1 (Dense)             (None, 1)                 513\n"
                         "=================================================================\n"
                         "Total params: 27,560,769\n"
                         "Trainable params: 12,846,081\n"
                         "Non-trainable params: 14,714,688\n"
                         "_________________________________________________________________\n"));
        setTrainable(layers, "block5_conv", true);
        const QString tuned = nested(layers, vgg(224));
        QVERIFY(tuned.contains("Total params: 27,560,769\nTrainable params: 19,925,505\n"
                               "Non-trainable params: 7,635,264\n"));
        // keras.applications.mobilenet_v2 names its model f"mobilenetv2_{alpha:0.2f}_{rows}",
        // rows 224 when ImageNet weights are asked for a size they were not published at.
        ModelSpec mobile = vgg(224);
        mobile.backbone = Backbone::MobileNetV2;
        mobile.alpha = 1.0;
        QVERIFY(nested(buildLayers(mobile), mobile)
                    .contains(" mobilenetv2_1.00_224 (Functional) (None, 7, 7, 1280)"));
        mobile.alpha = 0.35;
        mobile.inputSize = 150;
        QCOMPARE(kerasBaseName(mobile, WeightsSource::Kind::KerasCache),
                 std::string("mobilenetv2_0.35_224"));
        QCOMPARE(kerasBaseName(mobile, WeightsSource::Kind::None),
                 std::string("mobilenetv2_0.35_150"));
    }

    void lessonsModelIsTheSeedsCell() {
        auto layers = buildLayers(vgg(224));
        const WeightsSource imagenet;
        const std::string frozen = kerasModelCode(vgg(224), layers, imagenet);
        QCOMPARE(QString::fromStdString(frozen),
                 QString(kLessonImports) + "model_base.trainable = False\n" + kLessonHead);
        verifyPython(frozen);
        // Fine-tuning: the seed's loop over block5_conv1..3, with the base left trainable:
        // Keras's layer.trainable_weights is [] for a model set trainable = False, and Keras 2
        // gathers a model's trainable weights from its layers' (tf.keras base_layer.py).
        setTrainable(layers, "block5_conv", true);
        const std::string tuned = kerasModelCode(vgg(224), layers, imagenet);
        QCOMPARE(QString::fromStdString(tuned),
                 QString(kLessonImports) +
                     "# The base stays trainable: set False first (as the seed does), Keras 2 "
                     "trains none of its\n# layers, whatever their flags, and Keras 3's "
                     "model_base.summary() counts none trainable.\n"
                     "model_base.trainable = True\n"
                     "for layer in model_base.layers:\n"
                     "    if layer.name in ['block5_conv1', 'block5_conv2', 'block5_conv3']:\n"
                     "        layer.trainable = True\n"
                     "    else:\n"
                     "        layer.trainable = False\n" +
                     kLessonHead);
        verifyPython(tuned);
        setTrainable(layers, "block5", true);  // the pool has no weights: the same loop
        QCOMPARE(kerasModelCode(vgg(224), layers, imagenet), tuned);
        applyStrategy(layers, Strategy::LargeDifferent);
        QVERIFY(kerasModelCode(vgg(224), layers, imagenet)
                    .find("\nmodel_base.trainable = True\n\nmodel = Sequential()") !=
                std::string::npos);
    }

    // What Keras has an argument for is code; what it has not is a comment.
    void everyModelOptionBecomesCodeOrAComment() {
        ModelSpec spec;
        spec.backbone = Backbone::MobileNetV2;
        spec.alpha = 0.5;
        spec.inputSize = 160;
        spec.head = HeadKind::GlobalAveragePooling;
        spec.numClasses = 5;
        spec.preprocessing = Preprocessing::Tf;
        spec.frozenPrecision = FrozenPrecision::Bf16;
        auto layers = buildLayers(spec);
        setTrainable(layers, "block_16", true);
        setTrainable(layers, "dense", false);
        const std::string code =
            kerasModelCode(spec, layers, {WeightsSource::Kind::File, "/w/it's.h5"});
        for (const char* part :
             {"from tensorflow.keras.layers import GlobalAveragePooling2D, Dense\n",
              "model_base = MobileNetV2(weights='/w/it\\'s.h5', include_top=False, "
              "input_shape=(160,160,3), alpha=0.5)\n",
              "mobilenet_v2.preprocess_input", "bfloat16",
              "'block_16_expand', 'block_16_expand_BN', 'block_16_depthwise',",
              "model.add(GlobalAveragePooling2D())\n",
              "model.add(Dense(units=5, activation='softmax', trainable=False))\n"})
            QVERIFY2(code.find(part) != std::string::npos, part);
        verifyPython(code);
        QVERIFY(kerasModelCode(vgg(224), buildLayers(vgg(224)), {WeightsSource::Kind::None, {}})
                    .find("VGG16(weights=None,") != std::string::npos);
    }

    // The IMDB cells: load_data and pad_sequences as the seed calls them, then the model.
    void imdbCellsAreKerasCode() {
        ImdbPreparation preparation;
        preparation.load.numWords = 500;
        preparation.maxlen = 100;
        QCOMPARE(QString::fromStdString(kerasImdbDataCode(preparation)),
                 QString("from tensorflow.keras.datasets import imdb\n"
                         "from tensorflow.keras.preprocessing.sequence import pad_sequences\n"
                         "\n"
                         "(x_data_train, t_data_train), (x_data_test, t_data_test) = \\\n"
                         "    imdb.load_data(num_words=500)\n"
                         "x_data_train_seq = pad_sequences(x_data_train, maxlen=100)\n"
                         "x_data_test_seq = pad_sequences(x_data_test, maxlen=100)\n"));
        const SequenceModelSpec book;
        QCOMPARE(QString::fromStdString(kerasSequenceModelCode(book)),
                 QString("from tensorflow.keras.models import Sequential\n"
                         "from tensorflow.keras.layers import Input, Embedding, SimpleRNN, Dense\n"
                         "\n"
                         "model = Sequential()\n"
                         "model.add(Input(shape=(100,)))\n"
                         "model.add(Embedding(input_dim=500, output_dim=16))\n"
                         "model.add(SimpleRNN(units=8))\n"
                         "model.add(Dense(units=1, activation='sigmoid'))\n"
                         "model.summary()\n"));
        preparation.load.skipTop = 20;
        preparation.padding = Side::Post;
        SequenceModelSpec spec;
        spec.cell = RecurrentCell::LSTM;
        spec.recurrentLayers = 2;
        spec.bidirectional = true;
        spec.dropout = 0.2;
        spec.input = SequenceInput::OneHot;
        const std::string code =
            kerasImdbDataCode(preparation) + "\n" + kerasSequenceModelCode(spec);
        for (const char* part :
             {"imdb.load_data(num_words=500, skip_top=20)", "maxlen=100, padding='post')",
              "np.eye(500, dtype='float32')[x_data_train_seq]", "5.0 GB",
              "model.add(Input(shape=(100, 500)))",
              "model.add(Bidirectional(LSTM(units=8, return_sequences=True, dropout=0.2)))\n"
              "model.add(Bidirectional(LSTM(units=8, dropout=0.2)))\n"})
            QVERIFY2(code.find(part) != std::string::npos, part);
        verifyPython(code);
    }

    void badSpecsAreRefused() {
        ModelSpec spec = vgg(16);  // five 2x2 pools need at least 32 px
        QVERIFY_THROWS_EXCEPTION(UsageError, buildLayers(spec));
        spec = vgg(224);
        spec.backbone = Backbone::MobileNetV2;
        spec.alpha = 0.6;
        QVERIFY_THROWS_EXCEPTION(UsageError, buildLayers(spec));
        spec = vgg(224);
        spec.numClasses = 5;
        QCOMPARE(buildLayers(spec).back().units, 5);  // softmax over five classes
    }
};

QTEST_GUILESS_MAIN(TestModel)
#include "tst_model.moc"
