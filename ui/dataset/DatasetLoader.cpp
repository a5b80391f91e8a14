#include "dataset/DatasetLoader.h"

#include <QThreadPool>
#include <QtConcurrent>

#include "text/FailureText.h"
#include "data/SampleDataset.h"
#include "io/Paths.h"

namespace layerlab::ui {
namespace {

QThreadPool& loaderPool() {
    static QThreadPool pool;
    pool.setMaxThreadCount(1);  // one folder at a time; thumbnails have their own pool
    return pool;
}

}  // namespace

DatasetLoader::DatasetLoader(QObject* parent) : QObject(parent) {}

DatasetLoader::~DatasetLoader() {
    ++*generation_;  // tells running work to stop at its next progress report
    loaderPool().waitForDone();
}

template <typename Work, typename Finish>
void DatasetLoader::run(Work work, Finish finish) {
    const int ticket = ++*generation_;
    auto generation = generation_;
    busy_ = true;
    QPointer<DatasetLoader> self(this);
    auto stillWanted = [generation, ticket] { return generation->load() == ticket; };
    QtConcurrent::run(&loaderPool(), [=] {
        auto report = [&](int done, int total) {
            QMetaObject::invokeMethod(
                self,
                [=] {
                    if (self && stillWanted()) Q_EMIT self->progress(done, total);
                },
                Qt::QueuedConnection);
            return stillWanted();
        };
        auto outcome = work(report);
        QMetaObject::invokeMethod(
            self,
            [=]() mutable {
                if (!self || !stillWanted()) return;
                self->busy_ = false;
                finish(outcome);
            },
            Qt::QueuedConnection);
    });
}

void DatasetLoader::load(const QString& folder) {
    struct Outcome {
        std::shared_ptr<DatasetSummary> dataset;
        QString error;
    };
    run(
        [folder](auto report) {
            Outcome outcome;
            try {
                auto dataset =
                    std::make_shared<DatasetSummary>(scanImageFolder(folder.toStdString()));
                checkImageFiles(*dataset, [&](std::size_t done, std::size_t total) {
                    return report(static_cast<int>(done), static_cast<int>(total));
                });
                outcome.dataset = dataset;
            } catch (const std::exception& error) {
                outcome.error = failureText(error);
            }
            return outcome;
        },
        [this, folder](const Outcome& outcome) {
            if (outcome.dataset)
                Q_EMIT loaded(folder, outcome.dataset);
            else
                Q_EMIT failed(folder, outcome.error);
        });
}

void DatasetLoader::prepareSample() {
    run(
        [](auto report) {
            try {
                const auto root = ensureSampleDataset(
                    userCacheDir(), {}, [&](int done, int total) { report(done, total); });
                return std::make_pair(QString::fromStdString(root.string()), QString());
            } catch (const std::exception& error) {
                return std::make_pair(QString(), failureText(error));
            }
        },
        [this](const std::pair<QString, QString>& outcome) {
            if (outcome.second.isEmpty())
                Q_EMIT sampleReady(outcome.first);
            else
                Q_EMIT failed(QString(), outcome.second);
        });
}

}  // namespace layerlab::ui
