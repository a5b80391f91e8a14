#pragma once
// Shared by the fuzz targets: the input as a file on disk (most readers take paths), and a
// reader that splits the input into the parts a target needs.
#include <unistd.h>

#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <fstream>
#include <string>

namespace fuzzing {

// A private folder for this process's files, made once.
inline const std::filesystem::path& scratch() {
    static const std::filesystem::path folder = [] {
        auto path = std::filesystem::temp_directory_path() /
                    ("layerlab-fuzz-" + std::to_string(::getpid()));
        std::filesystem::create_directories(path);
        return path;
    }();
    return folder;
}

inline void writeFile(const std::filesystem::path& path, const std::string& bytes) {
    std::ofstream(path, std::ios::binary | std::ios::trunc) << bytes;
}

// Takes bytes from the front of the input: numbers for a recipe, strings up to a separator.
class Reader {
  public:
    Reader(const std::uint8_t* data, std::size_t size)
        : bytes_(reinterpret_cast<const char*>(data), size) {}
    bool empty() const { return pos_ >= bytes_.size(); }
    std::uint8_t byte() { return empty() ? 0 : static_cast<std::uint8_t>(bytes_[pos_++]); }
    std::uint32_t number(int bytes) {
        std::uint32_t value = 0;
        for (int i = 0; i < bytes; ++i) value = value << 8 | byte();
        return value;
    }
    // Everything up to `separator` (or the end), the separator dropped.
    std::string until(const std::string& separator) {
        const auto end = bytes_.find(separator, pos_);
        std::string part = bytes_.substr(pos_, end == std::string::npos ? end : end - pos_);
        pos_ = end == std::string::npos ? bytes_.size() : end + separator.size();
        return part;
    }
    std::string rest() { return until(std::string(1, '\0') + "\xff\xfe"); }

  private:
    std::string bytes_;
    std::size_t pos_ = 0;
};

}  // namespace fuzzing
