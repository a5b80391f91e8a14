#pragma once

#include <QWidget>
#include <optional>

#include "common/TranslatedLabels.h"
#include "data/Imdb.h"
#include "data/Sequences.h"

class QComboBox;
class QPlainTextEdit;
class QSlider;
class QSpinBox;

namespace layerlab::ui {

class LengthHistogram;

// The Lengths & padding tab: the training reviews' length histogram with a maxlen cut to drag
// (or set with the box or the slider), the shares of reviews cut and padded, and the selected
// review after pad_sequences. maxlen and the two sides are remembered.
class LengthsPanel : public QWidget {
    Q_OBJECT
  public:
    explicit LengthsPanel(QWidget* parent = nullptr);

    // The loaded training reviews' lengths (none: nothing loaded yet).
    void setStatistics(const LengthStatistics& statistics);
    // The review to show padded (none clears it).
    void showReview(std::optional<Sequence> review);

    int maxlen() const;
    Side padding() const;
    Side truncating() const;
    QString paddedText() const;
    LengthHistogram* histogram() const { return histogram_; }
    QSpinBox* maxlenBox() const { return maxlen_; }
    QLabel* sharesLabel() const { return shares_; }

  Q_SIGNALS:
    void maxlenChanged(int maxlen);
    void sidesChanged();  // padding or truncating

  protected:
    void changeEvent(QEvent* event) override;

  private:
    void buildLayout();
    void restoreChoices();
    void updateShares();
    void updatePadded();

    LengthHistogram* histogram_;
    QSpinBox* maxlen_;
    QSlider* maxlenSlider_;
    QComboBox* padding_;
    QComboBox* truncating_;
    QLabel* shares_;
    QPlainTextEdit* padded_;
    TranslatedLabels labels_;
    std::optional<LengthStatistics> statistics_;
    std::optional<Sequence> review_;
};

}  // namespace layerlab::ui
