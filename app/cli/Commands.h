#pragma once

#include "experiment/ArgList.h"

namespace layerlab::cli {

// Each command reads its options from `args`, prints to stdout and returns the exit status.
int runImages(ArgList& args);
int runAugment(ArgList& args);
int runSummary(ArgList& args);
// `rawArgs`: the command line after "train", kept in experiment.json for --resume.
int runTrain(ArgList& args, std::vector<std::string> rawArgs);
int runFineTune(ArgList& args);
int runEmbed(ArgList& args);
int runImdb(ArgList& args);
int runData(ArgList& args);
int runPredict(ArgList& args);
int runExplain(ArgList& args);
int runActivations(ArgList& args);
int runFilters(ArgList& args);
int runRead(ArgList& args);
// `rawArgs`: the train options the sweep's model is built from.
int runLrFind(ArgList& args, const std::vector<std::string>& rawArgs);
int runExport(ArgList& args);
int runPrepare(ArgList& args, const std::vector<std::string>& rawArgs);
int runLesson(ArgList& args);
// `rawArgs`: the command line after "pack" (create takes lists: --runs A B C).
int runPack(const std::vector<std::string>& rawArgs);
int runClass(ArgList& args);

// `raw` without the options named (and their values): a command's own options taken out of the
// train options it passes on (lr-find, prepare).
std::vector<std::string> withoutOptions(std::vector<std::string> raw,
                                        const std::vector<std::string>& options);

extern const char* const kImagesHelp;
extern const char* const kAugmentHelp;
extern const char* const kSummaryHelp;
extern const char* const kTrainHelp;
extern const char* const kFineTuneHelp;
extern const char* const kEmbedHelp;
extern const char* const kImdbHelp;
extern const char* const kDataHelp;
extern const char* const kPredictHelp;
extern const char* const kExplainHelp;
extern const char* const kActivationsHelp;
extern const char* const kFiltersHelp;
extern const char* const kReadHelp;
extern const char* const kLrFindHelp;
extern const char* const kExportHelp;
extern const char* const kPrepareHelp;
extern const char* const kLessonHelp;
extern const char* const kPackHelp;
extern const char* const kClassHelp;

}  // namespace layerlab::cli
