// What a run folder says about itself (experiment/RunRecord.h): a record written for a new run
// reads back as the same experiment, classes and fine-tune origin with the facts of its
// training; runs of earlier LayerLab versions still read; a damaged experiment.json is refused
// in one sentence that names the file.
#include <sys/stat.h>

#include <QTemporaryDir>
#include <QtTest>

#include "experiment/RunRecord.h"
#include "io/ExportTarget.h"
#include "io/FileIO.h"
#include "io/RunDirectory.h"
#include "model/Network.h"

using namespace layerlab;
namespace fs = std::filesystem;

namespace {

TransferExperimentSpec tinyTransferSpec(const fs::path& root) {
    TransferExperimentSpec spec;
    spec.data = root / "images";
    spec.model.backbone = Backbone::MobileNetV2;
    spec.model.alpha = 0.35;
    spec.model.inputSize = 32;
    spec.weights = {WeightsSource::Kind::None, {}};
    spec.fit.learningRate = 3e-4;
    spec.fit.epochs = 5;
    spec.runDir = root / "run";
    return spec;
}

Network networkOf(const TransferExperimentSpec& spec, int classes) {
    ModelSpec model = spec.model;
    model.numClasses = classes;
    return Network(model);
}

const RecordedValue* setting(const RunRecord& record, const std::string& key) {
    for (const RecordedSetting& s : record.settings)
        if (s.key == key) return &s.value;
    return nullptr;
}

EpochMetrics epoch(int number, double valAccuracy, double seconds) {
    EpochMetrics m;
    m.epoch = number;
    m.valAccuracy = valAccuracy;
    m.seconds = seconds;
    return m;
}

// The message of the FileError `read` throws; empty when it throws none.
template <typename Read>
std::string refusal(Read&& read) {
    try {
        read();
    } catch (const FileError& error) {
        return error.what();
    }
    return {};
}

}  // namespace

class TestRunRecord : public QObject {
    Q_OBJECT

  private Q_SLOTS:
    void aNewRunsRecordReadsBack() {
        QTemporaryDir dir;
        const fs::path root = dir.path().toStdString();
        const TransferExperimentSpec spec = tinyTransferSpec(root);
        Network network = networkOf(spec, 2);
        const std::string frozen = network.layers().front().name;
        network.setTrainable(frozen, false);
        const RunRecord written =
            RunRecord::newRun(spec, {"cats", "dogs"}, FineTuneOrigin{root / "source", 3});
        RunDirectory run = RunDirectory::create(spec.runDir, written.toExperimentJson(network));

        const RunRecord read = RunRecord::read(spec.runDir);
        QCOMPARE(read.folder, spec.runDir);
        QCOMPARE(read.task(), Task::Transfer);
        QVERIFY(experimentArgs(read.spec) == experimentArgs(ExperimentSpec(spec)));
        QVERIFY(read.classes == (std::vector<std::string>{"cats", "dogs"}));
        QVERIFY(read.fineTunedFrom);
        QCOMPARE(read.fineTunedFrom->run, root / "source");
        QCOMPARE(read.fineTunedFrom->afterEpoch, 3);
        QVERIFY(std::find(read.frozenLayers.begin(), read.frozenLayers.end(), frozen) !=
                read.frozenLayers.end());
        QVERIFY(setting(read, "fit.learning_rate"));
        QCOMPARE(std::get<double>(*setting(read, "fit.learning_rate")), 3e-4);
        QCOMPARE(std::get<std::string>(*setting(read, "model.backbone")),
                 std::string("mobilenet_v2"));
        QCOMPARE(read.imageFolders().train, spec.data);
        // The settings come in the file's order: data, model, fit, each by name.
        QCOMPARE(read.settings.front().key.substr(0, 5), std::string("data."));
        QCOMPARE(read.settings.back().key.substr(0, 4), std::string("fit."));

        // Nothing trained yet.
        QCOMPARE(read.epochsPlanned(), 5);
        QCOMPARE(read.epochsDone(), 0);
        QVERIFY(!read.finished() && !read.hasFinalModel && !read.bestEpoch());

        // Two epochs, a final model and a label: the facts follow.
        run.appendHistory(epoch(1, 0.75, 10));
        run.appendHistory(epoch(2, 0.5, 12.5));
        run.writeFinalModel("weights");
        run.writeLabel({"first try", "lesson 19"});
        const RunRecord trained = RunRecord::read(run);
        QCOMPARE(trained.epochsDone(), 2);
        QVERIFY(!trained.finished());  // stopped at 2 of 5
        QVERIFY(trained.hasFinalModel);
        QCOMPARE(trained.bestEpoch()->epoch, 1);
        QCOMPARE(trained.bestEpoch()->valAccuracy, 0.75);
        QCOMPARE(trained.trainingSeconds(), 22.5);
        QCOMPARE(trained.label.name, std::string("first try"));
        QCOMPARE(trained.label.note, std::string("lesson 19"));
        QVERIFY(!trained.problem);
    }

    void anImdbRunsClassesAreTheDataSets() {
        QTemporaryDir dir;
        const fs::path root = dir.path().toStdString();
        ImdbExperimentSpec spec;
        spec.data = root / "imdb.npz";
        spec.runDir = root / "run";
        const Network unused = networkOf(tinyTransferSpec(root), 2);  // IMDB records no network
        const RunRecord written = RunRecord::newRun(spec, {"negative", "positive"});
        RunDirectory::create(spec.runDir, written.toExperimentJson(unused));
        const RunRecord read = RunRecord::read(spec.runDir);
        QCOMPARE(read.task(), Task::Imdb);
        QVERIFY(read.classes == (std::vector<std::string>{"negative", "positive"}));
        QVERIFY(!read.fineTunedFrom);
        QVERIFY(read.frozenLayers.empty());
        QCOMPARE(read.imageFolders().train, fs::path());
        QCOMPARE(std::get<std::string>(*setting(read, "model.input")), std::string("embedding"));
    }

    // tests/data/run_0.1_imdb (LayerLab 0.1: 0.1's option spellings, paths as typed, relative)
    // reads where it was made; a transfer run from before IMDB existed has no "task".
    void runsOfEarlierVersionsRead() {
        QTemporaryDir dir;
        const QString source = QString(LAYERLAB_SOURCE_DIR) + "/tests/data/run_0.1_imdb";
        const QString copy = dir.filePath("tests/data/run_0.1_imdb");
        QVERIFY(QDir().mkpath(copy));
        for (const QString& file : QDir(source).entryList(QDir::Files))
            QVERIFY(QFile::copy(source + "/" + file, copy + "/" + file));
        const RunRecord old = RunRecord::read(fs::path(copy.toStdString()));
        QCOMPARE(old.task(), Task::Imdb);
        QCOMPARE(std::get<ImdbExperimentSpec>(old.spec).model.maxlen, 8);  // --pad-maxlen 8
        QCOMPARE(std::get<ImdbExperimentSpec>(old.spec).data,
                 fs::path(dir.filePath("tests/data/tiny_imdb.npz").toStdString()));
        old.requireAbsolutePaths();  // resolved: it has not moved
        QCOMPARE(old.epochsDone(), 2);
        QVERIFY(old.finished() && old.hasFinalModel);
        QVERIFY(old.classes == (std::vector<std::string>{"negative", "positive"}));

        const fs::path beforeImdb = fs::path(dir.path().toStdString()) / "before-imdb";
        fs::create_directories(beforeImdb);
        writeFileAtomically(beforeImdb / "experiment.json",
                            "{\"args\": [\"--data\", \"images\", \"--run-dir\", \"elsewhere\"],"
                            " \"data\": {\"classes\": [\"cats\", \"dogs\"]}}");
        const RunRecord transfer = RunRecord::read(beforeImdb);
        QCOMPARE(transfer.task(), Task::Transfer);
        QVERIFY(transfer.classes == (std::vector<std::string>{"cats", "dogs"}));
        // Its --data is relative to a folder the run folder does not name: refused, not guessed.
        const std::string message = refusal([&] { transfer.requireAbsolutePaths(); });
        QVERIFY2(message.find(displayPath(beforeImdb / "experiment.json") + " names images") !=
                     std::string::npos,
                 message.c_str());
    }

    void aDamagedExperimentJsonIsNamed() {
        QTemporaryDir dir;
        const fs::path run = fs::path(dir.path().toStdString()) / "run";
        fs::create_directories(run);
        const std::string file = displayPath(run / "experiment.json");
        const std::vector<std::pair<std::string, std::string>> cases = {
            {"{\"args\": [", " is damaged: "},
            {"{\"data\": {}}", " is damaged: "},
            {"{\"args\": [\"--data\", \"/d\", \"--epochs\", \"0\"]}", ": "},
            {"{\"args\": [\"--data\", \"/d\"]}", " is damaged: "}};  // no classes
        for (const auto& [text, says] : cases) {
            writeFileAtomically(run / "experiment.json", text);
            const std::string message = refusal([&] { RunRecord::read(run); });
            QVERIFY2(message.rfind(file + says, 0) == 0, (text + " → " + message).c_str());
        }
        // A folder without one is no run.
        QVERIFY(!refusal([&] { RunRecord::read(run / "nothing"); }).empty());
        // A damaged history is told, never fatal: the run still lists.
        writeFileAtomically(run / "experiment.json",
                            "{\"args\": [\"--data\", \"/d\"], \"data\": {\"classes\": [\"a\"]}}");
        writeFileAtomically(run / "history.csv", "epoch,acc\nnot a row\n");
        const RunRecord record = RunRecord::read(run);
        QVERIFY(record.problem);
        const std::string problem = englishText(*record.problem);
        QVERIFY2(problem.find("history.csv") != std::string::npos, problem.c_str());
        QCOMPARE(record.epochsDone(), 0);
    }

    // An export (a chart, a history, a Keras model) never writes a run's own folder, nor over
    // a link or a special file; a plain file elsewhere may be replaced (the user confirmed).
    void exportsStayOutOfRunFolders() {
        QTemporaryDir dir;
        const fs::path root = dir.path().toStdString();
        const fs::path run = root / "runs" / "one";
        fs::create_directories(run / "checkpoint");
        writeFileAtomically(run / "experiment.json", "{}");
        const auto refused = [](const fs::path& file) {
            const auto message = exportTargetRefusal(file);
            return message ? message->id : MessageId::Verbatim;
        };
        QCOMPARE(refused(run / "history.csv"), MessageId::ExportInsideRun);
        QCOMPARE(refused(run / "checkpoint" / "chart.png"), MessageId::ExportInsideRun);
        QCOMPARE(refused(root / "runs" / "chart.png"), MessageId::Verbatim);  // beside, not in
        writeFileAtomically(root / "report.csv", "mine");
        QCOMPARE(refused(root / "report.csv"), MessageId::Verbatim);
        fs::create_symlink(run / "history.csv", root / "link.csv");
        QCOMPARE(refused(root / "link.csv"), MessageId::ExportIsLink);
        QVERIFY(::mkfifo((root / "pipe.csv").c_str(), 0600) == 0);
        QCOMPARE(refused(root / "pipe.csv"), MessageId::WillNotReplaceSpecialFile);
        QCOMPARE(refused(root), MessageId::WillNotReplaceSpecialFile);  // a folder
    }
};

QTEST_GUILESS_MAIN(TestRunRecord)
#include "tst_run_record.moc"
