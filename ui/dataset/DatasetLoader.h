#pragma once

#include <QObject>
#include <QString>
#include <atomic>
#include <memory>

#include "data/ImageFolder.h"

namespace layerlab::ui {

// Scans and checks image folders, and prepares the built-in sample, off the GUI thread.
// Only the newest request reports back; an older one still running is told to stop.
class DatasetLoader : public QObject {
    Q_OBJECT
  public:
    explicit DatasetLoader(QObject* parent = nullptr);
    ~DatasetLoader() override;

    void load(const QString& folder);
    void prepareSample();
    bool busy() const { return busy_; }

  Q_SIGNALS:
    void loaded(const QString& folder, std::shared_ptr<const layerlab::DatasetSummary> dataset);
    void failed(const QString& folder, const QString& message);
    void progress(int done, int total);
    void sampleReady(const QString& root);

  private:
    // Runs `work` on the pool; `finish` runs on the GUI thread if still the newest request.
    template <typename Work, typename Finish>
    void run(Work work, Finish finish);

    std::shared_ptr<std::atomic<int>> generation_ = std::make_shared<std::atomic<int>>(0);
    bool busy_ = false;
};

}  // namespace layerlab::ui
