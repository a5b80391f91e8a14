<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en_US">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About LayerLab</source>
        <translation>About LayerLab</translation>
    </message>
    <message>
        <source>&lt;h3&gt;LayerLab %1&lt;/h3&gt;&lt;p&gt;A workbench to run, see and steer two deep-learning experiments of the lesson: transfer learning and fine-tuning of VGG16 on cats vs dogs, and an RNN sentiment classifier on IMDB reviews.&lt;/p&gt;&lt;p&gt;Augmentation follows Keras's ImageDataGenerator (keras-preprocessing 1.1.2) exactly, including its random draws for a given seed.&lt;/p&gt;&lt;p&gt;LibTorch %2 · %3 · %4 threads&lt;br&gt;Qt %5&lt;/p&gt;</source>
        <translation>&lt;h3&gt;LayerLab %1&lt;/h3&gt;&lt;p&gt;A workbench to run, see and steer two deep-learning experiments of the lesson: transfer learning and fine-tuning of VGG16 on cats vs dogs, and an RNN sentiment classifier on IMDB reviews.&lt;/p&gt;&lt;p&gt;Augmentation follows Keras's ImageDataGenerator (keras-preprocessing 1.1.2) exactly, including its random draws for a given seed.&lt;/p&gt;&lt;p&gt;LibTorch %2 · %3 · %4 threads&lt;br&gt;Qt %5&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>Failure</name>
    <message>
        <source>The computation failed (LibTorch): %1</source>
        <translation>The computation failed (LibTorch): %1</translation>
    </message>
    <message>
        <source>Something went wrong: %1</source>
        <translation>Something went wrong: %1</translation>
    </message>
</context>
<context>
    <name>ImageProblem</name>
    <message>
        <source>cannot be read: %1</source>
        <translation>cannot be read: %1</translation>
    </message>
</context>
<context>
    <name>LessonFigures</name>
    <message>
        <source>%1 read by %2</source>
        <translation>%1 read by %2</translation>
    </message>
</context>
<context>
    <name>LessonPack</name>
    <message>
        <source>Two units of kind %1 named '%2' cannot go into one pack: rename one of them</source>
        <translation>Two units of kind %1 named '%2' cannot go into one pack: rename one of them</translation>
    </message>
    <message>
        <source>%1 is no folder: nothing of it can be packed</source>
        <translation>%1 is no folder: nothing of it can be packed</translation>
    </message>
    <message>
        <source>The run %1 trains on %2, which the pack does not hold: add --dataset with its folder</source>
        <translation>The run %1 trains on %2, which the pack does not hold: add --dataset with its folder</translation>
    </message>
    <message>
        <source>The run %1 starts from the weights %2, which the pack does not hold: add them with --weights</source>
        <translation>The run %1 starts from the weights %2, which the pack does not hold: add them with --weights</translation>
    </message>
    <message>
        <source>The run %1 is being written: pack it once it has stopped</source>
        <translation>The run %1 is being written: pack it once it has stopped</translation>
    </message>
    <message>
        <source>%1 exists already: give --force to replace it</source>
        <translation>%1 exists already: give --force to replace it</translation>
    </message>
    <message>
        <source>its member '%1' does not match its sha256 (damaged or altered)</source>
        <translation>its member '%1' does not match its sha256 (damaged or altered)</translation>
    </message>
    <message>
        <source>it has no manifest.json first</source>
        <translation>it has no manifest.json first</translation>
    </message>
    <message>
        <source>its member '%1' is missing</source>
        <translation>its member '%1' is missing</translation>
    </message>
    <message>
        <source>its member '%1' is not of the size its manifest says</source>
        <translation>its member '%1' is not of the size its manifest says</translation>
    </message>
    <message>
        <source>it holds a member '%1' that its manifest does not list</source>
        <translation>it holds a member '%1' that its manifest does not list</translation>
    </message>
    <message>
        <source>%1 is not a usable lesson pack: %2</source>
        <translation>%1 is not a usable lesson pack: %2</translation>
    </message>
    <message>
        <source>it holds a member of unknown kind '%1'</source>
        <translation>it holds a member of unknown kind '%1'</translation>
    </message>
    <message>
        <source>its unit name '%1' is no plain name</source>
        <translation>its unit name '%1' is no plain name</translation>
    </message>
    <message>
        <source>its member '%1' would be written outside its folder</source>
        <translation>its member '%1' would be written outside its folder</translation>
    </message>
    <message>
        <source>its member '%1' belongs to no unit it lists</source>
        <translation>its member '%1' belongs to no unit it lists</translation>
    </message>
    <message>
        <source>its member '%1' is not where its kind and unit say</source>
        <translation>its member '%1' is not where its kind and unit say</translation>
    </message>
    <message>
        <source>its member '%1' has no sha256</source>
        <translation>its member '%1' has no sha256</translation>
    </message>
    <message>
        <source>its manifest is of another format</source>
        <translation>its manifest is of another format</translation>
    </message>
    <message>
        <source>its manifest is damaged (%1)</source>
        <translation>its manifest is damaged (%1)</translation>
    </message>
    <message>
        <source>its member '%1' is listed twice</source>
        <translation>its member '%1' is listed twice</translation>
    </message>
    <message>
        <source>its member '%1' is a copy of no earlier member</source>
        <translation>its member '%1' is a copy of no earlier member</translation>
    </message>
    <message>
        <source>its unit '%1' has no member</source>
        <translation>its unit '%1' has no member</translation>
    </message>
    <message>
        <source>%1 is under no install folder</source>
        <translation>%1 is under no install folder</translation>
    </message>
    <message>
        <source>%1 is already there and differs from the pack's: move it away to install the pack</source>
        <translation>%1 is already there and differs from the pack's: move it away to install the pack</translation>
    </message>
    <message>
        <source>%1 is not the file Keras names so: %2</source>
        <translation>%1 is not the file Keras names so: %2</translation>
    </message>
    <message>
        <source>%1 is not named as Keras caches weights (such as %2), so no LayerLab would find it once installed: rename it so, or pack a run that starts from it</source>
        <translation>%1 is not named as Keras caches weights (such as %2), so no LayerLab would find it once installed: rename it so, or pack a run that starts from it</translation>
    </message>
    <message>
        <source>%1 holds no pictures</source>
        <translation>%1 holds no pictures</translation>
    </message>
    <message>
        <source>Nothing to pack: give --dataset, --weights, --imdb, --features (a store with entries), --runs or --lesson</source>
        <translation>Nothing to pack: give --dataset, --weights, --imdb, --features (a store with entries), --runs or --lesson</translation>
    </message>
    <message>
        <source>its unit '%1' names no task of LayerLab's</source>
        <translation>its unit '%1' names no task of LayerLab's</translation>
    </message>
    <message>
        <source>it is of pack format %1, newer than this LayerLab reads (%2): update LayerLab to install it</source>
        <translation>it is of pack format %1, newer than this LayerLab reads (%2): update LayerLab to install it</translation>
    </message>
</context>
<context>
    <name>Message</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Cannot read %1: %2</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>Cannot open %1: %2</translation>
    </message>
    <message>
        <source>Cannot create %1: %2</source>
        <translation>Cannot create %1: %2</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Cannot write %1: %2</translation>
    </message>
    <message>
        <source>Cannot lock %1: %2</source>
        <translation>Cannot lock %1: %2</translation>
    </message>
    <message>
        <source>Cannot move %1 into place: %2</source>
        <translation>Cannot move %1 into place: %2</translation>
    </message>
    <message>
        <source>Cannot read %1: not a regular file (a pipe, a device or a socket)</source>
        <translation>Cannot read %1: not a regular file (a pipe, a device or a socket)</translation>
    </message>
    <message>
        <source>Cannot read %1: it is %2 MB, more than the %3 MB LayerLab reads from such a file</source>
        <translation>Cannot read %1: it is %2 MB, more than the %3 MB LayerLab reads from such a file</translation>
    </message>
    <message>
        <source>Will not write %1: it is not a regular file (a folder, a link, a pipe or a device); choose a plain file name</source>
        <translation>Will not write %1: it is not a regular file (a folder, a link, a pipe or a device); choose a plain file name</translation>
    </message>
    <message>
        <source>Cannot encode %1</source>
        <translation>Cannot encode %1</translation>
    </message>
    <message>
        <source>Cannot write an empty image</source>
        <translation>Cannot write an empty image</translation>
    </message>
    <message>
        <source>%1: unsupported image format %2 (use .png, .jpg or .bmp)</source>
        <translation>%1: unsupported image format %2 (use .png, .jpg or .bmp)</translation>
    </message>
    <message>
        <source>%1: no file extension (use .png, .jpg or .bmp)</source>
        <translation>%1: no file extension (use .png, .jpg or .bmp)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>cannot be read</source>
        <translation>cannot be read</translation>
    </message>
    <message>
        <source>empty file (0 bytes)</source>
        <translation>empty file (0 bytes)</translation>
    </message>
    <message>
        <source>truncated JPEG (no end-of-image marker)</source>
        <translation>truncated JPEG (no end-of-image marker)</translation>
    </message>
    <message>
        <source>truncated PNG (no IEND chunk)</source>
        <translation>truncated PNG (no IEND chunk)</translation>
    </message>
    <message>
        <source>not an image (unknown file signature)</source>
        <translation>not an image (unknown file signature)</translation>
    </message>
    <message>
        <source>corrupt image (the decoder could not read it)</source>
        <translation>corrupt image (the decoder could not read it)</translation>
    </message>
    <message>
        <source>too large to decode (more than %1 pixels)</source>
        <translation>too large to decode (more than %1 pixels)</translation>
    </message>
    <message>
        <source>too large: %1 pixels, more than the %2 LayerLab decodes</source>
        <translation>too large: %1 pixels, more than the %2 LayerLab decodes</translation>
    </message>
    <message>
        <source>HDF5 cannot write %1</source>
        <translation>HDF5 cannot write %1</translation>
    </message>
    <message>
        <source>Cannot open %1 as a zip archive: %2</source>
        <translation>Cannot open %1 as a zip archive: %2</translation>
    </message>
    <message>
        <source>Cannot open %1 as a zip archive: Not a zip archive</source>
        <translation>Cannot open %1 as a zip archive: Not a zip archive</translation>
    </message>
    <message>
        <source>Cannot open %1 as a zip archive: Zip archive inconsistent</source>
        <translation>Cannot open %1 as a zip archive: Zip archive inconsistent</translation>
    </message>
    <message>
        <source>%1: entry %2 has no size</source>
        <translation>%1: entry %2 has no size</translation>
    </message>
    <message>
        <source>%1: cannot read '%2'</source>
        <translation>%1: cannot read '%2'</translation>
    </message>
    <message>
        <source>%1: member '%2' unpacks to more than the %3 bytes its entry declares: refused</source>
        <translation>%1: member '%2' unpacks to more than the %3 bytes its entry declares: refused</translation>
    </message>
    <message>
        <source>%1: member '%2' is damaged (its CRC or size does not match)</source>
        <translation>%1: member '%2' is damaged (its CRC or size does not match)</translation>
    </message>
    <message>
        <source>%1 has %2 entries, more than the %3 LayerLab extracts from it: refused</source>
        <translation>%1 has %2 entries, more than the %3 LayerLab extracts from it: refused</translation>
    </message>
    <message>
        <source>%1: refused: the entry '%2' would be written outside the target folder</source>
        <translation>%1: refused: the entry '%2' would be written outside the target folder</translation>
    </message>
    <message>
        <source>%1: member '%2' would unpack to %3, more than the %4 LayerLab extracts per member from it: refused</source>
        <translation>%1: member '%2' would unpack to %3, more than the %4 LayerLab extracts per member from it: refused</translation>
    </message>
    <message>
        <source>%1 would unpack to more than %2, the most LayerLab extracts from it: refused</source>
        <translation>%1 would unpack to more than %2, the most LayerLab extracts from it: refused</translation>
    </message>
    <message>
        <source>%1: no member '%2'</source>
        <translation>%1: no member '%2'</translation>
    </message>
    <message>
        <source>%1: member '%2' would unpack to %3; LayerLab reads members of up to %4</source>
        <translation>%1: member '%2' would unpack to %3; LayerLab reads members of up to %4</translation>
    </message>
    <message>
        <source>Cannot use %1 as the feature store: %2</source>
        <translation>Cannot use %1 as the feature store: %2</translation>
    </message>
    <message>
        <source>is a link of another user's (uid %1)</source>
        <translation>is a link of another user's (uid %1)</translation>
    </message>
    <message>
        <source>belongs to another user (uid %1)</source>
        <translation>belongs to another user (uid %1)</translation>
    </message>
    <message>
        <source>is writable by other users (mode %1; chmod go-w fixes that)</source>
        <translation>is writable by other users (mode %1; chmod go-w fixes that)</translation>
    </message>
    <message>
        <source>the folder holding it, %1, %2, and they could replace it</source>
        <translation>the folder holding it, %1, %2, and they could replace it</translation>
    </message>
    <message>
        <source>it %1, and they could put other images' features in it</source>
        <translation>it %1, and they could put other images' features in it</translation>
    </message>
    <message>
        <source>it cannot be created (%1)</source>
        <translation>it cannot be created (%1)</translation>
    </message>
    <message>
        <source>it is not a folder</source>
        <translation>it is not a folder</translation>
    </message>
    <message>
        <source>it cannot be written (%1)</source>
        <translation>it cannot be written (%1)</translation>
    </message>
    <message>
        <source>it holds files that are not the store's (such as %1), and a store takes only an empty or new folder</source>
        <translation>it holds files that are not the store's (such as %1), and a store takes only an empty or new folder</translation>
    </message>
    <message>
        <source>%1; training goes on without it</source>
        <translation>%1; training goes on without it</translation>
    </message>
    <message>
        <source>Feature store: %1 inputs' frozen features read from %2</source>
        <translation>Feature store: %1 inputs' frozen features read from %2</translation>
    </message>
    <message>
        <source>Feature store: over its cap of %1 MB, its %2 oldest entries were removed (a larger --feature-store-cap keeps them)</source>
        <translation>Feature store: over its cap of %1 MB, its %2 oldest entries were removed (a larger --feature-store-cap keeps them)</translation>
    </message>
    <message>
        <source>Cannot open run folder %1: %2</source>
        <translation>Cannot open run folder %1: %2</translation>
    </message>
    <message>
        <source>%1 is in use: another LayerLab process is training into it (wait for it to finish or stop it)</source>
        <translation>%1 is in use: another LayerLab process is training into it (wait for it to finish or stop it)</translation>
    </message>
    <message>
        <source>Cannot create run folder %1: %2</source>
        <translation>Cannot create run folder %1: %2</translation>
    </message>
    <message>
        <source>%1 already holds a run: resume it (train --resume), replace it (--overwrite) or choose another --run-dir</source>
        <translation>%1 already holds a run: resume it (train --resume), replace it (--overwrite) or choose another --run-dir</translation>
    </message>
    <message>
        <source>%1 is not empty: it holds %2, which is no part of a LayerLab run (choose a new or empty folder)</source>
        <translation>%1 is not empty: it holds %2, which is no part of a LayerLab run (choose a new or empty folder)</translation>
    </message>
    <message>
        <source>%1 is not a LayerLab run (no experiment.json)</source>
        <translation>%1 is not a LayerLab run (no experiment.json)</translation>
    </message>
    <message>
        <source>Cannot set the old run in %1 aside: %2</source>
        <translation>Cannot set the old run in %1 aside: %2</translation>
    </message>
    <message>
        <source>%1: malformed row '%2'</source>
        <translation>%1: malformed row '%2'</translation>
    </message>
    <message>
        <source>%1 does not name a finished epoch (it should hold a number from 1 on): the checkpoint is damaged</source>
        <translation>%1 does not name a finished epoch (it should hold a number from 1 on): the checkpoint is damaged</translation>
    </message>
    <message>
        <source>%1 names %2 for epoch %3: the checkpoint is damaged</source>
        <translation>%1 names %2 for epoch %3: the checkpoint is damaged</translation>
    </message>
    <message>
        <source>%1 is damaged: its checksum does not match checkpoint/epoch.txt</source>
        <translation>%1 is damaged: its checksum does not match checkpoint/epoch.txt</translation>
    </message>
    <message>
        <source>%1 has no trained model yet</source>
        <translation>%1 has no trained model yet</translation>
    </message>
    <message>
        <source>the run has not finished: its checkpoint of epoch %1</source>
        <translation>the run has not finished: its checkpoint of epoch %1</translation>
    </message>
    <message>
        <source>Weights file not found: %1</source>
        <translation>Weights file not found: %1</translation>
    </message>
    <message>
        <source>%1 is not an HDF5 file (or is truncated)</source>
        <translation>%1 is not an HDF5 file (or is truncated)</translation>
    </message>
    <message>
        <source>Cannot open %1 (truncated or damaged?)</source>
        <translation>Cannot open %1 (truncated or damaged?)</translation>
    </message>
    <message>
        <source>%1 holds no Keras weights (no weight_names found)</source>
        <translation>%1 holds no Keras weights (no weight_names found)</translation>
    </message>
    <message>
        <source>cannot read attribute %1</source>
        <translation>cannot read attribute %1</translation>
    </message>
    <message>
        <source>missing dataset %1</source>
        <translation>missing dataset %1</translation>
    </message>
    <message>
        <source>unreadable dataset %1</source>
        <translation>unreadable dataset %1</translation>
    </message>
    <message>
        <source>%1 declares more than %2 values, more than any layer LayerLab builds: refused</source>
        <translation>%1 declares more than %2 values, more than any layer LayerLab builds: refused</translation>
    </message>
    <message>
        <source>%1 declares %2 values but the file holds fewer (truncated?)</source>
        <translation>%1 declares %2 values but the file holds fewer (truncated?)</translation>
    </message>
    <message>
        <source>cannot read %1 (is the file truncated?)</source>
        <translation>cannot read %1 (is the file truncated?)</translation>
    </message>
    <message>
        <source>%1 holds NaN or infinite values: these weights are broken</source>
        <translation>%1 holds NaN or infinite values: these weights are broken</translation>
    </message>
    <message>
        <source>%1: layer '%2' (%3) is missing from the file</source>
        <translation>%1: layer '%2' (%3) is missing from the file</translation>
    </message>
    <message>
        <source>%1: layer '%2' has %3 weights in the file, the model needs %4</source>
        <translation>%1: layer '%2' has %3 weights in the file, the model needs %4</translation>
    </message>
    <message>
        <source>%1: layer '%2' weight '%3' has shape %4, the model needs %5</source>
        <translation>%1: layer '%2' weight '%3' has shape %4, the model needs %5</translation>
    </message>
    <message>
        <source>%2 takes its frozen layers from %1, which is missing: put that weights file back to use the run</source>
        <translation>%2 takes its frozen layers from %1, which is missing: put that weights file back to use the run</translation>
    </message>
    <message>
        <source>%2 takes its frozen layers from %1, which is not a plain file: put that weights file back to use the run</source>
        <translation>%2 takes its frozen layers from %1, which is not a plain file: put that weights file back to use the run</translation>
    </message>
    <message>
        <source>%2 takes its frozen layers from %1, which cannot be read: %3</source>
        <translation>%2 takes its frozen layers from %1, which cannot be read: %3</translation>
    </message>
    <message>
        <source>%2 takes its frozen layers from %1, which has changed since the run saved it (its checksum differs)</source>
        <translation>%2 takes its frozen layers from %1, which has changed since the run saved it (its checksum differs)</translation>
    </message>
    <message>
        <source>%2 has no weights for layer '%1': it was saved from another model</source>
        <translation>%2 has no weights for layer '%1': it was saved from another model</translation>
    </message>
    <message>
        <source>%1 is damaged: its note on the weights file is unreadable</source>
        <translation>%1 is damaged: its note on the weights file is unreadable</translation>
    </message>
    <message>
        <source>%1 cannot be loaded into this model: it is damaged, or was saved from another model</source>
        <translation>%1 cannot be loaded into this model: it is damaged, or was saved from another model</translation>
    </message>
    <message>
        <source>%1 was saved from a model of another shape (another size, head or class count) than this run's</source>
        <translation>%1 was saved from a model of another shape (another size, head or class count) than this run's</translation>
    </message>
    <message>
        <source>%1 cannot be loaded into this optimizer: it is damaged, or was saved from another model or optimizer</source>
        <translation>%1 cannot be loaded into this optimizer: it is damaged, or was saved from another model or optimizer</translation>
    </message>
    <message>
        <source>The model in %1</source>
        <translation>The model in %1</translation>
    </message>
    <message>
        <source>The optimizer state in %1</source>
        <translation>The optimizer state in %1</translation>
    </message>
    <message>
        <source>the best epoch's weights</source>
        <translation>the best epoch's weights</translation>
    </message>
    <message>
        <source>the weights before the sweep</source>
        <translation>the weights before the sweep</translation>
    </message>
    <message>
        <source>%1: pickle %3 (offset %2)</source>
        <translation>%1: pickle %3 (offset %2)</translation>
    </message>
    <message>
        <source>ends before STOP (truncated?)</source>
        <translation>ends before STOP (truncated?)</translation>
    </message>
    <message>
        <source>is truncated</source>
        <translation>is truncated</translation>
    </message>
    <message>
        <source>holds more than %1 values, the most LayerLab reads from one array: refused</source>
        <translation>holds more than %1 values, the most LayerLab reads from one array: refused</translation>
    </message>
    <message>
        <source>holds more than %1 lists (reviews), the most LayerLab reads from one array: refused</source>
        <translation>holds more than %1 lists (reviews), the most LayerLab reads from one array: refused</translation>
    </message>
    <message>
        <source>refers to %1, which a numpy array never needs: refused</source>
        <translation>refers to %1, which a numpy array never needs: refused</translation>
    </message>
    <message>
        <source>uses opcode %1, which numpy never writes for an array: refused</source>
        <translation>uses opcode %1, which numpy never writes for an array: refused</translation>
    </message>
    <message>
        <source>%1: dtype %2 is not an integer or bool array LayerLab reads</source>
        <translation>%1: dtype %2 is not an integer or bool array LayerLab reads</translation>
    </message>
    <message>
        <source>%1: its shape holds more than %2 values, the most LayerLab reads from one array: refused</source>
        <translation>%1: its shape holds more than %2 values, the most LayerLab reads from one array: refused</translation>
    </message>
    <message>
        <source>%1: data is shorter than its shape says (truncated?)</source>
        <translation>%1: data is shorter than its shape says (truncated?)</translation>
    </message>
    <message>
        <source>%1: .npy shape %2 is absurd</source>
        <translation>%1: .npy shape %2 is absurd</translation>
    </message>
    <message>
        <source>%1: the pickled array is not an object array</source>
        <translation>%1: the pickled array is not an object array</translation>
    </message>
    <message>
        <source>%1: its header's shape does not match the %2 pickled elements</source>
        <translation>%1: its header's shape does not match the %2 pickled elements</translation>
    </message>
    <message>
        <source>%1: an element is not a list of ints</source>
        <translation>%1: an element is not a list of ints</translation>
    </message>
    <message>
        <source>%1: a list holds something other than ints</source>
        <translation>%1: a list holds something other than ints</translation>
    </message>
    <message>
        <source>%1: a word index of %2 is out of range</source>
        <translation>%1: a word index of %2 is out of range</translation>
    </message>
    <message>
        <source>%1: not a .npy array</source>
        <translation>%1: not a .npy array</translation>
    </message>
    <message>
        <source>%1: .npy format version %2 is not supported</source>
        <translation>%1: .npy format version %2 is not supported</translation>
    </message>
    <message>
        <source>%1: truncated .npy header</source>
        <translation>%1: truncated .npy header</translation>
    </message>
    <message>
        <source>%1: .npy header without descr</source>
        <translation>%1: .npy header without descr</translation>
    </message>
    <message>
        <source>%1: Fortran-ordered arrays are not supported</source>
        <translation>%1: Fortran-ordered arrays are not supported</translation>
    </message>
    <message>
        <source>%1: .npy header without shape</source>
        <translation>%1: .npy header without shape</translation>
    </message>
    <message>
        <source>Found %1 images belonging to %2 classes.</source>
        <translation>Found %1 images belonging to %2 classes.</translation>
    </message>
    <message>
        <source>Cannot read folder %1: %2</source>
        <translation>Cannot read folder %1: %2</translation>
    </message>
    <message>
        <source>Not a folder: %1</source>
        <translation>Not a folder: %1</translation>
    </message>
    <message>
        <source>Class '%1' is not the name of a folder inside %2</source>
        <translation>Class '%1' is not the name of a folder inside %2</translation>
    </message>
    <message>
        <source>Class '%1' is named twice</source>
        <translation>Class '%1' is named twice</translation>
    </message>
    <message>
        <source>Class folder missing: %1</source>
        <translation>Class folder missing: %1</translation>
    </message>
    <message>
        <source>Not an aclImdb folder: %1 is missing</source>
        <translation>Not an aclImdb folder: %1 is missing</translation>
    </message>
    <message>
        <source>%1 holds no training reviews</source>
        <translation>%1 holds no training reviews</translation>
    </message>
    <message>
        <source>%1: x_%2 is not an array of lists</source>
        <translation>%1: x_%2 is not an array of lists</translation>
    </message>
    <message>
        <source>%1: x_%2 has %3 reviews but y_%2 has %4 labels</source>
        <translation>%1: x_%2 has %3 reviews but y_%2 has %4 labels</translation>
    </message>
    <message>
        <source>%1: y_%2 holds the label %3; IMDB labels are 0 (negative) and 1 (positive)</source>
        <translation>%1: y_%2 holds the label %3; IMDB labels are 0 (negative) and 1 (positive)</translation>
    </message>
    <message>
        <source>%1 is not a word index (JSON): %2</source>
        <translation>%1 is not a word index (JSON): %2</translation>
    </message>
    <message>
        <source>%1 is not a {word: rank} JSON object</source>
        <translation>%1 is not a {word: rank} JSON object</translation>
    </message>
    <message>
        <source>%1: the rank of '%2' is not a whole number of 1 or more</source>
        <translation>%1: the rank of '%2' is not a whole number of 1 or more</translation>
    </message>
    <message>
        <source>%1 needs a value</source>
        <translation>%1 needs a value</translation>
    </message>
    <message>
        <source>%1: not a number: '%2'</source>
        <translation>%1: not a number: '%2'</translation>
    </message>
    <message>
        <source>%1: expected a whole number</source>
        <translation>%1: expected a whole number</translation>
    </message>
    <message>
        <source>%1: %2 is out of range (%3 to %4)</source>
        <translation>%1: %2 is out of range (%3 to %4)</translation>
    </message>
    <message>
        <source>%1 must be %2</source>
        <translation>%1 must be %2</translation>
    </message>
    <message>
        <source>%1 must be %2, not '%3'</source>
        <translation>%1 must be %2, not '%3'</translation>
    </message>
    <message>
        <source>unknown option %1</source>
        <translation>unknown option %1</translation>
    </message>
    <message>
        <source>%1 must be &gt;= 0</source>
        <translation>%1 must be &gt;= 0</translation>
    </message>
    <message>
        <source>%1 expects LO,HI</source>
        <translation>%1 expects LO,HI</translation>
    </message>
    <message>
        <source>--preset must be lesson or none</source>
        <translation>--preset must be lesson or none</translation>
    </message>
    <message>
        <source>--fill-mode must be nearest, constant, reflect or wrap</source>
        <translation>--fill-mode must be nearest, constant, reflect or wrap</translation>
    </message>
    <message>
        <source>train needs --data DIR</source>
        <translation>train needs --data DIR</translation>
    </message>
    <message>
        <source>--weights needs a file (or none)</source>
        <translation>--weights needs a file (or none)</translation>
    </message>
    <message>
        <source>unknown --strategy %1</source>
        <translation>unknown --strategy %1</translation>
    </message>
    <message>
        <source>--freeze/--unfreeze: %1</source>
        <translation>--freeze/--unfreeze: %1</translation>
    </message>
    <message>
        <source>train --task imdb needs --data (an imdb.npz or an aclImdb folder)</source>
        <translation>train --task imdb needs --data (an imdb.npz or an aclImdb folder)</translation>
    </message>
    <message>
        <source>--validation-split must be in [0, 1)</source>
        <translation>--validation-split must be in [0, 1)</translation>
    </message>
    <message>
        <source>unexpected argument %1</source>
        <translation>unexpected argument %1</translation>
    </message>
    <message>
        <source>--learning-rate must be above 0 and at most 10</source>
        <translation>--learning-rate must be above 0 and at most 10</translation>
    </message>
    <message>
        <source>--alpha must be in (0, 4]</source>
        <translation>--alpha must be in (0, 4]</translation>
    </message>
    <message>
        <source>--num-words must be at most 20000 with --input one-hot (each word is a vector that long); use --input embedding for more</source>
        <translation>--num-words must be at most 20000 with --input one-hot (each word is a vector that long); use --input embedding for more</translation>
    </message>
    <message>
        <source>--dropout must be in [0, 1)</source>
        <translation>--dropout must be in [0, 1)</translation>
    </message>
    <message>
        <source>%1 is not an IMDB run</source>
        <translation>%1 is not an IMDB run</translation>
    </message>
    <message>
        <source>%1 is not an image run</source>
        <translation>%1 is not an image run</translation>
    </message>
    <message>
        <source>there is no review %1: %2 holds %3</source>
        <translation>there is no review %1: %2 holds %3</translation>
    </message>
    <message>
        <source>this run's reviews come without a word index (imdb_word_index.json), so typed text cannot be turned into word indices</source>
        <translation>this run's reviews come without a word index (imdb_word_index.json), so typed text cannot be turned into word indices</translation>
    </message>
    <message>
        <source>the text has no words to read</source>
        <translation>the text has no words to read</translation>
    </message>
    <message>
        <source>export needs a file name (--keras model.h5)</source>
        <translation>export needs a file name (--keras model.h5)</translation>
    </message>
    <message>
        <source>%1 is inside the run folder %2: export to a file outside run folders</source>
        <translation>%1 is inside the run folder %2: export to a file outside run folders</translation>
    </message>
    <message>
        <source>%1 is inside %2, whose files LayerLab and Keras read as downloaded: export elsewhere</source>
        <translation>%1 is inside %2, whose files LayerLab and Keras read as downloaded: export elsewhere</translation>
    </message>
    <message>
        <source>%1 holds the frozen layers this run (and others) read: export to another file</source>
        <translation>%1 holds the frozen layers this run (and others) read: export to another file</translation>
    </message>
    <message>
        <source>%1 is a link: export to a plain file name</source>
        <translation>%1 is a link: export to a plain file name</translation>
    </message>
    <message>
        <source>%1 exists and is not a model LayerLab exported: export to a new file</source>
        <translation>%1 exists and is not a model LayerLab exported: export to a new file</translation>
    </message>
    <message>
        <source>%1 exists: give --overwrite to replace that earlier export</source>
        <translation>%1 exists: give --overwrite to replace that earlier export</translation>
    </message>
    <message>
        <source>  skipped %1: %2</source>
        <translation>  skipped %1: %2</translation>
    </message>
    <message>
        <source>%1 has no usable images to train on</source>
        <translation>%1 has no usable images to train on</translation>
    </message>
    <message>
        <source>skipped %1: %2</source>
        <translation>skipped %1: %2</translation>
    </message>
    <message>
        <source>empty file</source>
        <translation>empty file</translation>
    </message>
    <message>
        <source>invalid UTF-8 at byte %1</source>
        <translation>invalid UTF-8 at byte %1</translation>
    </message>
    <message>
        <source>name is not &lt;id&gt;_&lt;rating&gt;.txt</source>
        <translation>name is not &lt;id&gt;_&lt;rating&gt;.txt</translation>
    </message>
    <message>
        <source>x_train %1, validation %2, x_test %3 (maxlen %4)</source>
        <translation>x_train %1, validation %2, x_test %3 (maxlen %4)</translation>
    </message>
    <message>
        <source>Weights: none asked for; the base is randomly initialised.</source>
        <translation>Weights: none asked for; the base is randomly initialised.</translation>
    </message>
    <message>
        <source>Weights: no %1 px file in the Keras cache, so the one trained at %2 px stands in (the shapes match; %3 is Keras's file for this size: Get data).</source>
        <translation>Weights: no %1 px file in the Keras cache, so the one trained at %2 px stands in (the shapes match; %3 is Keras's file for this size: Get data).</translation>
    </message>
    <message>
        <source>No pretrained weights found for %1 (looked for %2 in the Keras cache ~/.keras/models): the base is randomly initialised. Give --weights FILE to use ImageNet weights.</source>
        <translation>No pretrained weights found for %1 (looked for %2 in the Keras cache ~/.keras/models): the base is randomly initialised. Give --weights FILE to use ImageNet weights.</translation>
    </message>
    <message>
        <source>Weights: %1 layers from %2</source>
        <translation>Weights: %1 layers from %2</translation>
    </message>
    <message>
        <source>Weights: the model of %1</source>
        <translation>Weights: the model of %1</translation>
    </message>
    <message>
        <source>The frozen base runs in bf16, which this CPU emulates: fp32 is faster here.</source>
        <translation>The frozen base runs in bf16, which this CPU emulates: fp32 is faster here.</translation>
    </message>
    <message>
        <source>Frozen prefix: its outputs are computed once per input and cached.</source>
        <translation>Frozen prefix: its outputs are computed once per input and cached.</translation>
    </message>
    <message>
        <source>%1 is damaged: %2</source>
        <translation>%1 is damaged: %2</translation>
    </message>
    <message>
        <source>%1 names %2 by a relative path, and the run has moved from the folder it was relative to: write the absolute path into it, or start the run again</source>
        <translation>%1 names %2 by a relative path, and the run has moved from the folder it was relative to: write the absolute path into it, or start the run again</translation>
    </message>
    <message>
        <source>train needs --run-dir DIR</source>
        <translation>train needs --run-dir DIR</translation>
    </message>
    <message>
        <source>%1/checkpoint/epoch.txt says epoch %2, but the run trains epochs %3 to %4</source>
        <translation>%1/checkpoint/epoch.txt says epoch %2, but the run trains epochs %3 to %4</translation>
    </message>
    <message>
        <source>%1/history.csv has %2 epochs, but checkpoint/epoch.txt says %3</source>
        <translation>%1/history.csv has %2 epochs, but checkpoint/epoch.txt says %3</translation>
    </message>
    <message>
        <source>Resuming %1 after epoch %2</source>
        <translation>Resuming %1 after epoch %2</translation>
    </message>
    <message>
        <source>The run has finished all its %1 epochs: there is nothing left to train (fine-tune it to train on).</source>
        <translation>The run has finished all its %1 epochs: there is nothing left to train (fine-tune it to train on).</translation>
    </message>
    <message>
        <source>fine-tune: every block of the run's base trains already</source>
        <translation>fine-tune: every block of the run's base trains already</translation>
    </message>
    <message>
        <source>fine-tune needs --epochs N (N &gt;= 1)</source>
        <translation>fine-tune needs --epochs N (N &gt;= 1)</translation>
    </message>
    <message>
        <source>fine-tune needs --run-dir DIR</source>
        <translation>fine-tune needs --run-dir DIR</translation>
    </message>
    <message>
        <source>fine-tune --run-dir must be a new folder, not the run it starts from or a folder inside it</source>
        <translation>fine-tune --run-dir must be a new folder, not the run it starts from or a folder inside it</translation>
    </message>
    <message>
        <source>%1 has no final model (it was killed, or stopped before its first epoch ended): resume it with train --resume, then fine-tune from it</source>
        <translation>%1 has no final model (it was killed, or stopped before its first epoch ended): resume it with train --resume, then fine-tune from it</translation>
    </message>
    <message>
        <source>fine-tune is for transfer-learning runs</source>
        <translation>fine-tune is for transfer-learning runs</translation>
    </message>
    <message>
        <source>Fine-tuning %1 from epoch %2</source>
        <translation>Fine-tuning %1 from epoch %2</translation>
    </message>
    <message>
        <source>features are prepared for image experiments (--task transfer)</source>
        <translation>features are prepared for image experiments (--task transfer)</translation>
    </message>
    <message>
        <source>test accuracy: %1</source>
        <translation>test accuracy: %1</translation>
    </message>
    <message>
        <source>Validation: %1 of %2 images each epoch</source>
        <translation>Validation: %1 of %2 images each epoch</translation>
    </message>
    <message>
        <source>Validation: %1 of %2 images each epoch, a new random sample every epoch</source>
        <translation>Validation: %1 of %2 images each epoch, a new random sample every epoch</translation>
    </message>
    <message>
        <source>Validation: %1 of %2 samples each epoch</source>
        <translation>Validation: %1 of %2 samples each epoch</translation>
    </message>
    <message>
        <source>Early stopping: val_loss has not improved for %1 epochs</source>
        <translation>Early stopping: val_loss has not improved for %1 epochs</translation>
    </message>
    <message>
        <source>stopped before training began</source>
        <translation>stopped before training began</translation>
    </message>
    <message>
        <source>not enough memory for what was asked (try a smaller size, batch or vocabulary)</source>
        <translation>not enough memory for what was asked (try a smaller size, batch or vocabulary)</translation>
    </message>
    <message>
        <source>Resuming %1: resumed from epoch %2 (its last checkpoint); epoch %4 is trained again</source>
        <translation>Resuming %1: resumed from epoch %2 (its last checkpoint); epoch %4 is trained again</translation>
    </message>
    <message>
        <source>Resuming %1: resumed from epoch %2 (its last checkpoint); epochs %3–%4 are trained again</source>
        <translation>Resuming %1: resumed from epoch %2 (its last checkpoint); epochs %3–%4 are trained again</translation>
    </message>
    <message>
        <source>nothing to train: every layer is frozen</source>
        <translation>nothing to train: every layer is frozen</translation>
    </message>
    <message>
        <source>no samples to train on</source>
        <translation>no samples to train on</translation>
    </message>
    <message>
        <source>batch size must be at least 1</source>
        <translation>batch size must be at least 1</translation>
    </message>
    <message>
        <source>nothing to prepare: %1</source>
        <translation>nothing to prepare: %1</translation>
    </message>
    <message>
        <source>the feature store is off</source>
        <translation>the feature store is off</translation>
    </message>
    <message>
        <source>the feature cache is off</source>
        <translation>the feature cache is off</translation>
    </message>
    <message>
        <source>the model has no frozen layers at its start</source>
        <translation>the model has no frozen layers at its start</translation>
    </message>
    <message>
        <source>augmentation draws new images every epoch: store augmented copies (--augmented-copies K) or switch augmentation off</source>
        <translation>augmentation draws new images every epoch: store augmented copies (--augmented-copies K) or switch augmentation off</translation>
    </message>
    <message>
        <source>maxlen=%1 drops every review of a split; raise it</source>
        <translation>maxlen=%1 drops every review of a split; raise it</translation>
    </message>
    <message>
        <source>no layer or block named '%1'</source>
        <translation>no layer or block named '%1'</translation>
    </message>
    <message>
        <source>the model has no layer named '%1'</source>
        <translation>the model has no layer named '%1'</translation>
    </message>
    <message>
        <source>'%1' has %2 filters; there is no filter %3</source>
        <translation>'%1' has %2 filters; there is no filter %3</translation>
    </message>
    <message>
        <source>a classifier needs at least 2 classes</source>
        <translation>a classifier needs at least 2 classes</translation>
    </message>
    <message>
        <source>MobileNetV2 alpha must be 0.35, 0.5, 0.75, 1.0, 1.3 or 1.4</source>
        <translation>MobileNetV2 alpha must be 0.35, 0.5, 0.75, 1.0, 1.3 or 1.4</translation>
    </message>
    <message>
        <source>class %1 does not exist: the model has %2 classes</source>
        <translation>class %1 does not exist: the model has %2 classes</translation>
    </message>
    <message>
        <source>the model has no layer with a spatial output</source>
        <translation>the model has no layer with a spatial output</translation>
    </message>
    <message>
        <source>'%1' has no feature maps: its output is not spatial</source>
        <translation>'%1' has no feature maps: its output is not spatial</translation>
    </message>
    <message>
        <source>'%1' is not a recurrent layer</source>
        <translation>'%1' is not a recurrent layer</translation>
    </message>
    <message>
        <source>units, num_words, maxlen and layers must be positive</source>
        <translation>units, num_words, maxlen and layers must be positive</translation>
    </message>
    <message>
        <source>%1 needs a sequence input</source>
        <translation>%1 needs a sequence input</translation>
    </message>
    <message>
        <source>Add %1: inputs differ in shape</source>
        <translation>Add %1: inputs differ in shape</translation>
    </message>
    <message>
        <source>input %1 is too small: layer %2 would have no pixels</source>
        <translation>input %1 is too small: layer %2 would have no pixels</translation>
    </message>
    <message>
        <source>a Bidirectional RNN cannot be read step by step: its backward half reads the review from the end</source>
        <translation>a Bidirectional RNN cannot be read step by step: its backward half reads the review from the end</translation>
    </message>
    <message>
        <source>the model's last recurrent layer returns sequences</source>
        <translation>the model's last recurrent layer returns sequences</translation>
    </message>
    <message>
        <source>the model has no recurrent layer to read a review with</source>
        <translation>the model has no recurrent layer to read a review with</translation>
    </message>
    <message>
        <source>the model reads reviews of %1 tokens, not %2</source>
        <translation>the model reads reviews of %1 tokens, not %2</translation>
    </message>
    <message>
        <source>Resuming %1 from the beginning (it had no checkpoint yet): epoch %4 is trained again</source>
        <translation>Resuming %1 from the beginning (it had no checkpoint yet): epoch %4 is trained again</translation>
    </message>
    <message>
        <source>Resuming %1 from the beginning (it had no checkpoint yet): epochs %3–%4 are trained again</source>
        <translation>Resuming %1 from the beginning (it had no checkpoint yet): epochs %3–%4 are trained again</translation>
    </message>
    <message>
        <source>--checkpoint-every must be epoch or a time from 1s to 24 hours (60s, 5m, 1h), not '%1'</source>
        <translation>--checkpoint-every must be epoch or a time from 1s to 24 hours (60s, 5m, 1h), not '%1'</translation>
    </message>
    <message>
        <source>%1:%2: unknown key '%3' (a line starts with one of: %4)</source>
        <translation>%1:%2: unknown key '%3' (a line starts with one of: %4)</translation>
    </message>
    <message>
        <source>%1:%2: '%3' belongs to a step: start one with 'step ID' first</source>
        <translation>%1:%2: '%3' belongs to a step: start one with 'step ID' first</translation>
    </message>
    <message>
        <source>%1:%2: unknown action '%3' (known: %4)</source>
        <translation>%1:%2: unknown action '%3' (known: %4)</translation>
    </message>
    <message>
        <source>%1:%2: action %3 has no argument '%4' (it takes: %5)</source>
        <translation>%1:%2: action %3 has no argument '%4' (it takes: %5)</translation>
    </message>
    <message>
        <source>%1:%2: '%3' is not KEY=VALUE</source>
        <translation>%1:%2: '%3' is not KEY=VALUE</translation>
    </message>
    <message>
        <source>%1:%2: %3 must look like %4, not '%5'</source>
        <translation>%1:%2: %3 must look like %4, not '%5'</translation>
    </message>
    <message>
        <source>%1:%2: unknown value '%3' (known: %4)</source>
        <translation>%1:%2: unknown value '%3' (known: %4)</translation>
    </message>
    <message>
        <source>%1:%2: no action of step '%3' computes %4</source>
        <translation>%1:%2: no action of step '%3' computes %4</translation>
    </message>
    <message>
        <source>%1:%2: step '%3' has no %4 line</source>
        <translation>%1:%2: step '%3' has no %4 line</translation>
    </message>
    <message>
        <source>%1: the lesson has no %2 line</source>
        <translation>%1: the lesson has no %2 line</translation>
    </message>
    <message>
        <source>%1:%2: %3 is given twice</source>
        <translation>%1:%2: %3 is given twice</translation>
    </message>
    <message>
        <source>%1:%2: '%3' cannot name a step (use a-z, 0-9 and -, once each)</source>
        <translation>%1:%2: '%3' cannot name a step (use a-z, 0-9 and -, once each)</translation>
    </message>
    <message>
        <source>no built-in lesson '%1' (there is: %2)</source>
        <translation>no built-in lesson '%1' (there is: %2)</translation>
    </message>
    <message>
        <source>These are the lesson's classes (%1): the seed's counts apply.</source>
        <translation>These are the lesson's classes (%1): the seed's counts apply.</translation>
    </message>
    <message>
        <source>Not the lesson's classes (%1): the seed's counts come from the full cats_and_dogs_filtered, so this data's are its own.</source>
        <translation>Not the lesson's classes (%1): the seed's counts come from the full cats_and_dogs_filtered, so this data's are its own.</translation>
    </message>
    <message>
        <source>x_train[%1]: %2 tokens, pre-truncated: its first %3 dropped: x_train_seq[%1] = %4</source>
        <translation>x_train[%1]: %2 tokens, pre-truncated: its first %3 dropped: x_train_seq[%1] = %4</translation>
    </message>
    <message>
        <source>x_train[%1]: %2 tokens, pre-padded: %3 zeros in front: x_train_seq[%1] = %4</source>
        <translation>x_train[%1]: %2 tokens, pre-padded: %3 zeros in front: x_train_seq[%1] = %4</translation>
    </message>
    <message>
        <source>x_train[%1]: %2 tokens, already %3 long: x_train_seq[%1] = %4</source>
        <translation>x_train[%1]: %2 tokens, already %3 long: x_train_seq[%1] = %4</translation>
    </message>
    <message>
        <source>training is not performed headless (the GUI and `layerlab-cli train` do it)</source>
        <translation>training is not performed headless (the GUI and `layerlab-cli train` do it)</translation>
    </message>
    <message>
        <source>%1 needs a model: set-model first</source>
        <translation>%1 needs a model: set-model first</translation>
    </message>
    <message>
        <source>%1 needs the reviews: load-imdb first</source>
        <translation>%1 needs the reviews: load-imdb first</translation>
    </message>
    <message>
        <source>model_base alone: the Model tab's totals also count the lesson's head, which a later step adds</source>
        <translation>model_base alone: the Model tab's totals also count the lesson's head, which a later step adds</translation>
    </message>
</context>
<context>
    <name>OsReason</name>
    <message>
        <source>No such file or directory</source>
        <translation>No such file or directory</translation>
    </message>
    <message>
        <source>Permission denied</source>
        <translation>Permission denied</translation>
    </message>
    <message>
        <source>Operation not permitted</source>
        <translation>Operation not permitted</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>the disk is full</translation>
    </message>
    <message>
        <source>the disk quota is exceeded</source>
        <translation>the disk quota is exceeded</translation>
    </message>
    <message>
        <source>Is a directory</source>
        <translation>Is a directory</translation>
    </message>
    <message>
        <source>Not a directory</source>
        <translation>Not a directory</translation>
    </message>
    <message>
        <source>Too many levels of symbolic links</source>
        <translation>Too many levels of symbolic links</translation>
    </message>
    <message>
        <source>Read-only file system</source>
        <translation>Read-only file system</translation>
    </message>
    <message>
        <source>File exists</source>
        <translation>File exists</translation>
    </message>
    <message>
        <source>Device or resource busy</source>
        <translation>Device or resource busy</translation>
    </message>
    <message>
        <source>Directory not empty</source>
        <translation>Directory not empty</translation>
    </message>
    <message>
        <source>Input/output error</source>
        <translation>Input/output error</translation>
    </message>
    <message>
        <source>File name too long</source>
        <translation>File name too long</translation>
    </message>
    <message>
        <source>Too many open files</source>
        <translation>Too many open files</translation>
    </message>
    <message>
        <source>Cannot allocate memory</source>
        <translation>Cannot allocate memory</translation>
    </message>
    <message>
        <source>File too large</source>
        <translation>File too large</translation>
    </message>
    <message>
        <source>Text file busy</source>
        <translation>Text file busy</translation>
    </message>
    <message>
        <source>Invalid cross-device link</source>
        <translation>Invalid cross-device link</translation>
    </message>
    <message>
        <source>Invalid argument</source>
        <translation>Invalid argument</translation>
    </message>
    <message>
        <source>system error %1</source>
        <translation>system error %1</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>Keras cache: %1</source>
        <translation>Keras cache: %1</translation>
    </message>
    <message>
        <source>No imdb_word_index.json beside the file or in the Keras cache: reviews show as numbers only.</source>
        <translation>No imdb_word_index.json beside the file or in the Keras cache: reviews show as numbers only.</translation>
    </message>
    <message>
        <source>Built-in sample: 2,000 generated short reviews (not IMDB), works offline</source>
        <translation>Built-in sample: 2,000 generated short reviews (not IMDB), works offline</translation>
    </message>
    <message>
        <source>Downloaded by LayerLab: %1</source>
        <translation>Downloaded by LayerLab: %1</translation>
    </message>
</context>
<context>
    <name>Resource</name>
    <message>
        <source>VGG16 ImageNet weights, no top (the lesson's base)</source>
        <translation>VGG16 ImageNet weights, no top (the lesson's base)</translation>
    </message>
    <message>
        <source>MobileNetV2 ImageNet weights, no top, 224 px</source>
        <translation>MobileNetV2 ImageNet weights, no top, 224 px</translation>
    </message>
    <message>
        <source>IMDB reviews as keras.datasets.imdb loads them</source>
        <translation>IMDB reviews as keras.datasets.imdb loads them</translation>
    </message>
    <message>
        <source>IMDB word index (to decode reviews)</source>
        <translation>IMDB word index (to decode reviews)</translation>
    </message>
    <message>
        <source>cats_and_dogs_filtered: 2,000 + 1,000 photos of cats and dogs</source>
        <translation>cats_and_dogs_filtered: 2,000 + 1,000 photos of cats and dogs</translation>
    </message>
    <message>
        <source>verified</source>
        <translation>verified</translation>
    </message>
    <message>
        <source>checked by structure</source>
        <translation>checked by structure</translation>
    </message>
    <message>
        <source>checked by size</source>
        <translation>checked by size</translation>
    </message>
    <message>
        <source>MobileNetV2 ImageNet weights, no top, 192 px</source>
        <translation>MobileNetV2 ImageNet weights, no top, 192 px</translation>
    </message>
    <message>
        <source>MobileNetV2 ImageNet weights, no top, 160 px</source>
        <translation>MobileNetV2 ImageNet weights, no top, 160 px</translation>
    </message>
    <message>
        <source>MobileNetV2 ImageNet weights, no top, 128 px</source>
        <translation>MobileNetV2 ImageNet weights, no top, 128 px</translation>
    </message>
    <message>
        <source>MobileNetV2 ImageNet weights, no top, 96 px</source>
        <translation>MobileNetV2 ImageNet weights, no top, 96 px</translation>
    </message>
</context>
<context>
    <name>layerlab::download::Downloader</name>
    <message>
        <source>the server answered HTTP %1 %2 for %3</source>
        <translation>the server answered HTTP %1 %2 for %3</translation>
    </message>
    <message>
        <source>cannot reach %1 (offline?): %2</source>
        <translation>cannot reach %1 (offline?): %2</translation>
    </message>
    <message>
        <source>no data from %1 for too long: the connection timed out</source>
        <translation>no data from %1 for too long: the connection timed out</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>cannot write %1: %2</translation>
    </message>
    <message>
        <source>the downloaded %1 is not the expected file (%2); it was removed</source>
        <translation>the downloaded %1 is not the expected file (%2); it was removed</translation>
    </message>
    <message>
        <source>the server resumed %1 at the wrong place (%2)</source>
        <translation>the server resumed %1 at the wrong place (%2)</translation>
    </message>
    <message>
        <source>the server sends more than the %1 bytes %2 has: refused</source>
        <translation>the server sends more than the %1 bytes %2 has: refused</translation>
    </message>
    <message>
        <source>the server sends too slowly (%1 bytes/s over %2 s; LayerLab gives up below %3 bytes/s)</source>
        <translation>the server sends too slowly (%1 bytes/s over %2 s; LayerLab gives up below %3 bytes/s)</translation>
    </message>
    <message>
        <source>the archive does not hold %1/train and %1/validation</source>
        <translation>the archive does not hold %1/train and %1/validation</translation>
    </message>
    <message>
        <source>downloading %1 failed: %2</source>
        <translation>downloading %1 failed: %2</translation>
    </message>
    <message>
        <source>will not write the download to %1: it is a link or not a plain file of yours; remove it and try again</source>
        <translation>will not write the download to %1: it is a link or not a plain file of yours; remove it and try again</translation>
    </message>
    <message>
        <source>will not replace %1 with the download: it is not a plain file (a link, a folder or a device); remove it and try again</source>
        <translation>will not replace %1 with the download: it is not a plain file (a link, a folder or a device); remove it and try again</translation>
    </message>
    <message>
        <source>cannot move the download into place as %1: %2</source>
        <translation>cannot move the download into place as %1: %2</translation>
    </message>
</context>
<context>
    <name>layerlab::ui::AugmentControls</name>
    <message>
        <source>&lt;b&gt;shear_range=%1&lt;/b&gt; is %1 &lt;i&gt;degrees&lt;/i&gt; in Keras (keras-preprocessing ≥ 1.0): almost no visible shear. Old Keras read radians, which would be %2°.</source>
        <translation>&lt;b&gt;shear_range=%1&lt;/b&gt; is %1 &lt;i&gt;degrees&lt;/i&gt; in Keras (keras-preprocessing ≥ 1.0): almost no visible shear. Old Keras read radians, which would be %2°.</translation>
    </message>
    <message>
        <source>A shift range of %1 (≥ 1) is read as &lt;i&gt;pixels&lt;/i&gt;, not as a fraction of the image.</source>
        <translation>A shift range of %1 (≥ 1) is read as &lt;i&gt;pixels&lt;/i&gt;, not as a fraction of the image.</translation>
    </message>
    <message>
        <source>fill_mode='wrap' tiles the picture (abcd|abcd) as Keras documents; Keras itself passes 'wrap' to SciPy, which repeats with a period one pixel shorter.</source>
        <translation>fill_mode='wrap' tiles the picture (abcd|abcd) as Keras documents; Keras itself passes 'wrap' to SciPy, which repeats with a period one pixel shorter.</translation>
    </message>
    <message>
        <source>rotation_range above 180° adds nothing: angles wrap around.</source>
        <translation>rotation_range above 180° adds nothing: angles wrap around.</translation>
    </message>
    <message>
        <source> °</source>
        <translation> °</translation>
    </message>
    <message>
        <source>Rotation θ ~ U(−r, r) degrees</source>
        <translation>Rotation θ ~ U(−r, r) degrees</translation>
    </message>
    <message>
        <source>&lt; 1: fraction of the size; ≥ 1: pixels; both drawn from U(−r, r)</source>
        <translation>&lt; 1: fraction of the size; ≥ 1: pixels; both drawn from U(−r, r)</translation>
    </message>
    <message>
        <source>int (whole pixels)</source>
        <translation>int (whole pixels)</translation>
    </message>
    <message>
        <source>An int r draws a whole number of pixels from {−(r−1), …, r−1}, as Keras does</source>
        <translation>An int r draws a whole number of pixels from {−(r−1), …, r−1}, as Keras does</translation>
    </message>
    <message>
        <source>Shear angle φ ~ U(−s, s) in degrees</source>
        <translation>Shear angle φ ~ U(−s, s) in degrees</translation>
    </message>
    <message>
        <source>lo </source>
        <translation>lo </translation>
    </message>
    <message>
        <source>hi </source>
        <translation>hi </translation>
    </message>
    <message>
        <source>zx and zy drawn independently from U(lo, hi); &gt; 1 zooms out</source>
        <translation>zx and zy drawn independently from U(lo, hi); &gt; 1 zooms out</translation>
    </message>
    <message>
        <source>on</source>
        <translation>on</translation>
    </message>
    <message>
        <source>Value outside the picture when fill_mode is constant</source>
        <translation>Value outside the picture when fill_mode is constant</translation>
    </message>
    <message>
        <source>None</source>
        <translation>None</translation>
    </message>
    <message>
        <source>Applied after augmentation, as Keras's standardize() does</source>
        <translation>Applied after augmentation, as Keras's standardize() does</translation>
    </message>
    <message>
        <source>zoom &amp;gt; 1 zooms &lt;i&gt;out&lt;/i&gt; (the picture gets smaller), &amp;lt; 1 zooms in: Keras samples zx and zy independently, so zoom also stretches.</source>
        <translation>zoom &amp;gt; 1 zooms &lt;i&gt;out&lt;/i&gt; (the picture gets smaller), &amp;lt; 1 zooms in: Keras samples zx and zy independently, so zoom also stretches.</translation>
    </message>
    <message>
        <source>&lt;b&gt;zoom_range&lt;/b&gt; must satisfy 0 &amp;lt; lo ≤ hi.</source>
        <translation>&lt;b&gt;zoom_range&lt;/b&gt; must satisfy 0 &amp;lt; lo ≤ hi.</translation>
    </message>
</context>
<context>
    <name>layerlab::ui::AugmentPreview</name>
    <message>
        <source>Samples</source>
        <translation>Samples</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>Seed</translation>
    </message>
    <message>
        <source> px</source>
        <translation> px</translation>
    </message>
    <message>
        <source>Sample i uses seed + i and draws what Keras's get_random_transform(seed=seed + i) draws</source>
        <translation>Sample i uses seed + i and draws what Keras's get_random_transform(seed=seed + i) draws</translation>
    </message>
    <message>
        <source>Reshuffle</source>
        <translation>Reshuffle</translation>
    </message>
    <message>
        <source>New random seed (Ctrl+R)</source>
        <translation>New random seed (Ctrl+R)</translation>
    </message>
    <message>
        <source>Lesson defaults</source>
        <translation>Lesson defaults</translation>
    </message>
    <message>
        <source>rotation 30, shifts 0.1, shear 0.2, zoom 0.2, horizontal flip, nearest</source>
        <translation>rotation 30, shifts 0.1, shear 0.2, zoom 0.2, horizontal flip, nearest</translation>
    </message>
    <message>
        <source>Copy as Keras code</source>
        <translation>Copy as Keras code</translation>
    </message>
    <message>
        <source>Put the matching ImageDataGenerator(...) call on the clipboard (Ctrl+Shift+C)</source>
        <translation>Put the matching ImageDataGenerator(...) call on the clipboard (Ctrl+Shift+C)</translation>
    </message>
    <message>
        <source>Show drawn parameters under each sample</source>
        <translation>Show drawn parameters under each sample</translation>
    </message>
    <message>
        <source>Select an image in the Dataset tab to preview augmentation.</source>
        <translation>Select an image in the Dataset tab to preview augmentation.</translation>
    </message>
    <message>
        <source>Copied ImageDataGenerator(...) to the clipboard</source>
        <translation>Copied ImageDataGenerator(...) to the clipboard</translation>
    </message>
    <message>
        <source>Cannot preview %1: %2</source>
        <translation>Cannot preview %1: %2</translation>
    </message>
    <message>
        <source>θ %1°  shear %2°
tx %3  ty %4 px
zx %5  zy %6</source>
        <translation>θ %1°  shear %2°
tx %3  ty %4 px
zx %5  zy %6</translation>
    </message>
    <message>
        <source>  ↔ flipped</source>
        <translation>  ↔ flipped</translation>
    </message>
    <message>
        <source>  ↕ flipped</source>
        <translation>  ↕ flipped</translation>
    </message>
    <message>
        <source>
brightness %1</source>
        <translation>
brightness %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;Original&lt;/b&gt; (resized with nearest, as flow_from_directory) and &lt;b&gt;augmented samples&lt;/b&gt; made by the same function training uses</source>
        <translation>&lt;b&gt;Original&lt;/b&gt; (resized with nearest, as flow_from_directory) and &lt;b&gt;augmented samples&lt;/b&gt; made by the same function training uses</translation>
    </message>
    <message>
        <source>Original</source>
        <translation>Original</translation>
    </message>
    <message>
        <source>How flow_from_directory resizes to target_size; Keras's default is nearest</source>
        <translation>How flow_from_directory resizes to target_size; Keras's default is nearest</translation>
    </message>
</context>
<context>
    <name>layerlab::ui::ClassFolderMenu</name>
    <message>
        <source>Open class folder</source>
        <translation>Open class folder</translation>
    </message>
    <message>
        <source>&amp;Runs</source>
        <translation>&amp;Runs</translation>
    </message>
    <message>
        <source>Open &amp;class folder…</source>
        <translation>Open &amp;class folder…</translation>
    </message>
    <message>
        <source>List the runs of a folder the whole class trains into (a network share): who made each, the best first, updated as they train</source>
        <translation>List the runs of a folder the whole class trains into (a network share): who made each, the best first, updated as they train</translation>
    </message>
    <message>
        <source>&amp;My own runs</source>
        <translation>&amp;My own runs</translation>
    </message>
</context>
<context>
    <name>layerlab::ui::ConfusionMatrixModel</name>
    <message numerus="yes">
        <source>True %1, predicted %2: %n sample(s). Click to see them.</source>
        <translation><numerusform>True %1, predicted %2: %n sample. Click to see them.</numerusform><numerusform>True %1, predicted %2: %n samples. Click to see them.</numerusform></translation>
    </message>
    <message>
        <source>predicted %1</source>
        <translation>predicted %1</translation>
    </message>
    <message>
        <source>true %1</source>
        <translation>true %1</translation>
    </message>
</context>
<context>
    <name>layerlab::ui::ConfusionPanel</name>
    <message>
        <source>No validation predictions in this run yet.</source>
        <translation>No validation predictions in this run yet.</translation>
    </message>
    <message>
        <source>%1: validation accuracy %2 on %3 samples (last epoch). Click a cell to see its samples.</source>
        <translation>%1: validation accuracy %2 on %3 samples (last epoch). Click a cell to see its samples.</translation>
    </message>
    <message>
        <source>%1 · P(positive) = %2</source>
        <translation>%1 · P(positive) = %2</translation>
    </message>
</context>
<context>
    <name>layerlab::ui::DatasetBrowser</name>
    <message>
        <source>Open folder…</source>
        <translation>Open folder…</translation>
    </message>
    <message>
        <source>Choose a dataset folder (Ctrl+O). You can also drop a folder here.</source>
        <translation>Choose a dataset folder (Ctrl+O). You can also drop a folder here.</translation>
    </message>
    <message>
        <source>Recent</source>
        <translation>Recent</translation>
    </message>
    <message>
        <source>Built-in sample</source>
        <translation>Built-in sample</translation>
    </message>
    <message>
        <source>Circles vs squares, drawn by LayerLab: works offline</source>
        <translation>Circles vs squares, drawn by LayerLab: works offline</translation>
    </message>
    <message>
        <source>Split:</source>
        <translation>Split:</translation>
    </message>
    <message>
        <source>Class:</source>
        <translation>Class:</translation>
    </message>
    <message>
        <source>&lt;b&gt;Built-in sample dataset.&lt;/b&gt; These are not photographs: LayerLab drew 300 pictures of circles and squares on cluttered backgrounds (train 100 + 100, validation 50 + 50) so that everything works offline. Open the lesson's cats_and_dogs_filtered folder for real results.</source>
        <translation>&lt;b&gt;Built-in sample dataset.&lt;/b&gt; These are not photographs: LayerLab drew 300 pictures of circles and squares on cluttered backgrounds (train 100 + 100, validation 50 + 50) so that everything works offline. Open the lesson's cats_and_dogs_filtered folder for real results.</translation>
    </message>
    <message>
        <source>Open a dataset folder (class subfolders, or train/ and validation/),
drop one here, or use the built-in sample.</source>
        <translation>Open a dataset folder (class subfolders, or train/ and validation/),
drop one here, or use the built-in sample.</translation>
    </message>
    <message>
        <source>Open dataset folder</source>
        <translation>Open dataset folder</translation>
    </message>
    <message>
        <source>Preparing the built-in sample dataset…</source>
        <translation>Preparing the built-in sample dataset…</translation>
    </message>
    <message>
        <source>Scanning…</source>
        <translation>Scanning…</translation>
    </message>
    <message>
        <source>Cannot open this folder</source>
        <translation>Cannot open this folder</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>All classes (%1)</source>
        <translation>All classes (%1)</translation>
    </message>
    <message>
        <source>%1 · %2 (%3)</source>
        <translation>%1 · %2 (%3)</translation>
    </message>
    <message numerus="yes">
        <source>(%n file(s) cannot be used)</source>
        <translation><numerusform>(%n file cannot be used)</numerusform><numerusform>(%n files cannot be used)</numerusform></translation>
    </message>
    <message>
        <source>Skipped files: %1</source>
        <translation>Skipped files: %1</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <source>Cannot show this file</source>
        <translation>Cannot show this file</translation>
    </message>
    <message>
        <source>&lt;b&gt;File:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;File:&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;Size:&lt;/b&gt; %1 × %2 px</source>
        <translation>&lt;b&gt;Size:&lt;/b&gt; %1 × %2 px</translation>
    </message>
    <message>
        <source>&lt;b&gt;Class:&lt;/b&gt; %1 (label %2)</source>
        <translation>&lt;b&gt;Class:&lt;/b&gt; %1 (label %2)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Skipped:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Skipped:&lt;/b&gt; %1</translation>
    </message>
</context>
<context>
    <name>layerlab::ui::DatasetListModel</name>
    <message>
        <source>%1
class %2 (label %3)</source>
        <translation>%1
class %2 (label %3)</translation>
    </message>
    <message>
        <source>%1
skipped: %2</source>
        <translation>%1
skipped: %2</translation>
    </message>
</context>
<context>
    <name>layerlab::ui::DrillDownExplainer</name>
    <message>
        <source>&amp;Grad-CAM</source>
        <translation>&amp;Grad-CAM</translation>
    </message>
    <message>
        <source>Lay over each image where the model looked to choose its class</source>
        <translation>Lay over each image where the model looked to choose its class</translation>
    </message>
    <message>
        <source>&amp;Explain…</source>
        <translation>&amp;Explain…</translation>
    </message>
    <message>
        <source>Grad-CAM for any class and layer, every channel of a layer, filter patterns</source>
        <translation>Grad-CAM for any class and layer, every channel of a layer, filter patterns</translation>
    </message>
</context>
<context>
    <name>layerlab::ui::EpochBanner</name>
    <message>
        <source>epoch %1/%2 · val_loss %3 · val_acc %4</source>
        <translation>epoch %1/%2 · val_loss %3 · val_acc %4</translation>
    </message>
    <message>
        <source>epoch %1/%2 · loss %3 · acc %4</source>
        <translation>epoch %1/%2 · loss %3 · acc %4</translation>
    </message>
</context>
<context>
    <name>layerlab::ui::ExplainDialog</name>
    <message>
        <source>%1: %2% · the map is %3×%4 at %5</source>
        <translation>%1: %2% · the map is %3×%4 at %5</translation>
    </message>
    <message>
        <source>Nothing in the picture speaks for %1: the map is zero.</source>
        <translation>Nothing in the picture speaks for %1: the map is zero.</translation>
    </message>
    <message>
        <source>Gradient ascent from grey noise…</source>
        <translation>Gradient ascent from grey noise…</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Cancelled.</translation>
    </message>
    <message>
        <source>%1 in %2</source>
        <translation>%1 in %2</translation>
    </message>
    <message>
        <source>Add images</source>
        <translation>Add images</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.bmp *.ppm *.tif *.tiff);;All files (*)</source>
        <translation>Images (*.png *.jpg *.jpeg *.bmp *.ppm *.tif *.tiff);;All files (*)</translation>
    </message>
    <message>
        <source>What the model learned</source>
        <translation>What the model learned</translation>
    </message>
    <message>
        <source>&amp;Grad-CAM</source>
        <translation>&amp;Grad-CAM</translation>
    </message>
    <message>
        <source>&amp;Activations</source>
        <translation>&amp;Activations</translation>
    </message>
    <message>
        <source>&amp;Filter patterns</source>
        <translation>&amp;Filter patterns</translation>
    </message>
    <message>
        <source>Add images…</source>
        <translation>Add images…</translation>
    </message>
    <message>
        <source>Show &amp;map</source>
        <translation>Show &amp;map</translation>
    </message>
    <message>
        <source>low</source>
        <translation>low</translation>
    </message>
    <message>
        <source>high</source>
        <translation>high</translation>
    </message>
    <message>
        <source>&amp;Compute</source>
        <translation>&amp;Compute</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source> filters</source>
        <translation> filters</translation>
    </message>
    <message>
        <source>The layer whose feature maps Grad-CAM weighs</source>
        <translation>The layer whose feature maps Grad-CAM weighs</translation>
    </message>
    <message>
        <source>Predicted class</source>
        <translation>Predicted class</translation>
    </message>
    <message>
        <source>Class: %1</source>
        <translation>Class: %1</translation>
    </message>
    <message>
        <source>Whose evidence the map shows: the predicted class, or another</source>
        <translation>Whose evidence the map shows: the predicted class, or another</translation>
    </message>
    <message>
        <source>Add an image (Add images…) to see what the model makes of it.</source>
        <translation>Add an image (Add images…) to see what the model makes of it.</translation>
    </message>
    <message>
        <source>Gradient ascent, 8 filters at a time: step %1 of %2 · about %3 left</source>
        <translation>Gradient ascent, 8 filters at a time: step %1 of %2 · about %3 left</translation>
    </message>
    <message>
        <source>Compute draws, for each filter, the input it responds to most: 40 steps of gradient ascent from grey noise.</source>
        <translation>Compute draws, for each filter, the input it responds to most: 40 steps of gradient ascent from grey noise.</translation>
    </message>
</context>
<context>
    <name>layerlab::ui::FineTuneDialog</name>
    <message>
        <source>Fine-tune from this run</source>
        <translation>Fine-tune from this run</translation>
    </message>
    <message>
        <source>Unfreeze</source>
        <translation>Unfreeze</translation>
    </message>
    <message>
        <source>Learning rate</source>
        <translation>Learning rate</translation>
    </message>
    <message>
        <source>More epochs</source>
        <translation>More epochs</translation>
    </message>
    <message>
        <source>Trainable params: %1 → %2</source>
        <translation>Trainable params: %1 → %2</translation>
    </message>
    <message>
        <source>Tick the blocks to unfreeze (the lesson: block5, its three convolutions).</source>
        <translation>Tick the blocks to unfreeze (the lesson: block5, its three convolutions).</translation>
    </message>
    <message>
        <source>Every block of %1 trains already.</source>
        <translation>Every block of %1 trains already.</translation>
    </message>
    <message>
        <source>Tick the blocks of %1 to unfreeze (proposed: %2, its last frozen block).</source>
        <translation>Tick the blocks of %1 to unfreeze (proposed: %2, its last frozen block).</translation>
    </message>
    <message>
        <source>Training goes on from this run's model with a lower learning rate; the curves continue with a marker.</source>
        <translation>Training goes on from this run's model with a lower learning rate; the curves continue with a marker.</translation>
    </message>
</context>
<context>
    <name>layerlab::ui::GetDataDialog</name>
    <message>
        <source>%1: %2 of %3 MB · %4 MB/s · ETA %5</source>
        <translation>%1: %2 of %3 MB · %4 MB/s · ETA %5</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1 failed: %2</translation>
    </message>
    <message>
        <source>%1: canceled. The partial file is kept; Get resumes it.</source>
        <translation>%1: canceled. The partial file is kept; Get resumes it.</translation>
    </message>
    <message>
        <source>%1: connecting…</source>
        <translation>%1: connecting…</translation>
    </message>
    <message>
        <source>Here</source>
        <translation>Here</translation>
    </message>
    <message>
        <source>Get</source>
        <translation>Get</translation>
    </message>
    <message>
        <source>Get the lesson's data</source>
        <translation>Get the lesson's data</translation>
    </message>
    <message>
        <source>Get all missing</source>
        <translation>Get all missing</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>%1: %2 and ready in %3</source>
        <translation>%1: %2 and ready in %3</translation>
    </message>
    <message>
        <source>The lesson's Keras code downloads these files itself. LayerLab first looks in the Keras cache (~/.keras, $KERAS_HOME), so nothing you already have is downloaded twice; every file is checked before it is used: against Keras's size and md5/sha256, or, for weights Keras publishes no hash for, by their structure (every layer, every shape). Without internet the built-in samples work offline.</source>
        <translation>The lesson's Keras code downloads these files itself. LayerLab first looks in the Keras cache (~/.keras, $KERAS_HOME), so nothing you already have is downloaded twice; every file is checked before it is used: against Keras's size and md5/sha256, or, for weights Keras publishes no hash for, by their structure (every layer, every shape). Without internet the built-in samples work offline.</translation>
    </message>
</context>
<context>
    <name>layerlab::ui::HistoryChart</name>
    <message>
        <source>Loss</source>
        <translation>Loss</translation>
    </message>
    <message>
        <source>Accuracy</source>
        <translation>Accuracy</translation>
    </message>
    <message>
        <source>per batch</source>
        <translation>per batch</translation>
    </message>
    <message>
        <source>overfitting gap</source>
        <translation>overfitting gap</translation>
    </message>
    <message>
        <source>fine-tune</source>
        <translation>fine-tune</translation>
    </message>
    <message>
        <source>epoch</source>
        <translation>epoch</translation>
    </message>
    <message>
        <source>Overlaid (dashed: train, dotted: validation): %1</source>
        <translation>Overlaid (dashed: train, dotted: validation): %1</translation>
    </message>
    <message>
        <source>Solid: %1.</source>
        <translation>Solid: %1.</translation>
    </message>
    <message>
        <source>A click on an entry hides or shows its curves</source>
        <translation>A click on an entry hides or shows its curves</translation>
    </message>
</context>
<context>
    <name>layerlab::ui::ImdbPage</name>
    <message>
        <source>Load reviews first (the Reviews tab).</source>
        <translation>Load reviews first (the Reviews tab).</translation>
    </message>
    <message>
        <source>Reviews</source>
        <translation>Reviews</translation>
    </message>
    <message>
        <source>Lengths &amp;&amp; padding</source>
        <translation>Lengths &amp;&amp; padding</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Model</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Training</translation>
    </message>
    <message>
        <source>Train a model (or show a run on the Training tab) first: it does the reading.</source>
        <translation>Train a model (or show a run on the Training tab) first: it does the reading.</translation>
    </message>
</context>
<context>
    <name>layerlab::ui::LayerTreeModel</name>
    <message numerus="yes">
        <source>%n layer(s)</source>
        <translation><numerusform>%n layer</numerusform><numerusform>%n layers</numerusform></translation>
    </message>
    <message>
        <source>Trainable: its weights change during training</source>
        <translation>Trainable: its weights change during training</translation>
    </message>
    <message>
        <source>Frozen: its weights stay as loaded (trainable = False)</source>
        <translation>Frozen: its weights stay as loaded (trainable = False)</translation>
    </message>
    <message>
        <source>Layer (trainable)</source>
        <translation>Layer (trainable)</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Output shape</source>
        <translation>Output shape</translation>
    </message>
    <message>
        <source>Params</source>
        <translation>Params</translation>
    </message>
    <message>
        <source>Trainable params</source>
        <translation>Trainable params</translation>
    </message>
</context>
<context>
    <name>layerlab::ui::LengthHistogram</name>
    <message>
        <source>Review lengths (words, start token included)</source>
        <translation>Review lengths (words, start token included)</translation>
    </message>
    <message>
        <source>reviews</source>
        <translation>reviews</translation>
    </message>
    <message>
        <source>mean %1</source>
        <translation>mean %1</translation>
    </message>
    <message>
        <source>median %1</source>
        <translation>median %1</translation>
    </message>
    <message>
        <source>maxlen %1 (drag)</source>
        <translation>maxlen %1 (drag)</translation>
    </message>
    <message>
        <source>length</source>
        <translation>length</translation>
    </message>
</context>
<context>
    <name>layerlab::ui::LengthsPanel</name>
    <message>
        <source>maxlen</source>
        <translation>maxlen</translation>
    </message>
    <message>
        <source>padding</source>
        <translation>padding</translation>
    </message>
    <message>
        <source>truncating</source>
        <translation>truncating</translation>
    </message>
    <message>
        <source>The selected review after pad_sequences (0 = padding):</source>
        <translation>The selected review after pad_sequences (0 = padding):</translation>
    </message>
    <message>
        <source>maxlen %1: %2% of the training reviews are cut (longer), %3% are padded (shorter); mean length %4, median %5.</source>
        <translation>maxlen %1: %2% of the training reviews are cut (longer), %3% are padded (shorter); mean length %4, median %5.</translation>
    </message>
</context>
<context>
    <name>layerlab::ui::LessonFigures</name>
    <message>
        <source>Trainable params: %1</source>
        <translation>Trainable params: %1</translation>
    </message>
    <message>
        <source>%1 as the model receives it (word indices); train an IMDB run to see what it reads</source>
        <translation>%1 as the model receives it (word indices); train an IMDB run to see what it reads</translation>
    </message>
</context>
<context>
    <name>layerlab::ui::LessonPanel</name>
    <message>
        <source>Working…</source>
        <translation>Working…</translation>
    </message>
    <message>
        <source>Done.</source>
        <translation>Done.</translation>
    </message>
    <message>
        <source>as in the lesson (%1)</source>
        <translation>as in the lesson (%1)</translation>
    </message>
    <message>
        <source>the lesson has %1</source>
        <translation>the lesson has %1</translation>
    </message>
    <message>
        <source>◀ Previous</source>
        <translation>◀ Previous</translation>
    </message>
    <message>
        <source>The step before (Page Up: a figure's own steps first)</source>
        <translation>The step before (Page Up: a figure's own steps first)</translation>
    </message>
    <message>
        <source>Do it</source>
        <translation>Do it</translation>
    </message>
    <message>
        <source>LayerLab performs this step on its pages and shows the output (Ctrl+Return)</source>
        <translation>LayerLab performs this step on its pages and shows the output (Ctrl+Return)</translation>
    </message>
    <message>
        <source>Next ▶</source>
        <translation>Next ▶</translation>
    </message>
    <message>
        <source>The next step (Page Down, a presenter's clicker: a figure's own steps first, such as the words of the unrolled review)</source>
        <translation>The next step (Page Down, a presenter's clicker: a figure's own steps first, such as the words of the unrolled review)</translation>
    </message>
    <message>
        <source>The training step trains at most 5 epochs of 10 steps without augmentation, so the feature store serves VGG16's features</source>
        <translation>The training step trains at most 5 epochs of 10 steps without augmentation, so the feature store serves VGG16's features</translation>
    </message>
    <message>
        <source>Output</source>
        <translation>Output</translation>
    </message>
    <message>
        <source>Class time (5 short epochs)</source>
        <translation>Class time (5 short epochs)</translation>
    </message>
    <message>
        <source>This is not the lesson's data: the values are its own, and the lesson's (from the full dataset) stand beside them, unticked.</source>
        <translation>This is not the lesson's data: the values are its own, and the lesson's (from the full dataset) stand beside them, unticked.</translation>
    </message>
    <message>
        <source>lesson: %1</source>
        <translation>lesson: %1</translation>
    </message>
    <message>
        <source>The pages changed since this step was done: Do it again for its numbers.</source>
        <translation>The pages changed since this step was done: Do it again for its numbers.</translation>
    </message>
</context>
<context>
    <name>layerlab::ui::LessonStage</name>
    <message>
        <source>The reviews could not be loaded: the Reviews tab says why.</source>
        <translation>The reviews could not be loaded: the Reviews tab says why.</translation>
    </message>
    <message>
        <source>This step reads a folder with train/ and validation/ in it, as cats_and_dogs_filtered has: open one first.</source>
        <translation>This step reads a folder with train/ and validation/ in it, as cats_and_dogs_filtered has: open one first.</translation>
    </message>
    <message>
        <source>Open a folder…</source>
        <translation>Open a folder…</translation>
    </message>
    <message>
        <source>This step needs a run: train one first.</source>
        <translation>This step needs a run: train one first.</translation>
    </message>
    <message>
        <source>Go to the training step</source>
        <translation>Go to the training step</translation>
    </message>
    <message>
        <source>This step works on the reviews: load them first.</source>
        <translation>This step works on the reviews: load them first.</translation>
    </message>
    <message>
        <source>This step changes the model: build it first.</source>
        <translation>This step changes the model: build it first.</translation>
    </message>
    <message>
        <source>Go to the loading step</source>
        <translation>Go to the loading step</translation>
    </message>
    <message>
        <source>Go to the model step</source>
        <translation>Go to the model step</translation>
    </message>
    <message>
        <source>A run is already training: its curves are on the Training tab.</source>
        <translation>A run is already training: its curves are on the Training tab.</translation>
    </message>
    <message>
        <source>Fine-tuning continues a finished run: do the training step first (the counts are the model's all the same).</source>
        <translation>Fine-tuning continues a finished run: do the training step first (the counts are the model's all the same).</translation>
    </message>
    <message>
        <source>Fine-tuning %1: %2 more epochs at learning rate %3.</source>
        <translation>Fine-tuning %1: %2 more epochs at learning rate %3.</translation>
    </message>
    <message>
        <source>No reviews are loaded: choose where they come from on the Reviews tab.</source>
        <translation>No reviews are loaded: choose where they come from on the Reviews tab.</translation>
    </message>
    <message>
        <source>Training started: %1 epochs. The curves grow on the Training tab.</source>
        <translation>Training started: %1 epochs. The curves grow on the Training tab.</translation>
    </message>
    <message>
        <source>Page Down now reads the review word by word; the ▶ button goes on.</source>
        <translation>Page Down now reads the review word by word; the ▶ button goes on.</translation>
    </message>
    <message>
        <source>The figure is on the Lesson figures page.</source>
        <translation>The figure is on the Lesson figures page.</translation>
    </message>
    <message>
        <source>A run is training: fine-tune it once it has finished (the counts are the model's all the same).</source>
        <translation>A run is training: fine-tune it once it has finished (the counts are the model's all the same).</translation>
    </message>
    <message>
        <source>A run is training: save its model once it has finished.</source>
        <translation>A run is training: save its model once it has finished.</translation>
    </message>
    <message>
        <source>Saving the model; the status bar says when it is written.</source>
        <translation>Saving the model; the status bar says when it is written.</translation>
    </message>
    <message>
        <source>Not saved.</source>
        <translation>Not saved.</translation>
    </message>
</context>
<context>
    <name>layerlab::ui::LrFinderDialog</name>
    <message>
        <source>Preparing: scanning data, building the model…</source>
        <translation>Preparing: scanning data, building the model…</translation>
    </message>
    <message>
        <source>Step %1 of %2: learning rate %3, loss %4 · about %5 left</source>
        <translation>Step %1 of %2: learning rate %3, loss %4 · about %5 left</translation>
    </message>
    <message numerus="yes">
        <source>Stopped after %n step(s): too few for a suggestion.</source>
        <translation><numerusform>Stopped after %n step: too few for a suggestion.</numerusform><numerusform>Stopped after %n steps: too few for a suggestion.</numerusform></translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation>Stopped.</translation>
    </message>
    <message numerus="yes">
        <source>%n step(s). The loss falls fastest at %1 (the red point): a good learning rate to start from.</source>
        <translation><numerusform>%n step. The loss falls fastest at %1 (the red point): a good learning rate to start from.</numerusform><numerusform>%n steps. The loss falls fastest at %1 (the red point): a good learning rate to start from.</numerusform></translation>
    </message>
    <message>
        <source>Find a learning rate</source>
        <translation>Find a learning rate</translation>
    </message>
    <message>
        <source>One batch per step while the learning rate grows from 1e-7 to 10, on a copy of the model this page would train: the run's settings and any saved run stay as they are. The loss is smoothed; the sweep stops when it explodes.</source>
        <translation>One batch per step while the learning rate grows from 1e-7 to 10, on a copy of the model this page would train: the run's settings and any saved run stay as they are. The loss is smoothed; the sweep stops when it explodes.</translation>
    </message>
    <message>
        <source>learning rate (log scale)</source>
        <translation>learning rate (log scale)</translation>
    </message>
    <message>
        <source>loss (smoothed)</source>
        <translation>loss (smoothed)</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Stop</translation>
    </message>
    <message>
        <source>&amp;Use %1</source>
        <translation>&amp;Use %1</translation>
    </message>
    <message>
        <source>&amp;Use the suggestion</source>
        <translation>&amp;Use the suggestion</translation>
    </message>
    <message>
        <source>No suggestion: the loss did not fall during the sweep. This model learns too little from a hundred single batches (an RNN trained from scratch often does): keep the usual learning rate, or look at the curve.</source>
        <translation>No suggestion: the loss did not fall during the sweep. This model learns too little from a hundred single batches (an RNN trained from scratch often does): keep the usual learning rate, or look at the curve.</translation>
    </message>
</context>
<context>
    <name>layerlab::ui::MainWindow</name>
    <message>
        <source>LayerLab — transfer learning and RNN workbench</source>
        <translation>LayerLab — transfer learning and RNN workbench</translation>
    </message>
    <message>
        <source>Transfer learning</source>
        <translation>Transfer learning</translation>
    </message>
    <message>
        <source>IMDB RNN</source>
        <translation>IMDB RNN</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;Open dataset folder…</source>
        <translation>&amp;Open dataset folder…</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>Open &amp;recent</translation>
    </message>
    <message>
        <source>Use the built-in &amp;sample dataset</source>
        <translation>Use the built-in &amp;sample dataset</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <source>Copy augmentation as &amp;Keras code</source>
        <translation>Copy augmentation as &amp;Keras code</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <source>System (%1)</source>
        <translation>System (%1)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;About LayerLab</source>
        <translation>&amp;About LayerLab</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>About &amp;Qt</translation>
    </message>
    <message>
        <source>The compute device LayerLab trains on</source>
        <translation>The compute device LayerLab trains on</translation>
    </message>
    <message>
        <source>Training is running</source>
        <translation>Training is running</translation>
    </message>
    <message>
        <source>Stop training and quit? Finished epochs stay on disk and the run can be resumed.</source>
        <translation>Stop training and quit? Finished epochs stay on disk and the run can be resumed.</translation>
    </message>
    <message>
        <source>&amp;Get the lesson's data…</source>
        <translation>&amp;Get the lesson's data…</translation>
    </message>
    <message>
        <source>Welcome to LayerLab</source>
        <translation>Welcome to LayerLab</translation>
    </message>
    <message>
        <source>LayerLab has opened its built-in samples: pictures of circles and squares, and generated short reviews. They work offline, so you can try everything now.</source>
        <translation>LayerLab has opened its built-in samples: pictures of circles and squares, and generated short reviews. They work offline, so you can try everything now.</translation>
    </message>
    <message>
        <source>The lesson's real data (cats and dogs photos, IMDB reviews, ImageNet weights) can be downloaded once — or is found in the Keras cache if you already ran the notebook. Get it now? (File → Get the lesson's data, Ctrl+D, at any time.)</source>
        <translation>The lesson's real data (cats and dogs photos, IMDB reviews, ImageNet weights) can be downloaded once — or is found in the Keras cache if you already ran the notebook. Get it now? (File → Get the lesson's data, Ctrl+D, at any time.)</translation>
    </message>
    <message>
        <source>Get data…</source>
        <translation>Get data…</translation>
    </message>
    <message>
        <source>Use the samples</source>
        <translation>Use the samples</translation>
    </message>
    <message>
        <source>Opened the lesson's photos from the Keras cache: %1</source>
        <translation>Opened the lesson's photos from the Keras cache: %1</translation>
    </message>
    <message>
        <source>Opened the lesson's photos downloaded by LayerLab: %1</source>
        <translation>Opened the lesson's photos downloaded by LayerLab: %1</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>Stopping…</translation>
    </message>
    <message>
        <source>&amp;Presentation mode</source>
        <translation>&amp;Presentation mode</translation>
    </message>
    <message>
        <source>Zoom &amp;in</source>
        <translation>Zoom &amp;in</translation>
    </message>
    <message>
        <source>Zoom &amp;out</source>
        <translation>Zoom &amp;out</translation>
    </message>
    <message>
        <source>&amp;Actual size</source>
        <translation>&amp;Actual size</translation>
    </message>
    <message>
        <source>That is the largest type that fits the screen.</source>
        <translation>That is the largest type that fits the screen.</translation>
    </message>
    <message>
        <source>&amp;Export run as Keras model…</source>
        <translation>&amp;Export run as Keras model…</translation>
    </message>
    <message>
        <source>&amp;Prepare features for class…</source>
        <translation>&amp;Prepare features for class…</translation>
    </message>
    <message>
        <source>Open lesson</source>
        <translation>Open lesson</translation>
    </message>
    <message>
        <source>Lessons (*.lesson);;All files (*)</source>
        <translation>Lessons (*.lesson);;All files (*)</translation>
    </message>
    <message>
        <source>Lesson not opened</source>
        <translation>Lesson not opened</translation>
    </message>
    <message>
        <source>Open &amp;lesson…</source>
        <translation>Open &amp;lesson…</translation>
    </message>
    <message>
        <source>&amp;Lesson</source>
        <translation>&amp;Lesson</translation>
    </message>
    <message>
        <source>Lesson</source>
        <translation>Lesson</translation>
    </message>
    <message>
        <source>Lesson figures</source>
        <translation>Lesson figures</translation>
    </message>
    <message>
        <source>Open lesson pac&amp;k…</source>
        <translation>Open lesson pac&amp;k…</translation>
    </message>
</context>
<context>
    <name>layerlab::ui::ModelPanel</name>
    <message>
        <source>Much data, unlike ImageNet: train the whole model; the pretrained weights are only a starting point.</source>
        <translation>Much data, unlike ImageNet: train the whole model; the pretrained weights are only a starting point.</translation>
    </message>
    <message>
        <source>Much data, like ImageNet: train the top block and the head, freeze the rest.</source>
        <translation>Much data, like ImageNet: train the top block and the head, freeze the rest.</translation>
    </message>
    <message>
        <source>Little data, unlike ImageNet: train the upper blocks, keep the generic lower ones frozen.</source>
        <translation>Little data, unlike ImageNet: train the upper blocks, keep the generic lower ones frozen.</translation>
    </message>
    <message>
        <source>Little data, like ImageNet (the lesson's cats and dogs): freeze the convolutional base, train only the head.</source>
        <translation>Little data, like ImageNet (the lesson's cats and dogs): freeze the convolutional base, train only the head.</translation>
    </message>
    <message>
        <source>Pretrained weights: %1</source>
        <translation>Pretrained weights: %1</translation>
    </message>
    <message>
        <source>No weights chosen: random initialisation.</source>
        <translation>No weights chosen: random initialisation.</translation>
    </message>
    <message>
        <source>Keras weights</source>
        <translation>Keras weights</translation>
    </message>
    <message>
        <source>Keras HDF5 weights (*.h5 *.hdf5);;All files (*)</source>
        <translation>Keras HDF5 weights (*.h5 *.hdf5);;All files (*)</translation>
    </message>
    <message>
        <source>Total params: %1   Trainable params: %2   Non-trainable params: %3</source>
        <translation>Total params: %1   Trainable params: %2   Non-trainable params: %3</translation>
    </message>
    <message>
        <source>Backbone</source>
        <translation>Backbone</translation>
    </message>
    <message>
        <source>MobileNetV2 alpha</source>
        <translation>MobileNetV2 alpha</translation>
    </message>
    <message>
        <source>Input size</source>
        <translation>Input size</translation>
    </message>
    <message>
        <source>Head</source>
        <translation>Head</translation>
    </message>
    <message>
        <source>Preprocessing</source>
        <translation>Preprocessing</translation>
    </message>
    <message>
        <source>Weights</source>
        <translation>Weights</translation>
    </message>
    <message>
        <source>Strategy</source>
        <translation>Strategy</translation>
    </message>
    <message>
        <source>VGG16 (the lesson's)</source>
        <translation>VGG16 (the lesson's)</translation>
    </message>
    <message>
        <source>MobileNetV2 (fast on a CPU)</source>
        <translation>MobileNetV2 (fast on a CPU)</translation>
    </message>
    <message>
        <source>Lesson: Flatten → Dense 512 → Dropout 0.5 → Dense</source>
        <translation>Lesson: Flatten → Dense 512 → Dropout 0.5 → Dense</translation>
    </message>
    <message>
        <source>GlobalAveragePooling → Dense</source>
        <translation>GlobalAveragePooling → Dense</translation>
    </message>
    <message>
        <source>rescale 1/255 (the lesson's)</source>
        <translation>rescale 1/255 (the lesson's)</translation>
    </message>
    <message>
        <source>caffe: BGR minus ImageNet mean (VGG16 weights)</source>
        <translation>caffe: BGR minus ImageNet mean (VGG16 weights)</translation>
    </message>
    <message>
        <source>tf: scale to [−1, 1] (MobileNetV2 weights)</source>
        <translation>tf: scale to [−1, 1] (MobileNetV2 weights)</translation>
    </message>
    <message>
        <source>ImageNet, from the Keras cache</source>
        <translation>ImageNet, from the Keras cache</translation>
    </message>
    <message>
        <source>Keras .h5 file…</source>
        <translation>Keras .h5 file…</translation>
    </message>
    <message>
        <source>None (random initialisation)</source>
        <translation>None (random initialisation)</translation>
    </message>
    <message>
        <source>Custom (tick the boxes)</source>
        <translation>Custom (tick the boxes)</translation>
    </message>
    <message>
        <source>Large data, different from ImageNet</source>
        <translation>Large data, different from ImageNet</translation>
    </message>
    <message>
        <source>Large data, similar to ImageNet</source>
        <translation>Large data, similar to ImageNet</translation>
    </message>
    <message>
        <source>Small data, different from ImageNet</source>
        <translation>Small data, different from ImageNet</translation>
    </message>
    <message>
        <source>Small data, similar to ImageNet</source>
        <translation>Small data, similar to ImageNet</translation>
    </message>
    <message>
        <source>Keras summary…</source>
        <translation>Keras summary…</translation>
    </message>
    <message>
        <source>Frozen base computes in</source>
        <translation>Frozen base computes in</translation>
    </message>
    <message>
        <source>fp32 (exact)</source>
        <translation>fp32 (exact)</translation>
    </message>
    <message>
        <source>bf16 (about twice as fast on this CPU)</source>
        <translation>bf16 (about twice as fast on this CPU)</translation>
    </message>
    <message>
        <source>bf16 (emulated: slower on this CPU)</source>
        <translation>bf16 (emulated: slower on this CPU)</translation>
    </message>
    <message>
        <source>bfloat16 for the frozen layers' forward pass: their features stay within cosine 0.999 of fp32's; trained layers always compute in fp32.</source>
        <translation>bfloat16 for the frozen layers' forward pass: their features stay within cosine 0.999 of fp32's; trained layers always compute in fp32.</translation>
    </message>
    <message>
        <source>%1 is not in the Keras cache.</source>
        <translation>%1 is not in the Keras cache.</translation>
    </message>
    <message>
        <source>the weights file %1 no longer exists.</source>
        <translation>the weights file %1 no longer exists.</translation>
    </message>
    <message>
        <source>the Model tab's weights are set to None.</source>
        <translation>the Model tab's weights are set to None.</translation>
    </message>
    <message>
        <source>No pretrained weights: %1 Random initialisation: the base learns nothing useful frozen; get the weights or choose a file.</source>
        <translation>No pretrained weights: %1 Random initialisation: the base learns nothing useful frozen; get the weights or choose a file.</translation>
    </message>
    <message>
        <source>These were trained at %1 px (the shapes match at %2 px); Get data has the %2 px file.</source>
        <translation>These were trained at %1 px (the shapes match at %2 px); Get data has the %2 px file.</translation>
    </message>
    <message>
        <source>Copied the model's Keras code to the clipboard</source>
        <translation>Copied the model's Keras code to the clipboard</translation>
    </message>
    <message>
        <source>Copy as Keras code</source>
        <translation>Copy as Keras code</translation>
    </message>
    <message>
        <source>The notebook cell that builds this model, frozen as ticked: paste it and model.summary() prints these totals</source>
        <translation>The notebook cell that builds this model, frozen as ticked: paste it and model.summary() prints these totals</translation>
    </message>
</context>
<context>
    <name>layerlab::ui::PackDialog</name>
    <message>
        <source>Weights</source>
        <translation>Weights</translation>
    </message>
    <message>
        <source>Dataset</source>
        <translation>Dataset</translation>
    </message>
    <message>
        <source>Reviews</source>
        <translation>Reviews</translation>
    </message>
    <message>
        <source>Features</source>
        <translation>Features</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Run</translation>
    </message>
    <message>
        <source>Lesson</source>
        <translation>Lesson</translation>
    </message>
    <message numerus="yes">
        <source>%1 %2: %n file(s), %3</source>
        <translation><numerusform>%1 %2: %n file, %3</numerusform><numerusform>%1 %2: %n files, %3</numerusform></translation>
    </message>
    <message>
        <source>&amp;Install</source>
        <translation>&amp;Install</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Lesson pack</source>
        <translation>Lesson pack</translation>
    </message>
    <message>
        <source>This file cannot be installed.</source>
        <translation>This file cannot be installed.</translation>
    </message>
    <message>
        <source>Made with LayerLab %1 on %2.</source>
        <translation>Made with LayerLab %1 on %2.</translation>
    </message>
    <message>
        <source>It needs %1; %2 are free.</source>
        <translation>It needs %1; %2 are free.</translation>
    </message>
    <message>
        <source>Checking every file of the pack…</source>
        <translation>Checking every file of the pack…</translation>
    </message>
    <message numerus="yes">
        <source>Installed %n file(s) (%1).</source>
        <translation><numerusform>Installed %n file (%1).</numerusform><numerusform>Installed %n files (%1).</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) were installed already.</source>
        <translation><numerusform>%n file were installed already.</numerusform><numerusform>%n files were installed already.</numerusform></translation>
    </message>
    <message>
        <source>Cancelled: nothing was installed.</source>
        <translation>Cancelled: nothing was installed.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Open lesson pack</source>
        <translation>Open lesson pack</translation>
    </message>
    <message>
        <source>Lesson packs (*.llpack);;All files (*)</source>
        <translation>Lesson packs (*.llpack);;All files (*)</translation>
    </message>
</context>
<context>
    <name>layerlab::ui::PhotoTryout</name>
    <message>
        <source>Try a photo</source>
        <translation>Try a photo</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.bmp *.ppm *.tif *.tiff);;All files (*)</source>
        <translation>Images (*.png *.jpg *.jpeg *.bmp *.ppm *.tif *.tiff);;All files (*)</translation>
    </message>
    <message>
        <source>Show or train a run first: its model answers.</source>
        <translation>Show or train a run first: its model answers.</translation>
    </message>
    <message>
        <source>Drop a photo here, or choose one: the run on screen says what it sees, from the picture as its model saw it (resized to its input size).</source>
        <translation>Drop a photo here, or choose one: the run on screen says what it sees, from the picture as its model saw it (resized to its input size).</translation>
    </message>
    <message>
        <source>Choose photo…</source>
        <translation>Choose photo…</translation>
    </message>
    <message>
        <source>Show &amp;Grad-CAM</source>
        <translation>Show &amp;Grad-CAM</translation>
    </message>
    <message>
        <source>Lay over the photo where the model looked to choose its class (blue: nothing, red: the most)</source>
        <translation>Lay over the photo where the model looked to choose its class (blue: nothing, red: the most)</translation>
    </message>
    <message>
        <source>&amp;Explain…</source>
        <translation>&amp;Explain…</translation>
    </message>
</context>
<context>
    <name>layerlab::ui::PrepareFeaturesDialog</name>
    <message>
        <source>Batch %1 of %2 · about %3 left</source>
        <translation>Batch %1 of %2 · about %3 left</translation>
    </message>
    <message numerus="yes">
        <source>Feature store %1: %n entries, %2 MB</source>
        <translation><numerusform>Feature store %1: %n entries, %2 MB</numerusform><numerusform>Feature store %1: %n entries, %2 MB</numerusform></translation>
    </message>
    <message>
        <source>Preparing: scanning data, building the model…</source>
        <translation>Preparing: scanning data, building the model…</translation>
    </message>
    <message>
        <source>%1 images were stored already, %2 computed now</source>
        <translation>%1 images were stored already, %2 computed now</translation>
    </message>
    <message>
        <source>Cancelled: %1. What was computed is kept.</source>
        <translation>Cancelled: %1. What was computed is kept.</translation>
    </message>
    <message>
        <source>Ready in %1: %2. Runs over these images start at once.</source>
        <translation>Ready in %1: %2. Runs over these images start at once.</translation>
    </message>
    <message>
        <source>Clear the feature store</source>
        <translation>Clear the feature store</translation>
    </message>
    <message>
        <source>Delete every stored feature? Runs will compute them again.</source>
        <translation>Delete every stored feature? Runs will compute them again.</translation>
    </message>
    <message>
        <source>Prepare features</source>
        <translation>Prepare features</translation>
    </message>
    <message>
        <source>Computes, once, what the frozen base makes of every image of this page's experiment (its model, weights, input size, freezing and augmentation bank, as Start would train it) and keeps it in the feature store. Every run over the same images then starts at once, whatever its head, learning rate or epochs. Best done the evening before class.</source>
        <translation>Computes, once, what the frozen base makes of every image of this page's experiment (its model, weights, input size, freezing and augmentation bank, as Start would train it) and keeps it in the feature store. Every run over the same images then starts at once, whatever its head, learning rate or epochs. Best done the evening before class.</translation>
    </message>
    <message>
        <source>Size cap: </source>
        <translation>Size cap: </translation>
    </message>
    <message>
        <source> MB</source>
        <translation> MB</translation>
    </message>
    <message>
        <source>Clear…</source>
        <translation>Clear…</translation>
    </message>
    <message>
        <source>&amp;Prepare</source>
        <translation>&amp;Prepare</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message numerus="yes">
        <source>The size cap made the store drop its %n oldest entries: raise the cap to keep everything prepared.</source>
        <translation><numerusform>The size cap made the store drop its %n oldest entries: raise the cap to keep everything prepared.</numerusform><numerusform>The size cap made the store drop its %n oldest entries: raise the cap to keep everything prepared.</numerusform></translation>
    </message>
</context>
<context>
    <name>layerlab::ui::RecentFolders</name>
    <message>
        <source>(no recent folders)</source>
        <translation>(no recent folders)</translation>
    </message>
    <message>
        <source>Clear recent folders</source>
        <translation>Clear recent folders</translation>
    </message>
</context>
<context>
    <name>layerlab::ui::ResourceListModel</name>
    <message>
        <source>checking…</source>
        <translation>checking…</translation>
    </message>
    <message>
        <source>in Keras cache</source>
        <translation>in Keras cache</translation>
    </message>
    <message>
        <source>downloaded</source>
        <translation>downloaded</translation>
    </message>
    <message>
        <source>corrupt: %1</source>
        <translation>corrupt: %1</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>missing</translation>
    </message>
    <message>
        <source>Resource</source>
        <translation>Resource</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Size</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Where / what</source>
        <translation>Where / what</translation>
    </message>
    <message>
        <source>downloading…</source>
        <translation>downloading…</translation>
    </message>
</context>
<context>
    <name>layerlab::ui::ReviewBrowser</name>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>num_words</source>
        <translation>num_words</translation>
    </message>
    <message>
        <source>skip_top</source>
        <translation>skip_top</translation>
    </message>
    <message>
        <source>seed</source>
        <translation>seed</translation>
    </message>
    <message>
        <source>imdb.npz</source>
        <translation>imdb.npz</translation>
    </message>
    <message>
        <source>NumPy archive (*.npz)</source>
        <translation>NumPy archive (*.npz)</translation>
    </message>
    <message>
        <source>aclImdb folder</source>
        <translation>aclImdb folder</translation>
    </message>
    <message>
        <source>Loading reviews…</source>
        <translation>Loading reviews…</translation>
    </message>
    <message>
        <source>Cannot load reviews: %1</source>
        <translation>Cannot load reviews: %1</translation>
    </message>
    <message>
        <source>%1 — x_train %2, x_test %3 (num_words %4, skip_top %5)</source>
        <translation>%1 — x_train %2, x_test %3 (num_words %4, skip_top %5)</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s): </source>
        <translation><numerusform>%n problem: </numerusform><numerusform>%n problems: </numerusform></translation>
    </message>
    <message>
        <source>No review contains “%1”.</source>
        <translation>No review contains “%1”.</translation>
    </message>
    <message>
        <source>positive</source>
        <translation>positive</translation>
    </message>
    <message>
        <source>negative</source>
        <translation>negative</translation>
    </message>
    <message numerus="yes">
        <source>%n word(s)</source>
        <translation><numerusform>%n word</numerusform><numerusform>%n words</numerusform></translation>
    </message>
    <message>
        <source>&lt;p&gt;Rating: %1/10&lt;/p&gt;</source>
        <translation>&lt;p&gt;Rating: %1/10&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Automatic (Keras cache, else built-in sample)</source>
        <translation>Automatic (Keras cache, else built-in sample)</translation>
    </message>
    <message>
        <source>imdb.npz file…</source>
        <translation>imdb.npz file…</translation>
    </message>
    <message>
        <source>aclImdb folder…</source>
        <translation>aclImdb folder…</translation>
    </message>
    <message>
        <source>Built-in sample (offline)</source>
        <translation>Built-in sample (offline)</translation>
    </message>
    <message>
        <source>x_train</source>
        <translation>x_train</translation>
    </message>
    <message>
        <source>x_test</source>
        <translation>x_test</translation>
    </message>
    <message>
        <source>Search the decoded text…</source>
        <translation>Search the decoded text…</translation>
    </message>
    <message>
        <source>&amp;Read with the run…</source>
        <translation>&amp;Read with the run…</translation>
    </message>
    <message>
        <source>The run on the Training tab reads this review token by token</source>
        <translation>The run on the Training tab reads this review token by token</translation>
    </message>
    <message>
        <source>load_data(num_words): rarer words become the OOV index 2</source>
        <translation>load_data(num_words): rarer words become the OOV index 2</translation>
    </message>
    <message>
        <source>load_data(skip_top): the most frequent words also become OOV</source>
        <translation>load_data(skip_top): the most frequent words also become OOV</translation>
    </message>
    <message>
        <source>load_data(seed): the shuffle; 113 is Keras's default</source>
        <translation>load_data(seed): the shuffle; 113 is Keras's default</translation>
    </message>
</context>
<context>
    <name>layerlab::ui::ReviewListModel</name>
    <message>
        <source>positive</source>
        <translation>positive</translation>
    </message>
    <message>
        <source>negative</source>
        <translation>negative</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Label</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>Length</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>Rating</translation>
    </message>
</context>
<context>
    <name>layerlab::ui::ReviewReadingDialog</name>
    <message>
        <source>Loading the run's model and reviews…</source>
        <translation>Loading the run's model and reviews…</translation>
    </message>
    <message>
        <source>Reading a review</source>
        <translation>Reading a review</translation>
    </message>
    <message>
        <source>&amp;Read</source>
        <translation>&amp;Read</translation>
    </message>
    <message>
        <source>Read &amp;text</source>
        <translation>Read &amp;text</translation>
    </message>
    <message>
        <source>Or type a review, e.g. not good at all</source>
        <translation>Or type a review, e.g. not good at all</translation>
    </message>
    <message>
        <source>Which review of the run's data</source>
        <translation>Which review of the run's data</translation>
    </message>
    <message>
        <source>step (token)</source>
        <translation>step (token)</translation>
    </message>
    <message>
        <source>P(positive)</source>
        <translation>P(positive)</translation>
    </message>
    <message>
        <source>Hidden state: one row per unit, one column per step (blue −1, white 0, red +1)</source>
        <translation>Hidden state: one row per unit, one column per step (blue −1, white 0, red +1)</translation>
    </message>
    <message numerus="yes">
        <source>Padding 'pre': %n pad token(s) (·) come first, then the review, so the last state has just read its last word.</source>
        <translation><numerusform>Padding 'pre': %n pad token (·) come first, then the review, so the last state has just read its last word.</numerusform><numerusform>Padding 'pre': %n pad tokens (·) come first, then the review, so the last state has just read its last word.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Padding 'post': the review comes first, then %n pad token(s) (·), so the last state read padding last and may have forgotten the review.</source>
        <translation><numerusform>Padding 'post': the review comes first, then %n pad token (·), so the last state read padding last and may have forgotten the review.</numerusform><numerusform>Padding 'post': the review comes first, then %n pad tokens (·), so the last state read padding last and may have forgotten the review.</numerusform></translation>
    </message>
    <message>
        <source>%1 Prediction: %2 (P(positive) = %3). Underlined words were out of the vocabulary (OOV).</source>
        <translation>%1 Prediction: %2 (P(positive) = %3). Underlined words were out of the vocabulary (OOV).</translation>
    </message>
    <message>
        <source>positive</source>
        <translation>positive</translation>
    </message>
    <message>
        <source>negative</source>
        <translation>negative</translation>
    </message>
    <message>
        <source>This run cannot read reviews: %1</source>
        <translation>This run cannot read reviews: %1</translation>
    </message>
    <message>
        <source>Type some words first.</source>
        <translation>Type some words first.</translation>
    </message>
    <message numerus="yes">
        <source>maxlen %1: the first %n token(s) were cut (truncating 'pre').</source>
        <translation><numerusform>maxlen %1: the first %n token were cut (truncating 'pre').</numerusform><numerusform>maxlen %1: the first %n tokens were cut (truncating 'pre').</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>maxlen %1: the last %n token(s) were cut (truncating 'post').</source>
        <translation><numerusform>maxlen %1: the last %n token were cut (truncating 'post').</numerusform><numerusform>maxlen %1: the last %n tokens were cut (truncating 'post').</numerusform></translation>
    </message>
</context>
<context>
    <name>layerlab::ui::RnnTypesFigure</name>
    <message>
        <source>one to one</source>
        <translation>one to one</translation>
    </message>
    <message>
        <source>one to many</source>
        <translation>one to many</translation>
    </message>
    <message>
        <source>many to one</source>
        <translation>many to one</translation>
    </message>
    <message>
        <source>many to many</source>
        <translation>many to many</translation>
    </message>
    <message>
        <source>no sequence (a plain network)</source>
        <translation>no sequence (a plain network)</translation>
    </message>
    <message>
        <source>image captioning</source>
        <translation>image captioning</translation>
    </message>
    <message>
        <source>sentiment analysis</source>
        <translation>sentiment analysis</translation>
    </message>
    <message>
        <source>machine translation</source>
        <translation>machine translation</translation>
    </message>
    <message>
        <source>video classification per frame</source>
        <translation>video classification per frame</translation>
    </message>
    <message>
        <source>input</source>
        <translation>input</translation>
    </message>
    <message>
        <source>RNN cell</source>
        <translation>RNN cell</translation>
    </message>
    <message>
        <source>hidden state</source>
        <translation>hidden state</translation>
    </message>
    <message>
        <source>output</source>
        <translation>output</translation>
    </message>
    <message>
        <source>this lesson</source>
        <translation>this lesson</translation>
    </message>
</context>
<context>
    <name>layerlab::ui::RunComparisonDialog</name>
    <message>
        <source>Compare runs</source>
        <translation>Compare runs</translation>
    </message>
</context>
<context>
    <name>layerlab::ui::RunComparisonModel</name>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation><numerusform>%n item</numerusform><numerusform>%n items</numerusform></translation>
    </message>
    <message>
        <source>%1 (epoch %2)</source>
        <translation>%1 (epoch %2)</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>Epochs done</source>
        <translation>Epochs done</translation>
    </message>
    <message>
        <source>Best val_acc</source>
        <translation>Best val_acc</translation>
    </message>
    <message>
        <source>Training time</source>
        <translation>Training time</translation>
    </message>
    <message>
        <source>Training images</source>
        <translation>Training images</translation>
    </message>
    <message>
        <source>Validation images</source>
        <translation>Validation images</translation>
    </message>
    <message>
        <source>Classes</source>
        <translation>Classes</translation>
    </message>
    <message>
        <source>Reviews</source>
        <translation>Reviews</translation>
    </message>
    <message>
        <source>Vocabulary (num_words)</source>
        <translation>Vocabulary (num_words)</translation>
    </message>
    <message>
        <source>Most frequent words left out (skip_top)</source>
        <translation>Most frequent words left out (skip_top)</translation>
    </message>
    <message>
        <source>Review length (maxlen)</source>
        <translation>Review length (maxlen)</translation>
    </message>
    <message>
        <source>Backbone</source>
        <translation>Backbone</translation>
    </message>
    <message>
        <source>MobileNetV2 alpha</source>
        <translation>MobileNetV2 alpha</translation>
    </message>
    <message>
        <source>Input size</source>
        <translation>Input size</translation>
    </message>
    <message>
        <source>Head</source>
        <translation>Head</translation>
    </message>
    <message>
        <source>Preprocessing</source>
        <translation>Preprocessing</translation>
    </message>
    <message>
        <source>Weights</source>
        <translation>Weights</translation>
    </message>
    <message>
        <source>Frozen layers</source>
        <translation>Frozen layers</translation>
    </message>
    <message>
        <source>Recurrent layer</source>
        <translation>Recurrent layer</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>Units</translation>
    </message>
    <message>
        <source>Input</source>
        <translation>Input</translation>
    </message>
    <message>
        <source>Embedding size</source>
        <translation>Embedding size</translation>
    </message>
    <message>
        <source>Bidirectional</source>
        <translation>Bidirectional</translation>
    </message>
    <message>
        <source>Epochs</source>
        <translation>Epochs</translation>
    </message>
    <message>
        <source>Steps per epoch</source>
        <translation>Steps per epoch</translation>
    </message>
    <message>
        <source>Validation steps</source>
        <translation>Validation steps</translation>
    </message>
    <message>
        <source>Batch size</source>
        <translation>Batch size</translation>
    </message>
    <message>
        <source>Optimizer</source>
        <translation>Optimizer</translation>
    </message>
    <message>
        <source>Learning rate</source>
        <translation>Learning rate</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>Seed</translation>
    </message>
    <message>
        <source>Cache frozen features</source>
        <translation>Cache frozen features</translation>
    </message>
    <message>
        <source>Augmented copies</source>
        <translation>Augmented copies</translation>
    </message>
    <message>
        <source>Augmentation</source>
        <translation>Augmentation</translation>
    </message>
    <message>
        <source>Validation split</source>
        <translation>Validation split</translation>
    </message>
    <message>
        <source>Stacked layers</source>
        <translation>Stacked layers</translation>
    </message>
    <message>
        <source>Resizing (interpolation)</source>
        <translation>Resizing (interpolation)</translation>
    </message>
</context>
<context>
    <name>layerlab::ui::RunExplainer</name>
    <message>
        <source>%1 channels of %2×%3</source>
        <translation>%1 channels of %2×%3</translation>
    </message>
    <message>
        <source>%1 filters (from the cache)</source>
        <translation>%1 filters (from the cache)</translation>
    </message>
    <message>
        <source>%1 filters</source>
        <translation>%1 filters</translation>
    </message>
</context>
<context>
    <name>layerlab::ui::RunExporter</name>
    <message>
        <source>Keras model written to %1</source>
        <translation>Keras model written to %1</translation>
    </message>
    <message>
        <source>Export failed: %1</source>
        <translation>Export failed: %1</translation>
    </message>
</context>
<context>
    <name>layerlab::ui::RunExports</name>
    <message>
        <source>Export run as a Keras model</source>
        <translation>Export run as a Keras model</translation>
    </message>
    <message>
        <source>Choose a run to export first (Runs tab).</source>
        <translation>Choose a run to export first (Runs tab).</translation>
    </message>
    <message>
        <source>Keras HDF5 model (*.h5)</source>
        <translation>Keras HDF5 model (*.h5)</translation>
    </message>
    <message>
        <source>Exporting %1…</source>
        <translation>Exporting %1…</translation>
    </message>
    <message>
        <source>Save chart</source>
        <translation>Save chart</translation>
    </message>
    <message>
        <source>PNG image (*.png);;SVG drawing (*.svg)</source>
        <translation>PNG image (*.png);;SVG drawing (*.svg)</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>Saved %1</translation>
    </message>
    <message>
        <source>Could not write %1</source>
        <translation>Could not write %1</translation>
    </message>
    <message>
        <source>Export history</source>
        <translation>Export history</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>Copied the equivalent layerlab-cli command.</source>
        <translation>Copied the equivalent layerlab-cli command.</translation>
    </message>
    <message>
        <source>Save chart…</source>
        <translation>Save chart…</translation>
    </message>
    <message>
        <source>Export history CSV…</source>
        <translation>Export history CSV…</translation>
    </message>
    <message>
        <source>Copy as CLI command</source>
        <translation>Copy as CLI command</translation>
    </message>
    <message>
        <source>Not exported</source>
        <translation>Not exported</translation>
    </message>
</context>
<context>
    <name>layerlab::ui::RunsBrowser</name>
    <message>
        <source>Tick two or more runs in the list to compare them.</source>
        <translation>Tick two or more runs in the list to compare them.</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Show</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Resume</translation>
    </message>
    <message>
        <source>Fine-tune from this run…</source>
        <translation>Fine-tune from this run…</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Delete…</translation>
    </message>
    <message>
        <source>Compare ticked runs…</source>
        <translation>Compare ticked runs…</translation>
    </message>
    <message>
        <source>Export to Keras…</source>
        <translation>Export to Keras…</translation>
    </message>
    <message>
        <source>Write the run's model as a Keras .h5 file (keras.models.load_model reads it)</source>
        <translation>Write the run's model as a Keras .h5 file (keras.models.load_model reads it)</translation>
    </message>
</context>
<context>
    <name>layerlab::ui::RunsModel</name>
    <message>
        <source>Run (overlay)</source>
        <translation>Run (overlay)</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>Epochs</source>
        <translation>Epochs</translation>
    </message>
    <message>
        <source>Best val_acc</source>
        <translation>Best val_acc</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>%1 / %2 (training)</source>
        <translation>%1 / %2 (training)</translation>
    </message>
    <message>
        <source>%1 / %2 (stopped)</source>
        <translation>%1 / %2 (stopped)</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source> fine-tune</source>
        <translation> fine-tune</translation>
    </message>
    <message>
        <source> frozen</source>
        <translation> frozen</translation>
    </message>
    <message>
        <source>run %1 · %2 lr %3</source>
        <translation>run %1 · %2 lr %3</translation>
    </message>
    <message>
        <source>, %1 frozen</source>
        <translation>, %1 frozen</translation>
    </message>
    <message>
        <source>, fine-tune</source>
        <translation>, fine-tune</translation>
    </message>
    <message>
        <source>Made by</source>
        <translation>Made by</translation>
    </message>
</context>
<context>
    <name>layerlab::ui::SequenceModelForm</name>
    <message>
        <source>Input</source>
        <translation>Input</translation>
    </message>
    <message>
        <source>Recurrent layer</source>
        <translation>Recurrent layer</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>Units</translation>
    </message>
    <message>
        <source>Embedding size</source>
        <translation>Embedding size</translation>
    </message>
    <message>
        <source>Stacked layers</source>
        <translation>Stacked layers</translation>
    </message>
    <message>
        <source>One-hot vectors of num_words (the book's first model)</source>
        <translation>One-hot vectors of num_words (the book's first model)</translation>
    </message>
    <message>
        <source>Embedding</source>
        <translation>Embedding</translation>
    </message>
    <message>
        <source>Bidirectional</source>
        <translation>Bidirectional</translation>
    </message>
    <message>
        <source>Copied load_data, pad_sequences and the model as Keras code to the clipboard</source>
        <translation>Copied load_data, pad_sequences and the model as Keras code to the clipboard</translation>
    </message>
    <message>
        <source>Copy as Keras code</source>
        <translation>Copy as Keras code</translation>
    </message>
    <message>
        <source>imdb.load_data, pad_sequences and this model as the notebook's cells</source>
        <translation>imdb.load_data, pad_sequences and this model as the notebook's cells</translation>
    </message>
</context>
<context>
    <name>layerlab::ui::SkippedFilesModel</name>
    <message>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
</context>
<context>
    <name>layerlab::ui::StrategiesFigure</name>
    <message>
        <source>Train the whole model</source>
        <translation>Train the whole model</translation>
    </message>
    <message>
        <source>Train the top block</source>
        <translation>Train the top block</translation>
    </message>
    <message>
        <source>Train the upper blocks</source>
        <translation>Train the upper blocks</translation>
    </message>
    <message>
        <source>Freeze the convolutional base, train only the head</source>
        <translation>Freeze the convolutional base, train only the head</translation>
    </message>
    <message>
        <source>Enough data to learn new features: the weights are only a start.</source>
        <translation>Enough data to learn new features: the weights are only a start.</translation>
    </message>
    <message>
        <source>ImageNet's features fit; enough data to adapt the last block.</source>
        <translation>ImageNet's features fit; enough data to adapt the last block.</translation>
    </message>
    <message>
        <source>Few images: keep the generic lower blocks, adapt the upper ones.</source>
        <translation>Few images: keep the generic lower blocks, adapt the upper ones.</translation>
    </message>
    <message>
        <source>Few images, familiar things: reuse the features as they are.</source>
        <translation>Few images, familiar things: reuse the features as they are.</translation>
    </message>
    <message>
        <source>Size of your data</source>
        <translation>Size of your data</translation>
    </message>
    <message>
        <source>Similarity to ImageNet</source>
        <translation>Similarity to ImageNet</translation>
    </message>
    <message>
        <source>large</source>
        <translation>large</translation>
    </message>
    <message>
        <source>small</source>
        <translation>small</translation>
    </message>
    <message>
        <source>different</source>
        <translation>different</translation>
    </message>
    <message>
        <source>similar</source>
        <translation>similar</translation>
    </message>
    <message>
        <source>frozen</source>
        <translation>frozen</translation>
    </message>
    <message>
        <source>trained</source>
        <translation>trained</translation>
    </message>
    <message>
        <source>Click a quadrant or press 1–4</source>
        <translation>Click a quadrant or press 1–4</translation>
    </message>
    <message>
        <source>this lesson</source>
        <translation>this lesson</translation>
    </message>
    <message>
        <source>head</source>
        <translation>head</translation>
    </message>
    <message>
        <source>block%1</source>
        <translation>block%1</translation>
    </message>
</context>
<context>
    <name>layerlab::ui::SummaryDialog</name>
    <message>
        <source>model.summary()</source>
        <translation>model.summary()</translation>
    </message>
    <message>
        <source>As Keras prints it</source>
        <translation>As Keras prints it</translation>
    </message>
    <message>
        <source>Every layer (LayerLab)</source>
        <translation>Every layer (LayerLab)</translation>
    </message>
    <message>
        <source>The notebook's Sequential: the base is one layer, its totals the same</source>
        <translation>The notebook's Sequential: the base is one layer, its totals the same</translation>
    </message>
    <message>
        <source>The base's layers one by one, the frozen ones marked</source>
        <translation>The base's layers one by one, the frozen ones marked</translation>
    </message>
</context>
<context>
    <name>layerlab::ui::TrainingPanel</name>
    <message>
        <source>Resume (F6)</source>
        <translation>Resume (F6)</translation>
    </message>
    <message>
        <source>Pause (F6)</source>
        <translation>Pause (F6)</translation>
    </message>
    <message>
        <source>epoch %1/%2 · step %3/%4</source>
        <translation>epoch %1/%2 · step %3/%4</translation>
    </message>
    <message>
        <source>loss %1 · acc %2 · ETA %3</source>
        <translation>loss %1 · acc %2 · ETA %3</translation>
    </message>
    <message>
        <source>Epochs</source>
        <translation>Epochs</translation>
    </message>
    <message>
        <source>Steps per epoch</source>
        <translation>Steps per epoch</translation>
    </message>
    <message>
        <source>Validation steps</source>
        <translation>Validation steps</translation>
    </message>
    <message>
        <source>Batch size</source>
        <translation>Batch size</translation>
    </message>
    <message>
        <source>Optimizer</source>
        <translation>Optimizer</translation>
    </message>
    <message>
        <source>Learning rate</source>
        <translation>Learning rate</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>Seed</translation>
    </message>
    <message>
        <source>Validation split</source>
        <translation>Validation split</translation>
    </message>
    <message>
        <source>one pass</source>
        <translation>one pass</translation>
    </message>
    <message>
        <source>steps_per_epoch: batches per epoch (0: one pass over the data)</source>
        <translation>steps_per_epoch: batches per epoch (0: one pass over the data)</translation>
    </message>
    <message>
        <source>Augment training images</source>
        <translation>Augment training images</translation>
    </message>
    <message>
        <source>With the Augmentation tab's settings; validation images are never augmented</source>
        <translation>With the Augmentation tab's settings; validation images are never augmented</translation>
    </message>
    <message>
        <source>Cache frozen features</source>
        <translation>Cache frozen features</translation>
    </message>
    <message>
        <source>The frozen base's outputs are computed once per image: the same results, much faster</source>
        <translation>The frozen base's outputs are computed once per image: the same results, much faster</translation>
    </message>
    <message>
        <source>Lesson defaults</source>
        <translation>Lesson defaults</translation>
    </message>
    <message>
        <source>Book defaults</source>
        <translation>Book defaults</translation>
    </message>
    <message>
        <source>Start (F5)</source>
        <translation>Start (F5)</translation>
    </message>
    <message>
        <source>Stop (Shift+F5)</source>
        <translation>Stop (Shift+F5)</translation>
    </message>
    <message>
        <source>change…</source>
        <translation>change…</translation>
    </message>
    <message>
        <source>Training images are only rescaled, as validation images are.</source>
        <translation>Training images are only rescaled, as validation images are.</translation>
    </message>
    <message>
        <source>Find learning rate…</source>
        <translation>Find learning rate…</translation>
    </message>
    <message>
        <source>The learning-rate finder: a short sweep on a copy of the model suggests a value</source>
        <translation>The learning-rate finder: a short sweep on a copy of the model suggests a value</translation>
    </message>
    <message>
        <source>Paused · %1</source>
        <translation>Paused · %1</translation>
    </message>
    <message>
        <source>Paused. Resume (F6) continues with the next batch; the ETA leaves the pause out.</source>
        <translation>Paused. Resume (F6) continues with the next batch; the ETA leaves the pause out.</translation>
    </message>
    <message>
        <source>This run will train on a randomly initialised base: %1</source>
        <translation>This run will train on a randomly initialised base: %1</translation>
    </message>
    <message>
        <source>Advanced settings</source>
        <translation>Advanced settings</translation>
    </message>
    <message>
        <source>Checkpoint every</source>
        <translation>Checkpoint every</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>every epoch</source>
        <translation>every epoch</translation>
    </message>
    <message>
        <source>How often a resumable checkpoint is written, at most: a large model takes longer to save than a short epoch takes to train. Pause, Stop, the end and a failure always write one; the history is saved after every epoch.</source>
        <translation>How often a resumable checkpoint is written, at most: a large model takes longer to save than a short epoch takes to train. Pause, Stop, the end and a failure always write one; the history is saved after every epoch.</translation>
    </message>
    <message>
        <source>Copy as Keras code</source>
        <translation>Copy as Keras code</translation>
    </message>
    <message>
        <source>model.compile() and model.fit() with these settings, as the notebook's cell</source>
        <translation>model.compile() and model.fit() with these settings, as the notebook's cell</translation>
    </message>
    <message>
        <source>Copied compile() and fit() as Keras code to the clipboard</source>
        <translation>Copied compile() and fit() as Keras code to the clipboard</translation>
    </message>
</context>
<context>
    <name>layerlab::ui::TrainingWorker</name>
    <message>
        <source>An unknown error stopped the training.</source>
        <translation>An unknown error stopped the training.</translation>
    </message>
</context>
<context>
    <name>layerlab::ui::TrainingWorkspace</name>
    <message>
        <source>Preparing: scanning data, building the model…</source>
        <translation>Preparing: scanning data, building the model…</translation>
    </message>
    <message>
        <source>Stopping after this batch…</source>
        <translation>Stopping after this batch…</translation>
    </message>
    <message>
        <source>Training into %1</source>
        <translation>Training into %1</translation>
    </message>
    <message>
        <source>Stopped. The run is on disk up to its last full epoch; Resume continues it.</source>
        <translation>Stopped. The run is on disk up to its last full epoch; Resume continues it.</translation>
    </message>
    <message>
        <source>Finished. The run is in %1.</source>
        <translation>Finished. The run is in %1.</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>Error: %1</translation>
    </message>
    <message>
        <source>Training failed: %1</source>
        <translation>Training failed: %1</translation>
    </message>
    <message>
        <source>Nothing to train yet.</source>
        <translation>Nothing to train yet.</translation>
    </message>
    <message>
        <source>This run is training; stop it first.</source>
        <translation>This run is training; stop it first.</translation>
    </message>
    <message>
        <source>Delete run</source>
        <translation>Delete run</translation>
    </message>
    <message>
        <source>Delete the run %1 and everything in its folder?</source>
        <translation>Delete the run %1 and everything in its folder?</translation>
    </message>
    <message>
        <source>Could not delete all of %1</source>
        <translation>Could not delete all of %1</translation>
    </message>
    <message>
        <source>Log</source>
        <translation>Log</translation>
    </message>
    <message>
        <source>Runs</source>
        <translation>Runs</translation>
    </message>
    <message>
        <source>Confusion matrix</source>
        <translation>Confusion matrix</translation>
    </message>
    <message>
        <source>Try a photo</source>
        <translation>Try a photo</translation>
    </message>
    <message>
        <source>negative</source>
        <translation>negative</translation>
    </message>
    <message>
        <source>positive</source>
        <translation>positive</translation>
    </message>
    <message>
        <source>Stopped before training began: no run was made.</source>
        <translation>Stopped before training began: no run was made.</translation>
    </message>
    <message>
        <source>Stopped before the first epoch ended: the run is kept, and Resume trains it from epoch 1.</source>
        <translation>Stopped before the first epoch ended: the run is kept, and Resume trains it from epoch 1.</translation>
    </message>
    <message>
        <source>Another's run</source>
        <translation>Another's run</translation>
    </message>
    <message>
        <source>%1 was made by %2. Resume it here anyway? Its folder is then written by this LayerLab.</source>
        <translation>%1 was made by %2. Resume it here anyway? Its folder is then written by this LayerLab.</translation>
    </message>
    <message>
        <source>%1 was made by %2. Delete it and everything in its folder, for everyone who shares the folder?</source>
        <translation>%1 was made by %2. Delete it and everything in its folder, for everyone who shares the folder?</translation>
    </message>
</context>
<context>
    <name>layerlab::ui::TransferFigure</name>
    <message>
        <source>Pretrained on ImageNet</source>
        <translation>Pretrained on ImageNet</translation>
    </message>
    <message>
        <source>Reused for cats vs dogs</source>
        <translation>Reused for cats vs dogs</translation>
    </message>
    <message>
        <source>1,000 classes · 14 million images</source>
        <translation>1,000 classes · 14 million images</translation>
    </message>
    <message>
        <source>2 classes · 2,000 images</source>
        <translation>2 classes · 2,000 images</translation>
    </message>
    <message>
        <source>block%1</source>
        <translation>block%1</translation>
    </message>
    <message>
        <source>Flatten</source>
        <translation>Flatten</translation>
    </message>
    <message>
        <source>Dense 512, relu</source>
        <translation>Dense 512, relu</translation>
    </message>
    <message>
        <source>Dropout 0.5</source>
        <translation>Dropout 0.5</translation>
    </message>
    <message>
        <source>Dense 1, sigmoid</source>
        <translation>Dense 1, sigmoid</translation>
    </message>
    <message>
        <source>Dense 4096, relu</source>
        <translation>Dense 4096, relu</translation>
    </message>
    <message>
        <source>Dense 1000, softmax</source>
        <translation>Dense 1000, softmax</translation>
    </message>
    <message>
        <source>frozen (trainable=False)</source>
        <translation>frozen (trainable=False)</translation>
    </message>
    <message>
        <source>convolutional base</source>
        <translation>convolutional base</translation>
    </message>
    <message>
        <source>new head, trained</source>
        <translation>new head, trained</translation>
    </message>
    <message>
        <source>ImageNet classifier, not reused</source>
        <translation>ImageNet classifier, not reused</translation>
    </message>
    <message>
        <source>reuse the features</source>
        <translation>reuse the features</translation>
    </message>
    <message>
        <source>the same weights</source>
        <translation>the same weights</translation>
    </message>
</context>
<context>
    <name>layerlab::ui::TransferPage</name>
    <message>
        <source>Dataset</source>
        <translation>Dataset</translation>
    </message>
    <message>
        <source>Augmentation</source>
        <translation>Augmentation</translation>
    </message>
    <message>
        <source>Open an image folder first (File → Open, or the built-in sample).</source>
        <translation>Open an image folder first (File → Open, or the built-in sample).</translation>
    </message>
    <message>
        <source>Model &amp;&amp; freezing</source>
        <translation>Model &amp;&amp; freezing</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Training</translation>
    </message>
</context>
<context>
    <name>layerlab::ui::UnrolledRnnFigure</name>
    <message>
        <source>Train an IMDB run to see its hidden states</source>
        <translation>Train an IMDB run to see its hidden states</translation>
    </message>
    <message>
        <source>Squares: h_t, the first %1 of %2 units (blue −1, white 0, red +1) · bar: P(positive) so far (red below 0.5, green above)</source>
        <translation>Squares: h_t, the first %1 of %2 units (blue −1, white 0, red +1) · bar: P(positive) so far (red below 0.5, green above)</translation>
    </message>
    <message>
        <source>0 (pad)</source>
        <translation>0 (pad)</translation>
    </message>
    <message>
        <source>step %1 / %2</source>
        <translation>step %1 / %2</translation>
    </message>
    <message>
        <source>P(positive) = %1</source>
        <translation>P(positive) = %1</translation>
    </message>
    <message>
        <source>one output, after the last word</source>
        <translation>one output, after the last word</translation>
    </message>
</context>
</TS>