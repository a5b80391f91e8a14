<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="ko_KR">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About LayerLab</source>
        <translation>LayerLab 정보</translation>
    </message>
    <message>
        <source>&lt;h3&gt;LayerLab %1&lt;/h3&gt;&lt;p&gt;A workbench to run, see and steer two deep-learning experiments of the lesson: transfer learning and fine-tuning of VGG16 on cats vs dogs, and an RNN sentiment classifier on IMDB reviews.&lt;/p&gt;&lt;p&gt;Augmentation follows Keras's ImageDataGenerator (keras-preprocessing 1.1.2) exactly, including its random draws for a given seed.&lt;/p&gt;&lt;p&gt;LibTorch %2 · %3 · %4 threads&lt;br&gt;Qt %5&lt;/p&gt;</source>
        <translation>&lt;h3&gt;LayerLab %1&lt;/h3&gt;&lt;p&gt;수업의 두 딥러닝 실험을 실행하고, 보고, 조정하는 작업대입니다: 개와 고양이 데이터로 VGG16 전이 학습과 미세 조정, 그리고 IMDB 리뷰로 RNN 감성 분류.&lt;/p&gt;&lt;p&gt;데이터 증식은 Keras의 ImageDataGenerator(keras-preprocessing 1.1.2)를 그대로 따르며, 같은 seed에서 뽑는 난수까지 똑같습니다.&lt;/p&gt;&lt;p&gt;LibTorch %2 · %3 · 스레드 %4개&lt;br&gt;Qt %5&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>ImageProblem</name>
    <message>
        <source>cannot be read: %1</source>
        <translation>읽을 수 없음: %1</translation>
    </message>
    <message>
        <source>empty file (0 bytes)</source>
        <translation>빈 파일 (0바이트)</translation>
    </message>
    <message>
        <source>truncated JPEG (no end-of-image marker)</source>
        <translation>잘린 JPEG (이미지 끝 표시 없음)</translation>
    </message>
    <message>
        <source>truncated PNG (no IEND chunk)</source>
        <translation>잘린 PNG (IEND 청크 없음)</translation>
    </message>
    <message>
        <source>not an image (unknown file signature)</source>
        <translation>이미지가 아님 (알 수 없는 파일 형식)</translation>
    </message>
    <message>
        <source>corrupt image (the decoder could not read it)</source>
        <translation>손상된 이미지 (디코더가 읽지 못함)</translation>
    </message>
</context>
<context>
    <name>layerlab::ui::AugmentControls</name>
    <message>
        <source>&lt;b&gt;shear_range=%1&lt;/b&gt; is %1 &lt;i&gt;degrees&lt;/i&gt; in Keras (keras-preprocessing ≥ 1.0): almost no visible shear. Old Keras read radians, which would be %2°.</source>
        <translation>Keras(keras-preprocessing ≥ 1.0)에서 &lt;b&gt;shear_range=%1&lt;/b&gt;은 %1 &lt;i&gt;도(degree)&lt;/i&gt;입니다: 전단 변형이 거의 보이지 않습니다. 예전 Keras는 라디안으로 읽었고, 그러면 %2°입니다.</translation>
    </message>
    <message>
        <source>A shift range of %1 (≥ 1) is read as &lt;i&gt;pixels&lt;/i&gt;, not as a fraction of the image.</source>
        <translation>이동 범위 %1(≥ 1)은 이미지 크기의 비율이 아니라 &lt;i&gt;픽셀&lt;/i&gt;로 읽습니다.</translation>
    </message>
    <message>
        <source>fill_mode='wrap' tiles the picture (abcd|abcd) as Keras documents; Keras itself passes 'wrap' to SciPy, which repeats with a period one pixel shorter.</source>
        <translation>fill_mode='wrap'은 Keras 문서대로 그림을 타일처럼 반복합니다(abcd|abcd). Keras 자체는 'wrap'을 SciPy에 넘기는데, SciPy는 한 픽셀 짧은 주기로 반복합니다.</translation>
    </message>
    <message>
        <source>rotation_range above 180° adds nothing: angles wrap around.</source>
        <translation>180°를 넘는 rotation_range는 의미가 없습니다: 각도가 한 바퀴 돕니다.</translation>
    </message>
    <message>
        <source> °</source>
        <translation> °</translation>
    </message>
    <message>
        <source>Rotation θ ~ U(−r, r) degrees</source>
        <translation>회전 θ ~ U(−r, r) 도</translation>
    </message>
    <message>
        <source>&lt; 1: fraction of the size; ≥ 1: pixels; both drawn from U(−r, r)</source>
        <translation>&lt; 1: 크기에 대한 비율, ≥ 1: 픽셀. 둘 다 U(−r, r)에서 뽑습니다</translation>
    </message>
    <message>
        <source>int (whole pixels)</source>
        <translation>int (정수 픽셀)</translation>
    </message>
    <message>
        <source>An int r draws a whole number of pixels from {−(r−1), …, r−1}, as Keras does</source>
        <translation>int r이면 Keras처럼 {−(r−1), …, r−1}에서 정수 픽셀을 뽑습니다</translation>
    </message>
    <message>
        <source>Shear angle φ ~ U(−s, s) in degrees</source>
        <translation>전단 각도 φ ~ U(−s, s) 도</translation>
    </message>
    <message>
        <source>lo </source>
        <translation>하한 </translation>
    </message>
    <message>
        <source>hi </source>
        <translation>상한 </translation>
    </message>
    <message>
        <source>zx and zy drawn independently from U(lo, hi); &gt; 1 zooms out</source>
        <translation>zx와 zy를 U(lo, hi)에서 따로 뽑습니다. &gt; 1이면 축소</translation>
    </message>
    <message>
        <source>on</source>
        <translation>사용</translation>
    </message>
    <message>
        <source>Value outside the picture when fill_mode is constant</source>
        <translation>fill_mode가 constant일 때 그림 바깥을 채우는 값</translation>
    </message>
    <message>
        <source>None</source>
        <translation>없음</translation>
    </message>
    <message>
        <source>Applied after augmentation, as Keras's standardize() does</source>
        <translation>Keras의 standardize()처럼 증식 다음에 적용합니다</translation>
    </message>
    <message>
        <source>zoom &amp;gt; 1 zooms &lt;i&gt;out&lt;/i&gt; (the picture gets smaller), &amp;lt; 1 zooms in: Keras samples zx and zy independently, so zoom also stretches.</source>
        <translation>zoom &amp;gt; 1은 &lt;i&gt;축소&lt;/i&gt;(그림이 작아짐), &amp;lt; 1은 확대입니다: Keras는 zx와 zy를 따로 뽑으므로 zoom은 그림을 늘이기도 합니다.</translation>
    </message>
    <message>
        <source>&lt;b&gt;zoom_range&lt;/b&gt; must satisfy 0 &amp;lt; lo ≤ hi.</source>
        <translation>&lt;b&gt;zoom_range&lt;/b&gt;는 0 &amp;lt; lo ≤ hi 여야 합니다.</translation>
    </message>
</context>
<context>
    <name>layerlab::ui::AugmentPreview</name>
    <message>
        <source>Samples</source>
        <translation>샘플 수</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>시드</translation>
    </message>
    <message>
        <source> px</source>
        <translation> px</translation>
    </message>
    <message>
        <source>Sample i uses seed + i and draws what Keras's get_random_transform(seed=seed + i) draws</source>
        <translation>i번째 샘플은 seed + i를 쓰며, Keras의 get_random_transform(seed=seed + i)와 같은 값을 뽑습니다</translation>
    </message>
    <message>
        <source>Reshuffle</source>
        <translation>다시 뽑기</translation>
    </message>
    <message>
        <source>New random seed (Ctrl+R)</source>
        <translation>새 무작위 시드 (Ctrl+R)</translation>
    </message>
    <message>
        <source>Lesson defaults</source>
        <translation>수업 기본값</translation>
    </message>
    <message>
        <source>rotation 30, shifts 0.1, shear 0.2, zoom 0.2, horizontal flip, nearest</source>
        <translation>회전 30, 이동 0.1, 전단 0.2, 확대/축소 0.2, 좌우 뒤집기, nearest</translation>
    </message>
    <message>
        <source>Copy as Keras code</source>
        <translation>Keras 코드로 복사</translation>
    </message>
    <message>
        <source>Put the matching ImageDataGenerator(...) call on the clipboard (Ctrl+Shift+C)</source>
        <translation>같은 설정의 ImageDataGenerator(...) 호출을 클립보드에 복사 (Ctrl+Shift+C)</translation>
    </message>
    <message>
        <source>Show drawn parameters under each sample</source>
        <translation>각 샘플 아래에 뽑힌 매개변수 표시</translation>
    </message>
    <message>
        <source>Select an image in the Dataset tab to preview augmentation.</source>
        <translation>데이터셋 탭에서 이미지를 고르면 증식 미리보기가 나옵니다.</translation>
    </message>
    <message>
        <source>Copied ImageDataGenerator(...) to the clipboard</source>
        <translation>ImageDataGenerator(...)를 클립보드에 복사했습니다</translation>
    </message>
    <message>
        <source>Cannot preview %1: %2</source>
        <translation>%1을(를) 미리 볼 수 없음: %2</translation>
    </message>
    <message>
        <source>θ %1°  shear %2°
tx %3  ty %4 px
zx %5  zy %6</source>
        <translation>θ %1°  전단 %2°
tx %3  ty %4 px
zx %5  zy %6</translation>
    </message>
    <message>
        <source>  ↔ flipped</source>
        <translation>  ↔ 뒤집힘</translation>
    </message>
    <message>
        <source>  ↕ flipped</source>
        <translation>  ↕ 뒤집힘</translation>
    </message>
    <message>
        <source>
brightness %1</source>
        <translation>
밝기 %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;Original&lt;/b&gt; (resized with nearest, as flow_from_directory) and &lt;b&gt;augmented samples&lt;/b&gt; made by the same function training uses</source>
        <translation>&lt;b&gt;원본&lt;/b&gt;(flow_from_directory처럼 nearest로 크기 조정)과 학습과 똑같은 함수로 만든 &lt;b&gt;증식된 샘플&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Original</source>
        <translation>원본</translation>
    </message>
    <message>
        <source>How flow_from_directory resizes to target_size; Keras's default is nearest</source>
        <translation>flow_from_directory가 target_size로 크기를 바꾸는 방법. Keras 기본값은 nearest</translation>
    </message>
</context>
<context>
    <name>layerlab::ui::DatasetBrowser</name>
    <message>
        <source>Open folder…</source>
        <translation>폴더 열기…</translation>
    </message>
    <message>
        <source>Choose a dataset folder (Ctrl+O). You can also drop a folder here.</source>
        <translation>데이터셋 폴더를 고릅니다 (Ctrl+O). 여기에 폴더를 끌어다 놓아도 됩니다.</translation>
    </message>
    <message>
        <source>Recent</source>
        <translation>최근</translation>
    </message>
    <message>
        <source>Built-in sample</source>
        <translation>내장 샘플</translation>
    </message>
    <message>
        <source>Circles vs squares, drawn by LayerLab: works offline</source>
        <translation>LayerLab이 그린 원과 사각형: 오프라인에서 동작</translation>
    </message>
    <message>
        <source>Split:</source>
        <translation>분할:</translation>
    </message>
    <message>
        <source>Class:</source>
        <translation>클래스:</translation>
    </message>
    <message>
        <source>&lt;b&gt;Built-in sample dataset.&lt;/b&gt; These are not photographs: LayerLab drew 300 pictures of circles and squares on cluttered backgrounds (train 100 + 100, validation 50 + 50) so that everything works offline. Open the lesson's cats_and_dogs_filtered folder for real results.</source>
        <translation>&lt;b&gt;내장 샘플 데이터셋.&lt;/b&gt; 사진이 아닙니다: 오프라인에서도 모든 기능이 동작하도록 LayerLab이 복잡한 배경 위에 원과 사각형 그림 300장을 그렸습니다(train 100 + 100, validation 50 + 50). 실제 결과를 보려면 수업의 cats_and_dogs_filtered 폴더를 여세요.</translation>
    </message>
    <message>
        <source>Open a dataset folder (class subfolders, or train/ and validation/),
drop one here, or use the built-in sample.</source>
        <translation>데이터셋 폴더(클래스별 하위 폴더, 또는 train/과 validation/)를 열거나,
여기에 끌어다 놓거나, 내장 샘플을 쓰세요.</translation>
    </message>
    <message>
        <source>Open dataset folder</source>
        <translation>데이터셋 폴더 열기</translation>
    </message>
    <message>
        <source>Preparing the built-in sample dataset…</source>
        <translation>내장 샘플 데이터셋을 준비하는 중…</translation>
    </message>
    <message>
        <source>Scanning…</source>
        <translation>찾는 중…</translation>
    </message>
    <message>
        <source>Cannot open this folder</source>
        <translation>이 폴더를 열 수 없습니다</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>All classes (%1)</source>
        <translation>모든 클래스 (%1)</translation>
    </message>
    <message>
        <source>%1 · %2 (%3)</source>
        <translation>%1 · %2 (%3)</translation>
    </message>
    <message numerus="yes">
        <source>(%n file(s) cannot be used)</source>
        <translation><numerusform>(파일 %n개는 쓸 수 없음)</numerusform></translation>
    </message>
    <message>
        <source>Skipped files: %1</source>
        <translation>건너뛴 파일: %1</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>불러오는 중…</translation>
    </message>
    <message>
        <source>Cannot show this file</source>
        <translation>이 파일을 표시할 수 없습니다</translation>
    </message>
    <message>
        <source>&lt;b&gt;File:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;파일:&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;Size:&lt;/b&gt; %1 × %2 px</source>
        <translation>&lt;b&gt;크기:&lt;/b&gt; %1 × %2 px</translation>
    </message>
    <message>
        <source>&lt;b&gt;Class:&lt;/b&gt; %1 (label %2)</source>
        <translation>&lt;b&gt;클래스:&lt;/b&gt; %1 (레이블 %2)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Skipped:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;건너뜀:&lt;/b&gt; %1</translation>
    </message>
</context>
<context>
    <name>layerlab::ui::DatasetListModel</name>
    <message>
        <source>%1
class %2 (label %3)</source>
        <translation>%1
클래스 %2 (레이블 %3)</translation>
    </message>
    <message>
        <source>%1
skipped: %2</source>
        <translation>%1
건너뜀: %2</translation>
    </message>
</context>
<context>
    <name>layerlab::ui::ImdbPage</name>
    <message>
        <source>&lt;h2&gt;IMDB sentiment with an RNN — this page is coming&lt;/h2&gt;&lt;p&gt;The lesson's second experiment: &lt;code&gt;imdb.load_data(num_words=500)&lt;/code&gt;, review lengths and their histogram, &lt;code&gt;pad_sequences(maxlen=100)&lt;/code&gt;, then SimpleRNN, LSTM or GRU classifying reviews as positive or negative.&lt;/p&gt;&lt;p&gt;Its core works today from the command line, with Keras's exact numbers: &lt;code&gt;layerlab-cli imdb&lt;/code&gt; (data, lengths, histogram), &lt;code&gt;layerlab-cli summary --task imdb&lt;/code&gt; (the model) and &lt;code&gt;layerlab-cli train --task imdb&lt;/code&gt; (training). This page will add the review browser, the length histogram with a draggable maxlen cut, the model's summary and live training charts.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;RNN으로 IMDB 감성 분석 — 이 페이지는 준비 중&lt;/h2&gt;&lt;p&gt;수업의 두 번째 실험입니다: &lt;code&gt;imdb.load_data(num_words=500)&lt;/code&gt;, 리뷰 길이와 히스토그램, &lt;code&gt;pad_sequences(maxlen=100)&lt;/code&gt;, 그리고 SimpleRNN, LSTM 또는 GRU로 리뷰의 긍정/부정을 분류합니다.&lt;/p&gt;&lt;p&gt;핵심 기능은 지금도 명령줄에서 Keras와 똑같은 숫자로 동작합니다: &lt;code&gt;layerlab-cli imdb&lt;/code&gt;(데이터, 길이, 히스토그램), &lt;code&gt;layerlab-cli summary --task imdb&lt;/code&gt;(모델), &lt;code&gt;layerlab-cli train --task imdb&lt;/code&gt;(학습). 이 페이지에는 리뷰 브라우저, maxlen을 끌어서 정하는 길이 히스토그램, 모델 요약, 실시간 학습 그래프가 들어갑니다.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>layerlab::ui::MainWindow</name>
    <message>
        <source>LayerLab — transfer learning and RNN workbench</source>
        <translation>LayerLab — 전이 학습과 RNN 작업대</translation>
    </message>
    <message>
        <source>Transfer learning</source>
        <translation>전이 학습</translation>
    </message>
    <message>
        <source>IMDB RNN</source>
        <translation>IMDB RNN</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>파일(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Open dataset folder…</source>
        <translation>데이터셋 폴더 열기(&amp;O)…</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>최근 폴더(&amp;R)</translation>
    </message>
    <message>
        <source>Use the built-in &amp;sample dataset</source>
        <translation>내장 샘플 데이터셋 사용(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>끝내기(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>보기(&amp;V)</translation>
    </message>
    <message>
        <source>Copy augmentation as &amp;Keras code</source>
        <translation>증식 설정을 Keras 코드로 복사(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>언어(&amp;L)</translation>
    </message>
    <message>
        <source>System (%1)</source>
        <translation>시스템 (%1)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>도움말(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About LayerLab</source>
        <translation>LayerLab 정보(&amp;A)</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Qt 정보(&amp;Q)</translation>
    </message>
    <message>
        <source>The compute device LayerLab trains on</source>
        <translation>LayerLab이 학습에 쓰는 연산 장치</translation>
    </message>
</context>
<context>
    <name>layerlab::ui::RecentFolders</name>
    <message>
        <source>(no recent folders)</source>
        <translation>(최근 폴더 없음)</translation>
    </message>
    <message>
        <source>Clear recent folders</source>
        <translation>최근 폴더 목록 지우기</translation>
    </message>
</context>
<context>
    <name>layerlab::ui::SkippedFilesModel</name>
    <message>
        <source>File</source>
        <translation>파일</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>이유</translation>
    </message>
</context>
<context>
    <name>layerlab::ui::TransferPage</name>
    <message>
        <source>Dataset</source>
        <translation>데이터셋</translation>
    </message>
    <message>
        <source>Augmentation</source>
        <translation>데이터 증식</translation>
    </message>
</context>
</TS>