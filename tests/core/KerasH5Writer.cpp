#include "core/KerasH5Writer.h"

#include <hdf5.h>

#include <stdexcept>

namespace testh5 {
namespace {

void writeStrings(hid_t object, const char* name, const std::vector<std::string>& values) {
    if (values.empty()) {
        // What h5py writes for attrs[name] = []: an empty float64 array.
        const hsize_t zero = 0;
        const hid_t space = H5Screate_simple(1, &zero, nullptr);
        const hid_t attribute =
            H5Acreate2(object, name, H5T_IEEE_F64LE, space, H5P_DEFAULT, H5P_DEFAULT);
        H5Aclose(attribute);
        H5Sclose(space);
        return;
    }
    std::size_t width = 1;
    for (const auto& v : values) width = std::max(width, v.size());
    std::string buffer(width * values.size(), '\0');
    for (std::size_t i = 0; i < values.size(); ++i)
        buffer.replace(i * width, values[i].size(), values[i]);
    const hid_t type = H5Tcopy(H5T_C_S1);
    H5Tset_size(type, width);
    H5Tset_strpad(type, H5T_STR_NULLPAD);
    const hsize_t count = values.size();
    const hid_t space = H5Screate_simple(1, &count, nullptr);
    const hid_t attribute = H5Acreate2(object, name, type, space, H5P_DEFAULT, H5P_DEFAULT);
    H5Awrite(attribute, type, buffer.data());
    H5Aclose(attribute);
    H5Sclose(space);
    H5Tclose(type);
}

void writeDataset(hid_t group, const Weight& weight) {
    const hid_t links = H5Pcreate(H5P_LINK_CREATE);
    H5Pset_create_intermediate_group(links, 1);
    std::vector<hsize_t> dims(weight.shape.begin(), weight.shape.end());
    const hid_t space = H5Screate_simple(static_cast<int>(dims.size()), dims.data(), nullptr);
    const hid_t dataset = H5Dcreate2(group, weight.name.c_str(), H5T_IEEE_F32LE, space, links,
                                     H5P_DEFAULT, H5P_DEFAULT);
    if (dataset < 0) throw std::runtime_error("cannot create " + weight.name);
    // No values: a dataset that only declares its shape (HDF5 allocates storage lazily).
    if (!weight.values.empty())
        H5Dwrite(dataset, H5T_NATIVE_FLOAT, H5S_ALL, H5S_ALL, H5P_DEFAULT, weight.values.data());
    H5Dclose(dataset);
    H5Sclose(space);
    H5Pclose(links);
}

}  // namespace

void write(const std::filesystem::path& path, const std::vector<Layer>& layers,
           const std::string& nestedModel) {
    const hid_t file = H5Fcreate(path.c_str(), H5F_ACC_TRUNC, H5P_DEFAULT, H5P_DEFAULT);
    if (file < 0) throw std::runtime_error("cannot create " + path.string());
    if (nestedModel.empty()) {
        std::vector<std::string> names;
        for (const auto& layer : layers) names.push_back(layer.name);
        writeStrings(file, "layer_names", names);
        for (const auto& layer : layers) {
            const hid_t group =
                H5Gcreate2(file, layer.name.c_str(), H5P_DEFAULT, H5P_DEFAULT, H5P_DEFAULT);
            std::vector<std::string> weightNames;
            for (const auto& weight : layer.weights) {
                weightNames.push_back(weight.name);
                writeDataset(group, weight);
            }
            writeStrings(group, "weight_names", weightNames);
            H5Gclose(group);
        }
    } else {
        const hid_t top = H5Gcreate2(file, "model_weights", H5P_DEFAULT, H5P_DEFAULT, H5P_DEFAULT);
        writeStrings(top, "layer_names", {nestedModel});
        const hid_t group =
            H5Gcreate2(top, nestedModel.c_str(), H5P_DEFAULT, H5P_DEFAULT, H5P_DEFAULT);
        std::vector<std::string> weightNames;
        for (const auto& layer : layers)
            for (const auto& weight : layer.weights) {
                weightNames.push_back(weight.name);
                writeDataset(group, weight);
            }
        writeStrings(group, "weight_names", weightNames);
        H5Gclose(group);
        H5Gclose(top);
    }
    H5Fclose(file);
}

}  // namespace testh5
