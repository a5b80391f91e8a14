#!/usr/bin/python3
"""Writes tests/reference/keras_augment_reference.h from the real Keras tool.

Run with Debian's python3-keras-preprocessing (1.1.0, same affine code as 1.1.2),
python3-scipy and python3-numpy:  /usr/bin/python3 tools/reference/keras_augment_reference.py
The C++ tests compare LayerLab's augmentation with these numbers; nothing here is
used at build time. 'wrap' is the one mode where Keras passes a mode to SciPy that
does not do what Keras documents (SciPy's 'wrap' repeats with period n-1); LayerLab
implements the documented abcd|abcd and is checked against SciPy's 'grid-wrap'.
"""
import numpy as np
from scipy import ndimage
from keras_preprocessing.image import ImageDataGenerator
from keras_preprocessing.image.affine_transformations import (
    apply_affine_transform, transform_matrix_offset_center)

H, W, C = 7, 9, 3


def test_image():
    r, c, ch = np.meshgrid(np.arange(H), np.arange(W), np.arange(C), indexing='ij')
    return ((r * 31 + c * 17 + ch * 59) % 256).astype(np.float32)


def grid_wrap(x, theta, tx, ty, shear, zx, zy):
    # Keras's matrix, SciPy's intended periodic mode.
    t = np.deg2rad(theta); s = np.deg2rad(shear)
    m = np.array([[np.cos(t), -np.sin(t), 0], [np.sin(t), np.cos(t), 0], [0, 0, 1]])
    m = m @ np.array([[1, 0, tx], [0, 1, ty], [0, 0, 1]])
    m = m @ np.array([[1, -np.sin(s), 0], [0, np.cos(s), 0], [0, 0, 1]])
    m = m @ np.array([[zx, 0, 0], [0, zy, 0], [0, 0, 1]])
    m = transform_matrix_offset_center(m, H, W)
    return np.stack([ndimage.affine_transform(x[..., k], m[:2, :2], m[:2, 2], order=1,
                                              mode='grid-wrap') for k in range(C)], axis=-1)


CASES = [
    # name, theta, tx, ty, shear, zx, zy, fill, cval, flip_h, flip_v
    ('all_nearest', 20, 1.5, -2.0, 15, 1.2, 0.9, 'nearest', 0.0, False, False),
    ('all_constant', 20, 1.5, -2.0, 15, 1.2, 0.9, 'constant', 7.0, False, False),
    ('all_reflect', 20, 1.5, -2.0, 15, 1.2, 0.9, 'reflect', 0.0, False, False),
    ('all_wrap', 20, 1.5, -2.0, 15, 1.2, 0.9, 'wrap', 0.0, False, False),
    ('rot90', 90, 0, 0, 0, 1, 1, 'nearest', 0.0, False, False),
    ('zoom_out_flips', 10, 0, 0, 0, 1.5, 1.3, 'constant', 0.0, True, True),
    ('cli_example', 20, 10, -6, 15, 1.2, 0.9, 'nearest', 0.0, True, False),
]


def arr(values):
    return ', '.join('%.6ff' % v for v in np.asarray(values).ravel())


def main():
    x = test_image()
    out = ['// Written by tools/reference/keras_augment_reference.py from keras-preprocessing',
           '// %s, scipy, numpy. Do not edit.' % __import__('keras_preprocessing').__version__,
           '#pragma once', '', 'namespace kerasref {',
           'constexpr int kHeight = %d, kWidth = %d, kChannels = %d;' % (H, W, C),
           'struct AffineCase { const char* name; double theta, tx, ty, shear, zx, zy;',
           '  const char* fill; double cval; bool flipH, flipV; float expected[%d]; };' % (H * W * C),
           'inline const AffineCase kAffineCases[] = {']
    for name, th, tx, ty, sh, zx, zy, fill, cval, fh, fv in CASES:
        if fill == 'wrap':
            y = grid_wrap(x, th, tx, ty, sh, zx, zy)
        else:
            gen = ImageDataGenerator(fill_mode=fill, cval=cval)
            y = gen.apply_transform(x, {'theta': th, 'tx': tx, 'ty': ty, 'shear': sh, 'zx': zx,
                                        'zy': zy, 'flip_horizontal': fh, 'flip_vertical': fv})
        out.append('  {"%s", %r, %r, %r, %r, %r, %r, "%s", %r, %s, %s, {%s}},' % (
            name, float(th), float(tx), float(ty), float(sh), float(zx), float(zy), fill, cval,
            'true' if fh else 'false', 'true' if fv else 'false', arr(y)))
    out.append('};')
    # Random draws of get_random_transform(shape, seed) for the lesson's generator and an
    # integer-shift generator.
    out += ['struct DrawCase { int generator; unsigned seed; double theta, tx, ty, shear, zx, zy;',
            '  bool flipH, flipV; double brightness; };',
            'inline const DrawCase kDrawCases[] = {']
    gens = [ImageDataGenerator(rescale=1 / 255, rotation_range=30, width_shift_range=0.1,
                               height_shift_range=0.1, shear_range=0.2, zoom_range=0.2,
                               horizontal_flip=True, fill_mode='nearest'),
            ImageDataGenerator(width_shift_range=3, height_shift_range=2, zoom_range=[0.5, 1.0],
                               vertical_flip=True, brightness_range=[0.5, 1.5])]
    for g, gen in enumerate(gens):
        for seed in (0, 1, 42, 113, 2024):
            p = gen.get_random_transform((224, 160, 3), seed=seed)
            out.append('  {%d, %du, %r, %r, %r, %r, %r, %r, %s, %s, %r},' % (
                g, seed, float(p['theta']), float(p['tx']), float(p['ty']), float(p['shear']),
                float(p['zx']), float(p['zy']), 'true' if p['flip_horizontal'] else 'false',
                'true' if p['flip_vertical'] else 'false',
                float(p['brightness']) if p['brightness'] is not None else 1.0))
    out += ['};', '}  // namespace kerasref', '']
    open('tests/reference/keras_augment_reference.h', 'w').write('\n'.join(out))


if __name__ == '__main__':
    main()
