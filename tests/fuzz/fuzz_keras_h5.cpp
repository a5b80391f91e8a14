// The Keras .h5 reader, on files written from the fuzz input as a recipe: the attributes
// (fixed or variable-length strings in ASCII or UTF-8, numbers where strings belong, missing
// ones), layer and weight names (nested, legacy, escaping), dataset ranks and shapes (empty,
// huge but unallocated) vary, so the fuzzer explores LayerLab's reading logic rather than the
// HDF5 library's own file parser.
#include <hdf5.h>

#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

#include "io/KerasH5.h"
#include "tests/fuzz/FuzzInput.h"

namespace {

const char* const kNames[] = {
    "block1_conv1", "Conv1", "bn_Conv1", "dense", "block5_conv3",
    "a/b",          "",      "..",       "x:0",   "expanded_conv_depthwise"};
const char* const kRoles[] = {
    "kernel:0",           "bias:0", "gamma:0", "beta:0", "moving_mean:0", "moving_variance:0",
    "depthwise_kernel:0", "W_1:0"};

// A string attribute of `count` values: fixed or variable length, ASCII or UTF-8, or numbers.
void writeAttribute(hid_t object, const char* name, const std::vector<std::string>& values,
                    std::uint8_t kind) {
    const hsize_t count = values.size();
    const hid_t space = count ? H5Screate_simple(1, &count, nullptr) : H5Screate(H5S_NULL);
    if (kind % 4 == 3) {  // numbers where Keras writes strings (h5py's empty list is float64)
        const hid_t attribute =
            H5Acreate2(object, name, H5T_NATIVE_DOUBLE, space, H5P_DEFAULT, H5P_DEFAULT);
        std::vector<double> numbers(values.size(), 1.5);
        if (count) H5Awrite(attribute, H5T_NATIVE_DOUBLE, numbers.data());
        H5Aclose(attribute);
    } else {
        const hid_t type = H5Tcopy(H5T_C_S1);
        H5Tset_cset(type, kind % 2 ? H5T_CSET_UTF8 : H5T_CSET_ASCII);
        if (kind % 4 == 2) {
            H5Tset_size(type, H5T_VARIABLE);
            std::vector<const char*> pointers;
            for (const auto& v : values) pointers.push_back(v.c_str());
            const hid_t attribute = H5Acreate2(object, name, type, space, H5P_DEFAULT, H5P_DEFAULT);
            if (count) H5Awrite(attribute, type, pointers.data());
            H5Aclose(attribute);
        } else {
            std::size_t width = 1;
            for (const auto& v : values) width = std::max(width, v.size());
            H5Tset_size(type, width);
            std::string buffer(width * values.size(), '\0');
            for (std::size_t i = 0; i < values.size(); ++i)
                buffer.replace(i * width, values[i].size(), values[i]);
            const hid_t attribute = H5Acreate2(object, name, type, space, H5P_DEFAULT, H5P_DEFAULT);
            if (count) H5Awrite(attribute, type, buffer.data());
            H5Aclose(attribute);
        }
        H5Tclose(type);
    }
    H5Sclose(space);
}

void writeLayer(hid_t parent, fuzzing::Reader& in, std::vector<std::string>& layerNames) {
    const std::string layer = kNames[in.byte() % std::size(kNames)];
    layerNames.push_back(layer);
    const hid_t links = H5Pcreate(H5P_LINK_CREATE);
    H5Pset_create_intermediate_group(links, 1);
    const hid_t group = layer.empty() || layer == ".."
                            ? H5Gopen2(parent, ".", H5P_DEFAULT)
                            : H5Gcreate2(parent, layer.c_str(), links, H5P_DEFAULT, H5P_DEFAULT);
    std::vector<std::string> weightNames;
    const int weights = in.byte() % 4;
    for (int w = 0; w < weights && group >= 0; ++w) {
        const std::string weight =
            layer + (in.byte() % 5 ? "/" : "_") + kRoles[in.byte() % std::size(kRoles)];
        weightNames.push_back(weight);
        const int rank = in.byte() % 6;
        std::vector<hsize_t> dims(static_cast<std::size_t>(rank));
        hsize_t total = 1;
        for (auto& d : dims) total *= (d = in.byte() % 2 ? in.byte() % 8 : in.number(3));
        const hid_t space = H5Screate_simple(rank, dims.data(), nullptr);
        const hid_t dataset = H5Dcreate2(group, weight.c_str(), H5T_IEEE_F32LE, space, links,
                                         H5P_DEFAULT, H5P_DEFAULT);
        if (dataset >= 0 && total <= 4096) {  // larger ones stay unallocated: declared only
            std::vector<float> values(total, 0.25f);
            H5Dwrite(dataset, H5T_NATIVE_FLOAT, H5S_ALL, H5S_ALL, H5P_DEFAULT, values.data());
        }
        if (dataset >= 0) H5Dclose(dataset);
        H5Sclose(space);
    }
    if (group >= 0) {
        if (in.byte() % 8) writeAttribute(group, "weight_names", weightNames, in.byte());
        H5Gclose(group);
    }
    H5Pclose(links);
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    H5Eset_auto2(H5E_DEFAULT, nullptr, nullptr);
    fuzzing::Reader in(data, size);
    const auto path = fuzzing::scratch() / "fuzz.h5";
    const hid_t file = H5Fcreate(path.c_str(), H5F_ACC_TRUNC, H5P_DEFAULT, H5P_DEFAULT);
    if (file < 0) return 0;
    const bool fullModel = in.byte() % 2;
    const hid_t top = fullModel
                          ? H5Gcreate2(file, "model_weights", H5P_DEFAULT, H5P_DEFAULT, H5P_DEFAULT)
                          : H5Gopen2(file, "/", H5P_DEFAULT);
    if (in.byte() % 4) writeAttribute(file, "keras_version", {"2.4.0"}, in.byte());
    std::vector<std::string> layers;
    const int count = in.byte() % 5;
    for (int i = 0; i < count; ++i) writeLayer(top, in, layers);
    writeAttribute(top, "layer_names", layers, in.byte());
    H5Gclose(top);
    H5Fclose(file);
    try {
        layerlab::readKerasH5(path);
    } catch (const layerlab::WeightsError&) {
    }
    // Every handle the reader opened is closed again (an open one keeps the file open).
    if (H5Fget_obj_count(H5F_OBJ_ALL, H5F_OBJ_ALL) != 0) __builtin_trap();
    return 0;
}
