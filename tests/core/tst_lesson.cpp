// Lesson files (core/lesson): the parser and its refusals with their line numbers, the seed's
// parameter counts reached through the lesson's own steps, the IMDB steps against numpy's
// values for a file in Keras's imdb.npz layout, and `layerlab-cli lesson day19 --check` on the
// built-in sample and on ../shared/data. Nothing here trains.
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QtTest>

#include <fstream>
#include <map>

#include "core/CliRun.h"
#include "lesson/LessonRun.h"
#include "util/UsageError.h"

using namespace layerlab;
namespace fs = std::filesystem;

namespace {

const fs::path kData = fs::path(LAYERLAB_SOURCE_DIR) / "tests" / "data";
const fs::path kShared = fs::path(LAYERLAB_SHARED_DATA);

// A lesson of one step; `body` follows the step's texts, from line 10 on.
std::string oneStepLesson(const std::string& body) {
    return "# a test lesson\n"
           "lesson test\n"
           "title.ko 시험\n"
           "title.en Test\n"
           "step one\n"
           "title.ko 하나\n"
           "title.en One\n" +
           std::string("text.ko 설명\ntext.en Explanation\n") + body;
}

// The failure parseLesson gives `text`; Verbatim when it gives none.
Message refusal(const std::string& text) {
    try {
        parseLesson(text, "test.lesson");
    } catch (const UsageError& error) {
        return error.message();
    }
    return {};
}

const LessonStep& stepNamed(const Lesson& lesson, const std::string& id) {
    for (const LessonStep& step : lesson.steps)
        if (step.id == id) return step;
    throw std::runtime_error("no step " + id);
}

std::map<std::string, std::string> valuesOf(const StepOutcome& outcome) {
    std::map<std::string, std::string> values;
    for (const ValueOutcome& value : outcome.values) values[value.name] = value.computed;
    return values;
}

}  // namespace

class TestLesson : public QObject {
    Q_OBJECT

  private Q_SLOTS:
    void theShippedLessonParses() {
        const Lesson lesson = builtinLesson("day19");
        QCOMPARE(lesson.id, std::string("day19"));
        QCOMPARE(lesson.steps.size(), std::size_t(19));
        QCOMPARE(lesson.steps.front().id, std::string("transfer-learning"));
        QCOMPARE(lesson.steps.back().id, std::string("rnn-reading"));
        const LessonStep& head = stepNamed(lesson, "head");
        QVERIFY(!head.title.ko.empty() && !head.text.en.empty());
        QCOMPARE(head.code.front(), std::string("model = Sequential()"));
        QCOMPARE(head.expected.front().name, std::string("params.total"));
        QCOMPARE(head.expected.front().value, std::string("27560769"));
        // The file in resources/ is the one compiled in.
        const Lesson fromFile =
            readLesson(fs::path(LAYERLAB_SOURCE_DIR) / "resources/lessons/day19.lesson");
        QCOMPARE(fromFile.steps.size(), lesson.steps.size());
        QVERIFY_THROWS_EXCEPTION(UsageError, builtinLesson("day99"));
    }

    void aGoodFileKeepsWhatItSays() {
        const Lesson lesson =
            parseLesson(oneStepLesson("code for layer in base.layers:\n"
                                      "code     layer.trainable = False\n"
                                      "do set-model backbone=vgg16 size=224 top=none\n"
                                      "expect params.total 14,714,688\n"),
                        "test.lesson");
        const LessonStep& step = lesson.steps.front();
        QCOMPARE(step.code.at(1), std::string("    layer.trainable = False"));  // indent kept
        QCOMPARE(step.actions.front().action, LessonAction::SetModel);
        QCOMPARE(step.actions.front().args.at("top"), std::string("none"));
        QCOMPARE(step.actions.front().line, 12);
        QCOMPARE(step.expected.front().line, 13);
    }

    void refusalsNameTheFileAndLine() {
        struct Case {
            std::string body;
            MessageId id;
            const char* line;
        };
        const Case cases[] = {
            {"do jump height=3\n", MessageId::LessonUnknownAction, "10"},
            {"\ncolour red\n", MessageId::LessonUnknownKey, "11"},
            {"do pad maxlen=long\n", MessageId::LessonMalformedValue, "10"},
            {"do pad width=3\n", MessageId::LessonUnknownArgument, "10"},
            {"do pad 100\n", MessageId::LessonNotKeyValue, "10"},
            {"do pad\nexpect x_train_seq.shape 25000 by 100\n", MessageId::LessonMalformedValue,
             "11"},
            {"do pad\nexpect answer 42\n", MessageId::LessonUnknownValue, "11"},
            {"do pad\nexpect params.total 1\n", MessageId::LessonValueNotComputed, "11"},
            {"step one\n", MessageId::LessonBadStepId, "10"},
            {"do show figure=moon\n", MessageId::LessonUnknownValue, "10"}};
        for (const Case& c : cases) {
            const Message message = refusal(oneStepLesson(c.body));
            QCOMPARE(message.id, c.id);
            QCOMPARE(message.args.at(0), std::string("test.lesson"));
            QCOMPARE(message.args.at(1), std::string(c.line));
        }
        const Message missing = refusal("lesson x\ntitle.ko 가\ntitle.en A\nstep s\ntitle.en S\n");
        QCOMPARE(missing.id, MessageId::LessonMissingField);
        QCOMPARE(missing.args.at(1), std::string("4"));
        QCOMPARE(refusal("code x = 1\n").id, MessageId::LessonOutsideStep);
        QVERIFY(englishText(refusal(oneStepLesson("do jump\n"))).find("test.lesson:10") == 0);
    }

    // 14,714,688 / 27,560,769 / 12,846,081 / 19,925,505 as the lesson's steps leave the model.
    void parameterCountsThroughTheSteps() {
        const Lesson lesson = builtinLesson("day19");
        LessonRun run(LessonData{});
        const std::pair<const char*, std::map<std::string, std::string>> steps[] = {
            {"vgg16-base", {{"params.total", "14714688"}, {"params.trainable", "14714688"}}},
            {"freeze-base", {{"params.trainable", "0"}, {"params.non_trainable", "14714688"}}},
            {"head", {{"params.total", "27560769"}, {"params.trainable", "12846081"}}},
            {"fine-tune", {{"params.trainable", "19925505"}, {"params.total", "27560769"}}}};
        for (const auto& [id, expected] : steps) {
            const StepOutcome outcome = run.perform(stepNamed(lesson, id));
            const auto values = valuesOf(outcome);
            for (const auto& [name, value] : expected) QCOMPARE(values.at(name), value);
            for (const ValueOutcome& value : outcome.values)
                QCOMPARE(value.verdict, Verdict::Matches);  // they apply to any data
        }
        QVERIFY(run.perform(stepNamed(lesson, "train")).notPerformed.has_value());
    }

    // tests/data/tiny_imdb.npz (numpy's np.savez, Keras's layout): each IMDB step's values are
    // numpy's (tests/data/tiny_imdb_lesson.txt), and marked as this data's, not the seed's.
    void imdbStepsComputeWhatNumpyComputes() {
        std::map<std::string, std::string> numpy;
        std::ifstream file(kData / "tiny_imdb_lesson.txt");
        for (std::string line; std::getline(file, line);)
            if (!line.empty() && line.front() != '#')
                numpy[line.substr(0, line.find('\t'))] = line.substr(line.find('\t') + 1);
        QCOMPARE(numpy.size(), std::size_t(12));
        const Lesson lesson = builtinLesson("day19");
        LessonRun run(LessonData{{}, kData / "tiny_imdb.npz", false});
        std::size_t compared = 0;
        for (const char* id : {"load-imdb", "lengths", "pad"}) {
            const StepOutcome outcome = run.perform(stepNamed(lesson, id));
            for (const ValueOutcome& value : outcome.values) {
                QCOMPARE(value.computed, numpy.at(value.name));
                // What every imdb.npz holds is the seed's too; the rest is this data's own.
                QCOMPARE(value.verdict, value.name == "type(x_train[0])" ? Verdict::Matches
                                                                           : Verdict::ThisData);
                ++compared;
            }
        }
        QCOMPARE(compared, numpy.size());
    }

    void cliChecksTheBuiltInSample() {
        QTemporaryDir keras;  // no cached imdb.npz: the built-in reviews
        clirun::ScopedEnv home("KERAS_HOME", keras.path().toUtf8().constData());
        const auto r = clirun::runCli({"lesson", "day19", "--check"});
        QVERIFY2(r.code == 0, qPrintable(r.out + r.err));
        QVERIFY(r.out.contains("(the built-in sample)"));
        QVERIFY(r.out.contains("not Keras's imdb.npz"));
        QVERIFY(r.out.contains("Not the lesson's classes"));
        QVERIFY(r.out.contains(QRegularExpression("params.trainable +19925505 +✓")));
        QVERIFY(r.out.contains(QRegularExpression(
            "len\\(x_train\\[0\\]\\) +\\d+ +this data's \\(the seed's 218 comes from the full")));
        QVERIFY(!r.out.contains("✗ (seed"));
        QVERIFY(r.out.contains("not performed: training"));
    }

    void cliOnTheSharedData() {
        if (!fs::exists(kShared / "cats_and_dogs_filtered") ||
            !fs::exists(kShared / "imdb_sample.npz"))
            QSKIP("../shared/data is absent (development machines only)");
        const auto r = clirun::runCli(
            {"lesson", "day19", "--check", "--data", QString::fromStdString(kShared.string())});
        QVERIFY2(r.code == 0, qPrintable(r.out + r.err));
        // The full cats_and_dogs_filtered: the seed's counts apply and hold.
        QVERIFY(r.out.contains("train: Found 2000 images belonging to 2 classes."));
        QVERIFY(r.out.contains(QRegularExpression("validation.found +1000 +✓")));
        // imdb_sample.npz is not Keras's file: its numbers are its own (tst_imdb pins them).
        QVERIFY(r.out.contains(QRegularExpression("x_train.shape +\\(4000,\\) +this data's")));
        QVERIFY(r.out.contains(QRegularExpression("median\\(lengths\\) +173.0 +this data's")));
    }

    void cliRefusesABadLessonWithItsLine() {
        QTemporaryDir dir;
        const QString path = dir.filePath("bad.lesson");
        std::ofstream(path.toStdString()) << oneStepLesson("do jump\n");
        const auto r = clirun::runCli({"lesson", "--lesson", path});
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains("bad.lesson:10: unknown action 'jump'"), qPrintable(r.err));
    }
};

QTEST_GUILESS_MAIN(TestLesson)
#include "tst_lesson.moc"
