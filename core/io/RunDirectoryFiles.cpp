// RunDirectory's look at a run folder from outside: whether it is being written, which files
// make it up. The file names themselves are spelled in RunDirectory.cpp alone.
#include <fcntl.h>
#include <sys/file.h>
#include <unistd.h>

#include "io/RunDirectory.h"

namespace fs = std::filesystem;

namespace layerlab {

bool RunDirectory::beingWritten(const fs::path& folder) {
    const int fd = ::open(folder.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd < 0) return false;
    // A shared lock conflicts with the writer's exclusive one, and with no other reader's.
    const bool locked = ::flock(fd, LOCK_SH | LOCK_NB) != 0;
    ::close(fd);
    return locked;
}

std::vector<fs::path> RunDirectory::files(const fs::path& folder, bool withCheckpoints) {
    std::vector<fs::path> found;
    std::error_code error;
    for (const RunFile which :
         {RunFile::Experiment, RunFile::History, RunFile::FinalModel, RunFile::BestModel,
          RunFile::BestEpoch, RunFile::Log, RunFile::Predictions, RunFile::Label})
        if (fs::is_regular_file(file(folder, which), error))
            found.push_back(file(folder, which).lexically_relative(folder));
    const fs::path checkpoints = file(folder, RunFile::Checkpoints);
    if (!withCheckpoints) return found;
    for (fs::directory_iterator it(checkpoints, error), end; !error && it != end;
         it.increment(error))
        if (it->is_regular_file(error) &&
            it->path().filename().string().find(".tmp-") == std::string::npos)
            found.push_back(it->path().lexically_relative(folder));
    return found;
}

}  // namespace layerlab
