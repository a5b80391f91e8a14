#pragma once

#include <QWidget>
#include <memory>

#include "data/Sequences.h"

namespace layerlab::ui {

// The review-length histogram with mean and median lines and the pad_sequences maxlen cut,
// which the user can drag. Qt Charts stays inside (see HistoryChart).
class LengthHistogram : public QWidget {
    Q_OBJECT
  public:
    explicit LengthHistogram(QWidget* parent = nullptr);
    ~LengthHistogram() override;

    void setStatistics(const LengthStatistics& statistics, int bins = 50);
    void setMaxlen(int maxlen);
    int maxlen() const;
    bool saveImage(const QString& path);

  Q_SIGNALS:
    void maxlenDragged(int maxlen);

  protected:
    void changeEvent(QEvent* event) override;

  private:
    void retranslate();
    struct Impl;
    std::unique_ptr<Impl> d_;
};

}  // namespace layerlab::ui
