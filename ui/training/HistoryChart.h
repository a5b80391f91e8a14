#pragma once

#include <QString>
#include <QWidget>
#include <memory>
#include <vector>

#include "train/FitConfig.h"

namespace layerlab::ui {

// Loss and accuracy curves of one run (epoch points, the running per-batch line while it
// trains, the train/validation gap shaded) plus overlaid earlier runs. All Qt Charts code
// sits behind this class (Qt Charts is deprecated upstream after 6.10): its header names no
// chart type. Redraws are coalesced to at most one every 40 ms and long series decimated.
class HistoryChart : public QWidget {
    Q_OBJECT
  public:
    explicit HistoryChart(QWidget* parent = nullptr);
    ~HistoryChart() override;

    void clear();  // the current run and the overlays
    void setHistory(const QString& label, const std::vector<EpochMetrics>& history);
    // The run on show under another name (renamed), its curves as they are.
    void setLabel(const QString& label);
    void addEpoch(const EpochMetrics& metrics);
    void addBatch(const BatchMetrics& metrics);
    void addOverlay(const QString& label, const std::vector<EpochMetrics>& history);
    void clearOverlays();

    // PNG, JPEG or SVG by the file's suffix. False when it cannot be written.
    bool saveImage(const QString& path);
    // Presentation mode and zoom: the application font (already scaled) for titles, axes and
    // legends, and lines and markers `scale` times as thick.
    void setScale(double scale);
    QString overlayLegendText() const;  // for tests
    // Whether the per-batch line is on show (a click on its legend entry toggles it).
    bool batchLineVisible() const;

    int redrawCount() const;         // for tests: how often the series were rebuilt
    int plottedBatchPoints() const;  // after decimation

    static constexpr int kRedrawIntervalMs = 40;
    static constexpr int kMaxBatchPoints = 1500;

  protected:
    void changeEvent(QEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;

  private:
    void scheduleRedraw();
    void redraw();
    void showFineTuneMarkers(bool any);
    void retranslate();

    struct Impl;
    std::unique_ptr<Impl> d_;
};

}  // namespace layerlab::ui
