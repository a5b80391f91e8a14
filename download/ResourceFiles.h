#pragma once

#include <QString>

#include "download/ResourceCatalogue.h"

namespace layerlab::download {

// Whether a resource is already on this machine, and where: a student who ran the notebook
// has it in the Keras cache; LayerLab's downloads sit in its own cache with Keras's layout.
struct ResourceState {
    enum Kind { Missing, InKerasCache, Downloaded, Corrupt };
    Kind kind = Missing;
    QString path;    // the file or extracted folder found (or the corrupt file)
    QString detail;  // why a file is corrupt, in English
};

// Checks a file against the catalogue: its size when Keras publishes one, then its md5 or
// sha256, else the weights' structure, else the format's signature (HDF5, zip). Empty when it
// matches, else why not.
QString verifyResourceFile(const QString& path, const Resource& resource);

// Whether `path` is Keras's own imdb.npz: its published size, then its sha256 (the size spares
// hashing other files). The lesson's IMDB numbers apply to it alone.
bool isKerasImdb(const QString& path);

// How a good file was found good, translated: "verified" (size and hash), "checked by
// structure" (weights Keras publishes no hash for) or "checked by size" (neither).
QString checkWord(const Resource& resource);

// md5 or sha256 of a file, lower-case hex, read in chunks.
QString fileHash(const QString& path, Resource::Hash kind);

// Looks in every cache (cacheSearchDirs()) and verifies what it finds before trusting it.
// An extracted dataset folder (cats_and_dogs_filtered/ with train/ and validation/) counts.
ResourceState inspectResource(const Resource& resource);

// Whether an extracted dataset folder is whole: it holds train/ and validation/, as
// cats_and_dogs_filtered does.
bool holdsExtractedDataset(const QString& folder);

// Where a download of `resource` goes: LayerLab's cache, Keras's layout.
QString downloadTarget(const Resource& resource);

}  // namespace layerlab::download
