// Augmentation against keras-preprocessing itself (tests/reference/, written by
// tools/reference/keras_augment_reference.py) and against geometry worked out by hand.
#include <QtTest>

#include <cmath>

#include "data/Augmentation.h"
#include "reference/keras_augment_reference.h"
#include "util/UsageError.h"

using namespace layerlab;

namespace {

Image referenceInput() {
    Image image(kerasref::kHeight, kerasref::kWidth, kerasref::kChannels);
    for (int r = 0; r < image.height; ++r)
        for (int c = 0; c < image.width; ++c)
            for (int k = 0; k < image.channels; ++k)
                image.at(r, c, k) = static_cast<float>((r * 31 + c * 17 + k * 59) % 256);
    return image;
}

// A single-channel image whose every pixel holds its own index, so a sample tells where
// it was read from.
Image indexImage(int h, int w) {
    Image image(h, w, 1);
    for (int i = 0; i < h * w; ++i) image.pixels[i] = static_cast<float>(i);
    return image;
}

float maxDifference(const Image& a, const float* expected) {
    float worst = 0;
    for (std::size_t i = 0; i < a.pixels.size(); ++i)
        worst = std::max(worst, std::abs(a.pixels[i] - expected[i]));
    return worst;
}

}  // namespace

class TestAugmentation : public QObject {
    Q_OBJECT
  private Q_SLOTS:
    void applyTransformMatchesKeras_data() {
        QTest::addColumn<int>("index");
        int i = 0;
        for (const auto& c : kerasref::kAffineCases) QTest::newRow(c.name) << i++;
    }
    void applyTransformMatchesKeras() {
        QFETCH(int, index);
        const auto& c = kerasref::kAffineCases[index];
        TransformParams t;
        t.theta = c.theta, t.tx = c.tx, t.ty = c.ty, t.shear = c.shear, t.zx = c.zx, t.zy = c.zy;
        t.flip_horizontal = c.flipH, t.flip_vertical = c.flipV;
        const Image out = applyTransform(referenceInput(), t, *parseFillMode(c.fill), c.cval);
        QVERIFY2(maxDifference(out, c.expected) < 1e-3f,
                 qPrintable(QString("max difference %1").arg(maxDifference(out, c.expected))));
    }

    void drawMatchesKerasGetRandomTransform() {
        AugmentParams lesson = AugmentParams::lesson();
        AugmentParams other;
        other.width_shift_range = {3, true};
        other.height_shift_range = {2, true};
        other.zoom_lo = 0.5, other.zoom_hi = 1.0;
        other.vertical_flip = true;
        other.brightness_lo = 0.5, other.brightness_hi = 1.5;
        for (const auto& d : kerasref::kDrawCases) {
            const auto t = drawTransform(d.generator == 0 ? lesson : other, 224, 160, d.seed);
            QCOMPARE(t.theta, d.theta);
            QCOMPARE(t.tx, d.tx);
            QCOMPARE(t.ty, d.ty);
            QCOMPARE(t.shear, d.shear);
            QCOMPARE(t.zx, d.zx);
            QCOMPARE(t.zy, d.zy);
            QCOMPARE(t.flip_horizontal, d.flipH);
            QCOMPARE(t.flip_vertical, d.flipV);
            QCOMPARE(t.brightness.value_or(1.0), d.brightness);
        }
    }

    void shiftMovesMarkedPixel() {
        // The matrix maps output to input: in = out + (tx, ty), so a pixel moves by -(tx, ty).
        Image image(9, 11, 1, 0.0f);
        image.at(5, 6, 0) = 100.0f;
        TransformParams t;
        t.tx = 2, t.ty = -3;
        const Image out = applyTransform(image, t, FillMode::Constant, 0);
        QCOMPARE(out.at(3, 9, 0), 100.0f);
        float total = 0;
        for (float v : out.pixels) total += v;
        QCOMPARE(total, 100.0f);
    }

    void rotation90OfSquareAboutKerasCentre() {
        // Keras re-centres on (n/2 + 0.5), so 90° maps out(r, c) to in(n + 1 - c, r):
        // a true quarter turn shifted by two pixels, clamped at the border by 'nearest'.
        const int n = 8;
        const Image in = indexImage(n, n);
        TransformParams t;
        t.theta = 90;
        const Image out = applyTransform(in, t, FillMode::Nearest, 0);
        for (int r = 0; r < n; ++r)
            for (int c = 0; c < n; ++c)
                QCOMPARE(out.at(r, c, 0), in.at(std::min(n - 1, n + 1 - c), r, 0));
    }

    void zoomAboveOneZoomsOut() {
        Image in(20, 20, 1, 50.0f);
        TransformParams t;
        t.zx = t.zy = 2.0;  // reads twice as far from the centre: the picture shrinks
        const Image out = applyTransform(in, t, FillMode::Constant, 255);
        QCOMPARE(out.at(0, 0, 0), 255.0f);   // corner now shows the outside
        QCOMPARE(out.at(10, 10, 0), 50.0f);  // centre still shows the picture
        QCOMPARE(out.at(10, 3, 0), 255.0f);  // in = 2*(3-10.5)+10.5 = -4.5: outside
        QCOMPARE(out.at(10, 6, 0), 50.0f);   // in = 1.5: inside
    }

    void fillModesAtTheBorder() {
        // One row 10 20 30 40 50 shifted right by 2 columns (ty = -2): the two new columns
        // on the left read input columns -2 and -1.
        Image row(1, 5, 1);
        for (int c = 0; c < 5; ++c) row.pixels[c] = 10.0f * (c + 1);
        TransformParams t;
        t.ty = -2;
        auto leftTwo = [&](FillMode mode) {
            const Image out = applyTransform(row, t, mode, 7);
            return std::make_pair(out.pixels[0], out.pixels[1]);
        };
        QCOMPARE(leftTwo(FillMode::Nearest), std::make_pair(10.0f, 10.0f));  // aaaa|abcd
        QCOMPARE(leftTwo(FillMode::Constant), std::make_pair(7.0f, 7.0f));   // kkkk|abcd
        QCOMPARE(leftTwo(FillMode::Reflect), std::make_pair(20.0f, 10.0f));  // dcba|abcd
        QCOMPARE(leftTwo(FillMode::Wrap), std::make_pair(40.0f, 50.0f));     // abcd|abcd
        const Image shifted = applyTransform(row, t, FillMode::Nearest, 0);
        QCOMPARE(shifted.pixels[4], 30.0f);
    }

    void flipsComeAfterTheAffinePart() {
        const Image in = indexImage(3, 4);
        TransformParams t;
        t.flip_horizontal = true;
        t.flip_vertical = true;
        const Image out = applyTransform(in, t, FillMode::Nearest, 0);
        QCOMPARE(out.at(0, 0, 0), in.at(2, 3, 0));
        QCOMPARE(out.at(1, 2, 0), in.at(1, 1, 0));
    }

    void brightnessScalesAndSaturates() {
        Image in(1, 2, 1);
        in.pixels = {100.0f, 200.0f};
        TransformParams t;
        t.brightness = 1.5;
        const Image out = applyTransform(in, t, FillMode::Nearest, 0);
        QCOMPARE(out.pixels[0], 150.0f);
        QCOMPARE(out.pixels[1], 255.0f);
    }

    void sameSeedSameImageAndRescaleLast() {
        const Image in = referenceInput();
        const AugmentParams p = AugmentParams::lesson();
        TransformParams drawn;
        const Image a = augmentImage(in, p, 42, &drawn);
        const Image b = augmentImage(in, p, 42);
        QCOMPARE(a.pixels, b.pixels);
        QVERIFY(augmentImage(in, p, 43).pixels != a.pixels);
        Image manual = applyTransform(in, drawn, p.fill_mode, p.cval);
        rescaleImage(manual, 1.0 / 255.0);
        QCOMPARE(a.pixels, manual.pixels);
        for (float v : a.pixels) QVERIFY(v >= 0.0f && v <= 1.0f);
    }

    void integerShiftDrawsWholePixels() {
        AugmentParams p;
        p.width_shift_range = {3, true};
        for (std::uint32_t seed = 0; seed < 200; ++seed) {
            const double ty = drawTransform(p, 50, 50, seed).ty;
            QVERIFY(ty == std::round(ty) && std::abs(ty) <= 2);
        }
    }

    void transformTextRoundTrips() {
        const auto t =
            TransformParams::parse("theta=20,tx=10,ty=-6,shear=15,zx=1.2,zy=0.9,flip_horizontal=1");
        QCOMPARE(t.theta, 20.0);
        QCOMPARE(t.ty, -6.0);
        QVERIFY(t.flip_horizontal && !t.flip_vertical);
        QCOMPARE(TransformParams::parse(t.toString()).toString(), t.toString());
        QVERIFY_THROWS_EXCEPTION(UsageError, TransformParams::parse("theta=abc"));
        QVERIFY_THROWS_EXCEPTION(UsageError, TransformParams::parse("spin=3"));
        QVERIFY_THROWS_EXCEPTION(UsageError, TransformParams::parse("theta"));
    }

    void kerasCodeOfTheLesson() {
        QCOMPARE(QString::fromStdString(kerasCode(AugmentParams::lesson())),
                 QString("ImageDataGenerator(rescale=1/255,\n"
                         "                   rotation_range=30,\n"
                         "                   width_shift_range=0.1,\n"
                         "                   height_shift_range=0.1,\n"
                         "                   shear_range=0.2,\n"
                         "                   zoom_range=0.2,\n"
                         "                   horizontal_flip=True,\n"
                         "                   fill_mode='nearest')"));
    }
};

QTEST_GUILESS_MAIN(TestAugmentation)
#include "tst_augmentation.moc"
