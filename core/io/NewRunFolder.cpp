#include "io/NewRunFolder.h"

#include <chrono>
#include <cstdio>
#include <ctime>
#include <system_error>

#include "io/FileIO.h"

namespace fs = std::filesystem;

namespace layerlab {
namespace {

// 20261203-163501-123: the GUI's run names since LayerLab 0.1 (QDateTime's yyyyMMdd-HHmmss-zzz).
std::string timestampNow() {
    const auto now = std::chrono::system_clock::now();
    const std::time_t seconds = std::chrono::system_clock::to_time_t(now);
    const auto millis =
        std::chrono::duration_cast<std::chrono::milliseconds>(now.time_since_epoch()).count() %
        1000;
    std::tm local{};
    localtime_r(&seconds, &local);
    char text[32];
    const std::size_t length = std::strftime(text, sizeof text, "%Y%m%d-%H%M%S", &local);
    char withMillis[40];
    std::snprintf(withMillis, sizeof withMillis, "%.*s-%03d", static_cast<int>(length), text,
                  static_cast<int>(millis));
    return withMillis;
}

}  // namespace

fs::path makeNewRunFolder(const fs::path& parent, const std::string& suffix) {
    std::error_code error;
    fs::create_directories(parent, error);
    if (error)
        throw FileError(MessageId::RunFolderCannotCreate, {displayPath(parent)}, error.value());
    const std::string stem = timestampNow() + suffix;
    // A thousand creators in the same millisecond is no class; past that something else is wrong.
    for (int attempt = 1; attempt <= 1000; ++attempt) {
        const fs::path folder =
            parent / (attempt == 1 ? stem : stem + "-" + std::to_string(attempt));
        if (fs::create_directory(folder, error)) return folder;  // made by this call alone
        if (error)
            throw FileError(MessageId::RunFolderCannotCreate, {displayPath(folder)}, error.value());
    }
    throw FileError(MessageId::RunFolderCannotCreate, {displayPath(parent / stem)});
}

}  // namespace layerlab
