// The augmentation preview shows exactly what core's augmentImage computes for seed + i,
// renders off the GUI thread, and its controls carry the lesson's defaults.
#include <QApplication>
#include <QClipboard>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

#include "augment/AugmentControls.h"
#include "augment/AugmentPreview.h"
#include "common/ImageConversion.h"
#include "core/TestImages.h"
#include "data/ImageDecoder.h"

using namespace layerlab;
using namespace layerlab::ui;

class TestAugmentPreview : public QObject {
    Q_OBJECT
    QTemporaryDir temp_;
    QString image_;

  private Q_SLOTS:
    void initTestCase() {
        image_ = temp_.filePath("사진 1.png");
        testimages::writeImage(image_.toStdString(), 40, 60);
    }

    void controlsStartAtTheLesson() {
        AugmentControls controls;
        const AugmentParams p = controls.params();
        const AugmentParams lesson = AugmentParams::lesson();
        QCOMPARE(p.rotation_range, lesson.rotation_range);
        QCOMPARE(p.width_shift_range.value, 0.1);
        QCOMPARE(p.shear_range, 0.2);
        QCOMPARE(p.zoom_lo, 0.8);
        QCOMPARE(p.zoom_hi, 1.2);
        QVERIFY(p.horizontal_flip && !p.vertical_flip);
        QCOMPARE(p.rescale, 1.0 / 255.0);
        QCOMPARE(kerasCode(p), kerasCode(lesson));
    }

    void notesExplainSurprises() {
        AugmentParams p = AugmentParams::lesson();
        QVERIFY(augmentNotes(p).join(" ").contains("degrees"));
        p.shear_range = 20;
        p.setZoomRange(0);
        QVERIFY(augmentNotes(p).isEmpty());
        p.width_shift_range = {5.0, false};
        QVERIFY(augmentNotes(p).join(" ").contains("pixels"));
    }

    void tilesEqualCoreAugmentation() {
        AugmentPreview preview;
        preview.resize(1200, 800);
        preview.setSampleCount(4);
        preview.setSeed(11);
        QSignalSpy rendered(&preview, &AugmentPreview::rendered);
        preview.setImagePath(image_);
        QTRY_VERIFY(rendered.count() >= 1);
        QTRY_VERIFY(!preview.busy());
        QCOMPARE(preview.tileCount(), 4);

        const Image original = decodeImageFile(image_.toStdString(), ImageSize{224, 224}).image;
        for (int i = 0; i < 4; ++i) {
            TransformParams drawn;
            const Image expected = augmentImage(original, preview.params(), 11 + i, &drawn);
            QCOMPARE(preview.tileTransform(i).toString(), drawn.toString());
            QCOMPARE(preview.tileImage(i), toQImage(expected, 255.0f));
        }

        // Changing a control re-renders with the new parameters.
        AugmentParams none;
        preview.controls()->setParams(none);
        QTRY_VERIFY(rendered.count() >= 2);
        QTRY_VERIFY(!preview.busy());
        QCOMPARE(preview.tileImage(0), toQImage(original));
    }

    void copiesKerasCode() {
        AugmentPreview preview;
        const QString code = preview.copyKerasCode();
        QVERIFY(code.startsWith("ImageDataGenerator(rescale=1/255,"));
        QCOMPARE(QApplication::clipboard()->text(), code);
    }

    void badImageIsAMessageNotACrash() {
        const QString broken = temp_.filePath("broken.jpg");
        testimages::writeBytes(broken.toStdString(), "\xFF\xD8\xFF not really");
        AugmentPreview preview;
        preview.setImagePath(broken);
        QTRY_VERIFY(!preview.busy());
        QCOMPARE(preview.tileCount(), 0);
    }
};

QTEST_MAIN(TestAugmentPreview)
#include "tst_augment_preview.moc"
