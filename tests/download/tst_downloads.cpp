// Downloads against a local HTTP server this test runs on 127.0.0.1 (QTcpServer): a verified
// download, resume after the server drops the connection midway, cancel, a hash mismatch (no
// file left), 404, an unreachable server, a stall, redirects, a zip with an escaping entry or
// beyond its limits, links planted at the part file and the target, a compression bomb, an
// endless chunked stream; and discovery in a fake HOME's Keras cache (valid and corrupt files).
#include <sys/resource.h>
#include <unistd.h>

#include <csignal>

#include <QCryptographicHash>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QtTest>

#include "core/HostileFiles.h"
#include "download/Downloader.h"
#include "download/ResourceCatalogue.h"
#include "download/ResourceFiles.h"
#include "download/TestHttpServer.h"

using namespace layerlab;
using namespace layerlab::download;

namespace {

QByteArray payload(int size) {
    QByteArray bytes(size, '\0');
    for (int i = 0; i < size; ++i) bytes[i] = static_cast<char>((qint64(i) * 7919) % 251);
    return bytes;
}

Resource resourceFor(const TestServer& server, const QByteArray& path, const QByteArray& body) {
    Resource r;
    r.name = "test_" + path.split('/').last().toStdString();
    r.url = server.url(path).toStdString();
    r.fileName = path.split('/').last().toStdString();
    r.cacheSubdir = "datasets";
    r.size = static_cast<std::uint64_t>(body.size());
    r.hashKind = Resource::Hash::Sha256;
    r.hash = QCryptographicHash::hash(body, QCryptographicHash::Sha256).toHex().toStdString();
    return r;
}

QByteArray readAll(const QString& path) {
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

const QString kRealMobileNet = LAYERLAB_SHARED_DATA "/weights/mobilenet_v2_0.35_224_no_top.h5";

#if defined(__SANITIZE_ADDRESS__) || defined(__SANITIZE_THREAD__)
constexpr bool kSanitized = true;  // shadow memory and quarantines make resident sizes meaningless
#else
constexpr bool kSanitized = false;
#endif

// This process's resident size in MB (VmRSS).
long residentMegabytes() {
    for (const QByteArray& line : readAll("/proc/self/status").split('\n'))
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').value(0).toLong() / 1024;
    return -1;
}

// A body as a server sends it with Content-Encoding: deflate (a zlib stream, which Qt inflates
// exactly as it does gzip).
QByteArray deflated(const QByteArray& bytes) {
    return qCompress(bytes).mid(4);  // qCompress puts the size in front of the zlib stream
}

// Runs a download to its end; the message of the failure, or empty on success.
QString downloadFails(Downloader& downloader, const Resource& resource) {
    QSignalSpy finished(&downloader, &Downloader::finished);
    QSignalSpy failed(&downloader, &Downloader::failed);
    downloader.start(resource);
    if (!QTest::qWaitFor([&] { return finished.count() + failed.count() > 0; }, 20000))
        return "neither finished nor failed";
    return failed.isEmpty() ? QString() : failed.at(0).at(1).toString();
}

}  // namespace

class TestDownloads : public QObject {
    Q_OBJECT
  private Q_SLOTS:
    void init() {
        QVERIFY(cache_.isValid());
        qputenv("LAYERLAB_CACHE_DIR", cache_.path().toUtf8());
        qputenv("HOME", home_.path().toUtf8());
        qunsetenv("KERAS_HOME");
    }

    void verifiedDownloadLandsInPlace() {
        TestServer server;
        const QByteArray body = payload(300000);
        server.routes["/files/ok.bin"] = {body};
        server.routes["/moved/ok.bin"] = {{}, -1, false, "/files/ok.bin"};
        const Resource r = resourceFor(server, "/moved/ok.bin", body);  // via a redirect
        Downloader downloader;
        QSignalSpy finished(&downloader, &Downloader::finished);
        QSignalSpy progress(&downloader, &Downloader::progress);
        QVERIFY(downloader.start(r));
        QVERIFY(!downloader.start(r));
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 20000);
        const QString path = finished.at(0).at(1).toString();
        QCOMPARE(path, downloadTarget(r));
        QCOMPARE(readAll(path), body);
        QVERIFY(!QFile::exists(path + ".part"));
        QVERIFY(progress.count() >= 1);
        QCOMPARE(progress.last().at(1).toLongLong(), qint64(body.size()));
        QCOMPARE(progress.last().at(2).toLongLong(), qint64(body.size()));
        // Discovery now finds it in LayerLab's own cache.
        const ResourceState state = inspectResource(r);
        QCOMPARE(state.kind, ResourceState::Downloaded);
        QCOMPARE(state.path, path);
    }

    void resumesAfterTheServerDropsTheConnection() {
        TestServer server;
        const QByteArray body = payload(500000);
        server.routes["/files/drop.bin"] = {body, 200000};
        const Resource r = resourceFor(server, "/files/drop.bin", body);
        Downloader downloader;
        QSignalSpy finished(&downloader, &Downloader::finished);
        QSignalSpy failed(&downloader, &Downloader::failed);
        downloader.start(r);
        QTRY_COMPARE_WITH_TIMEOUT(finished.count() + failed.count(), 1, 20000);
        QCOMPARE(failed.count(), 0);
        QCOMPARE(server.ranges, (QList<QByteArray>{"", "bytes=200000-"}));
        QCOMPARE(readAll(downloadTarget(r)), body);
    }

    void cancelKeepsThePartForALaterResume() {
        TestServer server;
        const QByteArray body = payload(400000);
        server.routes["/files/slow.bin"] = {body, -1, true};
        const Resource r = resourceFor(server, "/files/slow.bin", body);
        Downloader downloader;
        QSignalSpy progress(&downloader, &Downloader::progress);
        QSignalSpy canceled(&downloader, &Downloader::canceled);
        downloader.start(r);
        QTRY_VERIFY_WITH_TIMEOUT(progress.count() >= 1, 20000);
        downloader.cancel();
        QTRY_COMPARE_WITH_TIMEOUT(canceled.count(), 1, 5000);
        QVERIFY(!downloader.busy());
        QVERIFY(!QFile::exists(downloadTarget(r)));
        QCOMPARE(readAll(downloadTarget(r) + ".part"), body.left(100));
        // Later, the same download resumes from byte 100.
        server.routes["/files/slow.bin"].stall = false;
        QSignalSpy finished(&downloader, &Downloader::finished);
        downloader.start(r);
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 20000);
        QCOMPARE(server.ranges.last(), QByteArray("bytes=100-"));
        QCOMPARE(readAll(downloadTarget(r)), body);
    }

    void hashMismatchLeavesNoFile() {
        TestServer server;
        const QByteArray body = payload(50000);
        Resource r = resourceFor(server, "/files/bad.bin", body);
        QByteArray tampered = body;
        tampered[100] = 'X';
        server.routes["/files/bad.bin"] = {tampered};
        Downloader downloader;
        QSignalSpy failed(&downloader, &Downloader::failed);
        downloader.start(r);
        QTRY_COMPARE_WITH_TIMEOUT(failed.count(), 1, 20000);
        QVERIFY2(failed.at(0).at(1).toString().contains("sha256"),
                 qPrintable(failed.at(0).at(1).toString()));
        QVERIFY(!QFile::exists(downloadTarget(r)));
        QVERIFY(!QFile::exists(downloadTarget(r) + ".part"));
    }

    void notFoundSaysSo() {
        TestServer server;
        const Resource r = resourceFor(server, "/files/missing.bin", "x");
        Downloader downloader;
        QSignalSpy failed(&downloader, &Downloader::failed);
        downloader.start(r);
        QTRY_COMPARE_WITH_TIMEOUT(failed.count(), 1, 20000);
        QVERIFY2(failed.at(0).at(1).toString().contains("404"),
                 qPrintable(failed.at(0).at(1).toString()));
        QVERIFY(!QFile::exists(downloadTarget(r)));
    }

    // A write that fails midway (a full disk; here the limit on file sizes, which fails the
    // same way at a size the test chooses): a clear message, nothing kept or put in place.
    void aFailingWriteSaysSo() {
        TestServer server;
        const QByteArray body = payload(100000);
        server.routes["/files/full.bin"] = {body};
        const Resource r = resourceFor(server, "/files/full.bin", body);
        rlimit normal{};
        QCOMPARE(getrlimit(RLIMIT_FSIZE, &normal), 0);
        rlimit low = normal;
        low.rlim_cur = 50000;
        const auto signalHandler = std::signal(SIGXFSZ, SIG_IGN);  // EFBIG instead of a kill
        QCOMPARE(setrlimit(RLIMIT_FSIZE, &low), 0);
        Downloader downloader;
        const QString message = downloadFails(downloader, r);
        setrlimit(RLIMIT_FSIZE, &normal);
        std::signal(SIGXFSZ, signalHandler);
        QVERIFY2(message.contains("cannot write " + downloadTarget(r) + ".part: File too large"),
                 qPrintable(message));
        QVERIFY(!QFile::exists(downloadTarget(r) + ".part"));
        QVERIFY(!QFile::exists(downloadTarget(r)));
    }

    // A `.part` that is a link, or a second name of a file (a hard link), is never written
    // through: the download fails naming it, and the file it names keeps its bytes. (Once a
    // 206 resume appended to such a file, and a 200 answer replaced it.)
    void aPartFileThatIsALinkIsNotWrittenThrough() {
        TestServer server;
        const QByteArray body = payload(100000);
        server.routes["/files/linked.bin"] = {body};
        const Resource r = resourceFor(server, "/files/linked.bin", body);
        const QString part = downloadTarget(r) + ".part";
        QVERIFY(QDir().mkpath(QFileInfo(part).absolutePath()));
        const QString victim = home_.filePath("victim.txt");
        for (const bool hard : {false, true}) {
            QFile file(victim);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write("precious");
            file.close();
            QVERIFY(hard ? ::link(QFile::encodeName(victim).constData(),
                                  QFile::encodeName(part).constData()) == 0
                         : QFile::link(victim, part));
            Downloader downloader;
            const QString message = downloadFails(downloader, r);
            QVERIFY2(message.contains("will not write the download to " + part),
                     qPrintable(message));
            QCOMPARE(readAll(victim), QByteArray("precious"));
            QVERIFY(QFile::exists(part));  // not LayerLab's to remove
            QVERIFY(!QFile::exists(downloadTarget(r)));
            QVERIFY(QFile::remove(part));
        }
    }

    // A link where the file goes (pointing elsewhere) is not replaced: the verified download
    // waits as its .part, and once the link is gone the next get only renames it.
    void aLinkAtTheTargetIsNotReplaced() {
        TestServer server;
        const QByteArray body = payload(100000);
        server.routes["/files/target.bin"] = {body};
        const Resource r = resourceFor(server, "/files/target.bin", body);
        const QString target = downloadTarget(r);
        QVERIFY(QDir().mkpath(QFileInfo(target).absolutePath()));
        const QString elsewhere = home_.filePath("elsewhere.bin");
        QFile file(elsewhere);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("mine");
        file.close();
        QVERIFY(QFile::link(elsewhere, target));
        Downloader downloader;
        const QString message = downloadFails(downloader, r);
        QVERIFY2(message.contains("will not replace " + target), qPrintable(message));
        QVERIFY(QFileInfo(target).isSymLink());
        QCOMPARE(readAll(elsewhere), QByteArray("mine"));
        QCOMPARE(readAll(target + ".part"), body);
        QVERIFY(QFile::remove(target));
        QCOMPARE(downloadFails(downloader, r), QString());
        QCOMPARE(server.ranges.last(), QByteArray("bytes=100000-"));
        QCOMPARE(readAll(target), body);
    }

    // A compression bomb (16 MB of zeros in 16 KB, sent with a Content-Encoding) is not
    // inflated: the bytes as sent fail verification in a sentence that names the file, and no
    // .part stays. (Qt, left to ask for gzip, inflated it and failed with an empty reason.)
    void aCompressionBombIsNotInflated() {
        TestServer server;
        const QByteArray body = payload(100000);
        server.routes["/files/bomb.bin"] = {deflated(QByteArray(16 << 20, '\0'))};
        server.routes["/files/bomb.bin"].contentEncoding = "deflate";
        const Resource r = resourceFor(server, "/files/bomb.bin", body);
        Downloader downloader;
        const QString message = downloadFails(downloader, r);
        QVERIFY2(message.contains("the downloaded bomb.bin is not the expected file"),
                 qPrintable(message));
        QVERIFY(!QFile::exists(downloadTarget(r) + ".part"));
        QVERIFY(!QFile::exists(downloadTarget(r)));
    }

    void unreachableServerSaysOffline() {
        quint16 port = 0;
        {
            QTcpServer probe;  // a port nobody listens on any more
            QVERIFY(probe.listen(QHostAddress::LocalHost));
            port = probe.serverPort();
        }
        Resource r;
        r.name = "unreachable";
        r.url = "http://127.0.0.1:" + std::to_string(port) + "/files/x.bin";
        r.fileName = "x.bin";
        r.cacheSubdir = "datasets";
        Downloader downloader;
        QSignalSpy failed(&downloader, &Downloader::failed);
        downloader.start(r);
        QTRY_COMPARE_WITH_TIMEOUT(failed.count(), 1, 20000);
        QVERIFY2(failed.at(0).at(1).toString().contains("cannot reach"),
                 qPrintable(failed.at(0).at(1).toString()));
    }

    void aStallTimesOut() {
        TestServer server;
        const QByteArray body = payload(10000);
        server.routes["/files/stall.bin"] = {body, -1, true};
        const Resource r = resourceFor(server, "/files/stall.bin", body);
        Downloader downloader;
        downloader.setTimeout(300);
        QSignalSpy failed(&downloader, &Downloader::failed);
        downloader.start(r);
        QTRY_COMPARE_WITH_TIMEOUT(failed.count(), 1, 20000);
        QVERIFY2(failed.at(0).at(1).toString().contains("timed out"),
                 qPrintable(failed.at(0).at(1).toString()));
        QVERIFY(!QFile::exists(downloadTarget(r)));
    }

    void zipIsExtractedLikeKerasAndEscapesAreRefused() {
        TestServer server;
        const QByteArray good = readAll(LAYERLAB_SOURCE_DIR "/tests/data/cats_and_dogs_tiny.zip");
        const QByteArray evil = readAll(LAYERLAB_SOURCE_DIR "/tests/data/escaping_entry.zip");
        QVERIFY(!good.isEmpty() && !evil.isEmpty());
        server.routes["/tiny/cats_and_dogs_filtered.zip"] = {good};
        Resource r = resourceFor(server, "/tiny/cats_and_dogs_filtered.zip", good);
        r.extractedFolder = "cats_and_dogs_filtered";
        Downloader downloader;
        QSignalSpy finished(&downloader, &Downloader::finished);
        QSignalSpy failed(&downloader, &Downloader::failed);
        downloader.start(r);
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 20000);
        const QString folder = finished.at(0).at(1).toString();
        QCOMPARE(readAll(folder + "/train/cats/cat.0.txt"), QByteArray("not a real cat"));
        QVERIFY(QFile::exists(folder + "/validation/dogs/dog.0.txt"));
        QVERIFY(!QFile::exists(folder + "/__MACOSX"));
        QCOMPARE(inspectResource(r).kind, ResourceState::Downloaded);
        QCOMPARE(inspectResource(r).path, folder);

        server.routes["/evil/cats_and_dogs_filtered.zip"] = {evil};
        Resource bad = resourceFor(server, "/evil/cats_and_dogs_filtered.zip", evil);
        bad.extractedFolder = "cats_and_dogs_filtered";
        bad.cacheSubdir = "evil";
        downloader.start(bad);
        QTRY_COMPARE_WITH_TIMEOUT(failed.count(), 1, 20000);
        QVERIFY2(failed.at(0).at(1).toString().contains("outside the target folder"),
                 qPrintable(failed.at(0).at(1).toString()));
        const QDir root(cache_.path());
        QVERIFY(!QFile::exists(root.filePath("keras/evil.txt")));
        QVERIFY(!QFile::exists(root.filePath("evil.txt")));
        QVERIFY(!QFile::exists(root.filePath("keras/evil/cats_and_dogs_filtered")));
    }

    void discoveryTrustsOnlyVerifiedFiles() {
        const QByteArray body = payload(1000);
        Resource r;
        r.name = "found";
        r.fileName = "found.bin";
        r.cacheSubdir = "datasets";
        r.size = 1000;
        r.hashKind = Resource::Hash::Md5;
        r.hash = QCryptographicHash::hash(body, QCryptographicHash::Md5).toHex().toStdString();
        QCOMPARE(inspectResource(r).kind, ResourceState::Missing);
        // A notebook's download in ~/.keras/datasets is found and verified.
        const QString keras = home_.filePath(".keras/datasets");
        QVERIFY(QDir().mkpath(keras));
        QFile file(keras + "/found.bin");
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(body);
        file.close();
        QCOMPARE(inspectResource(r).kind, ResourceState::InKerasCache);
        QCOMPARE(inspectResource(r).path, keras + "/found.bin");
        // Same size, other bytes: corrupt, with the hashes named.
        QByteArray other = body;
        other[0] = 'Z';
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(other);
        file.close();
        const ResourceState corrupt = inspectResource(r);
        QCOMPARE(corrupt.kind, ResourceState::Corrupt);
        QVERIFY(corrupt.detail.contains("md5"));
        // $KERAS_HOME comes first.
        QTemporaryDir kerasHome;
        qputenv("KERAS_HOME", kerasHome.path().toUtf8());
        QVERIFY(QDir().mkpath(kerasHome.filePath("datasets")));
        QFile first(kerasHome.filePath("datasets/found.bin"));
        QVERIFY(first.open(QIODevice::WriteOnly));
        first.write(body);
        first.close();
        QCOMPARE(inspectResource(r).kind, ResourceState::InKerasCache);
        QCOMPARE(inspectResource(r).path, kerasHome.filePath("datasets/found.bin"));
        qunsetenv("KERAS_HOME");
        // The real catalogue entry: a truncated VGG16 file is corrupt (size), not trusted.
        const QString models = home_.filePath(".keras/models");
        QVERIFY(QDir().mkpath(models));
        QFile vgg(models + "/vgg16_weights_tf_dim_ordering_tf_kernels_notop.h5");
        QVERIFY(vgg.open(QIODevice::WriteOnly));
        vgg.write("\x89HDF\r\n\x1a\n truncated");
        vgg.close();
        const ResourceState state = inspectResource(*findResource("vgg16"));
        QCOMPARE(state.kind, ResourceState::Corrupt);
        QVERIFY(state.detail.contains("58889256"));
    }

    void catalogueUrlsAreKerasOwnAndOverridable() {
        const Resource* imdb = findResource("imdb");
        QVERIFY(imdb);
        QCOMPARE(
            imdb->url,
            std::string("https://storage.googleapis.com/tensorflow/tf-keras-datasets/imdb.npz"));
        QCOMPARE(imdb->size, std::uint64_t(17464789));
        QCOMPARE(findResource("vgg16")->hash, std::string("6d6bbae143d832006294945121d1f1fc"));
        QVERIFY(findResource("mobilenet_v2_0.35"));
        QCOMPARE(findResource("cats_and_dogs")->extractedFolder,
                 std::string("cats_and_dogs_filtered"));
        qputenv("LAYERLAB_DOWNLOAD_BASE", "http://127.0.0.1:8765");
        QCOMPARE(downloadUrl(*imdb),
                 std::string("http://127.0.0.1:8765/tensorflow/tf-keras-datasets/imdb.npz"));
        qunsetenv("LAYERLAB_DOWNLOAD_BASE");
        QCOMPARE(downloadUrl(*imdb), imdb->url);
    }

    // `layerlab-cli data get|list` against the local server through $LAYERLAB_DOWNLOAD_BASE.
    void cliGetsAndListsThroughTheMirror() {
        TestServer server;
        const Resource* mobile = findResource("mobilenet_v2_0.35");
        const QByteArray body = readAll(kRealMobileNet);
        if (body.isEmpty()) QSKIP("needs ../shared/data/weights (real MobileNetV2 weights)");
        server.mirror(*mobile, body);
        auto run = [&](const QStringList& args, QString* output) {
            QProcess cli;
            QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
            cli.setProcessEnvironment(env);
            cli.start(LAYERLAB_CLI, args);
            // The server answers on this thread's event loop while the CLI runs.
            if (!QTest::qWaitFor([&] { return cli.state() == QProcess::NotRunning; }, 30000))
                return -1;
            *output = QString::fromUtf8(cli.readAllStandardOutput() + cli.readAllStandardError());
            return cli.exitCode();
        };
        QString output;
        QCOMPARE(run({"data", "get", "mobilenet_v2_0.35"}, &output), 0);
        QVERIFY2(output.contains("checked by structure"), qPrintable(output));
        QCOMPARE(readAll(downloadTarget(*mobile)), body);
        QCOMPARE(run({"data", "list"}, &output), 0);
        QVERIFY2(output.contains(QRegularExpression("mobilenet_v2_0.35 +downloaded")),
                 qPrintable(output));
        QVERIFY2(output.contains(QRegularExpression("imdb +missing")), qPrintable(output));
        QCOMPARE(run({"data", "get", "imdb"}, &output), 1);  // not on this mirror
        QVERIFY2(output.contains("404"), qPrintable(output));
        QCOMPARE(run({"data", "get", "nothing"}, &output), 2);
        qunsetenv("LAYERLAB_DOWNLOAD_BASE");
    }

    // A mirror that sends one byte at a time (never a stall) is given up, not waited on forever.
    void aTricklingServerIsGivenUp() {
        TestServer server;
        const QByteArray body = payload(100000);
        server.routes["/files/one-byte-at-a-time.bin"] = {body};
        server.routes["/files/one-byte-at-a-time.bin"].bytesPerTick = 1;  // 50 bytes/s
        const Resource r = resourceFor(server, "/files/one-byte-at-a-time.bin", body);
        Downloader downloader;
        downloader.setMinimumRate(1000, 600);
        const QString message = downloadFails(downloader, r);
        QVERIFY2(message.contains("too slowly"), qPrintable(message));
        QVERIFY(!QFile::exists(downloadTarget(r) + ".part"));
        QVERIFY(!QFile::exists(downloadTarget(r)));
    }

    // More bytes than the file has (an endless stream) stop at the size, leaving nothing.
    void anEndlessStreamStopsAtTheSize() {
        TestServer server;
        const QByteArray body = payload(50000);
        server.routes["/files/endless.bin"] = {body + payload(400000)};
        const Resource r = resourceFor(server, "/files/endless.bin", body);
        Downloader downloader;
        const QString message = downloadFails(downloader, r);
        QVERIFY2(message.contains("more than the 50000 bytes"), qPrintable(message));
        QVERIFY(!QFile::exists(downloadTarget(r) + ".part"));
    }

    // A mirror that sends a chunked stream without end, faster than the download is written
    // (here the thread is busy for half a second): what waits to be written stays small, and
    // the stream is cut at the file's size. (Qt once took all a fast server sent meanwhile: an
    // endless stream cost GBs.)
    void anEndlessChunkedStreamIsNotBuffered() {
        EndlessChunkedServer server(256);  // 256 MiB, then it stops by itself
        Resource r;
        r.name = "endless";
        r.url = server.url("/files/endless.bin").toStdString();
        r.fileName = "endless.bin";
        r.cacheSubdir = "datasets";
        r.size = 8 << 20;
        Downloader downloader;
        const long before = residentMegabytes();
        long grown = -1;
        connect(&downloader, &Downloader::progress, this, [&] {
            if (grown >= 0) return;
            QThread::msleep(500);  // a slow disk, a busy GUI
            grown = residentMegabytes() - before;
        });
        const QString message = downloadFails(downloader, r);
        QVERIFY2(message.contains("the server sends more than the 8388608 bytes endless.bin has"),
                 qPrintable(message));
        QVERIFY(!QFile::exists(downloadTarget(r) + ".part"));
        QVERIFY(grown >= 0);  // the stall came before the end
        QVERIFY2(kSanitized || grown < 32, qPrintable(QString("grew by %1 MB").arg(grown)));
    }

    // A 206 that starts again at byte 0 would splice two copies: refused.
    void aResumeAtTheWrongPlaceIsRefused() {
        TestServer server;
        const QByteArray body = payload(60000);
        server.routes["/files/splice.bin"] = {body};
        server.routes["/files/splice.bin"].rangesFromZero = true;
        const Resource r = resourceFor(server, "/files/splice.bin", body);
        QVERIFY(QDir().mkpath(QFileInfo(downloadTarget(r)).absolutePath()));
        QFile part(downloadTarget(r) + ".part");
        QVERIFY(part.open(QIODevice::WriteOnly));
        part.write(body.left(20000));
        part.close();
        Downloader downloader;
        const QString message = downloadFails(downloader, r);
        QVERIFY2(message.contains("wrong place"), qPrintable(message));
        QVERIFY(!QFile::exists(downloadTarget(r)));
    }

    // What an archive may unpack to is the resource's to say (cats_and_dogs_filtered: 512 MB,
    // 16 MB a member, 10,000 entries; here 3 MB, 1 MB, 8): up to the limits it is extracted,
    // beyond them refused before anything is written, and no folder stays, whole or half.
    // (tst_hostile_inputs has a member that inflates to more than it declares.)
    void extractionStaysWithinTheResourceLimits() {
        TestServer server;
        const std::string megabyte(1 << 20, 'c');
        const auto photo = [](int i, const std::string& bytes) {
            return hostile::ZipMember{"cats_and_dogs_filtered/train/" + std::to_string(i) + ".jpg",
                                      bytes};
        };
        const hostile::ZipMember train{"cats_and_dogs_filtered/train/", ""};
        const hostile::ZipMember validation{"cats_and_dogs_filtered/validation/", ""};
        std::vector<hostile::ZipMember> nine(9, validation);
        for (int i = 0; i < 9; ++i) nine[i].name += std::to_string(i);
        const std::vector<std::pair<std::vector<hostile::ZipMember>, QString>> cases = {
            {{train, validation, photo(0, megabyte), photo(1, megabyte), photo(2, megabyte)}, ""},
            {{train, validation, photo(0, megabyte + megabyte)},
             "would unpack to 2 MB, more than the 1 MB"},
            {{train, validation, photo(0, megabyte), photo(1, megabyte), photo(2, megabyte),
              photo(3, megabyte)},
             "would unpack to more than 3 MB"},
            {nine, "has 9 entries, more than the 8"}};
        for (std::size_t i = 0; i < cases.size(); ++i) {
            const QByteArray zip = QByteArray::fromStdString(hostile::zipArchive(cases[i].first));
            const QByteArray path =
                "/limits" + QByteArray::number(int(i)) + "/cats_and_dogs_filtered.zip";
            server.routes[path] = {zip};
            Resource r = resourceFor(server, path, zip);
            r.extractedFolder = "cats_and_dogs_filtered";
            r.cacheSubdir = "limits" + std::to_string(i);
            r.extractLimits = {3 << 20, 1 << 20, 8};
            Downloader downloader;
            const QString message = downloadFails(downloader, r);
            const QString& refusal = cases[i].second;
            QVERIFY2(refusal.isEmpty() ? message.isEmpty() : message.contains(refusal),
                     qPrintable(message));
            const QDir folder = QFileInfo(downloadTarget(r)).dir();
            QCOMPARE(folder.entryList(QDir::AllEntries | QDir::NoDotAndDotDot),
                     refusal.isEmpty()
                         ? QStringList({"cats_and_dogs_filtered", "cats_and_dogs_filtered.zip"})
                         : QStringList{"cats_and_dogs_filtered.zip"});
        }
    }

    // A zip whose extraction failed is not "downloaded"; getting it again extracts again.
    void aFailedExtractionIsNotADownload() {
        TestServer server;
        const QByteArray evil = readAll(LAYERLAB_SOURCE_DIR "/tests/data/escaping_entry.zip");
        server.routes["/evil2/cats_and_dogs_filtered.zip"] = {evil};
        Resource r = resourceFor(server, "/evil2/cats_and_dogs_filtered.zip", evil);
        r.extractedFolder = "cats_and_dogs_filtered";
        r.cacheSubdir = "evil2";
        Downloader downloader;
        QVERIFY(downloadFails(downloader, r).contains("outside the target folder"));
        QCOMPARE(inspectResource(r).kind, ResourceState::Missing);
        const int requests = server.ranges.size();
        QVERIFY(downloadFails(downloader, r).contains("outside the target folder"));
        QCOMPARE(server.ranges.size(), requests);  // extracted again, not fetched again
        QCOMPARE(inspectResource(r).kind, ResourceState::Missing);
    }

    // MobileNetV2 weights have no published hash: they are checked by structure.
    void weightsWithoutAHashAreCheckedByStructure() {
        const Resource* mobile = findResource("mobilenet_v2_0.35");
        QVERIFY(mobile && mobile->structure);
        QTemporaryDir dir;
        const QByteArray real = readAll(kRealMobileNet);
        const auto write = [&](const QString& name, const QByteArray& bytes) {
            QFile file(dir.filePath(name));
            if (!file.open(QIODevice::WriteOnly)) return QString();
            file.write(bytes);
            return file.fileName();
        };
        const QByteArray signature("\x89HDF\r\n\x1a\n", 8);
        QVERIFY(
            !verifyResourceFile(write("junk.h5", signature + payload(5000)), *mobile).isEmpty());
        if (real.isEmpty()) QSKIP("needs ../shared/data/weights (real MobileNetV2 weights)");
        QCOMPARE(verifyResourceFile(write("real.h5", real), *mobile), QString());
        QVERIFY(!verifyResourceFile(write("cut.h5", real.left(real.size() * 2 / 3)), *mobile)
                     .isEmpty());
        QVERIFY(!verifyResourceFile(write("spliced.h5", real.left(real.size() / 2) + real), *mobile)
                     .isEmpty());
        QCOMPARE(checkWord(*mobile), QString("checked by structure"));
        QCOMPARE(checkWord(*findResource("vgg16")), QString("verified"));
    }

  private:
    QTemporaryDir cache_, home_;
};

QTEST_GUILESS_MAIN(TestDownloads)
#include "tst_downloads.moc"
