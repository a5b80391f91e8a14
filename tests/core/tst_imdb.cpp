// IMDB data as Keras has it: imdb.npz read with a restricted unpickler (tests/data/, written by
// numpy), load_data's shuffle and offsets, pad_sequences and length statistics pinned against
// numpy on ../shared/data/imdb_sample.npz (tools/reference/imdb_reference.py).
#include <QTemporaryDir>
#include <QtTest>

#include <cstdlib>

#include "data/AclImdb.h"
#include "data/ImageFolder.h"
#include "data/Imdb.h"
#include "data/Sequences.h"
#include "io/FileIO.h"
#include "io/NpyArray.h"
#include "util/UsageError.h"

using namespace layerlab;
namespace fs = std::filesystem;

namespace {

const fs::path kData = fs::path(LAYERLAB_SOURCE_DIR) / "tests" / "data";
const fs::path kSample = fs::path(LAYERLAB_SHARED_DATA) / "imdb_sample.npz";

}  // namespace

class TestImdb : public QObject {
    Q_OBJECT
  private Q_SLOTS:
    void readsNumpyObjectArrays_data() {
        QTest::addColumn<QString>("file");
        QTest::newRow("protocol 3 (np.savez)") << "tiny_imdb.npz";
        QTest::newRow("protocol 2") << "tiny_imdb_protocol2.npz";
    }
    void readsNumpyObjectArrays() {
        QFETCH(QString, file);
        const ImdbData data = readImdbNpz(kData / file.toStdString());
        QCOMPARE(data.train.x, (std::vector<Sequence>{{1, 2, 3}, {4, 5}, {70000, 6, 100000}}));
        QCOMPARE(data.train.y, (std::vector<std::int64_t>{1, 0, 1}));
        QCOMPARE(data.test.x, (std::vector<Sequence>{{7}, {8, 9, 10, 11}}));
        QCOMPARE(data.test.y, (std::vector<std::int64_t>{0, 1}));  // stored as int8
    }

    void refusesAPickleThatRunsCode() {
        try {
            readImdbNpz(kData / "malicious_imdb.npz");
            QFAIL("a pickle calling os.system was accepted");
        } catch (const FormatError& error) {
            QVERIFY2(QString(error.what()).contains("posix.system") ||
                         QString(error.what()).contains("os.system"),
                     error.what());
            QVERIFY(QString(error.what()).contains("refused"));
        }
    }

    void damagedFilesAreClearErrors() {
        QVERIFY_THROWS_EXCEPTION(FileError, readImdbNpz(kData / "truncated_imdb.npz"));
        QVERIFY_THROWS_EXCEPTION(FileError, readImdbNpz(kData / "nowhere.npz"));
        QVERIFY_THROWS_EXCEPTION(FileError, readImdbNpz(kData / "README.md"));
        QVERIFY_THROWS_EXCEPTION(FormatError,
                                 parseNpy("\x93NUMPY\x01\x00\x10\x00{'descr': '<f4'", "x"));
    }

    void loadDataOffsetsAndOov() {
        ImdbOptions options;
        options.numWords = 10;
        const ImdbData data = processImdb(readImdbNpz(kData / "tiny_imdb.npz"), options);
        // start_char 1, then each rank + 3; ranks ≥ num_words become oov_char 2.
        for (const auto& review : data.train.x) QCOMPARE(review.front(), 1);
        std::vector<Sequence> all = data.train.x;
        std::sort(all.begin(), all.end());
        QCOMPARE(all, (std::vector<Sequence>{{1, 2, 9, 2}, {1, 4, 5, 6}, {1, 7, 8}}));
        options.maxlen = 4;  // drops reviews of length ≥ 4 (start char included)
        const ImdbData short_ = processImdb(readImdbNpz(kData / "tiny_imdb.npz"), options);
        QCOMPARE(short_.train.x.size(), std::size_t(1));
        QCOMPARE(short_.test.x, (std::vector<Sequence>{{1, 2}}));  // [7] + 3 = 10 ≥ num_words
        options.maxlen = 2;
        QVERIFY_THROWS_EXCEPTION(UsageError,
                                 processImdb(readImdbNpz(kData / "tiny_imdb.npz"), options));
    }

    void padSequencesLikeKeras() {
        const std::vector<Sequence> s = {{1, 2, 3, 4, 5}, {6, 7}, {}};
        PaddedSequences p = padSequences(s, 3);
        QCOMPARE(p.values, (std::vector<std::int32_t>{3, 4, 5, 0, 6, 7, 0, 0, 0}));  // pre, pre
        p = padSequences(s, 3, Side::Post, Side::Post);
        QCOMPARE(p.values, (std::vector<std::int32_t>{1, 2, 3, 6, 7, 0, 0, 0, 0}));
        p = padSequences(s);  // maxlen None: the longest
        QCOMPARE(p.columns, std::size_t(5));
        QCOMPARE(p.at(1, 4), 7);
        p = padSequences(s, 4, Side::Pre, Side::Pre, -1);
        QCOMPARE(p.at(2, 0), -1);
    }

    void statistics() {
        const std::vector<Sequence> s = {{1}, {1, 2}, {1, 2, 3}, {1, 2, 3, 4}};
        const LengthStatistics st = lengthStatistics(s);
        QCOMPARE(st.mean, 2.5);
        QCOMPARE(st.median, 2.5);
        QCOMPARE(st.percentile(90), 3.7);
        QCOMPARE(st.histogram(3), (std::vector<int>{1, 1, 2}));  // last bin closed
        QCOMPARE(st.truncatedFraction(2), 0.5);
        QCOMPARE(st.paddedFraction(2), 0.25);
    }

    void lessonNumbersOnTheSharedSample() {
        if (!fs::exists(kSample))
            QSKIP("../shared/data/imdb_sample.npz is absent (development machines only)");
        ImdbOptions options;
        options.numWords = 500;  // imdb.load_data(num_words=500)
        const ImdbData data = processImdb(readImdbNpz(kSample), options);
        QCOMPARE(data.train.x.size(), std::size_t(4000));
        QCOMPARE(data.test.x.size(), std::size_t(4000));
        QCOMPARE(std::vector<std::int64_t>(data.train.y.begin(), data.train.y.begin() + 10),
                 (std::vector<std::int64_t>{1, 1, 1, 0, 0, 1, 1, 1, 0, 1}));
        const Sequence& first = data.train.x[0];
        QCOMPARE(first.size(), std::size_t(113));
        QCOMPARE(Sequence(first.begin(), first.begin() + 12),
                 (Sequence{1, 2, 316, 14, 9, 61, 86, 58, 2, 5, 13, 43}));
        const LengthStatistics st = lengthStatistics(data.train.x);
        QCOMPARE(std::vector<int>(st.lengths.begin(), st.lengths.begin() + 10),
                 (std::vector<int>{113, 154, 526, 127, 216, 50, 140, 287, 159, 136}));
        QCOMPARE(st.mean, 235.24574999999999);
        QCOMPARE(st.median, 173.0);
        QVERIFY(std::abs(st.percentile(90) - 458.19999999999982) < 1e-9);
        QCOMPARE(st.histogram(10), (std::vector<int>{2851, 825, 210, 99, 10, 3, 1, 0, 0, 1}));
        const LengthStatistics test = lengthStatistics(data.test.x);
        QVERIFY(std::abs(test.mean - 230.8) < 1e-9);
        QCOMPARE(test.median, 175.0);
        const PaddedSequences padded = padSequences(data.train.x, 100);
        QCOMPARE(padded.rows, std::size_t(4000));
        QCOMPARE(padded.columns, std::size_t(100));
        QCOMPARE(std::vector<int>(padded.values.begin(), padded.values.begin() + 6),
                 (std::vector<int>{4, 20, 57, 2, 7, 2}));  // the last 100 tokens of x_train[0]
        QCOMPARE(padded.at(0, 99), 2);

        options.numWords.reset();
        options.maxlen = 200;
        options.skipTop = 10;
        const ImdbData filtered = processImdb(readImdbNpz(kSample), options);
        QCOMPARE(filtered.train.x.size(), std::size_t(2344));
        QCOMPARE(filtered.test.x.size(), std::size_t(2336));
        QCOMPARE(Sequence(filtered.train.x[0].begin(), filtered.train.x[0].begin() + 5),
                 (Sequence{2, 4825, 316, 14, 2}));
    }

    void tokenizerLikeKeras() {
        QCOMPARE(tokenizeReview("This movie was GREAT!<br /><br />Really... 10/10, don't miss it."),
                 (std::vector<std::string>{"this", "movie", "was", "great", "really", "10", "10",
                                           "don't", "miss", "it"}));
        QVERIFY(tokenizeReview("  ...  ").empty());
    }

    void aclImdbFolder() {
        QTemporaryDir temp;
        const fs::path root = fs::path(temp.path().toStdString()) / "aclImdb";
        auto write = [&](const std::string& relative, const std::string& text) {
            fs::create_directories((root / relative).parent_path());
            writeFile(root / relative, text);
        };
        write("train/pos/10_9.txt", "good good film");
        write("train/pos/2_8.txt", "a good film!");
        write("train/neg/0_1.txt", "bad film. Bad<br />acting");
        write("train/neg/1_2.txt", "");  // empty: reported
        write("test/pos/0_10.txt", "good unseen words");
        write("test/neg/0_3.txt", std::string("bad \xff\xfe", 6));  // invalid UTF-8: reported
        const AclImdb acl = readAclImdb(root);
        // Frequencies in train: film 3, good 3, bad 2, a 1, acting 1; ties keep first appearance
        // (neg files come first: "bad film bad acting", then pos 2_8 "a good film", 10_9 …).
        QCOMPARE(acl.wordIndex.at("film"), 1);
        QCOMPARE(acl.wordIndex.at("good"), 2);
        QCOMPARE(acl.wordIndex.at("bad"), 3);
        QCOMPARE(acl.wordIndex.at("acting"), 4);
        QCOMPARE(acl.wordIndex.at("a"), 5);
        QCOMPARE(acl.data.train.x, (std::vector<Sequence>{{3, 1, 3, 4}, {5, 2, 1}, {2, 2, 1}}));
        QCOMPARE(acl.data.train.y, (std::vector<std::int64_t>{0, 1, 1}));
        QCOMPARE(acl.trainRatings,
                 (std::vector<int>{1, 8, 9}));  // files by numeric id: 2 before 10
        QCOMPARE(acl.data.test.x, (std::vector<Sequence>{{2}}));  // unseen words dropped
        QCOMPARE(acl.problems.size(), std::size_t(2));
        QVERIFY_THROWS_EXCEPTION(DatasetError, readAclImdb(root / "train"));
    }

    void sharedAclImdbSample() {
        const fs::path root = fs::path(LAYERLAB_SHARED_DATA) / "aclImdb_sample";
        if (!fs::exists(root)) QSKIP("../shared/data/aclImdb_sample is absent");
        const AclImdb acl = readAclImdb(root);
        QCOMPARE(acl.data.train.x.size(), std::size_t(4000));
        QCOMPARE(acl.data.test.x.size(), std::size_t(4000));
        QCOMPARE(acl.wordIndex.begin()->second > 0, true);
        int theRank = acl.wordIndex.at("the");
        QCOMPARE(theRank, 1);  // the most frequent word, as in Keras's own index
    }

    void decodesWithTheWordIndex() {
        const fs::path index = fs::path(LAYERLAB_SHARED_DATA) / "imdb_word_index.json";
        if (!fs::exists(index)) QSKIP("../shared/data/imdb_word_index.json is absent");
        const auto words = readWordIndex(index);
        QCOMPARE(words.at("the"), 1);
        QCOMPARE(words.size(), std::size_t(88584));
        const auto decoded = decodeReview({0, 1, 2, 4, 5}, invertWordIndex(words));
        QCOMPARE(decoded, (std::vector<std::string>{"<pad>", "<start>", "<oov>", "the", "and"}));
    }

    // A word index from a careless or hostile hand: ranks past any vocabulary are out of it
    // (never wrapped into it), ranks below 1 and binary files are refused in words a terminal
    // can show, and a huge file is refused before it is read.
    void hostileWordIndexes() {
        QTemporaryDir dir;
        const fs::path file = fs::path(dir.path().toStdString()) / "index.json";
        writeFileAtomically(file, R"({"the": 1, "far": 4294967306, "huge": 18446744073709551615})");
        const auto words = readWordIndex(file);
        QCOMPARE(words.size(), std::size_t(1));
        QCOMPARE(words.at("the"), 1);
        auto refusal = [&](const std::string& bytes) {
            writeFileAtomically(file, bytes);
            try {
                readWordIndex(file);
            } catch (const std::exception& error) {
                return std::string(error.what());
            }
            return std::string("accepted");
        };
        QVERIFY(refusal(R"({"zero": 0})").find("1 or more") != std::string::npos);
        QVERIFY(refusal(R"({"minus": -5})").find("1 or more") != std::string::npos);
        const std::string binary = refusal(std::string("\x89PNG\r\n\x1a\n\0\xff\xfe", 11));
        QVERIFY2(binary.find("is not a word index") != std::string::npos, binary.c_str());
        for (const char c : binary)
            QVERIFY2(static_cast<unsigned char>(c) >= 0x20, "a control byte in the message");
        writeFileAtomically(file, "{}");
        fs::resize_file(file, std::uintmax_t{100} << 20);  // sparse: 100 MB that take no space
        QVERIFY_THROWS_EXCEPTION(FileError, readWordIndex(file));
    }
};

QTEST_GUILESS_MAIN(TestImdb)
#include "tst_imdb.moc"
