#pragma once

#include <QPointF>
#include <QString>
#include <QWidget>
#include <memory>
#include <optional>
#include <vector>

namespace layerlab::ui {

// One line of points with an optional highlighted point and a horizontal guide: the reading
// of a review (P(positive) over its tokens) and the learning-rate finder (loss over a log
// learning-rate axis). Qt Charts stays inside (see HistoryChart).
class LineChart : public QWidget {
    Q_OBJECT
  public:
    explicit LineChart(QWidget* parent = nullptr);
    ~LineChart() override;

    void setAxisTitles(const QString& x, const QString& y);
    void setLogX(bool logX);
    // A fixed y range; none: fitted to the points.
    void setYRange(std::optional<std::pair<double, double>> range);
    void setPoints(const std::vector<QPointF>& points);
    void setMarker(std::optional<QPointF> point);
    void setGuide(std::optional<double> y);

    int pointCount() const;
    std::optional<QPointF> marker() const;

  private:
    void fitAxes();
    struct Impl;
    std::unique_ptr<Impl> d_;
};

}  // namespace layerlab::ui
