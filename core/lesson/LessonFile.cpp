#include <algorithm>
#include <regex>

#include "io/FileIO.h"
#include "lesson/Lesson.h"
#include "util/UsageError.h"

namespace layerlab {

const std::vector<LessonActionSpec>& lessonActions() {
    using A = LessonAction;
    using F = ValueForm;
    static const std::vector<LessonActionSpec> actions = {
        {A::Show, "show", {{"figure", F::Text}}},
        {A::Augment,
         "augment",
         {{"rotation_range", F::Number},
          {"width_shift_range", F::Number},
          {"height_shift_range", F::Number},
          {"shear_range", F::Number},
          {"zoom_range", F::Number},
          {"horizontal_flip", F::Text},
          {"fill_mode", F::Text}}},
        {A::OpenDataset,
         "open-dataset",
         {{"classes", F::Text}, {"size", F::Count}, {"batch_size", F::Count}}},
        {A::SetModel, "set-model", {{"backbone", F::Text}, {"size", F::Count}, {"top", F::Text}}},
        {A::Freeze, "freeze", {{"layers", F::Text}}},
        {A::Unfreeze, "unfreeze", {{"layers", F::Text}}},
        {A::Train,
         "train",
         {{"task", F::Text},
          {"optimizer", F::Text},
          {"learning_rate", F::Number},
          {"epochs", F::Count},
          {"steps_per_epoch", F::Count},
          {"validation_steps", F::Count}}},
        {A::Plot, "plot", {}},
        {A::Export, "export", {{"file", F::Text}}},
        {A::FineTune, "fine-tune", {{"learning_rate", F::Number}, {"epochs", F::Count}}},
        {A::LoadImdb, "load-imdb", {{"num_words", F::Count}}},
        {A::Lengths, "lengths", {}},
        {A::Pad, "pad", {{"maxlen", F::Count}}}};
    return actions;
}

const std::vector<LessonValueSpec>& lessonValues() {
    using A = LessonAction;
    using F = ValueForm;
    using S = ValueSource;
    const std::vector<A> model = {A::SetModel, A::Freeze, A::Unfreeze};
    static const std::vector<LessonValueSpec> values = {
        {"train.found", F::Count, S::Images, {A::OpenDataset}},
        {"validation.found", F::Count, S::Images, {A::OpenDataset}},
        {"params.total", F::Count, S::Model, model},
        {"params.trainable", F::Count, S::Model, model},
        {"params.non_trainable", F::Count, S::Model, model},
        {"x_train.shape", F::Shape, S::Reviews, {A::LoadImdb}},
        {"t_train.shape", F::Shape, S::Reviews, {A::LoadImdb}},
        {"x_test.shape", F::Shape, S::Reviews, {A::LoadImdb}},
        {"t_test.shape", F::Shape, S::Reviews, {A::LoadImdb}},
        {"t_train[:10]", F::List, S::Reviews, {A::LoadImdb}},
        // Every imdb.npz LayerLab reads holds lists (the reader refuses anything else).
        {"type(x_train[0])", F::Text, S::Model, {A::LoadImdb}},
        {"len(x_train[0])", F::Count, S::Reviews, {A::LoadImdb}},
        {"len(x_train[1])", F::Count, S::Reviews, {A::LoadImdb}},
        {"lengths[:10]", F::List, S::Reviews, {A::Lengths}},
        {"mean(lengths)", F::Number, S::Reviews, {A::Lengths}},
        {"median(lengths)", F::Number, S::Reviews, {A::Lengths}},
        {"x_train_seq.shape", F::Shape, S::Reviews, {A::Pad}}};
    return values;
}

const LessonValueSpec& lessonValueSpec(const std::string& name) {
    const auto& all = lessonValues();
    const auto found = std::find_if(all.begin(), all.end(),
                                    [&](const LessonValueSpec& spec) { return spec.name == name; });
    if (found == all.end()) throw UsageError("no lesson value " + name);  // parseLesson checks
    return *found;
}

namespace {

// What a value of each form looks like, for the message that refuses a malformed one.
const char* formExample(ValueForm form) {
    switch (form) {
        case ValueForm::Count:
            return "14714688";
        case ValueForm::List:
            return "[1 0 1]";
        case ValueForm::Shape:
            return "(25000, 100)";
        case ValueForm::Number:
            return "238.71364";
        case ValueForm::Text:
            break;
    }
    return "a word";
}

bool hasForm(const std::string& value, ValueForm form) {
    static const std::regex count("[0-9]+|[0-9]{1,3}(,[0-9]{3})+");
    static const std::regex list("\\[ *(-?[0-9]+([ ,]+-?[0-9]+)*)? *\\]");
    static const std::regex shape("\\(([0-9]+,|[0-9]+(, *[0-9]+)+)\\)");
    static const std::regex number("-?([0-9]+\\.?[0-9]*|\\.[0-9]+)(e[-+]?[0-9]+)?");
    switch (form) {
        case ValueForm::Count:
            return std::regex_match(value, count);
        case ValueForm::List:
            return std::regex_match(value, list);
        case ValueForm::Shape:
            return std::regex_match(value, shape);
        case ValueForm::Number:
            return std::regex_match(value, number);
        case ValueForm::Text:
            break;
    }
    return !value.empty();
}

template <typename T, typename Name>
std::string namesOf(const std::vector<T>& items, Name name) {
    std::string text;
    for (const auto& item : items) text += (text.empty() ? "" : ", ") + std::string(name(item));
    return text;
}

const char* const kKeys[] = {"lesson",  "title.ko", "title.en", "step",  "text.ko",
                             "text.en", "code",     "do",       "expect"};

std::string trimmed(const std::string& text) {
    const auto first = text.find_first_not_of(" \t\r");
    if (first == std::string::npos) return {};
    return text.substr(first, text.find_last_not_of(" \t\r") - first + 1);
}

// One pass over the lines; each refusal names the file and the line it stands on.
class Parser {
  public:
    explicit Parser(std::string file) : file_(std::move(file)) {}

    void take(int line, const std::string& raw) {
        line_ = line;
        const std::string text = trimmed(raw);
        if (text.empty() || text.front() == '#') return;
        const auto space = text.find(' ');
        const std::string key = text.substr(0, space);
        // A code line keeps its indentation: only the one space after "code" goes.
        const std::string rest = space == std::string::npos ? "" : text.substr(space + 1);
        if (std::find(std::begin(kKeys), std::end(kKeys), key) == std::end(kKeys))
            fail(MessageId::LessonUnknownKey,
                 {key, namesOf(std::vector<std::string>(std::begin(kKeys), std::end(kKeys)),
                               [](const std::string& k) { return k; })});
        if (key == "lesson") return set(lesson_.id, trimmed(rest), key);
        if (key == "step") return startStep(trimmed(rest));
        if (key.rfind("title.", 0) == 0) {
            LocalText& title = step_ ? step_->title : lesson_.title;
            return set(key == "title.ko" ? title.ko : title.en, trimmed(rest), key);
        }
        if (!step_) fail(MessageId::LessonOutsideStep, {key});
        if (key == "code") return step_->code.push_back(rest);
        if (key == "do") return step_->actions.push_back(action(trimmed(rest)));
        if (key == "expect") return step_->expected.push_back(expectation(trimmed(rest)));
        std::string& paragraph = key == "text.ko" ? step_->text.ko : step_->text.en;
        paragraph +=
            (paragraph.empty() ? "" : "\n") + trimmed(rest);  // several lines make a paragraph
    }

    Lesson finish() {
        if (lesson_.id.empty()) failAt(MessageId::LessonMissingHeader, {file_, "lesson"});
        if (lesson_.title.ko.empty()) failAt(MessageId::LessonMissingHeader, {file_, "title.ko"});
        if (lesson_.title.en.empty()) failAt(MessageId::LessonMissingHeader, {file_, "title.en"});
        if (lesson_.steps.empty()) failAt(MessageId::LessonMissingHeader, {file_, "step"});
        for (const LessonStep& step : lesson_.steps) checkStep(step);
        return std::move(lesson_);
    }

  private:
    [[noreturn]] void fail(MessageId id, std::vector<std::string> args) {
        args.insert(args.begin(), {file_, std::to_string(line_)});
        failAt(id, std::move(args));
    }
    [[noreturn]] static void failAt(MessageId id, std::vector<std::string> args) {
        throw UsageError(id, std::move(args));
    }

    void set(std::string& field, const std::string& value, const std::string& key) {
        if (!field.empty()) fail(MessageId::LessonGivenTwice, {key});
        if (value.empty())
            fail(MessageId::LessonMalformedValue, {key, formExample(ValueForm::Text), value});
        field = value;
    }

    void startStep(const std::string& id) {
        static const std::regex name("[a-z0-9]+(-[a-z0-9]+)*");
        const bool taken = std::any_of(lesson_.steps.begin(), lesson_.steps.end(),
                                       [&](const LessonStep& s) { return s.id == id; });
        if (!std::regex_match(id, name) || taken) fail(MessageId::LessonBadStepId, {id});
        lesson_.steps.push_back({});
        step_ = &lesson_.steps.back();
        step_->id = id;
        step_->line = line_;
    }

    LessonActionLine action(const std::string& text) {
        const auto words = splitWords(text);
        const auto& all = lessonActions();
        const std::string name = words.empty() ? std::string() : words.front();
        const auto spec = std::find_if(all.begin(), all.end(),
                                       [&](const LessonActionSpec& s) { return s.name == name; });
        if (spec == all.end())
            fail(MessageId::LessonUnknownAction,
                 {name, namesOf(all, [](const LessonActionSpec& s) { return s.name; })});
        LessonActionLine result{spec->action, {}, line_};
        for (std::size_t i = 1; i < words.size(); ++i) {
            const auto equals = words[i].find('=');
            if (equals == std::string::npos || equals == 0)
                fail(MessageId::LessonNotKeyValue, {words[i]});
            const std::string key = words[i].substr(0, equals), value = words[i].substr(equals + 1);
            const auto arg = spec->args.find(key);
            if (arg == spec->args.end()) {
                std::string known;
                for (const auto& [k, form] : spec->args) known += (known.empty() ? "" : ", ") + k;
                fail(MessageId::LessonUnknownArgument, {name, key, known.empty() ? "-" : known});
            }
            if (!hasForm(value, arg->second))
                fail(MessageId::LessonMalformedValue, {key, formExample(arg->second), value});
            checkChoice(key, value);
            if (!result.args.emplace(key, value).second) fail(MessageId::LessonGivenTwice, {key});
        }
        return result;
    }

    // A word from a small vocabulary (figure=, task=, …) is one of its words: a misspelt figure
    // would otherwise show nothing, silently.
    void checkChoice(const std::string& key, const std::string& value) {
        static const std::map<std::string, std::vector<std::string>> choices = {
            {"figure", {"transfer", "strategies", "rnn-structure", "rnn-types"}},
            {"task", {"transfer", "imdb"}},
            {"backbone", {"vgg16", "mobilenet_v2"}},
            {"top", {"none", "lesson"}},
            {"optimizer", {"adam", "rmsprop", "sgd"}}};
        const auto words = choices.find(key);
        if (words == choices.end() ||
            std::find(words->second.begin(), words->second.end(), value) != words->second.end())
            return;
        std::string known;
        for (const auto& word : words->second) known += (known.empty() ? "" : ", ") + word;
        fail(MessageId::LessonUnknownValue, {value, known});
    }

    Expectation expectation(const std::string& text) {
        const auto space = text.find(' ');
        const std::string name = text.substr(0, space);
        const std::string value = space == std::string::npos ? "" : trimmed(text.substr(space));
        const auto& all = lessonValues();
        const auto spec = std::find_if(all.begin(), all.end(),
                                       [&](const LessonValueSpec& s) { return s.name == name; });
        if (spec == all.end())
            fail(MessageId::LessonUnknownValue,
                 {name, namesOf(all, [](const LessonValueSpec& s) { return s.name; })});
        if (!hasForm(value, spec->form))
            fail(MessageId::LessonMalformedValue, {name, formExample(spec->form), value});
        return {name, value, line_};
    }

    // Every field is there, and each expected value is one the step's actions compute.
    void checkStep(const LessonStep& step) {
        const std::pair<const std::string*, const char*> fields[] = {{&step.title.ko, "title.ko"},
                                                                     {&step.title.en, "title.en"},
                                                                     {&step.text.ko, "text.ko"},
                                                                     {&step.text.en, "text.en"}};
        for (const auto& [field, key] : fields)
            if (field->empty())
                failAt(MessageId::LessonMissingField,
                       {file_, std::to_string(step.line), step.id, key});
        for (const Expectation& expected : step.expected) {
            const auto& by = lessonValueSpec(expected.name).computedBy;
            const bool computed =
                std::any_of(step.actions.begin(), step.actions.end(), [&](const auto& a) {
                    return std::find(by.begin(), by.end(), a.action) != by.end();
                });
            if (!computed)
                failAt(MessageId::LessonValueNotComputed,
                       {file_, std::to_string(expected.line), step.id, expected.name});
        }
    }

    static std::vector<std::string> splitWords(const std::string& text) {
        std::vector<std::string> words;
        std::string word;
        for (char c : text + ' ') {
            if (c != ' ' && c != '\t') {
                word += c;
            } else if (!word.empty()) {
                words.push_back(std::move(word));
                word.clear();
            }
        }
        return words;
    }

    std::string file_;
    int line_ = 0;
    Lesson lesson_;
    LessonStep* step_ = nullptr;  // the step being read (set again after each push_back)
};

}  // namespace

std::string LessonActionLine::argument(const std::string& key,
                                       const std::string& fallback) const {
    const auto found = args.find(key);
    return found == args.end() ? fallback : found->second;
}

int LessonActionLine::wholeArgument(const std::string& key, int fallback) const {
    std::string digits = argument(key);
    digits.erase(std::remove(digits.begin(), digits.end(), ','), digits.end());
    return digits.empty() ? fallback : std::stoi(digits);
}

double LessonActionLine::numberArgument(const std::string& key, double fallback) const {
    const std::string text = argument(key);
    return text.empty() ? fallback : std::stod(text);
}

Lesson parseLesson(const std::string& text, const std::string& fileName) {
    Parser parser(fileName);
    int line = 0;
    std::size_t start = 0;
    while (start <= text.size()) {
        const auto end = std::min(text.find('\n', start), text.size());
        parser.take(++line, text.substr(start, end - start));
        start = end + 1;
    }
    return parser.finish();
}

Lesson readLesson(const std::filesystem::path& path) {
    // A lesson is a page of text; a megabyte is no lesson.
    return parseLesson(readFileBytes(path, std::uintmax_t{1} << 20), path.string());
}

}  // namespace layerlab
