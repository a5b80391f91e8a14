#!/usr/bin/python3
"""Writes tests/data/tiny_imdb_lesson.txt: what the lesson's IMDB steps print for
tests/data/tiny_imdb.npz (imdb.load_data(num_words=500), the lengths, pad_sequences(maxlen=100)),
as numpy prints them.

numpy is not installed on the machines this was made on, so this follows numpy 1.24 itself in
plain Python: RandomState(113) is MT19937 seeded by init_genrand (Python's own generator with
that state), its legacy shuffle draws j = masked rejection in [0, i] for i = n-1 … 1, the
object arrays are unpickled with stand-ins for numpy's classes, np.median is the middle value
(or the mean of the two), np.mean the sum over the count, and repr the shortest round trip.
It checks itself first against numpy's own numbers for ../shared/data/imdb_sample.npz (pinned
in tests/core/tst_imdb.cpp by tools/reference/imdb_reference.py), when that file is there.

    python3 tools/reference/lesson_imdb_reference.py > tests/data/tiny_imdb_lesson.txt
"""
import io
import os
import pickle
import random
import struct
import sys
import zipfile


def numpy_random_state(seed):
    mt = [seed & 0xffffffff]
    for i in range(1, 624):
        mt.append((1812433253 * (mt[-1] ^ (mt[-1] >> 30)) + i) & 0xffffffff)
    rng = random.Random()
    rng.setstate((3, tuple(mt + [624]), None))
    return rng


def shuffle(rng, items):
    for i in reversed(range(1, len(items))):
        mask = i
        for shift in (1, 2, 4, 8, 16):
            mask |= mask >> shift
        while True:
            j = rng.getrandbits(32) & mask
            if j <= i:
                break
        items[i], items[j] = items[j], items[i]


class _Array:
    def __init__(self, *args):
        self.values = None

    def __setstate__(self, state):
        self.values = state[4]


class _Dtype:
    def __init__(self, *args):
        pass

    def __setstate__(self, state):
        pass


class _Unpickler(pickle.Unpickler):
    def find_class(self, module, name):
        if name == '_reconstruct':
            return lambda cls, shape, dtype: _Array()
        if name == 'ndarray':
            return _Array
        if name == 'dtype':
            return _Dtype
        raise pickle.UnpicklingError(module + '.' + name)


def read_npy(data):
    header_length = struct.unpack('<H', data[8:10])[0]
    header = data[10:10 + header_length].decode('latin1')
    body = data[10 + header_length:]
    if "'O'" in header or '|O' in header:
        return _Unpickler(io.BytesIO(body)).load().values
    for code, size, form in (('<i8', 8, 'q'), ('|i1', 1, 'b'), ('<i4', 4, 'i')):
        if code in header:
            return list(struct.unpack('<%d%s' % (len(body) // size, form), body))
    raise ValueError(header)


def load_data(path, num_words=None, seed=113, start_char=1, oov_char=2, index_from=3):
    with zipfile.ZipFile(path) as z:
        arrays = {name[:-4]: read_npy(z.read(name)) for name in z.namelist()}
    rng = numpy_random_state(seed)
    splits = []
    for x_name, y_name in (('x_train', 'y_train'), ('x_test', 'y_test')):
        indices = list(range(len(arrays[x_name])))
        shuffle(rng, indices)
        xs = [[start_char] + [w + index_from for w in arrays[x_name][i]] for i in indices]
        splits.append((xs, [arrays[y_name][i] for i in indices]))
    if not num_words:
        num_words = max(max(x) for xs, _ in splits for x in xs)
    return [([[w if w < num_words else oov_char for w in x] for x in xs], ys) for xs, ys in splits]


def median(values):
    s = sorted(values)
    middle = len(s) // 2
    return float(s[middle]) if len(s) % 2 else (s[middle - 1] + s[middle]) / 2.0


def check_against_numpy():
    sample = os.path.join(os.path.dirname(__file__), '../../../shared/data/imdb_sample.npz')
    if not os.path.exists(sample):
        print('# not checked: ../shared/data/imdb_sample.npz is absent', file=sys.stderr)
        return
    (xt, yt), _ = load_data(sample, num_words=500)
    lengths = [len(x) for x in xt]
    assert yt[:10] == [1, 1, 1, 0, 0, 1, 1, 1, 0, 1], yt[:10]
    assert lengths[:10] == [113, 154, 526, 127, 216, 50, 140, 287, 159, 136], lengths[:10]
    assert xt[0][:12] == [1, 2, 316, 14, 9, 61, 86, 58, 2, 5, 13, 43], xt[0][:12]
    assert repr(sum(lengths) / len(lengths)) == '235.24575', sum(lengths) / len(lengths)
    assert median(lengths) == 173.0
    print('# checked against numpy on ../shared/data/imdb_sample.npz', file=sys.stderr)


def numpy_list(values):
    return '[' + ' '.join(str(v) for v in values) + ']'


def main():
    check_against_numpy()
    path = os.path.join(os.path.dirname(__file__), '../../tests/data/tiny_imdb.npz')
    (xt, yt), (xs, ys) = load_data(path, num_words=500)
    lengths = [len(x) for x in xt]
    print('# The lesson\'s IMDB values for tests/data/tiny_imdb.npz, as numpy prints them.')
    print('# Written by tools/reference/lesson_imdb_reference.py; read by tests/core/tst_lesson.cpp.')
    print('x_train.shape\t(%d,)' % len(xt))
    print('t_train.shape\t(%d,)' % len(yt))
    print('x_test.shape\t(%d,)' % len(xs))
    print('t_test.shape\t(%d,)' % len(ys))
    print('t_train[:10]\t' + numpy_list(yt[:10]))
    print("type(x_train[0])\t<class 'list'>")
    print('len(x_train[0])\t%d' % len(xt[0]))
    print('len(x_train[1])\t%d' % len(xt[1]))
    print('lengths[:10]\t' + numpy_list(lengths[:10]))
    print('mean(lengths)\t' + repr(sum(lengths) / len(lengths)))
    print('median(lengths)\t' + repr(median(lengths)))
    print('x_train_seq.shape\t(%d, 100)' % len(xt))


main()
