#pragma once

#include <QWidget>
#include <memory>
#include <optional>

#include "experiment/ExperimentSpec.h"
#include "imdb/ImdbBundle.h"

class QTabWidget;

namespace layerlab::ui {

class LengthsPanel;
class ReviewBrowser;
class SequenceModelForm;
class TrainingWorkspace;

// The IMDB RNN experiment: reviews as load_data gives them (ReviewBrowser), their lengths and
// the pad_sequences cut (LengthsPanel), the recurrent model (SequenceModelForm) and training.
// The page only composes them and joins their halves of the experiment.
class ImdbPage : public QWidget {
    Q_OBJECT
  public:
    enum Tab { ReviewsTab, LengthsTab, ModelTab, TrainingTab };

    explicit ImdbPage(QWidget* parent = nullptr);

    void showTab(Tab tab);
    // Loads reviews (on a worker thread); the built-in sample when nothing else is found.
    void load(const ImdbSource& source);
    // The source used last time, or the automatic choice on first launch.
    void loadInitial();
    // Loads again when the automatic source may now find Keras's imdb.npz (after a download).
    void reloadIfAutomatic();
    // Reviews are being loaded on a worker thread.
    bool isLoading() const;
    std::shared_ptr<const ImdbBundle> bundle() const;

    ReviewBrowser* reviewBrowser() const { return reviews_; }
    LengthsPanel* lengths() const { return lengths_; }
    SequenceModelForm* modelForm() const { return model_; }
    TrainingWorkspace* training() const { return training_; }
    // The selected review read token by token by the run on the training tab.
    void readWithRun();

  protected:
    void changeEvent(QEvent* event) override;

  private:
    void connectTabs();
    void showSelectedPadded();
    void updateModelShape();
    QString openingWords(const std::string& item) const;
    // The page's half of an experiment (data, load_data, padding, model); the training panel
    // adds fit(). None, with a message, before reviews are loaded.
    std::optional<ExperimentSpec> experimentSpec(QString* problem) const;
    void retranslate();

    QTabWidget* tabs_;
    ReviewBrowser* reviews_;
    LengthsPanel* lengths_;
    SequenceModelForm* model_;
    TrainingWorkspace* training_;
};

}  // namespace layerlab::ui
