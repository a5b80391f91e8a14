#pragma once

#include <QWidget>

class QTabWidget;

namespace layerlab::ui {

class AugmentPreview;
class DatasetBrowser;
class RecentFolders;

// The transfer-learning experiment: dataset and augmentation now; model and training later.
class TransferPage : public QWidget {
    Q_OBJECT
  public:
    enum Tab { DatasetTab, AugmentationTab };

    explicit TransferPage(RecentFolders* recent, QWidget* parent = nullptr);

    DatasetBrowser* browser() const { return browser_; }
    AugmentPreview* preview() const { return preview_; }
    void showTab(Tab tab);
    bool busy() const;

  protected:
    void changeEvent(QEvent* event) override;

  private:
    void retranslate();

    QTabWidget* tabs_;
    DatasetBrowser* browser_;
    AugmentPreview* preview_;
};

}  // namespace layerlab::ui
