#pragma once

#include <QAbstractTableModel>
#include <QDialog>
#include <QFutureWatcher>
#include <vector>

#include "download/ResourceFiles.h"

class QLabel;
class QProgressBar;
class QPushButton;
class QTableView;

namespace layerlab::download {
class Downloader;
}

namespace layerlab::ui {

// The lesson's resources and their state on this machine (in the Keras cache, downloaded,
// missing, corrupt). States are checked (hashes read) off the GUI thread.
class ResourceListModel : public QAbstractTableModel {
    Q_OBJECT
  public:
    enum Column { NameColumn, SizeColumn, StateColumn, WhereColumn, GetColumn, ColumnCount };

    explicit ResourceListModel(QObject* parent = nullptr);
    void refresh();
    bool refreshing() const { return watcher_.isRunning(); }
    const download::Resource& resource(int row) const {
        return download::resourceCatalogue()[static_cast<std::size_t>(row)];
    }
    download::ResourceState state(int row) const;
    bool available(int row) const;
    // The row being downloaded (-1: none), shown as "downloading…".
    void setActiveRow(int row);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

  Q_SIGNALS:
    void refreshed();

  private:
    std::vector<download::ResourceState> states_;
    int activeRow_ = -1;
    QFutureWatcher<std::vector<download::ResourceState>> watcher_;
};

// "Get data": one Get button per resource and one for all that are missing, with progress
// (bytes, speed, ETA) and Cancel. Downloads are verified before use; see Downloader.
class GetDataDialog : public QDialog {
    Q_OBJECT
  public:
    explicit GetDataDialog(QWidget* parent = nullptr);
    ~GetDataDialog() override;

    ResourceListModel* resources() const { return model_; }
    download::Downloader* downloader() const { return downloader_; }
    void get(int row);
    void getAllMissing();
    void cancel();

  Q_SIGNALS:
    void resourceReady(const QString& name, const QString& path);

  protected:
    void changeEvent(QEvent* event) override;

  private:
    void buildLayout();
    void connectDownloader();
    void next();
    void updateButtons();
    void retranslate();

    ResourceListModel* model_;
    download::Downloader* downloader_;
    QTableView* table_;
    QLabel* intro_;
    QLabel* status_;
    QProgressBar* progress_;
    QPushButton* getAll_;
    QPushButton* cancel_;
    QPushButton* close_;
    std::vector<QPushButton*> rowButtons_;
    std::vector<int> queue_;
};

}  // namespace layerlab::ui
