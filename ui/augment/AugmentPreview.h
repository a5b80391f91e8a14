#pragma once

#include <QImage>
#include <QWidget>
#include <memory>
#include <vector>

#include "data/Augmentation.h"

class QCheckBox;
class QComboBox;
class QGridLayout;
class QLabel;
class QPushButton;
class QScrollArea;
class QSpinBox;
class QTimer;

namespace layerlab::ui {

class AugmentControls;

// The original picture beside N augmented samples drawn exactly as training draws them
// (layerlab::augmentImage with seed + i), rendered off the GUI thread.
class AugmentPreview : public QWidget {
    Q_OBJECT
  public:
    explicit AugmentPreview(QWidget* parent = nullptr);
    ~AugmentPreview() override;

    void setImagePath(const QString& path);
    QString imagePath() const { return path_; }
    AugmentControls* controls() const { return controls_; }
    layerlab::AugmentParams params() const;
    void setSeed(int seed);
    int seed() const;
    void setSampleCount(int count);
    int tileCount() const { return static_cast<int>(tiles_.size()); }
    QImage tileImage(int index) const;
    layerlab::TransformParams tileTransform(int index) const;
    bool busy() const;
    // Puts the matching ImageDataGenerator(...) call on the clipboard and returns it.
    QString copyKerasCode();

  Q_SIGNALS:
    void rendered();
    void paramsChanged();  // an ImageDataGenerator setting changed (what training would use)
    void statusMessage(const QString& message);

  protected:
    void changeEvent(QEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;

  private:
    struct Tile {
        QImage image;
        layerlab::TransformParams transform;
    };
    struct Rendering {
        QImage original;
        std::vector<Tile> tiles;
        QString error;
    };

    void buildUi();
    QScrollArea* buildSettings();
    void buildSamples();
    void retranslate();
    void scheduleRender();
    void render();
    void show(const Rendering& rendering);
    void layoutTiles();
    int tileSide() const;
    int columnsForWidth() const;
    QWidget* makeTile(const QImage& image, const QString& caption, const QString& tooltip);
    QString caption(const layerlab::TransformParams& t) const;

    AugmentControls* controls_;
    QLabel* countLabel_;
    QLabel* seedLabel_;
    QLabel* sizeLabel_;
    QSpinBox* count_;
    QSpinBox* seed_;
    QSpinBox* size_;
    QComboBox* interpolation_;
    QPushButton* reshuffle_;
    QPushButton* reset_;
    QPushButton* copy_;
    QCheckBox* showParams_;
    QLabel* samplesTitle_;
    QScrollArea* samplesScroll_;
    QWidget* grid_;
    QGridLayout* gridLayout_;
    QLabel* message_;
    QTimer* debounce_;

    QString path_;
    QImage original_;
    std::vector<Tile> tiles_;
    std::shared_ptr<int> generation_ = std::make_shared<int>(0);
    int inFlight_ = 0;
};

}  // namespace layerlab::ui
