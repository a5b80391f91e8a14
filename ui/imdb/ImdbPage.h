#pragma once

#include <QFutureWatcher>
#include <QWidget>
#include <memory>
#include <optional>

#include "experiment/ExperimentSpec.h"

#include "imdb/ImdbBundle.h"

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QSlider;
class QSpinBox;
class QTabWidget;
class QTableView;
class QTextBrowser;

namespace layerlab::ui {

class LengthHistogram;
class ReviewListModel;
class TrainingWorkspace;

// The IMDB RNN experiment: reviews as load_data gives them (browse, search, decoded text with
// OOV marked), their length histogram with the pad_sequences cut, the recurrent model with
// its Keras summary, and training.
class ImdbPage : public QWidget {
    Q_OBJECT
  public:
    enum Tab { ReviewsTab, LengthsTab, ModelTab, TrainingTab };

    explicit ImdbPage(QWidget* parent = nullptr);
    ~ImdbPage() override;

    void showTab(Tab tab);
    // Loads reviews (on a worker thread); the built-in sample when nothing else is found.
    void load(const ImdbSource& source);
    // The source used last time, or the automatic choice on first launch.
    void loadInitial();
    // Loads again when the automatic source may now find Keras's imdb.npz (after a download).
    void reloadIfAutomatic();
    bool busy() const;
    std::shared_ptr<const ImdbBundle> bundle() const { return bundle_; }

    ReviewListModel* reviews() const { return reviews_; }
    TrainingWorkspace* training() const { return training_; }
    LengthHistogram* histogram() const { return histogram_; }
    QSpinBox* maxlenBox() const { return maxlen_; }
    QLabel* sharesLabel() const { return shares_; }
    QPlainTextEdit* summaryView() const { return summary_; }
    void selectReview(int review);
    QPushButton* readWithRunButton() const { return readWithRun_; }
    // The selected review read token by token by the run on the training tab.
    void readWithRun();
    QString paddedText() const;

  protected:
    void changeEvent(QEvent* event) override;

  private:
    QWidget* buildReviewsTab();
    void connectReviewsTab();
    void restorePadding();
    QString openingWords(const std::string& item) const;
    QWidget* buildLengthsTab();
    QWidget* buildModelTab();
    void chooseSource(int index);
    void reload();
    void onLoaded();
    void showStatus();
    void showReview(int review);
    void updateShares();
    void updatePadded();
    void updateSummary();
    // The page's half of an experiment (data, load_data, padding, model); the training panel
    // adds fit(). None, with a message, before reviews are loaded.
    std::optional<ExperimentSpec> experimentSpec(QString* problem) const;
    SequenceModelSpec modelSpec() const;
    void retranslate();

    QTabWidget* tabs_;
    // Reviews
    QComboBox* source_;
    QSpinBox* numWords_;
    QSpinBox* skipTop_;
    QSpinBox* seed_;
    QLabel* sourceStatus_;
    QComboBox* split_;
    QLineEdit* search_;
    QTableView* table_;
    QTextBrowser* text_;
    QPushButton* readWithRun_;
    ReviewListModel* reviews_;
    // Lengths
    LengthHistogram* histogram_;
    QSpinBox* maxlen_;
    QSlider* maxlenSlider_;
    QComboBox* padding_;
    QComboBox* truncating_;
    QLabel* shares_;
    QPlainTextEdit* padded_;
    // Model
    QComboBox* input_;
    QComboBox* cell_;
    QSpinBox* units_;
    QSpinBox* embeddingDim_;
    QSpinBox* layers_;
    QCheckBox* bidirectional_;
    QPlainTextEdit* summary_;
    TrainingWorkspace* training_;

    QFutureWatcher<std::shared_ptr<const ImdbBundle>> watcher_;
    std::shared_ptr<const ImdbBundle> bundle_;
    ImdbSource current_;
    int selected_ = -1;
    std::vector<std::pair<QLabel*, const char*>> labels_;  // with QT_TR_NOOP texts
    QLabel* addLabel(const char* text);
};

}  // namespace layerlab::ui
