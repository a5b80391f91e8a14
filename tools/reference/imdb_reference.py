#!/usr/bin/python3
"""Prints what keras.datasets.imdb.load_data(num_words=500) and pad_sequences(maxlen=100) give
for ../shared/data/imdb_sample.npz, computed with numpy (the real RandomState and median)
following Keras 2.x's load_data code line by line. The C++ tests pin these numbers.

    /usr/bin/python3 tools/reference/imdb_reference.py
"""
import numpy as np

PATH = '../shared/data/imdb_sample.npz'


def load_data(num_words=None, skip_top=0, maxlen=None, seed=113, start_char=1, oov_char=2, index_from=3):
    with np.load(PATH, allow_pickle=True) as f:
        x_train, labels_train = f['x_train'], f['y_train']
        x_test, labels_test = f['x_test'], f['y_test']
    rng = np.random.RandomState(seed)
    indices = np.arange(len(x_train))
    rng.shuffle(indices)
    x_train, labels_train = x_train[indices], labels_train[indices]
    indices = np.arange(len(x_test))
    rng.shuffle(indices)
    x_test, labels_test = x_test[indices], labels_test[indices]
    x_train = [[start_char] + [w + index_from for w in x] for x in x_train]
    x_test = [[start_char] + [w + index_from for w in x] for x in x_test]
    if maxlen:
        keep = [i for i, x in enumerate(x_train) if len(x) < maxlen]
        x_train, labels_train = [x_train[i] for i in keep], labels_train[keep]
        keep = [i for i, x in enumerate(x_test) if len(x) < maxlen]
        x_test, labels_test = [x_test[i] for i in keep], labels_test[keep]
    xs = x_train + x_test
    if not num_words:
        num_words = max(max(x) for x in xs)
    xs = [[w if (skip_top <= w < num_words) else oov_char for w in x] for x in xs]
    idx = len(x_train)
    return (xs[:idx], labels_train), (xs[idx:], labels_test)


def pad(seqs, maxlen):
    out = np.zeros((len(seqs), maxlen), dtype='int32')
    for i, s in enumerate(seqs):
        t = s[-maxlen:]
        if t:
            out[i, -len(t):] = t
    return out


(xt, yt), (xs, ys) = load_data(num_words=500)
lt = [len(x) for x in xt]
print('train', len(xt), 'test', len(xs))
print('labels', list(map(int, yt[:10])))
print('x_train[0]', xt[0])
print('lengths', lt[:10])
print('mean %.17g median %.17g' % (np.mean(lt), np.median(lt)))
print('test mean %.17g median %.17g' % (np.mean([len(x) for x in xs]), np.median([len(x) for x in xs])))
print('p90 %.17g' % np.percentile(lt, 90))
h, e = np.histogram(lt, bins=10)
print('hist', list(h), list(e))
p = pad(xt, 100)
print('padded', p.shape, list(p[0]))
(xt2, _), (xs2, _) = load_data(maxlen=200, skip_top=10)
print('maxlen200 skip10', len(xt2), len(xs2), xt2[0][:12])
