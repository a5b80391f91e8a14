#include "core/HostileFiles.h"

namespace hostile {
namespace {

void put(std::string& out, std::uint64_t value, int bytes) {
    for (int i = 0; i < bytes; ++i) out += static_cast<char>((value >> (8 * i)) & 0xff);
}
void putBigEndian(std::string& out, std::uint32_t value) {
    for (int i = 3; i >= 0; --i) out += static_cast<char>((value >> (8 * i)) & 0xff);
}

// The smallest opcode numpy's pickler uses for a non-negative int.
std::string pickleInt(std::int64_t value) {
    std::string out;
    if (value >= 0 && value < 256) {
        out = "K";
        put(out, static_cast<std::uint64_t>(value), 1);
    } else if (value >= 0 && value < 65536) {
        out = "M";
        put(out, static_cast<std::uint64_t>(value), 2);
    } else {
        out = "J";
        put(out, static_cast<std::uint64_t>(value), 4);
    }
    return out;
}

std::string pickleText(const std::string& text) {
    std::string out = "X";
    put(out, text.size(), 4);
    return out + text;
}

std::string chunk(const std::string& type, const std::string& data) {
    std::string out;
    putBigEndian(out, static_cast<std::uint32_t>(data.size()));
    out += type + data;
    putBigEndian(out, crc32(type + data));
    return out;
}

}  // namespace

std::uint32_t crc32(const std::string& bytes) {
    std::uint32_t crc = 0xffffffffu;
    for (const char c : bytes) {
        crc ^= static_cast<unsigned char>(c);
        for (int k = 0; k < 8; ++k) crc = (crc >> 1) ^ (0xedb88320u & (0u - (crc & 1u)));
    }
    return ~crc;
}

std::string zipArchive(const std::vector<ZipMember>& members) {
    std::string out, directory;
    for (const auto& m : members) {
        const auto stored = static_cast<std::uint32_t>(m.bytes.size());
        const std::uint32_t size = m.declaredSize.value_or(stored);
        // Not value_or: that would compute the CRC of a large member it does not need.
        const std::uint32_t crc = m.declaredCrc ? *m.declaredCrc : crc32(m.bytes);
        const auto offset = static_cast<std::uint32_t>(out.size());
        std::string common;  // version needed … extra length, shared by both headers
        put(common, 20, 2);
        put(common, 0, 2);                       // flags
        put(common, m.declaredSize ? 8 : 0, 2);  // deflated (a bomb's claim) or stored
        put(common, 0, 4);                       // time, date
        put(common, crc, 4);
        put(common, stored, 4);
        put(common, size, 4);
        put(common, m.name.size(), 2);
        put(common, 0, 2);
        put(out, 0x04034b50, 4);
        out += common + m.name + m.bytes;
        put(directory, 0x02014b50, 4);
        put(directory, 20, 2);
        directory += common;
        put(directory, 0, 2);  // comment
        put(directory, 0, 2);  // disk
        put(directory, 0, 2);  // internal attributes
        put(directory, 0, 4);  // external attributes
        put(directory, offset, 4);
        directory += m.name;
    }
    const auto directoryOffset = static_cast<std::uint32_t>(out.size());
    out += directory;
    put(out, 0x06054b50, 4);
    put(out, 0, 4);
    put(out, members.size(), 2);
    put(out, members.size(), 2);
    put(out, directory.size(), 4);
    put(out, directoryOffset, 4);
    put(out, 0, 2);
    return out;
}

std::string npy(const std::string& descr, const std::string& shape, const std::string& data) {
    std::string header =
        "{'descr': '" + descr + "', 'fortran_order': False, 'shape': " + shape + ", }";
    while ((10 + header.size() + 1) % 64) header += ' ';
    header += '\n';
    std::string out = "\x93NUMPY\x01";
    out += '\0';
    put(out, header.size(), 2);
    return out + header + data;
}

std::string npyInt64(const std::vector<std::int64_t>& values) {
    std::string data;
    for (const auto v : values) put(data, static_cast<std::uint64_t>(v), 8);
    return npy("<i8", "(" + std::to_string(values.size()) + ",)", data);
}

std::string objectArrayNpy(std::size_t length, const std::string& elementsPickle) {
    std::string p = "\x80\x03";
    p += "cnumpy.core.multiarray\n_reconstruct\n";
    p += "cnumpy\nndarray\n" + pickleInt(0) + "\x85" + "C\x01" + "b" + "\x87" + "R";
    p += "(" + pickleInt(1) + pickleInt(static_cast<std::int64_t>(length)) + "\x85";
    p += "cnumpy\ndtype\n" + pickleText("O8") + "\x89\x88\x87R";
    p += "(" + pickleInt(3) + pickleText("|") + "NNNJ\xff\xff\xff\xffJ\xff\xff\xff\xff" +
         pickleInt(63) + "tb";
    p += "\x89" + elementsPickle + "tb.";
    return npy("|O", "(" + std::to_string(length) + ",)", p);
}

std::string listsPickle(const std::vector<std::vector<int>>& lists) {
    std::string p = "](";
    for (const auto& list : lists) {
        p += "](";
        for (const int v : list) p += pickleInt(v);
        p += "e";
    }
    return p + "e";
}

std::string nestedListsPickle(int depth) {
    return std::string(static_cast<std::size_t>(depth), ']') +
           std::string(static_cast<std::size_t>(depth - 1), 'a');
}

std::string nestedTuplesPickle(int depth) {
    return "])" + std::string(static_cast<std::size_t>(depth), '\x85') + "a";
}

std::string imdbNpz(const std::vector<std::vector<int>>& xTrain,
                    const std::vector<std::int64_t>& yTrain,
                    const std::vector<std::vector<int>>& xTest,
                    const std::vector<std::int64_t>& yTest) {
    return zipArchive({{"x_train.npy", objectArrayNpy(xTrain.size(), listsPickle(xTrain))},
                       {"y_train.npy", npyInt64(yTrain)},
                       {"x_test.npy", objectArrayNpy(xTest.size(), listsPickle(xTest))},
                       {"y_test.npy", npyInt64(yTest)}});
}

std::string pngDeclaring(std::uint32_t width, std::uint32_t height) {
    std::string header;
    putBigEndian(header, width);
    putBigEndian(header, height);
    header += std::string("\x08\x02\x00\x00\x00", 5);  // 8-bit RGB, no interlace
    // An empty stored zlib stream: the header alone is the bomb.
    return "\x89PNG\r\n\x1A\n" + chunk("IHDR", header) +
           chunk("IDAT", std::string("\x78\x01\x01\x00\x00\xff\xff\x00\x00\x00\x01", 11)) +
           chunk("IEND", "");
}

}  // namespace hostile
