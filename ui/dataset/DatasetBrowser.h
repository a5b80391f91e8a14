#pragma once

#include <QWidget>
#include <memory>

#include "data/ImageFolder.h"

class QComboBox;
class QHBoxLayout;
class QLabel;
class QListView;
class QProgressBar;
class QPushButton;
class QTableView;
class QToolButton;

namespace layerlab::ui {

class DatasetListModel;
class DatasetLoader;
class RecentFolders;
class SkippedFilesModel;
class ThumbnailCache;

// Browse an image dataset as flow_from_directory sees it: splits, classes with counts, a
// thumbnail grid, the selected image's details and the files that cannot be used.
class DatasetBrowser : public QWidget {
    Q_OBJECT
  public:
    explicit DatasetBrowser(RecentFolders* recent, QWidget* parent = nullptr);

    // A folder with train/ validation/ (the lesson's layout) or an image folder itself.
    void openFolder(const QString& root);
    void openSample();
    void chooseFolder();  // shows a folder dialog

    QString root() const { return root_; }
    QString currentSplitFolder() const { return splitFolder_; }
    QString currentImagePath() const;
    bool isSample() const { return isSample_; }
    bool busy() const;
    // The folder is being read (not its thumbnails).
    bool loading() const;
    DatasetListModel* model() const { return model_; }
    const DatasetSummary* dataset() const;

  Q_SIGNALS:
    void currentImageChanged(const QString& path);
    void datasetLoaded(const QString& folder);
    void statusMessage(const QString& message);

  protected:
    void changeEvent(QEvent* event) override;
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dropEvent(QDropEvent* event) override;

  private:
    void buildUi();
    QHBoxLayout* buildSourceBar();
    QHBoxLayout* buildFilterBar();
    QListView* buildGrid();
    QWidget* buildDetail();
    void retranslate();
    void loadSplit(int index);
    void onLoaded(const QString& folder, std::shared_ptr<const DatasetSummary> dataset);
    void onFailed(const QString& folder, const QString& message);
    void fillClassCombo();
    void showCurrent();
    void updateFoundLine();
    void selectFirstUsable();

    RecentFolders* recent_;
    ThumbnailCache* thumbnails_;
    ThumbnailCache* previews_;
    DatasetLoader* loader_;
    DatasetListModel* model_;
    SkippedFilesModel* skippedModel_;
    QString root_;
    QString splitFolder_;
    QStringList splits_;
    bool isSample_ = false;

    QPushButton* openButton_;
    QToolButton* recentButton_;
    QPushButton* sampleButton_;
    QLabel* rootLabel_;
    QLabel* splitLabel_;
    QComboBox* splitCombo_;
    QLabel* classLabel_;
    QComboBox* classCombo_;
    QLabel* foundLabel_;
    QProgressBar* progress_;
    QLabel* sampleNote_;
    QListView* view_;
    QLabel* imageLabel_;
    QLabel* detailsLabel_;
    QLabel* skippedTitle_;
    QTableView* skippedView_;
    QLabel* emptyHint_;
};

}  // namespace layerlab::ui
