#pragma once

#include <QLabel>
#include <utility>
#include <vector>

namespace layerlab::ui {

// Form labels whose texts are QT_TR_NOOP literals: made once, set again in the owner's
// language on every change (`tr` is the owner's, so the texts keep its translation context).
class TranslatedLabels {
  public:
    QLabel* add(QWidget* parent, const char* text) {
        auto* label = new QLabel(parent);
        labels_.emplace_back(label, text);
        return label;
    }
    template <class Translate>
    void retranslate(Translate tr) {
        for (auto& [label, text] : labels_) label->setText(tr(text));
    }

  private:
    std::vector<std::pair<QLabel*, const char*>> labels_;
};

}  // namespace layerlab::ui
