#pragma once

#include <QFutureWatcher>
#include <QWidget>
#include <memory>

#include "common/TranslatedLabels.h"
#include "experiment/ReviewReader.h"
#include "imdb/ImdbBundle.h"

class QComboBox;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QTableView;
class QTextBrowser;

namespace layerlab::ui {

class ReviewListModel;

// The Reviews tab: where reviews come from and load_data's options (loaded off the GUI
// thread), then one split as a table with a text search, and the selected review decoded
// with its OOV words marked.
class ReviewBrowser : public QWidget {
    Q_OBJECT
  public:
    explicit ReviewBrowser(QWidget* parent = nullptr);
    ~ReviewBrowser() override;

    // Loads reviews; the built-in sample when nothing else is found.
    void load(const ImdbSource& source);
    // The source used last time, or the automatic choice on first launch.
    void loadInitial();
    // Loads again when the automatic source may now find Keras's imdb.npz (after a download).
    void reloadIfAutomatic();
    bool isLoading() const;
    std::shared_ptr<const ImdbBundle> bundle() const { return bundle_; }
    // load_data's options as set (they apply to the next load).
    ImdbOptions options() const;

    ReviewReader::Split split() const;
    // The selected review's index in the split, -1 for none.
    int selectedReview() const { return selected_; }
    void selectReview(int review);
    // Said where the loading status goes (a problem with the selected review's use).
    void showProblem(const QString& text);
    ReviewListModel* reviews() const { return reviews_; }
    QSpinBox* numWordsBox() const { return numWords_; }
    QPushButton* readWithRunButton() const { return readWithRun_; }

  Q_SIGNALS:
    // New reviews, or none (a source that failed to load: bundle() is empty).
    void loaded();
    // A review was selected (-1: none); also when the split or the bundle changes.
    void reviewSelected(int review);
    void numWordsChanged(int numWords);
    void readWithRunRequested();

  protected:
    void changeEvent(QEvent* event) override;

  private:
    void buildLayout();
    void connectControls();
    void chooseSource(int index);
    void reload();
    void onLoaded();
    void showStatus();
    void showReview(int review);
    void retranslate();

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
    TranslatedLabels labels_;
    QFutureWatcher<std::shared_ptr<const ImdbBundle>> watcher_;
    std::shared_ptr<const ImdbBundle> bundle_;
    ImdbSource current_;
    int selected_ = -1;
};

}  // namespace layerlab::ui
