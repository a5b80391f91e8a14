#pragma once

#include <filesystem>
#include <map>
#include <string>
#include <vector>

namespace layerlab {

// A lesson as a teacher writes it (resources/lessons/*.lesson; the format is in README.md,
// "Lesson files"): steps in the order the class takes them, each with its text in Korean and
// English, the notebook cell's code, what LayerLab does for it and the numbers the notebook
// printed. Plain data: the CLI performs it headless (lesson/LessonRun.h), the GUI shows it.

// The small vocabulary of things a step can do.
enum class LessonAction {
    Show,         // a figure only (theory): figure=transfer|strategies|rnn-structure|rnn-types
    Augment,      // ImageDataGenerator's settings
    OpenDataset,  // flow_from_directory over train/ and validation/
    SetModel,     // build a backbone, without a top or with the lesson's head
    Freeze,       // trainable = False for layers, blocks or the whole base
    Unfreeze,     // trainable = True
    Train,        // compile + fit
    Plot,         // the loss and accuracy curves
    Export,       // model.save(.h5)
    FineTune,     // continue training at a lower learning rate
    LoadImdb,     // imdb.load_data
    Lengths,      // the reviews' lengths, mean and median
    Pad           // pad_sequences
};

// How an expected value is written, as the notebook prints it.
enum class ValueForm {
    Count,   // 14714688 (commas allowed: 14,714,688)
    List,    // [1 0 0 1]
    Shape,   // (25000,) or (25000, 100)
    Number,  // 238.71364
    Text     // anything, compared as written
};

// What a value depends on: the seed's number applies to every data (parameter counts), or
// only to the lesson's own images or Keras's own imdb.npz.
enum class ValueSource { Model, Images, Reviews };

struct LessonValueSpec {
    const char* name;  // as the notebook would print it: "len(x_train[0])", "params.total"
    ValueForm form;
    ValueSource source;
    std::vector<LessonAction> computedBy;  // the actions whose outcome it is
};

struct LessonActionSpec {
    LessonAction action;
    const char* name;                       // "open-dataset"
    std::map<std::string, ValueForm> args;  // key → form of its value (Text: a word or list)
};

const std::vector<LessonActionSpec>& lessonActions();
const std::vector<LessonValueSpec>& lessonValues();
const LessonValueSpec& lessonValueSpec(const std::string& name);  // one named in a parsed lesson

struct LocalText {
    std::string ko, en;
};

struct LessonActionLine {
    LessonAction action;
    std::map<std::string, std::string> args;  // as written: open-dataset classes=cats,dogs
    int line = 0;

    // An argument as written, or `fallback` when the line does not give it.
    std::string argument(const std::string& key, const std::string& fallback = {}) const;
    // A whole number as the lesson writes it ("14,714,688"; parseLesson checked its form).
    int wholeArgument(const std::string& key, int fallback) const;
    double numberArgument(const std::string& key, double fallback) const;
};

struct Expectation {
    std::string name;   // a LessonValueSpec's name
    std::string value;  // as written
    int line = 0;
};

struct LessonStep {
    std::string id;
    LocalText title, text;
    std::vector<std::string> code;  // the notebook cell, one line each
    std::vector<LessonActionLine> actions;
    std::vector<Expectation> expected;
    int line = 0;
};

struct Lesson {
    std::string id;
    LocalText title;
    std::vector<LessonStep> steps;
};

// Reads a lesson from `text`; `fileName` names it in errors. Throws UsageError with a
// MessageId naming the file and line: an unknown key, action, argument or value, a malformed
// value, a missing field.
Lesson parseLesson(const std::string& text, const std::string& fileName);
// The same from a file. Throws FileError when it cannot be read.
Lesson readLesson(const std::filesystem::path& path);

// The lessons LayerLab ships (resources/lessons/), by id: "day19".
std::vector<std::string> builtinLessonIds();
// Throws UsageError when there is no such lesson.
Lesson builtinLesson(const std::string& id);

}  // namespace layerlab
