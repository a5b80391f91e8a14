#pragma once

#include <filesystem>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "data/Imdb.h"
#include "lesson/Lesson.h"
#include "model/Architecture.h"
#include "model/ModelSpec.h"
#include "util/Message.h"

namespace layerlab {

// The data a lesson is performed on.
struct LessonData {
    std::filesystem::path images;   // a folder holding train/ and validation/
    std::filesystem::path reviews;  // an imdb.npz or an aclImdb folder
    // Keras's own imdb.npz, recognised by its published sha256 (the caller hashes it: the
    // catalogue of published hashes lives in download/, above core).
    bool reviewsAreKeras = false;
};

// How a computed value stands beside the seed's.
enum class Verdict {
    Matches,   // computed on data the seed's number applies to, and equal
    Differs,   // computed on such data, and not equal
    ThisData,  // computed on other data (a sample): the seed's number does not apply
    NoneExpected
};

struct ValueOutcome {
    std::string name;      // "len(x_train[0])"
    std::string computed;  // as the notebook prints it
    std::string expected;  // as the lesson file writes it; empty when it gives none
    Verdict verdict = Verdict::NoneExpected;
};

struct StepOutcome {
    std::vector<Message> lines;  // the cell's other output ("Found 2000 …")
    std::vector<ValueOutcome> values;
    // Training is not done headless: the step is listed with why, nothing computed.
    std::optional<Message> notPerformed;
};

// Performs a lesson's steps in order, as the notebook runs its cells: a step works on what the
// steps before it left (the model, the loaded reviews). Only what computes numbers is done;
// figures and training are the GUI's. Throws what core throws (DatasetError, FileError,
// UsageError) when the data cannot be read or a step cannot be done.
class LessonRun {
  public:
    explicit LessonRun(LessonData data);
    ~LessonRun();
    LessonRun(const LessonRun&) = delete;
    LessonRun& operator=(const LessonRun&) = delete;

    StepOutcome perform(const LessonStep& step);
    // What an earlier step must have done before `step` can be performed: a model for freeze
    // and unfreeze, the reviews for lengths and pad. None when nothing is missing.
    std::optional<LessonAction> missing(const LessonStep& step) const;

    // The GUI performs the steps on its own pages and hands over what they hold, so that the
    // values it shows are the ones on screen. The model as the layer tree holds it: set-model,
    // freeze and unfreeze then only count it (model_base alone after `top=none`).
    void useModel(const ModelSpec& spec, std::vector<LayerSpec> layers);
    // The data the next steps read (the GUI's pages may have opened other data since).
    void setData(LessonData data);
    // The reviews as the IMDB page loaded them: load-imdb then reads no file, and lengths and
    // pad work on them.
    void useReviews(std::shared_ptr<const ImdbData> reviews);

  private:
    struct State;
    std::unique_ptr<State> state_;
};

// Whether `computed` equals `expected` as a value of `form` (14,714,688 = 14714688,
// [1 0] = [1, 0], 178.0 = 178).
bool sameValue(const std::string& computed, const std::string& expected, ValueForm form);

}  // namespace layerlab
