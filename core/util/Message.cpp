#include "util/Message.h"

#include <cerrno>
#include <cstring>

// lupdate collects the patterns below into the GUI's translations (context "Message"); core
// itself has no Qt, so the marker is only a marker.
#define QT_TRANSLATE_NOOP(context, text) text

namespace layerlab {
namespace {

struct Pattern {
    MessageId id;
    const char* english;
};

// In MessageId's order (checked below). The placeholders after a message's own arguments are
// the messages it quotes, then the OS's reason.
constexpr Pattern kPatterns[] = {
    {MessageId::Verbatim, "%1"},
    {MessageId::CannotRead, QT_TRANSLATE_NOOP("Message", "Cannot read %1: %2")},
    {MessageId::CannotOpen, QT_TRANSLATE_NOOP("Message", "Cannot open %1: %2")},
    {MessageId::CannotCreate, QT_TRANSLATE_NOOP("Message", "Cannot create %1: %2")},
    {MessageId::CannotWrite, QT_TRANSLATE_NOOP("Message", "Cannot write %1: %2")},
    {MessageId::CannotLock, QT_TRANSLATE_NOOP("Message", "Cannot lock %1: %2")},
    {MessageId::CannotMoveIntoPlace,
     QT_TRANSLATE_NOOP("Message", "Cannot move %1 into place: %2")},
    {MessageId::NotARegularFile,
     QT_TRANSLATE_NOOP("Message", "Cannot read %1: not a regular file (a pipe, a device or a socket)")},
    {MessageId::FileTooLarge,
     QT_TRANSLATE_NOOP("Message",
                       "Cannot read %1: it is %2 MB, more than the %3 MB LayerLab reads from such a file")},
    {MessageId::WillNotReplaceSpecialFile,
     QT_TRANSLATE_NOOP("Message",
                       "Will not write %1: it is not a regular file (a folder, a link, a pipe or a "
                       "device); choose a plain file name")},
    {MessageId::CannotEncodeImage, QT_TRANSLATE_NOOP("Message", "Cannot encode %1")},
    {MessageId::EmptyImage, QT_TRANSLATE_NOOP("Message", "Cannot write an empty image")},
    {MessageId::ImageFormatUnsupported,
     QT_TRANSLATE_NOOP("Message", "%1: unsupported image format %2 (use .png, .jpg or .bmp)")},
    {MessageId::ImageFileNoExtension,
     QT_TRANSLATE_NOOP("Message", "%1: no file extension (use .png, .jpg or .bmp)")},
    {MessageId::FileUnusable, QT_TRANSLATE_NOOP("Message", "%1: %2")},
    {MessageId::ImageUnreadable, QT_TRANSLATE_NOOP("Message", "cannot be read")},
    {MessageId::ImageEmpty, QT_TRANSLATE_NOOP("Message", "empty file (0 bytes)")},
    {MessageId::ImageTruncatedJpeg,
     QT_TRANSLATE_NOOP("Message", "truncated JPEG (no end-of-image marker)")},
    {MessageId::ImageTruncatedPng, QT_TRANSLATE_NOOP("Message", "truncated PNG (no IEND chunk)")},
    {MessageId::ImageNotAnImage,
     QT_TRANSLATE_NOOP("Message", "not an image (unknown file signature)")},
    {MessageId::ImageCorrupt,
     QT_TRANSLATE_NOOP("Message", "corrupt image (the decoder could not read it)")},
    {MessageId::ImageTooLarge,
     QT_TRANSLATE_NOOP("Message", "too large to decode (more than %1 pixels)")},
    {MessageId::ImageTooLargeDeclared,
     QT_TRANSLATE_NOOP("Message", "too large: %1 pixels, more than the %2 LayerLab decodes")},
    {MessageId::H5CannotWrite, QT_TRANSLATE_NOOP("Message", "HDF5 cannot write %1")},
    {MessageId::ZipCannotOpen, QT_TRANSLATE_NOOP("Message", "Cannot open %1 as a zip archive: %2")},
    {MessageId::ZipNotAZip,
     QT_TRANSLATE_NOOP("Message", "Cannot open %1 as a zip archive: Not a zip archive")},
    {MessageId::ZipDamaged,
     QT_TRANSLATE_NOOP("Message", "Cannot open %1 as a zip archive: Zip archive inconsistent")},
    {MessageId::ZipEntryWithoutSize, QT_TRANSLATE_NOOP("Message", "%1: entry %2 has no size")},
    {MessageId::ZipCannotReadMember, QT_TRANSLATE_NOOP("Message", "%1: cannot read '%2'")},
    {MessageId::ZipMemberLargerThanDeclared,
     QT_TRANSLATE_NOOP("Message",
                       "%1: member '%2' unpacks to more than the %3 bytes its entry declares: refused")},
    {MessageId::ZipMemberDamaged,
     QT_TRANSLATE_NOOP("Message", "%1: member '%2' is damaged (its CRC or size does not match)")},
    {MessageId::ZipTooManyEntries,
     QT_TRANSLATE_NOOP("Message",
                       "%1 has %2 entries, more than the %3 LayerLab extracts from it: refused")},
    {MessageId::ZipEntryEscapes,
     QT_TRANSLATE_NOOP("Message",
                       "%1: refused: the entry '%2' would be written outside the target folder")},
    {MessageId::ZipMemberTooLarge,
     QT_TRANSLATE_NOOP("Message",
                       "%1: member '%2' would unpack to %3, more than the %4 LayerLab extracts per "
                       "member from it: refused")},
    {MessageId::ZipTooLarge,
     QT_TRANSLATE_NOOP("Message",
                       "%1 would unpack to more than %2, the most LayerLab extracts from it: refused")},
    {MessageId::ZipNoMember, QT_TRANSLATE_NOOP("Message", "%1: no member '%2'")},
    {MessageId::ZipMemberTooLargeToRead,
     QT_TRANSLATE_NOOP("Message",
                       "%1: member '%2' would unpack to %3; LayerLab reads members of up to %4")},
    {MessageId::StoreRefused,
     QT_TRANSLATE_NOOP("Message", "Cannot use %1 as the feature store: %2")},
    {MessageId::StoreLinkOfOtherUser,
     QT_TRANSLATE_NOOP("Message", "is a link of another user's (uid %1)")},
    {MessageId::StoreOwnedByOtherUser,
     QT_TRANSLATE_NOOP("Message", "belongs to another user (uid %1)")},
    {MessageId::StoreWritableByOthers,
     QT_TRANSLATE_NOOP("Message", "is writable by other users (mode %1; chmod go-w fixes that)")},
    {MessageId::StoreParentReplaceable,
     QT_TRANSLATE_NOOP("Message", "the folder holding it, %1, %2, and they could replace it")},
    {MessageId::StoreWritableInto,
     QT_TRANSLATE_NOOP("Message", "it %1, and they could put other images' features in it")},
    {MessageId::StoreCannotCreate, QT_TRANSLATE_NOOP("Message", "it cannot be created (%1)")},
    {MessageId::StoreNotAFolder, QT_TRANSLATE_NOOP("Message", "it is not a folder")},
    {MessageId::StoreCannotWrite, QT_TRANSLATE_NOOP("Message", "it cannot be written (%1)")},
    {MessageId::StoreHoldsForeignFiles,
     QT_TRANSLATE_NOOP("Message",
                       "it holds files that are not the store's (such as %1), and a store takes "
                       "only an empty or new folder")},
    {MessageId::StoreUnusedFromNowOn, QT_TRANSLATE_NOOP("Message", "%1; training goes on without it")},
    {MessageId::StoreRead,
     QT_TRANSLATE_NOOP("Message", "Feature store: %1 inputs' frozen features read from %2")},
    {MessageId::StoreTrimmed,
     QT_TRANSLATE_NOOP("Message",
                       "Feature store: over its cap of %1 MB, its %2 oldest entries were removed (a "
                       "larger --feature-store-cap keeps them)")},
    {MessageId::RunFolderCannotOpen, QT_TRANSLATE_NOOP("Message", "Cannot open run folder %1: %2")},
    {MessageId::RunFolderInUse,
     QT_TRANSLATE_NOOP("Message",
                       "%1 is in use: another LayerLab process is training into it (wait for it "
                       "to finish or stop it)")},
    {MessageId::RunFolderCannotCreate,
     QT_TRANSLATE_NOOP("Message", "Cannot create run folder %1: %2")},
    {MessageId::RunFolderHoldsRun,
     QT_TRANSLATE_NOOP("Message",
                       "%1 already holds a run: resume it (train --resume), replace it "
                       "(--overwrite) or choose another --run-dir")},
    {MessageId::RunFolderNotEmpty,
     QT_TRANSLATE_NOOP("Message",
                       "%1 is not empty: it holds %2, which is no part of a LayerLab run (choose a "
                       "new or empty folder)")},
    {MessageId::NotARun,
     QT_TRANSLATE_NOOP("Message", "%1 is not a LayerLab run (no experiment.json)")},
    {MessageId::RunCannotSetAside,
     QT_TRANSLATE_NOOP("Message", "Cannot set the old run in %1 aside: %2")},
    {MessageId::HistoryMalformedRow, QT_TRANSLATE_NOOP("Message", "%1: malformed row '%2'")},
    {MessageId::CheckpointEpochUnreadable,
     QT_TRANSLATE_NOOP("Message",
                       "%1 does not name a finished epoch (it should hold a number from 1 on): "
                       "the checkpoint is damaged")},
    {MessageId::CheckpointNamesOtherEpoch,
     QT_TRANSLATE_NOOP("Message", "%1 names %2 for epoch %3: the checkpoint is damaged")},
    {MessageId::CheckpointChecksumDiffers,
     QT_TRANSLATE_NOOP("Message",
                       "%1 is damaged: its checksum does not match checkpoint/epoch.txt")},
    {MessageId::RunHasNoModel, QT_TRANSLATE_NOOP("Message", "%1 has no trained model yet")},
    {MessageId::RunUnfinished,
     QT_TRANSLATE_NOOP("Message", "the run has not finished: its checkpoint of epoch %1")},
    {MessageId::WeightsFileNotFound, QT_TRANSLATE_NOOP("Message", "Weights file not found: %1")},
    {MessageId::WeightsNotHdf5,
     QT_TRANSLATE_NOOP("Message", "%1 is not an HDF5 file (or is truncated)")},
    {MessageId::WeightsCannotOpen,
     QT_TRANSLATE_NOOP("Message", "Cannot open %1 (truncated or damaged?)")},
    {MessageId::WeightsInFile, QT_TRANSLATE_NOOP("Message", "%1: %2")},
    {MessageId::WeightsNone,
     QT_TRANSLATE_NOOP("Message", "%1 holds no Keras weights (no weight_names found)")},
    {MessageId::WeightsAttributeUnreadable,
     QT_TRANSLATE_NOOP("Message", "cannot read attribute %1")},
    {MessageId::WeightsDatasetMissing, QT_TRANSLATE_NOOP("Message", "missing dataset %1")},
    {MessageId::WeightsDatasetUnreadable, QT_TRANSLATE_NOOP("Message", "unreadable dataset %1")},
    {MessageId::WeightsDatasetTooLarge,
     QT_TRANSLATE_NOOP("Message",
                       "%1 declares more than %2 values, more than any layer LayerLab builds: refused")},
    {MessageId::WeightsDatasetTruncated,
     QT_TRANSLATE_NOOP("Message", "%1 declares %2 values but the file holds fewer (truncated?)")},
    {MessageId::WeightsDatasetCannotRead,
     QT_TRANSLATE_NOOP("Message", "cannot read %1 (is the file truncated?)")},
    {MessageId::WeightsNotFinite,
     QT_TRANSLATE_NOOP("Message", "%1 holds NaN or infinite values: these weights are broken")},
    {MessageId::WeightsLayerMissing,
     QT_TRANSLATE_NOOP("Message", "%1: layer '%2' (%3) is missing from the file")},
    {MessageId::WeightsLayerCount,
     QT_TRANSLATE_NOOP("Message", "%1: layer '%2' has %3 weights in the file, the model needs %4")},
    {MessageId::WeightsShape,
     QT_TRANSLATE_NOOP("Message",
                       "%1: layer '%2' weight '%3' has shape %4, the model needs %5")},
    {MessageId::ModelOriginMissing,
     QT_TRANSLATE_NOOP("Message",
                       "%2 takes its frozen layers from %1, which is missing: put that weights "
                       "file back to use the run")},
    {MessageId::ModelOriginNotAFile,
     QT_TRANSLATE_NOOP("Message",
                       "%2 takes its frozen layers from %1, which is not a plain file: put that "
                       "weights file back to use the run")},
    {MessageId::ModelOriginUnreadable,
     QT_TRANSLATE_NOOP("Message", "%2 takes its frozen layers from %1, which cannot be read: %3")},
    {MessageId::ModelOriginChanged,
     QT_TRANSLATE_NOOP("Message",
                       "%2 takes its frozen layers from %1, which has changed since the run saved "
                       "it (its checksum differs)")},
    {MessageId::ModelFromAnotherModel,
     QT_TRANSLATE_NOOP("Message",
                       "%2 has no weights for layer '%1': it was saved from another model")},
    {MessageId::ModelNoteUnreadable,
     QT_TRANSLATE_NOOP("Message", "%1 is damaged: its note on the weights file is unreadable")},
    {MessageId::ModelCannotLoad,
     QT_TRANSLATE_NOOP("Message",
                       "%1 cannot be loaded into this model: it is damaged, or was saved from "
                       "another model")},
    {MessageId::ModelOtherShape,
     QT_TRANSLATE_NOOP("Message",
                       "%1 was saved from a model of another shape (another size, head or class "
                       "count) than this run's")},
    {MessageId::OptimizerCannotLoad,
     QT_TRANSLATE_NOOP("Message",
                       "%1 cannot be loaded into this optimizer: it is damaged, or was saved from "
                       "another model or optimizer")},
    {MessageId::ModelInCheckpoint, QT_TRANSLATE_NOOP("Message", "The model in %1")},
    {MessageId::OptimizerInCheckpoint, QT_TRANSLATE_NOOP("Message", "The optimizer state in %1")},
    {MessageId::BestEpochWeights, QT_TRANSLATE_NOOP("Message", "the best epoch's weights")},
    {MessageId::WeightsBeforeSweep, QT_TRANSLATE_NOOP("Message", "the weights before the sweep")},
    {MessageId::NpyPickle, QT_TRANSLATE_NOOP("Message", "%1: pickle %3 (offset %2)")},
    {MessageId::PickleEndsEarly, QT_TRANSLATE_NOOP("Message", "ends before STOP (truncated?)")},
    {MessageId::PickleTruncated, QT_TRANSLATE_NOOP("Message", "is truncated")},
    {MessageId::PickleTooManyValues,
     QT_TRANSLATE_NOOP("Message",
                       "holds more than %1 values, the most LayerLab reads from one array: refused")},
    {MessageId::PickleTooManyLists,
     QT_TRANSLATE_NOOP("Message",
                       "holds more than %1 lists (reviews), the most LayerLab reads from one "
                       "array: refused")},
    {MessageId::PickleRefersTo,
     QT_TRANSLATE_NOOP("Message", "refers to %1, which a numpy array never needs: refused")},
    {MessageId::PickleOpcode,
     QT_TRANSLATE_NOOP("Message", "uses opcode %1, which numpy never writes for an array: refused")},
    {MessageId::NpyDtype,
     QT_TRANSLATE_NOOP("Message", "%1: dtype %2 is not an integer or bool array LayerLab reads")},
    {MessageId::NpyTooManyValues,
     QT_TRANSLATE_NOOP("Message",
                       "%1: its shape holds more than %2 values, the most LayerLab reads from one "
                       "array: refused")},
    {MessageId::NpyShorterThanShape,
     QT_TRANSLATE_NOOP("Message", "%1: data is shorter than its shape says (truncated?)")},
    {MessageId::NpyShapeAbsurd, QT_TRANSLATE_NOOP("Message", "%1: .npy shape %2 is absurd")},
    {MessageId::NpyNotObjectArray,
     QT_TRANSLATE_NOOP("Message", "%1: the pickled array is not an object array")},
    {MessageId::NpyShapeMismatch,
     QT_TRANSLATE_NOOP("Message", "%1: its header's shape does not match the %2 pickled elements")},
    {MessageId::NpyElementNotList,
     QT_TRANSLATE_NOOP("Message", "%1: an element is not a list of ints")},
    {MessageId::NpyListNotInts,
     QT_TRANSLATE_NOOP("Message", "%1: a list holds something other than ints")},
    {MessageId::NpyWordIndexOutOfRange,
     QT_TRANSLATE_NOOP("Message", "%1: a word index of %2 is out of range")},
    {MessageId::NpyNotNpy, QT_TRANSLATE_NOOP("Message", "%1: not a .npy array")},
    {MessageId::NpyVersion,
     QT_TRANSLATE_NOOP("Message", "%1: .npy format version %2 is not supported")},
    {MessageId::NpyTruncatedHeader, QT_TRANSLATE_NOOP("Message", "%1: truncated .npy header")},
    {MessageId::NpyNoDescr, QT_TRANSLATE_NOOP("Message", "%1: .npy header without descr")},
    {MessageId::NpyFortranOrder,
     QT_TRANSLATE_NOOP("Message", "%1: Fortran-ordered arrays are not supported")},
    {MessageId::NpyNoShape, QT_TRANSLATE_NOOP("Message", "%1: .npy header without shape")},
    {MessageId::FoundImages,
     QT_TRANSLATE_NOOP("Message", "Found %1 images belonging to %2 classes.")},
    {MessageId::FolderUnreadable, QT_TRANSLATE_NOOP("Message", "Cannot read folder %1: %2")},
    {MessageId::NotAFolder, QT_TRANSLATE_NOOP("Message", "Not a folder: %1")},
    {MessageId::ClassNotAFolder,
     QT_TRANSLATE_NOOP("Message", "Class '%1' is not the name of a folder inside %2")},
    {MessageId::ClassNamedTwice, QT_TRANSLATE_NOOP("Message", "Class '%1' is named twice")},
    {MessageId::ClassFolderMissing, QT_TRANSLATE_NOOP("Message", "Class folder missing: %1")},
    {MessageId::NotAnAclImdbFolder,
     QT_TRANSLATE_NOOP("Message", "Not an aclImdb folder: %1 is missing")},
    {MessageId::NoTrainingReviews, QT_TRANSLATE_NOOP("Message", "%1 holds no training reviews")},
    {MessageId::ImdbNotLists, QT_TRANSLATE_NOOP("Message", "%1: x_%2 is not an array of lists")},
    {MessageId::ImdbCountMismatch,
     QT_TRANSLATE_NOOP("Message", "%1: x_%2 has %3 reviews but y_%2 has %4 labels")},
    {MessageId::ImdbBadLabel,
     QT_TRANSLATE_NOOP("Message",
                       "%1: y_%2 holds the label %3; IMDB labels are 0 (negative) and 1 (positive)")},
    {MessageId::WordIndexNotJson,
     QT_TRANSLATE_NOOP("Message", "%1 is not a word index (JSON): %2")},
    {MessageId::WordIndexNotObject,
     QT_TRANSLATE_NOOP("Message", "%1 is not a {word: rank} JSON object")},
    {MessageId::WordIndexBadRank,
     QT_TRANSLATE_NOOP("Message", "%1: the rank of '%2' is not a whole number of 1 or more")},
    {MessageId::OptionNeedsValue, QT_TRANSLATE_NOOP("Message", "%1 needs a value")},
    {MessageId::OptionNotANumber, QT_TRANSLATE_NOOP("Message", "%1: not a number: '%2'")},
    {MessageId::OptionNotWhole, QT_TRANSLATE_NOOP("Message", "%1: expected a whole number")},
    {MessageId::OptionOutOfRange,
     QT_TRANSLATE_NOOP("Message", "%1: %2 is out of range (%3 to %4)")},
    {MessageId::OptionMustBe, QT_TRANSLATE_NOOP("Message", "%1 must be %2")},
    {MessageId::OptionChoice, QT_TRANSLATE_NOOP("Message", "%1 must be %2, not '%3'")},
    {MessageId::OptionUnknown, QT_TRANSLATE_NOOP("Message", "unknown option %1")},
    {MessageId::OptionAtLeastZero, QT_TRANSLATE_NOOP("Message", "%1 must be >= 0")},
    {MessageId::OptionExpectsPair, QT_TRANSLATE_NOOP("Message", "%1 expects LO,HI")},
    {MessageId::PresetChoice, QT_TRANSLATE_NOOP("Message", "--preset must be lesson or none")},
    {MessageId::FillModeChoice,
     QT_TRANSLATE_NOOP("Message", "--fill-mode must be nearest, constant, reflect or wrap")},
    {MessageId::TrainNeedsData, QT_TRANSLATE_NOOP("Message", "train needs --data DIR")},
    {MessageId::WeightsNeedFile, QT_TRANSLATE_NOOP("Message", "--weights needs a file (or none)")},
    {MessageId::StrategyUnknown, QT_TRANSLATE_NOOP("Message", "unknown --strategy %1")},
    {MessageId::FreezeOption, QT_TRANSLATE_NOOP("Message", "--freeze/--unfreeze: %1")},
    {MessageId::ImdbNeedsData,
     QT_TRANSLATE_NOOP("Message",
                       "train --task imdb needs --data (an imdb.npz or an aclImdb folder)")},
    {MessageId::ValidationSplitRange,
     QT_TRANSLATE_NOOP("Message", "--validation-split must be in [0, 1)")},
    {MessageId::UnexpectedArgument, QT_TRANSLATE_NOOP("Message", "unexpected argument %1")},
    {MessageId::LearningRateRange,
     QT_TRANSLATE_NOOP("Message", "--learning-rate must be above 0 and at most 10")},
    {MessageId::AlphaRange, QT_TRANSLATE_NOOP("Message", "--alpha must be in (0, 4]")},
    {MessageId::OneHotTooManyWords,
     QT_TRANSLATE_NOOP("Message",
                       "--num-words must be at most 20000 with --input one-hot (each word is a "
                       "vector that long); use --input embedding for more")},
    {MessageId::DropoutRange, QT_TRANSLATE_NOOP("Message", "--dropout must be in [0, 1)")},
    {MessageId::NotAnImdbRun, QT_TRANSLATE_NOOP("Message", "%1 is not an IMDB run")},
    {MessageId::NotAnImageRun, QT_TRANSLATE_NOOP("Message", "%1 is not an image run")},
    {MessageId::NoSuchReview,
     QT_TRANSLATE_NOOP("Message", "there is no review %1: %2 holds %3")},
    {MessageId::NoWordIndex,
     QT_TRANSLATE_NOOP("Message",
                       "this run's reviews come without a word index (imdb_word_index.json), so "
                       "typed text cannot be turned into word indices")},
    {MessageId::NoWordsToRead, QT_TRANSLATE_NOOP("Message", "the text has no words to read")},
    {MessageId::ExportNeedsFile,
     QT_TRANSLATE_NOOP("Message", "export needs a file name (--keras model.h5)")},
    {MessageId::ExportInsideRun,
     QT_TRANSLATE_NOOP("Message",
                       "%1 is inside the run folder %2: export to a file outside run folders")},
    {MessageId::ExportInsideCache,
     QT_TRANSLATE_NOOP("Message",
                       "%1 is inside %2, whose files LayerLab and Keras read as downloaded: "
                       "export elsewhere")},
    {MessageId::ExportOverWeights,
     QT_TRANSLATE_NOOP("Message",
                       "%1 holds the frozen layers this run (and others) read: export to another "
                       "file")},
    {MessageId::ExportIsLink,
     QT_TRANSLATE_NOOP("Message", "%1 is a link: export to a plain file name")},
    {MessageId::ExportNotOurs,
     QT_TRANSLATE_NOOP("Message",
                       "%1 exists and is not a model LayerLab exported: export to a new file")},
    {MessageId::ExportExists,
     QT_TRANSLATE_NOOP("Message", "%1 exists: give --overwrite to replace that earlier export")},
    {MessageId::SkippedImage, QT_TRANSLATE_NOOP("Message", "  skipped %1: %2")},
    {MessageId::NoUsableImages,
     QT_TRANSLATE_NOOP("Message", "%1 has no usable images to train on")},
    {MessageId::SkippedReview, QT_TRANSLATE_NOOP("Message", "skipped %1: %2")},
    {MessageId::ReviewEmpty, QT_TRANSLATE_NOOP("Message", "empty file")},
    {MessageId::ReviewInvalidUtf8, QT_TRANSLATE_NOOP("Message", "invalid UTF-8 at byte %1")},
    {MessageId::ReviewBadName, QT_TRANSLATE_NOOP("Message", "name is not <id>_<rating>.txt")},
    {MessageId::ImdbSetSizes,
     QT_TRANSLATE_NOOP("Message", "x_train %1, validation %2, x_test %3 (maxlen %4)")},
    {MessageId::WeightsNoneAsked,
     QT_TRANSLATE_NOOP("Message", "Weights: none asked for; the base is randomly initialised.")},
    {MessageId::WeightsOtherSize,
     QT_TRANSLATE_NOOP("Message",
                       "Weights: no %1 px file in the Keras cache, so the one trained at %2 px stands in "
                       "(the shapes match; %3 is Keras's file for this size: Get data).")},
    {MessageId::WeightsNotFound,
     QT_TRANSLATE_NOOP("Message",
                       "No pretrained weights found for %1 (looked for %2 in the Keras cache "
                       "~/.keras/models): the base is randomly initialised. Give --weights FILE to "
                       "use ImageNet weights.")},
    {MessageId::WeightsLoaded, QT_TRANSLATE_NOOP("Message", "Weights: %1 layers from %2")},
    {MessageId::WeightsFromRun, QT_TRANSLATE_NOOP("Message", "Weights: the model of %1")},
    {MessageId::Bf16Emulated,
     QT_TRANSLATE_NOOP("Message", "The frozen base runs in bf16, which this CPU emulates: fp32 is faster here.")},
    {MessageId::FrozenPrefixCached,
     QT_TRANSLATE_NOOP("Message", "Frozen prefix: its outputs are computed once per input and cached.")},
    {MessageId::RunSettingsDamaged, QT_TRANSLATE_NOOP("Message", "%1 is damaged: %2")},
    {MessageId::RunSettingsInvalid, QT_TRANSLATE_NOOP("Message", "%1: %2")},
    {MessageId::RunSettingsRelative,
     QT_TRANSLATE_NOOP("Message",
                       "%1 names %2 by a relative path, and the run has moved from the folder it was "
                       "relative to: write the absolute path into it, or start the run again")},
    {MessageId::TrainNeedsRunDir, QT_TRANSLATE_NOOP("Message", "train needs --run-dir DIR")},
    {MessageId::ResumeCheckpointOutside,
     QT_TRANSLATE_NOOP("Message", "%1/checkpoint/epoch.txt says epoch %2, but the run trains epochs %3 to %4")},
    {MessageId::ResumeHistoryShort,
     QT_TRANSLATE_NOOP("Message", "%1/history.csv has %2 epochs, but checkpoint/epoch.txt says %3")},
    {MessageId::Resuming, QT_TRANSLATE_NOOP("Message", "Resuming %1 after epoch %2")},
    {MessageId::ResumeRedoOneCheckpointed,
     QT_TRANSLATE_NOOP("Message",
                       "Resuming %1: resumed from epoch %2 (its last checkpoint); epoch %4 is "
                       "trained again")},
    {MessageId::ResumeRedoOneUnchecked,
     QT_TRANSLATE_NOOP("Message",
                       "Resuming %1: resumed from epoch %2 (it had no checkpoint yet); epoch %4 "
                       "is trained again")},
    {MessageId::ResumeRedoManyCheckpointed,
     QT_TRANSLATE_NOOP("Message",
                       "Resuming %1: resumed from epoch %2 (its last checkpoint); epochs %3–%4 "
                       "are trained again")},
    {MessageId::ResumeRedoManyUnchecked,
     QT_TRANSLATE_NOOP("Message",
                       "Resuming %1: resumed from epoch %2 (it had no checkpoint yet); epochs "
                       "%3–%4 are trained again")},
    {MessageId::RunAlreadyFinished,
     QT_TRANSLATE_NOOP("Message",
                       "The run has finished all its %1 epochs: there is nothing left to train (fine-tune "
                       "it to train on).")},
    {MessageId::FineTuneNothingFrozen,
     QT_TRANSLATE_NOOP("Message", "fine-tune: every block of the run's base trains already")},
    {MessageId::FineTuneNeedsEpochs,
     QT_TRANSLATE_NOOP("Message", "fine-tune needs --epochs N (N >= 1)")},
    {MessageId::FineTuneNeedsRunDir, QT_TRANSLATE_NOOP("Message", "fine-tune needs --run-dir DIR")},
    {MessageId::FineTuneIntoSource,
     QT_TRANSLATE_NOOP("Message",
                       "fine-tune --run-dir must be a new folder, not the run it starts from or a "
                       "folder inside it")},
    {MessageId::FineTuneNoFinalModel,
     QT_TRANSLATE_NOOP("Message",
                       "%1 has no final model (it was killed, or stopped before its first epoch "
                       "ended): resume it with train --resume, then fine-tune from it")},
    {MessageId::FineTuneNotTransfer,
     QT_TRANSLATE_NOOP("Message", "fine-tune is for transfer-learning runs")},
    {MessageId::FineTuning, QT_TRANSLATE_NOOP("Message", "Fine-tuning %1 from epoch %2")},
    {MessageId::PrepareNotTransfer,
     QT_TRANSLATE_NOOP("Message", "features are prepared for image experiments (--task transfer)")},
    {MessageId::TestAccuracy, QT_TRANSLATE_NOOP("Message", "test accuracy: %1")},
    {MessageId::ValidationImages,
     QT_TRANSLATE_NOOP("Message", "Validation: %1 of %2 images each epoch")},
    {MessageId::ValidationImagesSampled,
     QT_TRANSLATE_NOOP("Message",
                       "Validation: %1 of %2 images each epoch, a new random sample every epoch")},
    {MessageId::ValidationSamples,
     QT_TRANSLATE_NOOP("Message", "Validation: %1 of %2 samples each epoch")},
    {MessageId::EarlyStopped,
     QT_TRANSLATE_NOOP("Message", "Early stopping: val_loss has not improved for %1 epochs")},
    {MessageId::StoppedBeforeTraining,
     QT_TRANSLATE_NOOP("Message", "stopped before training began")},
    {MessageId::NothingToTrain,
     QT_TRANSLATE_NOOP("Message",
                       "nothing to train: every layer is frozen")},
    {MessageId::NoSamples, QT_TRANSLATE_NOOP("Message", "no samples to train on")},
    {MessageId::BatchSizeAtLeastOne, QT_TRANSLATE_NOOP("Message", "batch size must be at least 1")},
    {MessageId::NothingToPrepare, QT_TRANSLATE_NOOP("Message", "nothing to prepare: %1")},
    {MessageId::PrepareStoreOff, QT_TRANSLATE_NOOP("Message", "the feature store is off")},
    {MessageId::PrepareCacheOff, QT_TRANSLATE_NOOP("Message", "the feature cache is off")},
    {MessageId::PrepareNoFrozenLayers,
     QT_TRANSLATE_NOOP("Message",
                       "the model has no frozen layers at its start")},
    {MessageId::PrepareAugmentationDraws,
     QT_TRANSLATE_NOOP("Message",
                       "augmentation draws new images every epoch: store augmented copies (--augmented-copies K) or switch augmentation off")},
    {MessageId::MaxlenDropsEverything,
     QT_TRANSLATE_NOOP("Message",
                       "maxlen=%1 drops every review of a split; raise it")},
    {MessageId::CheckpointEveryChoice,
     QT_TRANSLATE_NOOP("Message",
                       "--checkpoint-every must be epoch or a time from 1s to 24 hours (60s, 5m), not '%1'")},
    {MessageId::NoLayerOrBlockNamed, QT_TRANSLATE_NOOP("Message", "no layer or block named '%1'")},
    {MessageId::NoLayerNamed, QT_TRANSLATE_NOOP("Message", "the model has no layer named '%1'")},
    {MessageId::NoSuchFilter,
     QT_TRANSLATE_NOOP("Message",
                       "'%1' has %2 filters; there is no filter %3")},
    {MessageId::ClassifierNeedsTwoClasses,
     QT_TRANSLATE_NOOP("Message",
                       "a classifier needs at least 2 classes")},
    {MessageId::MobileNetAlphaChoice,
     QT_TRANSLATE_NOOP("Message",
                       "MobileNetV2 alpha must be 0.35, 0.5, 0.75, 1.0, 1.3 or 1.4")},
    {MessageId::NoSuchClass,
     QT_TRANSLATE_NOOP("Message",
                       "class %1 does not exist: the model has %2 classes")},
    {MessageId::NoSpatialLayer,
     QT_TRANSLATE_NOOP("Message",
                       "the model has no layer with a spatial output")},
    {MessageId::LayerNotSpatial,
     QT_TRANSLATE_NOOP("Message",
                       "'%1' has no feature maps: its output is not spatial")},
    {MessageId::NotARecurrentLayer, QT_TRANSLATE_NOOP("Message", "'%1' is not a recurrent layer")},
    {MessageId::SequenceSizesPositive,
     QT_TRANSLATE_NOOP("Message",
                       "units, num_words, maxlen and layers must be positive")},
    {MessageId::LayerNeedsSequence, QT_TRANSLATE_NOOP("Message", "%1 needs a sequence input")},
    {MessageId::AddInputsDiffer, QT_TRANSLATE_NOOP("Message", "Add %1: inputs differ in shape")},
    {MessageId::InputTooSmall,
     QT_TRANSLATE_NOOP("Message",
                       "input %1 is too small: layer %2 would have no pixels")},
    {MessageId::BidirectionalNotStepwise,
     QT_TRANSLATE_NOOP("Message",
                       "a Bidirectional RNN cannot be read step by step: its backward half reads the review from the end")},
    {MessageId::LastRecurrentReturnsSequences,
     QT_TRANSLATE_NOOP("Message",
                       "the model's last recurrent layer returns sequences")},
    {MessageId::NoRecurrentLayer,
     QT_TRANSLATE_NOOP("Message",
                       "the model has no recurrent layer to read a review with")},
    {MessageId::ReviewLengthDiffers,
     QT_TRANSLATE_NOOP("Message",
                       "the model reads reviews of %1 tokens, not %2")},
    {MessageId::OutOfMemory,
     QT_TRANSLATE_NOOP("Message",
                       "not enough memory for what was asked (try a smaller size, batch or "
                       "vocabulary)")},
    {MessageId::LibTorchFailure, "%1"},
    {MessageId::UnexpectedFailure, "%1"},
};

constexpr bool inIdOrder() {
    for (std::size_t i = 0; i < std::size(kPatterns); ++i)
        if (static_cast<std::size_t>(kPatterns[i].id) != i) return false;
    return std::size(kPatterns) == static_cast<std::size_t>(MessageId::Count);
}
static_assert(inIdOrder(), "kPatterns must list every MessageId once, in order");

}  // namespace

Message::Message(MessageId id, std::vector<std::string> args, int osError)
    : id(id), args(std::move(args)), osError(osError) {}

Message::Message(MessageId id, std::vector<std::string> args, std::vector<Message> parts)
    : id(id), args(std::move(args)), parts(std::move(parts)) {}

Message::Message(MessageId id, std::vector<std::string> args, Message part)
    : id(id), args(std::move(args)), parts{std::move(part)} {}

Message verbatim(std::string line) {
    return Message(MessageId::Verbatim, {std::move(line)});
}

const char* messageTemplate(MessageId id) {
    return kPatterns[static_cast<std::size_t>(id)].english;
}

std::string fillPlaceholders(const std::string& pattern, const std::vector<std::string>& args) {
    std::string out;
    out.reserve(pattern.size());
    for (std::size_t i = 0; i < pattern.size(); ++i) {
        const char next = i + 1 < pattern.size() ? pattern[i + 1] : '\0';
        const std::size_t index = static_cast<std::size_t>(next - '1');
        if (pattern[i] == '%' && next >= '1' && next <= '9' && index < args.size()) {
            out += args[index];
            ++i;
        } else {
            out += pattern[i];
        }
    }
    return out;
}

std::string osReason(int error) {
    if (error == ENOSPC) return "the disk is full";
    if (error == EDQUOT) return "the disk quota is exceeded";
    return std::strerror(error);
}

std::string englishText(const Message& message) {
    std::vector<std::string> args = message.args;
    for (const Message& part : message.parts) args.push_back(englishText(part));
    if (message.osError) args.push_back(osReason(message.osError));
    return fillPlaceholders(messageTemplate(message.id), args);
}

Failure::Failure(Message message)
    : std::runtime_error(englishText(message)), message_(std::move(message)) {}

}  // namespace layerlab
