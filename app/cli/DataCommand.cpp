#include <QCoreApplication>
#include <QEventLoop>
#include <cstdio>
#include <iostream>

#include "cli/Commands.h"
#include "download/Downloader.h"
#include "download/ResourceFiles.h"

namespace layerlab::cli {
namespace {

using download::downloadUrl;
using download::findResource;
using download::Resource;
using download::resourceCatalogue;
using download::ResourceState;

const char* stateName(ResourceState::Kind kind) {
    switch (kind) {
        case ResourceState::InKerasCache:
            return "in Keras cache";
        case ResourceState::Downloaded:
            return "downloaded";
        case ResourceState::Corrupt:
            return "CORRUPT";
        case ResourceState::Missing:
            break;
    }
    return "missing";
}

std::string megabytes(std::uint64_t bytes) {
    if (!bytes) return "?";
    char text[32];
    std::snprintf(text, sizeof text, "%.1f MB", bytes / 1e6);
    return text;
}

int listResources() {
    for (const auto& resource : resourceCatalogue()) {
        const ResourceState state = download::inspectResource(resource);
        std::printf("%-18s %-15s %9s  %s\n", resource.name.c_str(), stateName(state.kind),
                    megabytes(resource.size).c_str(),
                    state.path.isEmpty() ? resource.title.c_str() : qPrintable(state.path));
        if (state.kind == ResourceState::Corrupt)
            std::printf("%-18s %s\n", "", qPrintable(state.detail));
    }
    return 0;
}

// Downloads one resource unless it is already here and verified. True on success.
bool getResource(const Resource& resource) {
    const ResourceState state = download::inspectResource(resource);
    if (state.kind == ResourceState::InKerasCache || state.kind == ResourceState::Downloaded) {
        std::printf("%s: %s (%s)\n", resource.name.c_str(), stateName(state.kind),
                    qPrintable(state.path));
        return true;
    }
    std::printf("%s: downloading %s\n", resource.name.c_str(), downloadUrl(resource).c_str());
    download::Downloader downloader;
    QEventLoop loop;
    bool ok = false;
    QObject::connect(&downloader, &download::Downloader::progress,
                     [](const QString&, qint64 received, qint64 total, double speed, double eta) {
                         std::printf("\r  %.1f / %.1f MB  %.2f MB/s  ETA %.0f s   ", received / 1e6,
                                     total > 0 ? total / 1e6 : 0.0, speed / 1e6, eta);
                         std::fflush(stdout);
                     });
    QObject::connect(&downloader, &download::Downloader::finished,
                     [&](const QString&, const QString& path) {
                         std::printf("\n%s: %s, %s\n", resource.name.c_str(),
                                     qPrintable(download::checkWord(resource)), qPrintable(path));
                         ok = true;
                         loop.quit();
                     });
    // As every command's errors: one line on stderr after "layerlab-cli: " (the newline that
    // ends the progress line goes to stdout, where that line is).
    QObject::connect(&downloader, &download::Downloader::failed,
                     [&](const QString&, const QString& message) {
                         std::printf("\n");
                         std::fflush(stdout);
                         std::fprintf(stderr, "layerlab-cli: %s: %s\n", resource.name.c_str(),
                                      qPrintable(message));
                         loop.quit();
                     });
    downloader.start(resource);
    loop.exec();
    return ok;
}

}  // namespace

const char* const kDataHelp =
    "layerlab-cli data list\n"
    "  The lesson's files (weights, IMDB, cats_and_dogs_filtered) and where they are: in the\n"
    "  Keras cache (~/.keras or $KERAS_HOME), downloaded by LayerLab, missing or corrupt. Files\n"
    "  are checked against Keras's sizes and md5/sha256 before they are trusted.\n"
    "layerlab-cli data get NAME|all\n"
    "  Downloads what is missing into LayerLab's cache (resuming a partial file), verifies it\n"
    "  and extracts cats_and_dogs_filtered.zip. $LAYERLAB_DOWNLOAD_BASE replaces\n"
    "  https://storage.googleapis.com (a mirror).\n";

int runData(ArgList& args) {
    const std::vector<std::string> words = args.positionals();
    int argc = 1;
    char name[] = "layerlab-cli";
    char* argv[] = {name, nullptr};
    QCoreApplication app(argc, argv);  // Qt Network needs an event loop
    if (words.empty() || words.front() == "list") return listResources();
    if (words.front() != "get" || words.size() != 2)
        throw UsageError("data needs list, or get NAME|all");
    if (words[1] == "all") {
        bool ok = true;
        for (const auto& resource : resourceCatalogue()) ok = getResource(resource) && ok;
        return ok ? 0 : 1;
    }
    const Resource* resource = findResource(words[1]);
    if (!resource) throw UsageError("unknown resource '" + words[1] + "' (see data list)");
    return getResource(*resource) ? 0 : 1;
}

}  // namespace layerlab::cli
