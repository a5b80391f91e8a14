#pragma once

#include <QWidget>
#include <string>
#include <vector>

#include "experiment/ExperimentSpec.h"
#include "model/ModelSpec.h"
#include "model/Summary.h"

class QComboBox;
class QLabel;
class QSpinBox;
class QTreeView;
class QPushButton;

namespace layerlab::ui {

class LayerTreeModel;

// The transfer model: backbone (VGG16, MobileNetV2 with alpha), input size, head,
// preprocessing, the frozen base's precision and weights, the lesson's four strategies as presets,
// and the layer tree whose checkboxes freeze and unfreeze, with Keras's totals underneath,
// model.summary() and the model as Keras code.
class ModelPanel : public QWidget {
    Q_OBJECT
  public:
    explicit ModelPanel(QWidget* parent = nullptr);

    LayerTreeModel* layers() const { return model_; }
    QSpinBox* sizeBox() const { return size_; }
    QComboBox* presetBox() const { return preset_; }
    QComboBox* frozenPrecisionBox() const { return frozenPrecision_; }
    QComboBox* weightsBox() const { return weights_; }
    QLabel* weightsStatus() const { return weightsStatus_; }
    QTreeView* layerView() const { return tree_; }
    QPushButton* summaryButton() const { return summaryButton_; }
    QPushButton* copyCodeButton() const { return copyCode_; }
    ModelSpec spec() const;
    void setClassCount(int classes);
    // Writes the model, the weights and the ticked freezing (as --freeze/--unfreeze lists
    // against the backbone's default) into `spec`.
    void applyTo(TransferExperimentSpec& spec) const;
    // The weights file that will be used; empty when the base is randomly initialised.
    QString weightsFile() const;
    // Why the next run's base would be randomly initialised ("… is not in the Keras cache");
    // empty when pretrained weights will be loaded.
    QString randomBaseReason() const;
    QString totalsText() const;
    // Looks for the weights again (after a download) and says what will be used.
    void updateWeightsStatus();
    // The lesson's model: `backbone` at `inputSize` with the lesson's head and every layer
    // trainable, as Keras builds it (the lesson freezes in a step of its own).
    void setLessonModel(Backbone backbone, int inputSize);
    // One of the lesson's four strategies, as if chosen in the Strategy box.
    void choosePreset(Strategy strategy);
    // The notebook cell that builds this model, frozen as ticked, put on the clipboard.
    QString copyKerasCode();

  Q_SIGNALS:
    void statusMessage(const QString& text);
    // The weights the next run loads may have changed (their choice, the model, a download).
    void weightsChanged();

  protected:
    void changeEvent(QEvent* event) override;

  private:
    void fillChoices();
    void buildLayout();
    void restoreSettings();
    void saveSettings() const;
    void connectControls();
    void rebuild();  // a new backbone, size or head: fresh layers with the default freezing
    void applyPreset(int index);
    void updateTotals();
    void chooseWeightsFile();
    void showPretrainedWeights();
    void showSummary();
    // The weights as Keras is asked for them: 'imagenet' (the cache), None, or the file.
    WeightsSource kerasWeights() const;
    void retranslate();

    LayerTreeModel* model_;
    QComboBox* backbone_;
    QComboBox* alpha_;
    QSpinBox* size_;
    QComboBox* head_;
    QComboBox* preprocessing_;
    QComboBox* frozenPrecision_;
    QComboBox* weights_;
    QLabel* weightsStatus_;
    QComboBox* preset_;
    bool applyingPreset_ = false;  // the tree changes because a preset was chosen
    QLabel* presetText_;
    QTreeView* tree_;
    QLabel* totals_;
    QPushButton* summaryButton_;
    QPushButton* copyCode_;
    QLabel* backboneLabel_;
    QLabel* alphaLabel_;
    QLabel* sizeLabel_;
    QLabel* headLabel_;
    QLabel* preprocessingLabel_;
    QLabel* frozenPrecisionLabel_;
    QLabel* weightsLabel_;
    QLabel* presetLabel_;
    QString customWeights_;
    int classes_ = 2;
};

}  // namespace layerlab::ui
