#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

// Builders for well-formed and deliberately malformed files in the formats LayerLab reads:
// zip archives (as np.savez writes them), .npy arrays and the pickles numpy writes for object
// arrays. Used by the hostile-input tests and to write the fuzzers' seed corpora.
namespace hostile {

std::uint32_t crc32(const std::string& bytes);

struct ZipMember {
    std::string name;
    std::string bytes;
    // A claim that the member inflates to this size (it is marked deflated): a zip bomb.
    std::optional<std::uint32_t> declaredSize;
    std::optional<std::uint32_t> declaredCrc;  // a lie about the CRC
};
// A zip of stored (uncompressed) members, the layout np.savez writes.
std::string zipArchive(const std::vector<ZipMember>& members);

// A .npy (format 1.0) of the given dtype and shape text, e.g. ("<i8", "(3,)").
std::string npy(const std::string& descr, const std::string& shape, const std::string& data);
std::string npyInt64(const std::vector<std::int64_t>& values);

// What numpy writes for an object array: protocol 2 pickle of _reconstruct/ndarray/dtype
// around `elements`, an opcode sequence that leaves exactly one list on the stack.
std::string objectArrayNpy(std::size_t length, const std::string& elementsPickle);
// The element pickle for a list of Python lists of ints.
std::string listsPickle(const std::vector<std::vector<int>>& lists);
// One list holding a list holding a list … `depth` levels deep (`]]]…aaa`).
std::string nestedListsPickle(int depth);
// One list whose only element is a tuple nested `depth` levels deep.
std::string nestedTuplesPickle(int depth);

// An imdb.npz as Keras's: x_train/x_test object arrays, y_train/y_test int64.
std::string imdbNpz(const std::vector<std::vector<int>>& xTrain,
                    const std::vector<std::int64_t>& yTrain,
                    const std::vector<std::vector<int>>& xTest,
                    const std::vector<std::int64_t>& yTest);

// A PNG whose header declares width × height (its pixel data is a stub): a decompression bomb
// in miniature.
std::string pngDeclaring(std::uint32_t width, std::uint32_t height);

}  // namespace hostile
