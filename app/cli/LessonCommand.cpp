#include <QString>

#include <iostream>

#include "cli/Commands.h"
#include "data/SampleDataset.h"
#include "data/SampleReviews.h"
#include "download/ResourceCatalogue.h"
#include "download/ResourceFiles.h"
#include "io/FileIO.h"
#include "io/KerasCache.h"
#include "io/Paths.h"
#include "lesson/LessonRun.h"
#include "util/Text.h"

namespace layerlab::cli {

const char* const kLessonHelp =
    "layerlab-cli lesson day19 [--data DIR] [--imdb FILE] [--lesson FILE] [--check]\n"
    "  Performs the steps of a lesson (resources/lessons/day19.lesson, or --lesson FILE) that\n"
    "  compute numbers, without the GUI, and prints each step's output as the notebook did,\n"
    "  beside the lesson's value: ✓ equal, ✗ different. The seed's numbers come from the full\n"
    "  data: image counts apply to the lesson's classes (cats, dogs), IMDB numbers to Keras's\n"
    "  own imdb.npz (recognised by its published sha256); on other data (a sample) a value is\n"
    "  shown as that data's, not compared. Parameter counts apply to any data. Training steps\n"
    "  are listed, not performed (the GUI and `layerlab-cli train` train).\n"
    "  --data DIR   the images: DIR/train and DIR/validation, or DIR/cats_and_dogs_filtered;\n"
    "               the reviews: DIR/imdb.npz, imdb_sample.npz, aclImdb or aclImdb_sample.\n"
    "               Without it: the built-in sample images, and Keras's cached imdb.npz or else\n"
    "               the built-in sample reviews.\n"
    "  --imdb FILE  the reviews (an imdb.npz or an aclImdb folder)\n"
    "  --check      exit status 3 when a computed value differs from the one that applies\n";

namespace {

namespace fs = std::filesystem;

fs::path imagesFolder(const std::optional<std::string>& data) {
    if (!data) return ensureSampleDataset(userCacheDir());
    const fs::path dir = *data;
    if (!fs::exists(dir / "train") && fs::exists(dir / "cats_and_dogs_filtered"))
        return dir / "cats_and_dogs_filtered";
    return dir;
}

fs::path reviewsPath(const std::optional<std::string>& data,
                     const std::optional<std::string>& imdb) {
    if (imdb) return *imdb;
    if (data) {
        for (const char* name : {"imdb.npz", "imdb_sample.npz", "aclImdb", "aclImdb_sample"})
            if (fs::exists(fs::path(*data) / name)) return fs::path(*data) / name;
    } else {
        for (const fs::path& cache : cacheSearchDirs())
            if (fs::is_regular_file(cache / "datasets" / "imdb.npz"))
                return cache / "datasets" / "imdb.npz";
    }
    return ensureSampleReviews(userCacheDir());
}

const char* mark(Verdict verdict) {
    switch (verdict) {
        case Verdict::Matches:
            return "✓";
        case Verdict::Differs:
            return "✗";
        case Verdict::ThisData:
            return "this data's";
        case Verdict::NoneExpected:
            break;
    }
    return "";
}

std::string padded(const std::string& text, std::size_t width) {
    return text.size() < width ? text + std::string(width - text.size(), ' ') : text + " ";
}

struct Tally {
    int matches = 0, differs = 0, thisData = 0;
};

void printStep(const LessonStep& step, const StepOutcome& outcome, Tally& tally) {
    for (const auto& line : outcome.lines) std::cout << "  " << englishText(line) << "\n";
    if (outcome.notPerformed)
        std::cout << "  not performed: " << englishText(*outcome.notPerformed) << "\n";
    if (outcome.lines.empty() && outcome.values.empty() && !outcome.notPerformed)
        std::cout << "  (" << (step.code.empty() ? "theory" : "settings")
                  << ": shown in the GUI)\n";
    for (const ValueOutcome& value : outcome.values) {
        std::cout << "  " << padded(value.name, 22) << padded(value.computed, 18)
                  << mark(value.verdict);
        if (value.verdict == Verdict::ThisData)
            std::cout << " (the seed's " << value.expected << " comes from the full dataset)";
        else if (value.verdict != Verdict::NoneExpected)
            std::cout << " (seed: " << value.expected << ")";
        std::cout << "\n";
        tally.matches += value.verdict == Verdict::Matches;
        tally.differs += value.verdict == Verdict::Differs;
        tally.thisData += value.verdict == Verdict::ThisData;
    }
}

}  // namespace

int runLesson(ArgList& args) {
    const auto lessonFile = args.value("--lesson");
    const auto data = args.value("--data");
    const auto imdb = args.value("--imdb");
    const bool check = args.flag("--check");
    const auto rest = args.positionals();
    if (rest.size() > 1 || (rest.empty() && !lessonFile))
        throw UsageError("lesson needs one lesson: day19 (or --lesson FILE)");
    const Lesson lesson = lessonFile ? readLesson(*lessonFile) : builtinLesson(rest.front());
    LessonData where{imagesFolder(data), reviewsPath(data, imdb)};
    where.reviewsAreKeras = download::isKerasImdb(QString::fromStdString(where.reviews.string()));
    std::cout
        << "Lesson " << lesson.id << ": " << lesson.title.en << "\n"
        << "Images:  " << printable(displayPath(where.images)) << (data ? "" : " (the built-in sample)")
        << "\n"
        << "Reviews: " << printable(displayPath(where.reviews))
        << (where.reviewsAreKeras
                ? " (Keras's imdb.npz: its sha256 is the published one, the seed's numbers apply)"
                : " (not Keras's imdb.npz: the seed's IMDB numbers come from the full dataset)")
        << "\n";
    LessonRun run(where);
    Tally tally;
    for (std::size_t i = 0; i < lesson.steps.size(); ++i) {
        const LessonStep& step = lesson.steps[i];
        std::cout << "\n[" << i + 1 << "/" << lesson.steps.size() << "] " << step.id << ": "
                  << step.title.en << "\n";
        printStep(step, run.perform(step), tally);
    }
    std::cout << "\n"
              << tally.matches << " ✓, " << tally.differs << " ✗, " << tally.thisData
              << " of this data (not compared with the seed's)\n";
    return check && tally.differs > 0 ? 3 : 0;
}

}  // namespace layerlab::cli
