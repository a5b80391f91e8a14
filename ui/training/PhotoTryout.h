#pragma once

#include <QFutureWatcher>
#include <QString>
#include <QWidget>
#include <memory>
#include <vector>

#include "experiment/RunPredictor.h"
#include "explain/RunExplainer.h"

class QCheckBox;
class QLabel;
class QProgressBar;
class QPushButton;
class QVBoxLayout;

namespace layerlab::ui {

// "Try your own photo": drop an image (or choose one) and the run on screen says what it sees:
// the picture as the model saw it (with Grad-CAM: where it looked), the class probabilities as
// bars, the prediction in large type. The model is loaded and run off the GUI thread.
class PhotoTryout : public QWidget {
    Q_OBJECT
  public:
    explicit PhotoTryout(QWidget* parent = nullptr);
    ~PhotoTryout() override;

    // The finished run whose model answers (empty: none on screen).
    void setRun(const QString& runDir);
    void tryPhoto(const QString& path);
    bool busy() const { return watcher_.isRunning(); }

    QLabel* predictionLabel() const { return prediction_; }
    QCheckBox* gradCamToggle() const { return gradCam_; }
    QPushButton* explainButton() const { return explain_; }
    // The Grad-CAM overlay on show (null while Grad-CAM is off or computing).
    QImage gradCamImage() const { return overlay_; }
    const std::vector<QProgressBar*>& bars() const { return bars_; }

  Q_SIGNALS:
    void statusMessage(const QString& text);

  protected:
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dropEvent(QDropEvent* event) override;
    void changeEvent(QEvent* event) override;

  private:
    struct Outcome {
        std::shared_ptr<RunPredictor> predictor;
        RunPredictor::Prediction prediction;
        QString photo, error;
    };
    void connectSignals();
    void showOutcome(const Outcome& outcome);
    void showPicture();
    void updateGradCam();
    QString startFolder() const;
    void retranslate();

    QString run_;
    std::shared_ptr<RunPredictor> predictor_;  // of run_, loaded on the first photo
    QFutureWatcher<Outcome> watcher_;
    QLabel* intro_;
    QPushButton* choose_;
    QLabel* image_;
    QCheckBox* gradCam_;
    QPushButton* explain_;
    QLabel* scale_;
    QString photo_;  // the photo on show
    QImage input_;   // as the model saw it
    QImage overlay_;
    std::shared_ptr<RunExplainer> explainer_;  // of run_, for Grad-CAM
    QFutureWatcher<RunExplainer::Map> mapWatcher_;
    QLabel* prediction_;
    QVBoxLayout* barsLayout_;
    std::vector<QProgressBar*> bars_;
};

}  // namespace layerlab::ui
