#pragma once

#include <QDialog>
#include <vector>

#include "training/RunsModel.h"

namespace layerlab::ui {

// Runs side by side in a window of their own (one column per run, what differs highlighted);
// it deletes itself when closed.
class RunComparisonDialog : public QDialog {
    Q_OBJECT
  public:
    RunComparisonDialog(std::vector<RunsModel::Run> runs, QWidget* parent);
};

}  // namespace layerlab::ui
