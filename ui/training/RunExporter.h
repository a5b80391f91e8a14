#pragma once

#include <QFutureWatcher>
#include <QObject>
#include <QString>

namespace layerlab::ui {

// File ▸ Export run…: a run's model written as a Keras .h5 full model, off the GUI thread
// (a VGG16 run is a few hundred megabytes), atomically, so a failure leaves no half file.
class RunExporter : public QObject {
    Q_OBJECT
  public:
    explicit RunExporter(QObject* parent = nullptr);
    ~RunExporter() override;

    // Ignored while an export is running.
    void exportRun(const QString& runDir, const QString& file);
    bool busy() const { return watcher_.isRunning(); }

  Q_SIGNALS:
    // A sentence for the status bar: where the model went, or why it did not.
    void finished(const QString& message, bool ok);

  private:
    struct Outcome {
        QString error;       // empty on success
        QString unfinished;  // which checkpoint stood in for an unfinished run's model
    };
    QFutureWatcher<Outcome> watcher_;
    QString file_;
};

}  // namespace layerlab::ui
