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
    <name>ImageProblem</name>
    <message>
        <source>cannot be read: %1</source>
        <translation>cannot be read: %1</translation>
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
    <name>layerlab::ui::ImdbPage</name>
    <message>
        <source>&lt;h2&gt;IMDB sentiment with an RNN — this page is coming&lt;/h2&gt;&lt;p&gt;The lesson's second experiment: &lt;code&gt;imdb.load_data(num_words=500)&lt;/code&gt;, review lengths and their histogram, &lt;code&gt;pad_sequences(maxlen=100)&lt;/code&gt;, then SimpleRNN, LSTM or GRU classifying reviews as positive or negative.&lt;/p&gt;&lt;p&gt;Its core works today from the command line, with Keras's exact numbers: &lt;code&gt;layerlab-cli imdb&lt;/code&gt; (data, lengths, histogram), &lt;code&gt;layerlab-cli summary --task imdb&lt;/code&gt; (the model) and &lt;code&gt;layerlab-cli train --task imdb&lt;/code&gt; (training). This page will add the review browser, the length histogram with a draggable maxlen cut, the model's summary and live training charts.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;IMDB sentiment with an RNN — this page is coming&lt;/h2&gt;&lt;p&gt;The lesson's second experiment: &lt;code&gt;imdb.load_data(num_words=500)&lt;/code&gt;, review lengths and their histogram, &lt;code&gt;pad_sequences(maxlen=100)&lt;/code&gt;, then SimpleRNN, LSTM or GRU classifying reviews as positive or negative.&lt;/p&gt;&lt;p&gt;Its core works today from the command line, with Keras's exact numbers: &lt;code&gt;layerlab-cli imdb&lt;/code&gt; (data, lengths, histogram), &lt;code&gt;layerlab-cli summary --task imdb&lt;/code&gt; (the model) and &lt;code&gt;layerlab-cli train --task imdb&lt;/code&gt; (training). This page will add the review browser, the length histogram with a draggable maxlen cut, the model's summary and live training charts.&lt;/p&gt;</translation>
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
    <name>layerlab::ui::TransferPage</name>
    <message>
        <source>Dataset</source>
        <translation>Dataset</translation>
    </message>
    <message>
        <source>Augmentation</source>
        <translation>Augmentation</translation>
    </message>
</context>
</TS>