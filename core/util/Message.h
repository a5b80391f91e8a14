#pragma once

#include <functional>
#include <stdexcept>
#include <string>
#include <vector>

namespace layerlab {

// Every sentence core says to a user, by what it says rather than in which words: the CLI
// prints core's English (englishText), the GUI its own language (ui/common/FailureText), from
// English patterns (Message.cpp, MessageExperiment.cpp) that the translations are made from.
enum class MessageId {
    Verbatim,  // %1 as it is: Keras's own lines, model summaries, LibTorch's first line
    // Files and the OS
    CannotRead,
    CannotOpen,
    CannotCreate,
    CannotWrite,
    CannotLock,
    CannotMoveIntoPlace,
    NotARegularFile,
    FileTooLarge,
    WillNotReplaceSpecialFile,
    CannotEncodeImage,
    EmptyImage,
    ImageFormatUnsupported,
    ImageFileNoExtension,
    FileUnusable,
    ImageUnreadable,
    ImageEmpty,
    ImageTruncatedJpeg,
    ImageTruncatedPng,
    ImageNotAnImage,
    ImageCorrupt,
    ImageTooLarge,
    ImageTooLargeDeclared,
    H5CannotWrite,
    // Zip archives
    ZipCannotOpen,
    ZipNotAZip,
    ZipDamaged,
    ZipEntryWithoutSize,
    ZipCannotReadMember,
    ZipMemberLargerThanDeclared,
    ZipMemberDamaged,
    ZipTooManyEntries,
    ZipEntryEscapes,
    ZipMemberTooLarge,
    ZipTooLarge,
    ZipNoMember,
    ZipMemberTooLargeToRead,
    // The feature store
    StoreRefused,
    StoreLinkOfOtherUser,
    StoreOwnedByOtherUser,
    StoreWritableByOthers,
    StoreParentReplaceable,
    StoreWritableInto,
    StoreCannotCreate,
    StoreNotAFolder,
    StoreCannotWrite,
    StoreHoldsForeignFiles,
    StoreUnusedFromNowOn,
    StoreRead,
    StoreTrimmed,
    // Run folders
    RunFolderCannotOpen,
    RunFolderInUse,
    RunFolderCannotCreate,
    RunFolderHoldsRun,
    RunFolderNotEmpty,
    NotARun,
    RunCannotSetAside,
    HistoryMalformedRow,
    CheckpointEpochUnreadable,
    CheckpointNamesOtherEpoch,
    CheckpointChecksumDiffers,
    RunHasNoModel,
    RunUnfinished,
    // Keras weights (.h5)
    WeightsFileNotFound,
    WeightsNotHdf5,
    WeightsCannotOpen,
    WeightsInFile,
    WeightsNone,
    WeightsAttributeUnreadable,
    WeightsDatasetMissing,
    WeightsDatasetUnreadable,
    WeightsDatasetTooLarge,
    WeightsDatasetTruncated,
    WeightsDatasetCannotRead,
    WeightsNotFinite,
    WeightsLayerMissing,
    WeightsLayerCount,
    WeightsShape,
    // A run's model file and the weights file its frozen layers come from
    ModelOriginMissing,
    ModelOriginNotAFile,
    ModelOriginUnreadable,
    ModelOriginChanged,
    ModelFromAnotherModel,
    ModelNoteUnreadable,
    ModelCannotLoad,
    ModelOtherShape,
    OptimizerCannotLoad,
    ModelInCheckpoint,
    OptimizerInCheckpoint,
    BestEpochWeights,
    WeightsBeforeSweep,
    // .npy arrays and pickles
    NpyPickle,
    PickleEndsEarly,
    PickleTruncated,
    PickleTooManyValues,
    PickleTooManyLists,
    PickleRefersTo,
    PickleOpcode,
    NpyDtype,
    NpyTooManyValues,
    NpyShorterThanShape,
    NpyShapeAbsurd,
    NpyNotObjectArray,
    NpyShapeMismatch,
    NpyElementNotList,
    NpyListNotInts,
    NpyWordIndexOutOfRange,
    NpyNotNpy,
    NpyVersion,
    NpyTruncatedHeader,
    NpyNoDescr,
    NpyFortranOrder,
    NpyNoShape,
    // Data sets
    FoundImages,
    FolderUnreadable,
    NotAFolder,
    ClassNotAFolder,
    ClassNamedTwice,
    ClassFolderMissing,
    NotAnAclImdbFolder,
    NoTrainingReviews,
    ImdbNotLists,
    ImdbCountMismatch,
    ImdbBadLabel,
    WordIndexNotJson,
    WordIndexNotObject,
    WordIndexBadRank,
    // Command lines and settings
    OptionNeedsValue,
    OptionNotANumber,
    OptionNotWhole,
    OptionOutOfRange,
    OptionMustBe,
    OptionChoice,
    OptionUnknown,
    OptionAtLeastZero,
    OptionExpectsPair,
    PresetChoice,
    FillModeChoice,
    TrainNeedsData,
    WeightsNeedFile,
    StrategyUnknown,
    FreezeOption,
    ImdbNeedsData,
    ValidationSplitRange,
    UnexpectedArgument,
    LearningRateRange,
    AlphaRange,
    OneHotTooManyWords,
    DropoutRange,
    NotAnImdbRun,
    NotAnImageRun,
    NoSuchReview,
    NoWordIndex,
    NoWordsToRead,
    ExportNeedsFile,
    ExportInsideRun,
    ExportInsideCache,
    ExportOverWeights,
    ExportIsLink,
    ExportNotOurs,
    ExportExists,
    // Experiments
    SkippedImage,
    NoUsableImages,
    SkippedReview,
    ReviewEmpty,
    ReviewInvalidUtf8,
    ReviewBadName,
    ImdbSetSizes,
    WeightsNoneAsked,
    WeightsOtherSize,
    WeightsNotFound,
    WeightsLoaded,
    WeightsFromRun,
    Bf16Emulated,
    FrozenPrefixCached,
    RunSettingsDamaged,
    RunSettingsInvalid,
    RunSettingsRelative,
    TrainNeedsRunDir,
    ResumeCheckpointOutside,
    ResumeHistoryShort,
    Resuming,
    ResumeRedoOneCheckpointed,
    ResumeRedoOneUnchecked,
    ResumeRedoManyCheckpointed,
    ResumeRedoManyUnchecked,
    RunAlreadyFinished,
    FineTuneNothingFrozen,
    FineTuneNeedsEpochs,
    FineTuneNeedsRunDir,
    FineTuneIntoSource,
    FineTuneNoFinalModel,
    FineTuneNotTransfer,
    FineTuning,
    PrepareNotTransfer,
    TestAccuracy,
    // Training
    ValidationImages,
    ValidationImagesSampled,
    ValidationSamples,
    EarlyStopped,
    StoppedBeforeTraining,
    NothingToTrain,
    NoSamples,
    BatchSizeAtLeastOne,
    NothingToPrepare,
    PrepareStoreOff,
    PrepareCacheOff,
    PrepareNoFrozenLayers,
    PrepareAugmentationDraws,
    MaxlenDropsEverything,
    CheckpointEveryChoice,
    // Models
    NoLayerOrBlockNamed,
    NoLayerNamed,
    NoSuchFilter,
    ClassifierNeedsTwoClasses,
    MobileNetAlphaChoice,
    NoSuchClass,
    NoSpatialLayer,
    LayerNotSpatial,
    NotARecurrentLayer,
    SequenceSizesPositive,
    LayerNeedsSequence,
    AddInputsDiffer,
    InputTooSmall,
    BidirectionalNotStepwise,
    LastRecurrentReturnsSequences,
    NoRecurrentLayer,
    ReviewLengthDiffers,
    // Lesson files
    LessonUnknownKey,
    LessonOutsideStep,
    LessonUnknownAction,
    LessonUnknownArgument,
    LessonNotKeyValue,
    LessonMalformedValue,
    LessonUnknownValue,
    LessonValueNotComputed,
    LessonMissingField,
    LessonMissingHeader,
    LessonGivenTwice,
    LessonBadStepId,
    LessonNoSuchLesson,
    LessonClassesApply,
    LessonClassesDiffer,
    LessonPreTruncated,
    LessonPrePadded,
    LessonAlreadyLong,
    LessonNotHeadless,
    LessonNeedsModel,
    LessonNeedsReviews,
    LessonBaseAlone,
    // Any other failure
    OutOfMemory,
    LibTorchFailure,
    UnexpectedFailure,
    Count
};

// A sentence to say: what it is about (`id`) and its particulars (`args`: file names,
// options, numbers, as they are written). Messages it quotes (`parts`: the failure that caused
// it, a phrase such as "the model in …") fill the placeholders after `args`, then the OS's
// reason (`osError`, an errno) the next one.
struct Message {
    Message(MessageId id = MessageId::Verbatim, std::vector<std::string> args = {},
            int osError = 0);
    Message(MessageId id, std::vector<std::string> args, std::vector<Message> parts);
    Message(MessageId id, std::vector<std::string> args, Message part);

    MessageId id;
    std::vector<std::string> args;
    std::vector<Message> parts;
    int osError = 0;
};

// A line to say as it is (Keras's own wording, a model summary).
Message verbatim(std::string line);

// Where core's messages go ("Found 2000 images …", "Weights: …"): stdout in English for the
// CLI, the log panel in the user's language for the GUI.
using Say = std::function<void(const Message&)>;

// The English pattern of `id`, with %1, %2, … for its particulars: what the GUI translates.
const char* messageTemplate(MessageId id);
// `pattern` with %1…%9 replaced by `args` in one pass (so an argument holding "%2" stays so).
std::string fillPlaceholders(const std::string& pattern, const std::vector<std::string>& args);
// The OS's reason for errno `error`, in English.
std::string osReason(int error);
std::string englishText(const Message& message);

// A failure a user should read: the types callers catch (FileError, DatasetError, …) derive
// from it, so that whoever shows it can say it in the user's language; what() is the English.
class Failure : public std::runtime_error {
  public:
    explicit Failure(Message message);
    Failure(MessageId id, std::vector<std::string> args = {}, int osError = 0)
        : Failure(Message(id, std::move(args), osError)) {}
    Failure(MessageId id, std::vector<std::string> args, Message part)
        : Failure(Message(id, std::move(args), std::move(part))) {}
    Failure(MessageId id, std::vector<std::string> args, std::vector<Message> parts)
        : Failure(Message(id, std::move(args), std::move(parts))) {}
    const Message& message() const { return message_; }

  private:
    Message message_;
};

}  // namespace layerlab
