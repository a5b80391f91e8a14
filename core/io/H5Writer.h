#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <vector>

namespace layerlab {

// Builds an HDF5 file in memory, the way h5py writes what Keras saves: groups, float32
// datasets, string attributes. bytes() gives the finished file, for writeFileAtomically, so
// a failed export never leaves half a file. Object paths are '/'-separated from the root;
// intermediate groups are created as needed. Throws std::runtime_error when HDF5 refuses.
class H5Writer {
  public:
    H5Writer();
    ~H5Writer();
    H5Writer(const H5Writer&) = delete;
    H5Writer& operator=(const H5Writer&) = delete;

    void createGroup(const std::string& path);
    // A scalar string attribute (model_config, keras_version, backend).
    void setAttribute(const std::string& object, const std::string& name, const std::string& value);
    // A list of strings (layer_names, weight_names); an empty list is written as h5py writes
    // attrs[name] = []: an empty float64 array.
    void setAttribute(const std::string& object, const std::string& name,
                      const std::vector<std::string>& values);
    // `values` null: a dataset that only declares its shape (HDF5 allocates storage lazily),
    // as a file cut short can have.
    void writeFloats(const std::string& path, const std::vector<std::int64_t>& shape,
                     const float* values);
    // The file's bytes; the writer is finished afterwards.
    std::string bytes();

  private:
    std::int64_t file_ = -1;  // hid_t
};

}  // namespace layerlab
