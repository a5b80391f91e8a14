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
    <name>Failure</name>
    <message>
        <source>The computation failed (LibTorch): %1</source>
        <translation>계산에 실패했습니다 (LibTorch): %1</translation>
    </message>
    <message>
        <source>Something went wrong: %1</source>
        <translation>예상하지 못한 문제가 생겼습니다. 세부 내용: %1</translation>
    </message>
</context>
<context>
    <name>ImageProblem</name>
    <message>
        <source>cannot be read: %1</source>
        <translation>읽을 수 없음: %1</translation>
    </message>
</context>
<context>
    <name>LessonFigures</name>
    <message>
        <source>%1 read by %2</source>
        <translation>%2이(가) 읽은 %1</translation>
    </message>
</context>
<context>
    <name>LessonPack</name>
    <message>
        <source>Two units of kind %1 named '%2' cannot go into one pack: rename one of them</source>
        <translation>종류가 %1이고 이름이 '%2'인 단위 두 개는 한 묶음에 넣을 수 없습니다: 하나의 이름을 바꾸세요</translation>
    </message>
    <message>
        <source>%1 is no folder: nothing of it can be packed</source>
        <translation>%1은(는) 폴더가 아닙니다: 묶을 것이 없습니다</translation>
    </message>
    <message>
        <source>The run %1 trains on %2, which the pack does not hold: add --dataset with its folder</source>
        <translation>실행 %1은(는) 묶음에 없는 %2(으)로 학습합니다: 그 폴더를 --dataset으로 더하세요</translation>
    </message>
    <message>
        <source>The run %1 starts from the weights %2, which the pack does not hold: add them with --weights</source>
        <translation>실행 %1은(는) 묶음에 없는 가중치 %2에서 시작합니다: --weights로 더하세요</translation>
    </message>
    <message>
        <source>The run %1 is being written: pack it once it has stopped</source>
        <translation>실행 %1은(는) 지금 기록되고 있습니다: 멈춘 뒤에 묶으세요</translation>
    </message>
    <message>
        <source>%1 exists already: give --force to replace it</source>
        <translation>%1이(가) 이미 있습니다: 바꾸려면 --force를 주세요</translation>
    </message>
    <message>
        <source>its member '%1' does not match its sha256 (damaged or altered)</source>
        <translation>파일 '%1'이(가) sha256과 맞지 않습니다 (손상되었거나 바뀌었습니다)</translation>
    </message>
    <message>
        <source>it has no manifest.json first</source>
        <translation>맨 앞에 manifest.json이 없습니다</translation>
    </message>
    <message>
        <source>its member '%1' is missing</source>
        <translation>파일 '%1'이(가) 없습니다</translation>
    </message>
    <message>
        <source>its member '%1' is not of the size its manifest says</source>
        <translation>파일 '%1'의 크기가 목록에 적힌 것과 다릅니다</translation>
    </message>
    <message>
        <source>it holds a member '%1' that its manifest does not list</source>
        <translation>목록에 없는 파일 '%1'이(가) 들어 있습니다</translation>
    </message>
    <message>
        <source>%1 is not a usable lesson pack: %2</source>
        <translation>%1은(는) 쓸 수 있는 수업 묶음이 아닙니다: %2</translation>
    </message>
    <message>
        <source>it holds a member of unknown kind '%1'</source>
        <translation>알 수 없는 종류 '%1'의 파일이 들어 있습니다</translation>
    </message>
    <message>
        <source>its unit name '%1' is no plain name</source>
        <translation>묶음 단위 이름 '%1'이(가) 평범한 이름이 아닙니다</translation>
    </message>
    <message>
        <source>its member '%1' would be written outside its folder</source>
        <translation>파일 '%1'이(가) 제 폴더 밖에 쓰일 것입니다</translation>
    </message>
    <message>
        <source>its member '%1' belongs to no unit it lists</source>
        <translation>파일 '%1'이(가) 목록의 어느 단위에도 속하지 않습니다</translation>
    </message>
    <message>
        <source>its member '%1' is not where its kind and unit say</source>
        <translation>파일 '%1'이(가) 종류와 단위가 말하는 자리에 있지 않습니다</translation>
    </message>
    <message>
        <source>its member '%1' has no sha256</source>
        <translation>파일 '%1'에 sha256이 없습니다</translation>
    </message>
    <message>
        <source>its manifest is of another format</source>
        <translation>목록(manifest)이 다른 형식입니다</translation>
    </message>
    <message>
        <source>its manifest is damaged (%1)</source>
        <translation>목록(manifest)이 손상되었습니다 (%1)</translation>
    </message>
    <message>
        <source>its member '%1' is listed twice</source>
        <translation>파일 '%1'이(가) 두 번 올라 있습니다</translation>
    </message>
    <message>
        <source>its member '%1' is a copy of no earlier member</source>
        <translation>파일 '%1'이(가) 앞의 어느 파일의 사본도 아닙니다</translation>
    </message>
    <message>
        <source>its unit '%1' has no member</source>
        <translation>단위 '%1'에 파일이 없습니다</translation>
    </message>
    <message>
        <source>%1 is under no install folder</source>
        <translation>%1은(는) 어느 설치 폴더에도 속하지 않습니다</translation>
    </message>
    <message>
        <source>%1 is already there and differs from the pack's: move it away to install the pack</source>
        <translation>%1이(가) 이미 있고 묶음의 것과 다릅니다: 묶음을 설치하려면 그 파일을 옮기세요</translation>
    </message>
    <message>
        <source>%1 is not the file Keras names so: %2</source>
        <translation>%1은(는) Keras가 그 이름으로 부르는 파일이 아닙니다: %2</translation>
    </message>
    <message>
        <source>%1 is not named as Keras caches weights (such as %2), so no LayerLab would find it once installed: rename it so, or pack a run that starts from it</source>
        <translation>%1은(는) Keras가 가중치를 저장하는 이름(예: %2)이 아니어서 설치한 뒤 어느 LayerLab도 찾지 못합니다: 그렇게 이름을 바꾸거나, 이 가중치에서 시작하는 실행을 함께 묶으세요</translation>
    </message>
    <message>
        <source>%1 holds no pictures</source>
        <translation>%1에는 사진이 없습니다</translation>
    </message>
    <message>
        <source>Nothing to pack: give --dataset, --weights, --imdb, --features (a store with entries), --runs or --lesson</source>
        <translation>묶을 것이 없습니다: --dataset, --weights, --imdb, --features(항목이 있는 저장소), --runs 또는 --lesson을 주세요</translation>
    </message>
    <message>
        <source>its unit '%1' names no task of LayerLab's</source>
        <translation>단위 '%1'이(가) LayerLab의 어느 작업도 가리키지 않습니다</translation>
    </message>
    <message>
        <source>it is of pack format %1, newer than this LayerLab reads (%2): update LayerLab to install it</source>
        <translation>묶음 형식 %1은(는) 이 LayerLab이 읽는 형식(%2)보다 새롭습니다: 설치하려면 LayerLab을 업데이트하세요</translation>
    </message>
</context>
<context>
    <name>Message</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1을(를) 읽을 수 없습니다: %2</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>%1을(를) 열 수 없습니다: %2</translation>
    </message>
    <message>
        <source>Cannot create %1: %2</source>
        <translation>%1을(를) 만들 수 없습니다: %2</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1에 쓸 수 없습니다: %2</translation>
    </message>
    <message>
        <source>Cannot lock %1: %2</source>
        <translation>%1을(를) 잠글 수 없습니다: %2</translation>
    </message>
    <message>
        <source>Cannot move %1 into place: %2</source>
        <translation>%1을(를) 제자리로 옮길 수 없습니다: %2</translation>
    </message>
    <message>
        <source>Cannot read %1: not a regular file (a pipe, a device or a socket)</source>
        <translation>%1을(를) 읽을 수 없습니다: 일반 파일이 아닙니다 (파이프, 장치 또는 소켓).</translation>
    </message>
    <message>
        <source>Cannot read %1: it is %2 MB, more than the %3 MB LayerLab reads from such a file</source>
        <translation>%1을(를) 읽을 수 없습니다: 크기가 %2 MB로, 이런 파일에서 LayerLab이 읽는 최대 %3 MB보다 큽니다.</translation>
    </message>
    <message>
        <source>Will not write %1: it is not a regular file (a folder, a link, a pipe or a device); choose a plain file name</source>
        <translation>%1에 쓰지 않습니다: 일반 파일이 아닙니다 (폴더, 링크, 파이프 또는 장치). 보통 파일 이름을 고르세요.</translation>
    </message>
    <message>
        <source>Cannot encode %1</source>
        <translation>%1을(를) 인코딩할 수 없습니다.</translation>
    </message>
    <message>
        <source>Cannot write an empty image</source>
        <translation>빈 이미지는 저장할 수 없습니다.</translation>
    </message>
    <message>
        <source>%1: unsupported image format %2 (use .png, .jpg or .bmp)</source>
        <translation>%1: 지원하지 않는 이미지 형식 %2입니다 (.png, .jpg 또는 .bmp를 쓰세요).</translation>
    </message>
    <message>
        <source>%1: no file extension (use .png, .jpg or .bmp)</source>
        <translation>%1: 파일 확장자가 없습니다 (.png, .jpg 또는 .bmp를 쓰세요).</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>cannot be read</source>
        <translation>읽을 수 없음</translation>
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
        <translation>이미지가 아님 (알 수 없는 파일 서명)</translation>
    </message>
    <message>
        <source>corrupt image (the decoder could not read it)</source>
        <translation>손상된 이미지 (디코더가 읽지 못함)</translation>
    </message>
    <message>
        <source>too large to decode (more than %1 pixels)</source>
        <translation>너무 커서 디코딩할 수 없음 (%1픽셀 초과)</translation>
    </message>
    <message>
        <source>too large: %1 pixels, more than the %2 LayerLab decodes</source>
        <translation>너무 큼: %1픽셀로, LayerLab이 디코딩하는 최대 %2픽셀보다 큽니다</translation>
    </message>
    <message>
        <source>HDF5 cannot write %1</source>
        <translation>HDF5가 %1을(를) 쓰지 못했습니다.</translation>
    </message>
    <message>
        <source>Cannot open %1 as a zip archive: %2</source>
        <translation>%1을(를) zip 압축 파일로 열 수 없습니다: %2</translation>
    </message>
    <message>
        <source>Cannot open %1 as a zip archive: Not a zip archive</source>
        <translation>%1을(를) zip 압축 파일로 열 수 없습니다: zip 압축 파일이 아닙니다.</translation>
    </message>
    <message>
        <source>Cannot open %1 as a zip archive: Zip archive inconsistent</source>
        <translation>%1을(를) zip 압축 파일로 열 수 없습니다: 압축 파일이 손상되었습니다.</translation>
    </message>
    <message>
        <source>%1: entry %2 has no size</source>
        <translation>%1: 항목 %2에 크기가 없습니다.</translation>
    </message>
    <message>
        <source>%1: cannot read '%2'</source>
        <translation>%1: '%2'을(를) 읽을 수 없습니다.</translation>
    </message>
    <message>
        <source>%1: member '%2' unpacks to more than the %3 bytes its entry declares: refused</source>
        <translation>%1: 구성원 '%2'이(가) 항목에 적힌 %3바이트보다 크게 풀립니다. 거부했습니다.</translation>
    </message>
    <message>
        <source>%1: member '%2' is damaged (its CRC or size does not match)</source>
        <translation>%1: 구성원 '%2'이(가) 손상되었습니다 (CRC나 크기가 맞지 않음).</translation>
    </message>
    <message>
        <source>%1 has %2 entries, more than the %3 LayerLab extracts from it: refused</source>
        <translation>%1에 항목이 %2개 있어, LayerLab이 푸는 최대 %3개보다 많습니다. 거부했습니다.</translation>
    </message>
    <message>
        <source>%1: refused: the entry '%2' would be written outside the target folder</source>
        <translation>%1: 거부했습니다. 항목 '%2'이(가) 대상 폴더 밖에 쓰이게 됩니다.</translation>
    </message>
    <message>
        <source>%1: member '%2' would unpack to %3, more than the %4 LayerLab extracts per member from it: refused</source>
        <translation>%1: 구성원 '%2'이(가) %3로 풀려, LayerLab이 구성원마다 푸는 최대 %4보다 큽니다. 거부했습니다.</translation>
    </message>
    <message>
        <source>%1 would unpack to more than %2, the most LayerLab extracts from it: refused</source>
        <translation>%1이(가) LayerLab이 푸는 최대 %2보다 크게 풀립니다. 거부했습니다.</translation>
    </message>
    <message>
        <source>%1: no member '%2'</source>
        <translation>%1: 구성원 '%2'이(가) 없습니다.</translation>
    </message>
    <message>
        <source>%1: member '%2' would unpack to %3; LayerLab reads members of up to %4</source>
        <translation>%1: 구성원 '%2'이(가) %3로 풀립니다. LayerLab은 %4까지의 구성원만 읽습니다.</translation>
    </message>
    <message>
        <source>Cannot use %1 as the feature store: %2</source>
        <translation>%1을(를) 특징 저장소로 쓸 수 없습니다: %2</translation>
    </message>
    <message>
        <source>is a link of another user's (uid %1)</source>
        <translation>다른 사용자(uid %1)의 링크입니다</translation>
    </message>
    <message>
        <source>belongs to another user (uid %1)</source>
        <translation>다른 사용자(uid %1)의 것입니다</translation>
    </message>
    <message>
        <source>is writable by other users (mode %1; chmod go-w fixes that)</source>
        <translation>다른 사용자도 쓸 수 있습니다 (모드 %1, chmod go-w로 고칠 수 있음)</translation>
    </message>
    <message>
        <source>the folder holding it, %1, %2, and they could replace it</source>
        <translation>이를 담은 폴더 %1: %2. 그들이 저장소를 바꿔치기할 수 있습니다</translation>
    </message>
    <message>
        <source>it %1, and they could put other images' features in it</source>
        <translation>저장소 폴더: %1. 그들이 다른 이미지의 특징을 넣을 수 있습니다</translation>
    </message>
    <message>
        <source>it cannot be created (%1)</source>
        <translation>만들 수 없습니다 (%1)</translation>
    </message>
    <message>
        <source>it is not a folder</source>
        <translation>폴더가 아닙니다</translation>
    </message>
    <message>
        <source>it cannot be written (%1)</source>
        <translation>쓸 수 없습니다 (%1)</translation>
    </message>
    <message>
        <source>it holds files that are not the store's (such as %1), and a store takes only an empty or new folder</source>
        <translation>저장소의 것이 아닌 파일(%1 등)이 있습니다. 저장소는 비었거나 새 폴더만 씁니다</translation>
    </message>
    <message>
        <source>%1; training goes on without it</source>
        <translation>%1. 저장소 없이 훈련을 계속합니다.</translation>
    </message>
    <message>
        <source>Feature store: %1 inputs' frozen features read from %2</source>
        <translation>특징 저장소: 입력 %1개의 동결 특징을 %2에서 읽었습니다.</translation>
    </message>
    <message>
        <source>Feature store: over its cap of %1 MB, its %2 oldest entries were removed (a larger --feature-store-cap keeps them)</source>
        <translation>특징 저장소: 상한 %1 MB를 넘어 가장 오래된 항목 %2개를 지웠습니다 (--feature-store-cap을 늘리면 남깁니다).</translation>
    </message>
    <message>
        <source>Cannot open run folder %1: %2</source>
        <translation>실행 폴더 %1을(를) 열 수 없습니다: %2</translation>
    </message>
    <message>
        <source>%1 is in use: another LayerLab process is training into it (wait for it to finish or stop it)</source>
        <translation>%1은(는) 사용 중입니다: 다른 LayerLab 프로세스가 여기에 훈련하고 있습니다 (끝날 때까지 기다리거나 그 프로세스를 멈추세요).</translation>
    </message>
    <message>
        <source>Cannot create run folder %1: %2</source>
        <translation>실행 폴더 %1을(를) 만들 수 없습니다: %2</translation>
    </message>
    <message>
        <source>%1 already holds a run: resume it (train --resume), replace it (--overwrite) or choose another --run-dir</source>
        <translation>%1에는 이미 실행이 있습니다: 이어서 훈련하거나(train --resume), 바꾸거나(--overwrite), 다른 --run-dir을 고르세요.</translation>
    </message>
    <message>
        <source>%1 is not empty: it holds %2, which is no part of a LayerLab run (choose a new or empty folder)</source>
        <translation>%1이(가) 비어 있지 않습니다: LayerLab 실행의 일부가 아닌 %2이(가) 있습니다 (새 폴더나 빈 폴더를 고르세요).</translation>
    </message>
    <message>
        <source>%1 is not a LayerLab run (no experiment.json)</source>
        <translation>%1은(는) LayerLab 실행이 아닙니다 (experiment.json 없음).</translation>
    </message>
    <message>
        <source>Cannot set the old run in %1 aside: %2</source>
        <translation>%1의 이전 실행을 옮겨 둘 수 없습니다: %2</translation>
    </message>
    <message>
        <source>%1: malformed row '%2'</source>
        <translation>%1: 잘못된 행 '%2'</translation>
    </message>
    <message>
        <source>%1 does not name a finished epoch (it should hold a number from 1 on): the checkpoint is damaged</source>
        <translation>%1에 마친 에포크가 적혀 있지 않습니다 (1 이상의 수여야 함): 체크포인트가 손상되었습니다.</translation>
    </message>
    <message>
        <source>%1 names %2 for epoch %3: the checkpoint is damaged</source>
        <translation>%1이(가) 에포크 %3의 파일로 %2을(를) 가리킵니다: 체크포인트가 손상되었습니다.</translation>
    </message>
    <message>
        <source>%1 is damaged: its checksum does not match checkpoint/epoch.txt</source>
        <translation>%1이(가) 손상되었습니다: 체크섬이 checkpoint/epoch.txt와 맞지 않습니다.</translation>
    </message>
    <message>
        <source>%1 has no trained model yet</source>
        <translation>%1에는 아직 훈련된 모델이 없습니다.</translation>
    </message>
    <message>
        <source>the run has not finished: its checkpoint of epoch %1</source>
        <translation>실행이 끝나지 않았습니다: 에포크 %1의 체크포인트</translation>
    </message>
    <message>
        <source>Weights file not found: %1</source>
        <translation>가중치 파일이 없습니다: %1</translation>
    </message>
    <message>
        <source>%1 is not an HDF5 file (or is truncated)</source>
        <translation>%1은(는) HDF5 파일이 아닙니다 (또는 잘렸습니다).</translation>
    </message>
    <message>
        <source>Cannot open %1 (truncated or damaged?)</source>
        <translation>%1을(를) 열 수 없습니다 (잘렸거나 손상되었을 수 있습니다).</translation>
    </message>
    <message>
        <source>%1 holds no Keras weights (no weight_names found)</source>
        <translation>%1에 Keras 가중치가 없습니다 (weight_names 없음).</translation>
    </message>
    <message>
        <source>cannot read attribute %1</source>
        <translation>속성 %1을(를) 읽을 수 없습니다</translation>
    </message>
    <message>
        <source>missing dataset %1</source>
        <translation>데이터셋 %1이(가) 없습니다</translation>
    </message>
    <message>
        <source>unreadable dataset %1</source>
        <translation>데이터셋 %1을(를) 읽을 수 없습니다</translation>
    </message>
    <message>
        <source>%1 declares more than %2 values, more than any layer LayerLab builds: refused</source>
        <translation>%1이(가) 값 %2개 넘게 선언합니다. LayerLab이 만드는 어떤 층보다 많아 거부했습니다</translation>
    </message>
    <message>
        <source>%1 declares %2 values but the file holds fewer (truncated?)</source>
        <translation>%1이(가) 값 %2개를 선언하지만 파일에는 그보다 적습니다 (잘렸을 수 있음)</translation>
    </message>
    <message>
        <source>cannot read %1 (is the file truncated?)</source>
        <translation>%1을(를) 읽을 수 없습니다 (파일이 잘렸을 수 있음)</translation>
    </message>
    <message>
        <source>%1 holds NaN or infinite values: these weights are broken</source>
        <translation>%1에 NaN이나 무한대 값이 있습니다: 망가진 가중치입니다</translation>
    </message>
    <message>
        <source>%1: layer '%2' (%3) is missing from the file</source>
        <translation>%1: 층 '%2'(%3)이(가) 파일에 없습니다.</translation>
    </message>
    <message>
        <source>%1: layer '%2' has %3 weights in the file, the model needs %4</source>
        <translation>%1: 층 '%2'의 가중치가 파일에는 %3개, 모델에는 %4개가 필요합니다.</translation>
    </message>
    <message>
        <source>%1: layer '%2' weight '%3' has shape %4, the model needs %5</source>
        <translation>%1: 층 '%2'의 가중치 '%3' 모양이 %4인데, 모델에는 %5이(가) 필요합니다.</translation>
    </message>
    <message>
        <source>%2 takes its frozen layers from %1, which is missing: put that weights file back to use the run</source>
        <translation>%2의 동결된 층은 %1에서 오는데, 그 파일이 없습니다: 이 실행을 쓰려면 가중치 파일을 제자리에 돌려 두세요.</translation>
    </message>
    <message>
        <source>%2 takes its frozen layers from %1, which is not a plain file: put that weights file back to use the run</source>
        <translation>%2의 동결된 층은 %1에서 오는데, 그것이 보통 파일이 아닙니다: 이 실행을 쓰려면 가중치 파일을 제자리에 돌려 두세요.</translation>
    </message>
    <message>
        <source>%2 takes its frozen layers from %1, which cannot be read: %3</source>
        <translation>%2의 동결된 층은 %1에서 오는데, 그 파일을 읽을 수 없습니다: %3</translation>
    </message>
    <message>
        <source>%2 takes its frozen layers from %1, which has changed since the run saved it (its checksum differs)</source>
        <translation>%2의 동결된 층은 %1에서 오는데, 실행이 저장한 뒤로 그 파일이 바뀌었습니다 (체크섬이 다름).</translation>
    </message>
    <message>
        <source>%2 has no weights for layer '%1': it was saved from another model</source>
        <translation>%2에 층 '%1'의 가중치가 없습니다: 다른 모델에서 저장되었습니다.</translation>
    </message>
    <message>
        <source>%1 is damaged: its note on the weights file is unreadable</source>
        <translation>%1이(가) 손상되었습니다: 가중치 파일에 대한 기록을 읽을 수 없습니다.</translation>
    </message>
    <message>
        <source>%1 cannot be loaded into this model: it is damaged, or was saved from another model</source>
        <translation>%1을(를) 이 모델에 불러올 수 없습니다: 손상되었거나 다른 모델에서 저장되었습니다.</translation>
    </message>
    <message>
        <source>%1 was saved from a model of another shape (another size, head or class count) than this run's</source>
        <translation>%1은(는) 이 실행과 모양이 다른 모델(다른 크기, 헤드 또는 클래스 수)에서 저장되었습니다.</translation>
    </message>
    <message>
        <source>%1 cannot be loaded into this optimizer: it is damaged, or was saved from another model or optimizer</source>
        <translation>%1을(를) 이 옵티마이저에 불러올 수 없습니다: 손상되었거나 다른 모델이나 옵티마이저에서 저장되었습니다.</translation>
    </message>
    <message>
        <source>The model in %1</source>
        <translation>%1의 모델</translation>
    </message>
    <message>
        <source>The optimizer state in %1</source>
        <translation>%1의 옵티마이저 상태</translation>
    </message>
    <message>
        <source>the best epoch's weights</source>
        <translation>가장 좋았던 에포크의 가중치</translation>
    </message>
    <message>
        <source>the weights before the sweep</source>
        <translation>탐색 전의 가중치</translation>
    </message>
    <message>
        <source>%1: pickle %3 (offset %2)</source>
        <translation>%1: 피클 오류 — %3 (오프셋 %2)</translation>
    </message>
    <message>
        <source>ends before STOP (truncated?)</source>
        <translation>STOP 전에 끝납니다 (잘렸을 수 있음)</translation>
    </message>
    <message>
        <source>is truncated</source>
        <translation>잘렸습니다</translation>
    </message>
    <message>
        <source>holds more than %1 values, the most LayerLab reads from one array: refused</source>
        <translation>값이 %1개를 넘어, LayerLab이 배열 하나에서 읽는 최대치를 넘습니다. 거부했습니다</translation>
    </message>
    <message>
        <source>holds more than %1 lists (reviews), the most LayerLab reads from one array: refused</source>
        <translation>리스트(리뷰)가 %1개를 넘어, LayerLab이 배열 하나에서 읽는 최대치를 넘습니다. 거부했습니다</translation>
    </message>
    <message>
        <source>refers to %1, which a numpy array never needs: refused</source>
        <translation>numpy 배열에 필요 없는 %1을(를) 부릅니다. 거부했습니다 (피클은 프로그램이라 실행하지 않습니다)</translation>
    </message>
    <message>
        <source>uses opcode %1, which numpy never writes for an array: refused</source>
        <translation>numpy가 배열에 쓰지 않는 명령 코드 %1을(를) 씁니다. 거부했습니다</translation>
    </message>
    <message>
        <source>%1: dtype %2 is not an integer or bool array LayerLab reads</source>
        <translation>%1: dtype %2은(는) LayerLab이 읽는 정수나 불 배열이 아닙니다.</translation>
    </message>
    <message>
        <source>%1: its shape holds more than %2 values, the most LayerLab reads from one array: refused</source>
        <translation>%1: 모양이 값 %2개를 넘어, LayerLab이 배열 하나에서 읽는 최대치를 넘습니다. 거부했습니다.</translation>
    </message>
    <message>
        <source>%1: data is shorter than its shape says (truncated?)</source>
        <translation>%1: 데이터가 모양보다 짧습니다 (잘렸을 수 있음).</translation>
    </message>
    <message>
        <source>%1: .npy shape %2 is absurd</source>
        <translation>%1: .npy 모양 %2이(가) 터무니없습니다.</translation>
    </message>
    <message>
        <source>%1: the pickled array is not an object array</source>
        <translation>%1: 피클된 배열이 객체 배열이 아닙니다.</translation>
    </message>
    <message>
        <source>%1: its header's shape does not match the %2 pickled elements</source>
        <translation>%1: 헤더의 모양이 피클된 원소 %2개와 맞지 않습니다.</translation>
    </message>
    <message>
        <source>%1: an element is not a list of ints</source>
        <translation>%1: 정수 리스트가 아닌 원소가 있습니다.</translation>
    </message>
    <message>
        <source>%1: a list holds something other than ints</source>
        <translation>%1: 정수가 아닌 것이 든 리스트가 있습니다.</translation>
    </message>
    <message>
        <source>%1: a word index of %2 is out of range</source>
        <translation>%1: 단어 인덱스 %2이(가) 범위를 벗어납니다.</translation>
    </message>
    <message>
        <source>%1: not a .npy array</source>
        <translation>%1: .npy 배열이 아닙니다.</translation>
    </message>
    <message>
        <source>%1: .npy format version %2 is not supported</source>
        <translation>%1: .npy 형식 버전 %2은(는) 지원하지 않습니다.</translation>
    </message>
    <message>
        <source>%1: truncated .npy header</source>
        <translation>%1: .npy 헤더가 잘렸습니다.</translation>
    </message>
    <message>
        <source>%1: .npy header without descr</source>
        <translation>%1: .npy 헤더에 descr이 없습니다.</translation>
    </message>
    <message>
        <source>%1: Fortran-ordered arrays are not supported</source>
        <translation>%1: 포트란 순서 배열은 지원하지 않습니다.</translation>
    </message>
    <message>
        <source>%1: .npy header without shape</source>
        <translation>%1: .npy 헤더에 모양(shape)이 없습니다.</translation>
    </message>
    <message>
        <source>Found %1 images belonging to %2 classes.</source>
        <translation>%2개 클래스에 속한 이미지 %1개를 찾았습니다.</translation>
    </message>
    <message>
        <source>Cannot read folder %1: %2</source>
        <translation>폴더 %1을(를) 읽을 수 없습니다: %2</translation>
    </message>
    <message>
        <source>Not a folder: %1</source>
        <translation>폴더가 아닙니다: %1</translation>
    </message>
    <message>
        <source>Class '%1' is not the name of a folder inside %2</source>
        <translation>클래스 '%1'은(는) %2 안의 폴더 이름이 아닙니다.</translation>
    </message>
    <message>
        <source>Class '%1' is named twice</source>
        <translation>클래스 '%1'이(가) 두 번 적혀 있습니다.</translation>
    </message>
    <message>
        <source>Class folder missing: %1</source>
        <translation>클래스 폴더가 없습니다: %1</translation>
    </message>
    <message>
        <source>Not an aclImdb folder: %1 is missing</source>
        <translation>aclImdb 폴더가 아닙니다: %1이(가) 없습니다.</translation>
    </message>
    <message>
        <source>%1 holds no training reviews</source>
        <translation>%1에 훈련용 리뷰가 없습니다.</translation>
    </message>
    <message>
        <source>%1: x_%2 is not an array of lists</source>
        <translation>%1: x_%2이(가) 리스트의 배열이 아닙니다.</translation>
    </message>
    <message>
        <source>%1: x_%2 has %3 reviews but y_%2 has %4 labels</source>
        <translation>%1: x_%2에는 리뷰가 %3개인데 y_%2에는 레이블이 %4개입니다.</translation>
    </message>
    <message>
        <source>%1: y_%2 holds the label %3; IMDB labels are 0 (negative) and 1 (positive)</source>
        <translation>%1: y_%2에 레이블 %3이(가) 있습니다. IMDB 레이블은 0(부정)과 1(긍정)입니다.</translation>
    </message>
    <message>
        <source>%1 is not a word index (JSON): %2</source>
        <translation>%1은(는) 단어 인덱스(JSON)가 아닙니다: %2</translation>
    </message>
    <message>
        <source>%1 is not a {word: rank} JSON object</source>
        <translation>%1은(는) {단어: 순위} 형태의 JSON 객체가 아닙니다.</translation>
    </message>
    <message>
        <source>%1: the rank of '%2' is not a whole number of 1 or more</source>
        <translation>%1: '%2'의 순위가 1 이상의 정수가 아닙니다.</translation>
    </message>
    <message>
        <source>%1 needs a value</source>
        <translation>%1에 값이 필요합니다.</translation>
    </message>
    <message>
        <source>%1: not a number: '%2'</source>
        <translation>%1: 수가 아닙니다: '%2'</translation>
    </message>
    <message>
        <source>%1: expected a whole number</source>
        <translation>%1: 정수여야 합니다.</translation>
    </message>
    <message>
        <source>%1: %2 is out of range (%3 to %4)</source>
        <translation>%1: %2은(는) 범위(%3~%4)를 벗어납니다.</translation>
    </message>
    <message>
        <source>%1 must be %2</source>
        <translation>%1은(는) %2이어야 합니다.</translation>
    </message>
    <message>
        <source>%1 must be %2, not '%3'</source>
        <translation>%1은(는) '%3'이 아니라 %2 중 하나여야 합니다.</translation>
    </message>
    <message>
        <source>unknown option %1</source>
        <translation>알 수 없는 옵션 %1</translation>
    </message>
    <message>
        <source>%1 must be &gt;= 0</source>
        <translation>%1은(는) 0 이상이어야 합니다.</translation>
    </message>
    <message>
        <source>%1 expects LO,HI</source>
        <translation>%1에는 LO,HI 형태의 값이 필요합니다.</translation>
    </message>
    <message>
        <source>--preset must be lesson or none</source>
        <translation>--preset은 lesson이나 none이어야 합니다.</translation>
    </message>
    <message>
        <source>--fill-mode must be nearest, constant, reflect or wrap</source>
        <translation>--fill-mode는 nearest, constant, reflect, wrap 중 하나여야 합니다.</translation>
    </message>
    <message>
        <source>train needs --data DIR</source>
        <translation>훈련에는 --data 폴더가 필요합니다.</translation>
    </message>
    <message>
        <source>--weights needs a file (or none)</source>
        <translation>--weights에는 파일(또는 none)이 필요합니다.</translation>
    </message>
    <message>
        <source>unknown --strategy %1</source>
        <translation>알 수 없는 --strategy %1</translation>
    </message>
    <message>
        <source>--freeze/--unfreeze: %1</source>
        <translation>--freeze/--unfreeze: %1</translation>
    </message>
    <message>
        <source>train --task imdb needs --data (an imdb.npz or an aclImdb folder)</source>
        <translation>IMDB 훈련에는 --data(imdb.npz 파일이나 aclImdb 폴더)가 필요합니다.</translation>
    </message>
    <message>
        <source>--validation-split must be in [0, 1)</source>
        <translation>--validation-split은 [0, 1) 범위여야 합니다.</translation>
    </message>
    <message>
        <source>unexpected argument %1</source>
        <translation>예상하지 못한 인수 %1</translation>
    </message>
    <message>
        <source>--learning-rate must be above 0 and at most 10</source>
        <translation>--learning-rate는 0보다 크고 10 이하여야 합니다.</translation>
    </message>
    <message>
        <source>--alpha must be in (0, 4]</source>
        <translation>--alpha는 (0, 4] 범위여야 합니다.</translation>
    </message>
    <message>
        <source>--num-words must be at most 20000 with --input one-hot (each word is a vector that long); use --input embedding for more</source>
        <translation>--input one-hot에서는 --num-words가 20000 이하여야 합니다 (단어마다 그 길이의 벡터). 더 많으면 --input embedding을 쓰세요.</translation>
    </message>
    <message>
        <source>--dropout must be in [0, 1)</source>
        <translation>--dropout은 [0, 1) 범위여야 합니다.</translation>
    </message>
    <message>
        <source>%1 is not an IMDB run</source>
        <translation>%1은(는) IMDB 실행이 아닙니다.</translation>
    </message>
    <message>
        <source>%1 is not an image run</source>
        <translation>%1은(는) 이미지 실행이 아닙니다.</translation>
    </message>
    <message>
        <source>there is no review %1: %2 holds %3</source>
        <translation>리뷰 %1은(는) 없습니다: %2에는 %3개가 있습니다.</translation>
    </message>
    <message>
        <source>this run's reviews come without a word index (imdb_word_index.json), so typed text cannot be turned into word indices</source>
        <translation>이 실행의 리뷰에는 단어 인덱스(imdb_word_index.json)가 없어, 입력한 글을 단어 인덱스로 바꿀 수 없습니다.</translation>
    </message>
    <message>
        <source>the text has no words to read</source>
        <translation>글에 읽을 단어가 없습니다.</translation>
    </message>
    <message>
        <source>export needs a file name (--keras model.h5)</source>
        <translation>내보내려면 파일 이름이 필요합니다 (--keras model.h5).</translation>
    </message>
    <message>
        <source>%1 is inside the run folder %2: export to a file outside run folders</source>
        <translation>%1은(는) 실행 폴더 %2 안에 있습니다: 실행 폴더 밖의 파일로 내보내세요.</translation>
    </message>
    <message>
        <source>%1 is inside %2, whose files LayerLab and Keras read as downloaded: export elsewhere</source>
        <translation>%1은(는) LayerLab과 Keras가 내려받은 파일로 읽는 %2 안에 있습니다: 다른 곳으로 내보내세요.</translation>
    </message>
    <message>
        <source>%1 holds the frozen layers this run (and others) read: export to another file</source>
        <translation>%1에는 이 실행(과 다른 실행)이 읽는 동결된 층이 있습니다: 다른 파일로 내보내세요.</translation>
    </message>
    <message>
        <source>%1 is a link: export to a plain file name</source>
        <translation>%1은(는) 링크입니다: 보통 파일 이름으로 내보내세요.</translation>
    </message>
    <message>
        <source>%1 exists and is not a model LayerLab exported: export to a new file</source>
        <translation>%1이(가) 이미 있고 LayerLab이 내보낸 모델이 아닙니다: 새 파일로 내보내세요.</translation>
    </message>
    <message>
        <source>%1 exists: give --overwrite to replace that earlier export</source>
        <translation>%1이(가) 이미 있습니다: 이전에 내보낸 것을 바꾸려면 --overwrite를 주세요.</translation>
    </message>
    <message>
        <source>  skipped %1: %2</source>
        <translation>  건너뜀 %1: %2</translation>
    </message>
    <message>
        <source>%1 has no usable images to train on</source>
        <translation>%1에 훈련에 쓸 수 있는 이미지가 없습니다.</translation>
    </message>
    <message>
        <source>skipped %1: %2</source>
        <translation>건너뜀 %1: %2</translation>
    </message>
    <message>
        <source>empty file</source>
        <translation>빈 파일</translation>
    </message>
    <message>
        <source>invalid UTF-8 at byte %1</source>
        <translation>%1번째 바이트에 잘못된 UTF-8</translation>
    </message>
    <message>
        <source>name is not &lt;id&gt;_&lt;rating&gt;.txt</source>
        <translation>이름이 &lt;id&gt;_&lt;rating&gt;.txt 형식이 아님</translation>
    </message>
    <message>
        <source>x_train %1, validation %2, x_test %3 (maxlen %4)</source>
        <translation>x_train %1개, 검증 %2개, x_test %3개 (maxlen %4)</translation>
    </message>
    <message>
        <source>Weights: none asked for; the base is randomly initialised.</source>
        <translation>가중치: 요청하지 않았습니다. 기반 모델은 무작위로 초기화됩니다.</translation>
    </message>
    <message>
        <source>Weights: no %1 px file in the Keras cache, so the one trained at %2 px stands in (the shapes match; %3 is Keras's file for this size: Get data).</source>
        <translation>가중치: Keras 캐시에 %1 px 파일이 없어 %2 px에서 훈련된 파일을 대신 씁니다 (모양은 맞습니다. 이 크기의 Keras 파일은 %3이며, 데이터 받기에 있습니다).</translation>
    </message>
    <message>
        <source>No pretrained weights found for %1 (looked for %2 in the Keras cache ~/.keras/models): the base is randomly initialised. Give --weights FILE to use ImageNet weights.</source>
        <translation>%1의 사전 훈련 가중치가 없습니다 (Keras 캐시 ~/.keras/models에서 %2을(를) 찾았습니다): 기반 모델은 무작위로 초기화됩니다. ImageNet 가중치를 쓰려면 --weights 파일을 주세요.</translation>
    </message>
    <message>
        <source>Weights: %1 layers from %2</source>
        <translation>가중치: %2에서 층 %1개를 읽었습니다.</translation>
    </message>
    <message>
        <source>Weights: the model of %1</source>
        <translation>가중치: %1의 모델</translation>
    </message>
    <message>
        <source>The frozen base runs in bf16, which this CPU emulates: fp32 is faster here.</source>
        <translation>동결된 기반이 bf16으로 돌지만 이 CPU는 bf16을 흉내만 냅니다: 여기서는 fp32가 더 빠릅니다.</translation>
    </message>
    <message>
        <source>Frozen prefix: its outputs are computed once per input and cached.</source>
        <translation>동결된 앞부분: 출력을 입력마다 한 번만 계산해 캐시에 둡니다.</translation>
    </message>
    <message>
        <source>%1 is damaged: %2</source>
        <translation>%1이(가) 손상되었습니다: %2</translation>
    </message>
    <message>
        <source>%1 names %2 by a relative path, and the run has moved from the folder it was relative to: write the absolute path into it, or start the run again</source>
        <translation>%1이(가) %2을(를) 상대 경로로 가리키는데, 실행이 그 기준 폴더에서 옮겨졌습니다: 절대 경로를 적어 넣거나 실행을 다시 시작하세요.</translation>
    </message>
    <message>
        <source>train needs --run-dir DIR</source>
        <translation>훈련에는 --run-dir 폴더가 필요합니다.</translation>
    </message>
    <message>
        <source>%1/checkpoint/epoch.txt says epoch %2, but the run trains epochs %3 to %4</source>
        <translation>%1/checkpoint/epoch.txt에는 에포크 %2이(가) 적혀 있지만, 이 실행은 에포크 %3~%4를 훈련합니다.</translation>
    </message>
    <message>
        <source>%1/history.csv has %2 epochs, but checkpoint/epoch.txt says %3</source>
        <translation>%1/history.csv에는 에포크가 %2개인데 checkpoint/epoch.txt에는 %3이(가) 적혀 있습니다.</translation>
    </message>
    <message>
        <source>Resuming %1 after epoch %2</source>
        <translation>%1을(를) 에포크 %2 다음부터 이어서 훈련합니다.</translation>
    </message>
    <message>
        <source>The run has finished all its %1 epochs: there is nothing left to train (fine-tune it to train on).</source>
        <translation>이 실행은 에포크 %1개를 모두 마쳤습니다: 더 훈련할 것이 없습니다 (더 훈련하려면 미세 조정하세요).</translation>
    </message>
    <message>
        <source>fine-tune: every block of the run's base trains already</source>
        <translation>미세 조정: 이 실행의 기반 모델은 모든 블록이 이미 훈련됩니다.</translation>
    </message>
    <message>
        <source>fine-tune needs --epochs N (N &gt;= 1)</source>
        <translation>미세 조정에는 --epochs N(N은 1 이상)이 필요합니다.</translation>
    </message>
    <message>
        <source>fine-tune needs --run-dir DIR</source>
        <translation>미세 조정에는 --run-dir 폴더가 필요합니다.</translation>
    </message>
    <message>
        <source>fine-tune --run-dir must be a new folder, not the run it starts from or a folder inside it</source>
        <translation>미세 조정의 --run-dir은 새 폴더여야 합니다. 출발하는 실행이나 그 안의 폴더는 안 됩니다.</translation>
    </message>
    <message>
        <source>%1 has no final model (it was killed, or stopped before its first epoch ended): resume it with train --resume, then fine-tune from it</source>
        <translation>%1에는 최종 모델이 없습니다 (강제로 끝났거나 첫 에포크가 끝나기 전에 멈췄습니다): 먼저 이어서 훈련한 뒤 미세 조정하세요.</translation>
    </message>
    <message>
        <source>fine-tune is for transfer-learning runs</source>
        <translation>미세 조정은 전이 학습 실행에만 쓸 수 있습니다.</translation>
    </message>
    <message>
        <source>Fine-tuning %1 from epoch %2</source>
        <translation>%1을(를) 에포크 %2부터 미세 조정합니다.</translation>
    </message>
    <message>
        <source>features are prepared for image experiments (--task transfer)</source>
        <translation>특징 준비는 이미지 실험(--task transfer)에만 쓸 수 있습니다.</translation>
    </message>
    <message>
        <source>test accuracy: %1</source>
        <translation>테스트 정확도: %1</translation>
    </message>
    <message>
        <source>Validation: %1 of %2 images each epoch</source>
        <translation>검증: 에포크마다 이미지 %2개 중 %1개</translation>
    </message>
    <message>
        <source>Validation: %1 of %2 images each epoch, a new random sample every epoch</source>
        <translation>검증: 에포크마다 이미지 %2개 중 %1개, 에포크마다 새로 무작위 추출</translation>
    </message>
    <message>
        <source>Validation: %1 of %2 samples each epoch</source>
        <translation>검증: 에포크마다 샘플 %2개 중 %1개</translation>
    </message>
    <message>
        <source>Early stopping: val_loss has not improved for %1 epochs</source>
        <translation>조기 종료: val_loss가 에포크 %1개 동안 나아지지 않았습니다.</translation>
    </message>
    <message>
        <source>stopped before training began</source>
        <translation>훈련이 시작되기 전에 멈췄습니다.</translation>
    </message>
    <message>
        <source>not enough memory for what was asked (try a smaller size, batch or vocabulary)</source>
        <translation>요청한 작업에 메모리가 부족합니다 (더 작은 크기, 배치 또는 어휘를 쓰세요).</translation>
    </message>
    <message>
        <source>Resuming %1: resumed from epoch %2 (its last checkpoint); epoch %4 is trained again</source>
        <translation>%1을(를) 이어서 훈련합니다: 에포크 %2(마지막 체크포인트)부터 이어 가며, 에포크 %4을(를) 다시 훈련합니다.</translation>
    </message>
    <message>
        <source>Resuming %1: resumed from epoch %2 (its last checkpoint); epochs %3–%4 are trained again</source>
        <translation>%1을(를) 이어서 훈련합니다: 에포크 %2(마지막 체크포인트)부터 이어 가며, 에포크 %3~%4를 다시 훈련합니다.</translation>
    </message>
    <message>
        <source>nothing to train: every layer is frozen</source>
        <translation>학습할 것이 없습니다: 모든 층이 동결되어 있습니다.</translation>
    </message>
    <message>
        <source>no samples to train on</source>
        <translation>학습할 샘플이 없습니다.</translation>
    </message>
    <message>
        <source>batch size must be at least 1</source>
        <translation>배치 크기는 1 이상이어야 합니다.</translation>
    </message>
    <message>
        <source>nothing to prepare: %1</source>
        <translation>준비할 것이 없습니다: %1</translation>
    </message>
    <message>
        <source>the feature store is off</source>
        <translation>특성 저장소가 꺼져 있습니다</translation>
    </message>
    <message>
        <source>the feature cache is off</source>
        <translation>특성 캐시가 꺼져 있습니다</translation>
    </message>
    <message>
        <source>the model has no frozen layers at its start</source>
        <translation>모델 앞부분에 동결된 층이 없습니다</translation>
    </message>
    <message>
        <source>augmentation draws new images every epoch: store augmented copies (--augmented-copies K) or switch augmentation off</source>
        <translation>증강이 에포크마다 새 이미지를 만듭니다: 증강 사본을 저장하거나(--augmented-copies K) 증강을 끄세요</translation>
    </message>
    <message>
        <source>maxlen=%1 drops every review of a split; raise it</source>
        <translation>maxlen=%1이면 한 분할의 리뷰가 모두 빠집니다. 값을 올리세요.</translation>
    </message>
    <message>
        <source>no layer or block named '%1'</source>
        <translation>'%1'(이)라는 층이나 블록이 없습니다.</translation>
    </message>
    <message>
        <source>the model has no layer named '%1'</source>
        <translation>모델에 '%1'(이)라는 층이 없습니다.</translation>
    </message>
    <message>
        <source>'%1' has %2 filters; there is no filter %3</source>
        <translation>'%1'에는 필터가 %2개 있어, 필터 %3은(는) 없습니다.</translation>
    </message>
    <message>
        <source>a classifier needs at least 2 classes</source>
        <translation>분류기에는 클래스가 2개 이상 있어야 합니다.</translation>
    </message>
    <message>
        <source>MobileNetV2 alpha must be 0.35, 0.5, 0.75, 1.0, 1.3 or 1.4</source>
        <translation>MobileNetV2의 alpha는 0.35, 0.5, 0.75, 1.0, 1.3 또는 1.4여야 합니다.</translation>
    </message>
    <message>
        <source>class %1 does not exist: the model has %2 classes</source>
        <translation>클래스 %1은(는) 없습니다: 모델의 클래스는 %2개입니다.</translation>
    </message>
    <message>
        <source>the model has no layer with a spatial output</source>
        <translation>모델에 공간 출력을 내는 층이 없습니다.</translation>
    </message>
    <message>
        <source>'%1' has no feature maps: its output is not spatial</source>
        <translation>'%1'에는 특성 맵이 없습니다: 출력이 공간 형태가 아닙니다.</translation>
    </message>
    <message>
        <source>'%1' is not a recurrent layer</source>
        <translation>'%1'은(는) 순환층이 아닙니다.</translation>
    </message>
    <message>
        <source>units, num_words, maxlen and layers must be positive</source>
        <translation>units, num_words, maxlen, 층 수는 모두 양수여야 합니다.</translation>
    </message>
    <message>
        <source>%1 needs a sequence input</source>
        <translation>%1에는 시퀀스 입력이 필요합니다.</translation>
    </message>
    <message>
        <source>Add %1: inputs differ in shape</source>
        <translation>Add %1: 입력의 모양이 서로 다릅니다.</translation>
    </message>
    <message>
        <source>input %1 is too small: layer %2 would have no pixels</source>
        <translation>입력 %1이(가) 너무 작습니다: %2 층에 남는 픽셀이 없습니다.</translation>
    </message>
    <message>
        <source>a Bidirectional RNN cannot be read step by step: its backward half reads the review from the end</source>
        <translation>양방향 RNN은 한 단계씩 읽을 수 없습니다: 뒤쪽 절반이 리뷰를 끝에서부터 읽습니다.</translation>
    </message>
    <message>
        <source>the model's last recurrent layer returns sequences</source>
        <translation>모델의 마지막 순환층이 시퀀스를 반환합니다.</translation>
    </message>
    <message>
        <source>the model has no recurrent layer to read a review with</source>
        <translation>모델에 리뷰를 읽을 순환층이 없습니다.</translation>
    </message>
    <message>
        <source>the model reads reviews of %1 tokens, not %2</source>
        <translation>모델은 %2개가 아니라 %1개 토큰의 리뷰를 읽습니다.</translation>
    </message>
    <message>
        <source>Resuming %1 from the beginning (it had no checkpoint yet): epoch %4 is trained again</source>
        <translation>%1을(를) 처음부터 다시 훈련합니다 (아직 체크포인트가 없었습니다): 에포크 %4을(를) 다시 훈련합니다.</translation>
    </message>
    <message>
        <source>Resuming %1 from the beginning (it had no checkpoint yet): epochs %3–%4 are trained again</source>
        <translation>%1을(를) 처음부터 다시 훈련합니다 (아직 체크포인트가 없었습니다): 에포크 %3~%4를 다시 훈련합니다.</translation>
    </message>
    <message>
        <source>--checkpoint-every must be epoch or a time from 1s to 24 hours (60s, 5m, 1h), not '%1'</source>
        <translation>--checkpoint-every는 epoch이거나 1초에서 24시간 사이의 시간(60s, 5m, 1h)이어야 합니다. '%1'은(는) 안 됩니다.</translation>
    </message>
    <message>
        <source>%1:%2: unknown key '%3' (a line starts with one of: %4)</source>
        <translation>%1:%2: 알 수 없는 키 '%3'입니다 (줄은 다음 중 하나로 시작합니다: %4)</translation>
    </message>
    <message>
        <source>%1:%2: '%3' belongs to a step: start one with 'step ID' first</source>
        <translation>%1:%2: '%3'은(는) 단계 안에 써야 합니다. 먼저 'step ID'로 단계를 시작하세요.</translation>
    </message>
    <message>
        <source>%1:%2: unknown action '%3' (known: %4)</source>
        <translation>%1:%2: 알 수 없는 동작 '%3'입니다 (알려진 동작: %4)</translation>
    </message>
    <message>
        <source>%1:%2: action %3 has no argument '%4' (it takes: %5)</source>
        <translation>%1:%2: 동작 %3에는 인자 '%4'이(가) 없습니다 (받는 인자: %5)</translation>
    </message>
    <message>
        <source>%1:%2: '%3' is not KEY=VALUE</source>
        <translation>%1:%2: '%3'은(는) KEY=VALUE 형식이 아닙니다.</translation>
    </message>
    <message>
        <source>%1:%2: %3 must look like %4, not '%5'</source>
        <translation>%1:%2: %3은(는) '%5'가 아니라 %4 같은 형식이어야 합니다.</translation>
    </message>
    <message>
        <source>%1:%2: unknown value '%3' (known: %4)</source>
        <translation>%1:%2: 알 수 없는 값 '%3'입니다 (알려진 값: %4)</translation>
    </message>
    <message>
        <source>%1:%2: no action of step '%3' computes %4</source>
        <translation>%1:%2: 단계 '%3'의 어떤 동작도 %4을(를) 계산하지 않습니다.</translation>
    </message>
    <message>
        <source>%1:%2: step '%3' has no %4 line</source>
        <translation>%1:%2: 단계 '%3'에 %4 줄이 없습니다.</translation>
    </message>
    <message>
        <source>%1: the lesson has no %2 line</source>
        <translation>%1: 수업에 %2 줄이 없습니다.</translation>
    </message>
    <message>
        <source>%1:%2: %3 is given twice</source>
        <translation>%1:%2: %3이(가) 두 번 주어졌습니다.</translation>
    </message>
    <message>
        <source>%1:%2: '%3' cannot name a step (use a-z, 0-9 and -, once each)</source>
        <translation>%1:%2: '%3'은(는) 단계 이름이 될 수 없습니다 (a-z, 0-9, -만 쓰고, 이름마다 한 번만 쓰세요).</translation>
    </message>
    <message>
        <source>no built-in lesson '%1' (there is: %2)</source>
        <translation>내장 수업 '%1'이(가) 없습니다 (있는 수업: %2)</translation>
    </message>
    <message>
        <source>These are the lesson's classes (%1): the seed's counts apply.</source>
        <translation>수업의 클래스(%1)입니다. 수업 자료의 개수가 그대로 적용됩니다.</translation>
    </message>
    <message>
        <source>Not the lesson's classes (%1): the seed's counts come from the full cats_and_dogs_filtered, so this data's are its own.</source>
        <translation>수업의 클래스(%1)가 아닙니다. 수업 자료의 개수는 전체 cats_and_dogs_filtered의 것이므로, 이 데이터의 개수는 이 데이터만의 값입니다.</translation>
    </message>
    <message>
        <source>x_train[%1]: %2 tokens, pre-truncated: its first %3 dropped: x_train_seq[%1] = %4</source>
        <translation>x_train[%1]: 토큰 %2개, 앞쪽을 잘라냄(pre-truncating): 처음 %3개가 빠졌습니다: x_train_seq[%1] = %4</translation>
    </message>
    <message>
        <source>x_train[%1]: %2 tokens, pre-padded: %3 zeros in front: x_train_seq[%1] = %4</source>
        <translation>x_train[%1]: 토큰 %2개, 앞쪽을 채움(pre-padding): 앞에 0이 %3개 붙었습니다: x_train_seq[%1] = %4</translation>
    </message>
    <message>
        <source>x_train[%1]: %2 tokens, already %3 long: x_train_seq[%1] = %4</source>
        <translation>x_train[%1]: 토큰 %2개, 이미 길이가 %3입니다: x_train_seq[%1] = %4</translation>
    </message>
    <message>
        <source>training is not performed headless (the GUI and `layerlab-cli train` do it)</source>
        <translation>학습은 화면 없이 수행하지 않습니다 (GUI와 `layerlab-cli train`이 합니다)</translation>
    </message>
    <message>
        <source>%1 needs a model: set-model first</source>
        <translation>%1에는 모델이 필요합니다. 먼저 set-model을 하세요.</translation>
    </message>
    <message>
        <source>%1 needs the reviews: load-imdb first</source>
        <translation>%1에는 리뷰가 필요합니다. 먼저 load-imdb를 하세요.</translation>
    </message>
    <message>
        <source>model_base alone: the Model tab's totals also count the lesson's head, which a later step adds</source>
        <translation>model_base만 센 값입니다. 모델 탭의 합계에는 뒤 단계에서 붙이는 수업의 헤드도 들어 있습니다.</translation>
    </message>
</context>
<context>
    <name>OsReason</name>
    <message>
        <source>No such file or directory</source>
        <translation>그런 파일이나 폴더가 없습니다</translation>
    </message>
    <message>
        <source>Permission denied</source>
        <translation>권한이 없습니다</translation>
    </message>
    <message>
        <source>Operation not permitted</source>
        <translation>허용되지 않는 작업입니다</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>디스크가 가득 찼습니다</translation>
    </message>
    <message>
        <source>the disk quota is exceeded</source>
        <translation>디스크 할당량을 넘었습니다</translation>
    </message>
    <message>
        <source>Is a directory</source>
        <translation>폴더입니다</translation>
    </message>
    <message>
        <source>Not a directory</source>
        <translation>폴더가 아닙니다</translation>
    </message>
    <message>
        <source>Too many levels of symbolic links</source>
        <translation>심볼릭 링크가 너무 깊게 이어집니다</translation>
    </message>
    <message>
        <source>Read-only file system</source>
        <translation>읽기 전용 파일 시스템입니다</translation>
    </message>
    <message>
        <source>File exists</source>
        <translation>파일이 이미 있습니다</translation>
    </message>
    <message>
        <source>Device or resource busy</source>
        <translation>장치나 자원이 사용 중입니다</translation>
    </message>
    <message>
        <source>Directory not empty</source>
        <translation>폴더가 비어 있지 않습니다</translation>
    </message>
    <message>
        <source>Input/output error</source>
        <translation>입출력 오류입니다</translation>
    </message>
    <message>
        <source>File name too long</source>
        <translation>파일 이름이 너무 깁니다</translation>
    </message>
    <message>
        <source>Too many open files</source>
        <translation>열린 파일이 너무 많습니다</translation>
    </message>
    <message>
        <source>Cannot allocate memory</source>
        <translation>메모리를 할당할 수 없습니다</translation>
    </message>
    <message>
        <source>File too large</source>
        <translation>파일이 너무 큽니다</translation>
    </message>
    <message>
        <source>Text file busy</source>
        <translation>실행 파일이 사용 중입니다</translation>
    </message>
    <message>
        <source>Invalid cross-device link</source>
        <translation>다른 장치로는 링크할 수 없습니다</translation>
    </message>
    <message>
        <source>Invalid argument</source>
        <translation>잘못된 인수입니다</translation>
    </message>
    <message>
        <source>system error %1</source>
        <translation>시스템 오류 %1</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>Keras cache: %1</source>
        <translation>Keras 캐시: %1</translation>
    </message>
    <message>
        <source>No imdb_word_index.json beside the file or in the Keras cache: reviews show as numbers only.</source>
        <translation>파일 옆이나 Keras 캐시에 imdb_word_index.json이 없습니다: 리뷰는 숫자로만 보입니다.</translation>
    </message>
    <message>
        <source>Built-in sample: 2,000 generated short reviews (not IMDB), works offline</source>
        <translation>내장 샘플: 생성된 짧은 리뷰 2,000개 (IMDB 아님), 오프라인 동작</translation>
    </message>
    <message>
        <source>Downloaded by LayerLab: %1</source>
        <translation>LayerLab이 내려받음: %1</translation>
    </message>
</context>
<context>
    <name>Resource</name>
    <message>
        <source>VGG16 ImageNet weights, no top (the lesson's base)</source>
        <translation>VGG16 ImageNet 가중치, top 제외 (수업의 기반 모델)</translation>
    </message>
    <message>
        <source>MobileNetV2 ImageNet weights, no top, 224 px</source>
        <translation>MobileNetV2 ImageNet 가중치, top 제외, 224 px</translation>
    </message>
    <message>
        <source>IMDB reviews as keras.datasets.imdb loads them</source>
        <translation>keras.datasets.imdb가 불러오는 IMDB 리뷰</translation>
    </message>
    <message>
        <source>IMDB word index (to decode reviews)</source>
        <translation>IMDB 단어 인덱스 (리뷰 복원용)</translation>
    </message>
    <message>
        <source>cats_and_dogs_filtered: 2,000 + 1,000 photos of cats and dogs</source>
        <translation>cats_and_dogs_filtered: 고양이와 개 사진 2,000 + 1,000장</translation>
    </message>
    <message>
        <source>verified</source>
        <translation>확인 완료</translation>
    </message>
    <message>
        <source>checked by structure</source>
        <translation>구조 확인 완료</translation>
    </message>
    <message>
        <source>checked by size</source>
        <translation>크기 확인 완료</translation>
    </message>
    <message>
        <source>MobileNetV2 ImageNet weights, no top, 192 px</source>
        <translation>MobileNetV2 ImageNet 가중치, top 제외, 192 px</translation>
    </message>
    <message>
        <source>MobileNetV2 ImageNet weights, no top, 160 px</source>
        <translation>MobileNetV2 ImageNet 가중치, top 제외, 160 px</translation>
    </message>
    <message>
        <source>MobileNetV2 ImageNet weights, no top, 128 px</source>
        <translation>MobileNetV2 ImageNet 가중치, top 제외, 128 px</translation>
    </message>
    <message>
        <source>MobileNetV2 ImageNet weights, no top, 96 px</source>
        <translation>MobileNetV2 ImageNet 가중치, top 제외, 96 px</translation>
    </message>
</context>
<context>
    <name>layerlab::download::Downloader</name>
    <message>
        <source>the server answered HTTP %1 %2 for %3</source>
        <translation>서버가 %3에 대해 HTTP %1 %2로 응답했습니다</translation>
    </message>
    <message>
        <source>cannot reach %1 (offline?): %2</source>
        <translation>%1에 연결할 수 없습니다 (오프라인?): %2</translation>
    </message>
    <message>
        <source>no data from %1 for too long: the connection timed out</source>
        <translation>%1에서 너무 오래 데이터가 오지 않아 연결 시간이 초과되었습니다</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1에 쓸 수 없습니다: %2</translation>
    </message>
    <message>
        <source>the downloaded %1 is not the expected file (%2); it was removed</source>
        <translation>내려받은 %1이(가) 기대한 파일이 아니라서 (%2) 삭제했습니다</translation>
    </message>
    <message>
        <source>the server resumed %1 at the wrong place (%2)</source>
        <translation>서버가 %1을(를) 잘못된 위치에서 이어 보냈습니다 (%2)</translation>
    </message>
    <message>
        <source>the server sends more than the %1 bytes %2 has: refused</source>
        <translation>서버가 %2의 크기인 %1바이트보다 많이 보냅니다: 거부했습니다</translation>
    </message>
    <message>
        <source>the server sends too slowly (%1 bytes/s over %2 s; LayerLab gives up below %3 bytes/s)</source>
        <translation>서버가 너무 느리게 보냅니다 (%2초 동안 초당 %1바이트; LayerLab은 초당 %3바이트 미만이면 중단합니다)</translation>
    </message>
    <message>
        <source>the archive does not hold %1/train and %1/validation</source>
        <translation>압축 파일에 %1/train과 %1/validation이 없습니다</translation>
    </message>
    <message>
        <source>downloading %1 failed: %2</source>
        <translation>%1을(를) 내려받지 못했습니다: %2</translation>
    </message>
    <message>
        <source>will not write the download to %1: it is a link or not a plain file of yours; remove it and try again</source>
        <translation>%1에 내려받은 내용을 쓰지 않습니다: 링크이거나 사용자의 일반 파일이 아닙니다. 지우고 다시 시도하세요</translation>
    </message>
    <message>
        <source>will not replace %1 with the download: it is not a plain file (a link, a folder or a device); remove it and try again</source>
        <translation>%1을(를) 내려받은 파일로 바꾸지 않습니다: 일반 파일이 아닙니다 (링크, 폴더 또는 장치). 지우고 다시 시도하세요</translation>
    </message>
    <message>
        <source>cannot move the download into place as %1: %2</source>
        <translation>내려받은 파일을 %1(으)로 옮길 수 없습니다: %2</translation>
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
    <name>layerlab::ui::ClassFolderMenu</name>
    <message>
        <source>Open class folder</source>
        <translation>반 폴더 열기</translation>
    </message>
    <message>
        <source>&amp;Runs</source>
        <translation>실행(&amp;R)</translation>
    </message>
    <message>
        <source>Open &amp;class folder…</source>
        <translation>반 폴더 열기(&amp;C)…</translation>
    </message>
    <message>
        <source>List the runs of a folder the whole class trains into (a network share): who made each, the best first, updated as they train</source>
        <translation>반 전체가 훈련 결과를 쓰는 폴더(네트워크 공유 폴더)의 실행을 나열합니다: 누가 만들었는지, 가장 좋은 것부터, 훈련하는 동안 계속 갱신됩니다</translation>
    </message>
    <message>
        <source>&amp;My own runs</source>
        <translation>내 실행(&amp;M)</translation>
    </message>
</context>
<context>
    <name>layerlab::ui::ConfusionMatrixModel</name>
    <message numerus="yes">
        <source>True %1, predicted %2: %n sample(s). Click to see them.</source>
        <translation><numerusform>실제 %1, 예측 %2: 샘플 %n개. 클릭하면 볼 수 있습니다.</numerusform></translation>
    </message>
    <message>
        <source>predicted %1</source>
        <translation>예측 %1</translation>
    </message>
    <message>
        <source>true %1</source>
        <translation>실제 %1</translation>
    </message>
</context>
<context>
    <name>layerlab::ui::ConfusionPanel</name>
    <message>
        <source>No validation predictions in this run yet.</source>
        <translation>이 실행에는 아직 검증 예측이 없습니다.</translation>
    </message>
    <message>
        <source>%1: validation accuracy %2 on %3 samples (last epoch). Click a cell to see its samples.</source>
        <translation>%1: 샘플 %3개에서 검증 정확도 %2 (마지막 에포크). 칸을 클릭하면 샘플을 볼 수 있습니다.</translation>
    </message>
    <message>
        <source>%1 · P(positive) = %2</source>
        <translation>%1 · P(긍정) = %2</translation>
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
        <translation>
            <numerusform>(파일 %n개는 쓸 수 없음)</numerusform>
        </translation>
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
    <name>layerlab::ui::DrillDownExplainer</name>
    <message>
        <source>&amp;Grad-CAM</source>
        <translation>Grad-CAM(&amp;G)</translation>
    </message>
    <message>
        <source>Lay over each image where the model looked to choose its class</source>
        <translation>모델이 클래스를 고를 때 본 곳을 각 이미지 위에 겹쳐 보여 줍니다</translation>
    </message>
    <message>
        <source>&amp;Explain…</source>
        <translation>설명(&amp;E)…</translation>
    </message>
    <message>
        <source>Grad-CAM for any class and layer, every channel of a layer, filter patterns</source>
        <translation>아무 클래스와 층의 Grad-CAM, 한 층의 모든 채널, 필터 패턴</translation>
    </message>
</context>
<context>
    <name>layerlab::ui::EpochBanner</name>
    <message>
        <source>epoch %1/%2 · val_loss %3 · val_acc %4</source>
        <translation>에포크 %1/%2 · val_loss %3 · val_acc %4</translation>
    </message>
    <message>
        <source>epoch %1/%2 · loss %3 · acc %4</source>
        <translation>에포크 %1/%2 · loss %3 · acc %4</translation>
    </message>
</context>
<context>
    <name>layerlab::ui::ExplainDialog</name>
    <message>
        <source>%1: %2% · the map is %3×%4 at %5</source>
        <translation>%1: %2% · 맵은 %5에서 %3×%4</translation>
    </message>
    <message>
        <source>Nothing in the picture speaks for %1: the map is zero.</source>
        <translation>그림 어디에도 %1을(를) 뒷받침하는 곳이 없습니다: 맵이 0입니다.</translation>
    </message>
    <message>
        <source>Gradient ascent from grey noise…</source>
        <translation>회색 노이즈에서 경사 상승 중…</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>취소했습니다.</translation>
    </message>
    <message>
        <source>%1 in %2</source>
        <translation>%1 (%2 걸림)</translation>
    </message>
    <message>
        <source>Add images</source>
        <translation>이미지 추가</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.bmp *.ppm *.tif *.tiff);;All files (*)</source>
        <translation>이미지 (*.png *.jpg *.jpeg *.bmp *.ppm *.tif *.tiff);;모든 파일 (*)</translation>
    </message>
    <message>
        <source>What the model learned</source>
        <translation>모델이 배운 것</translation>
    </message>
    <message>
        <source>&amp;Grad-CAM</source>
        <translation>Grad-CAM(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Activations</source>
        <translation>활성화(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Filter patterns</source>
        <translation>필터 패턴(&amp;F)</translation>
    </message>
    <message>
        <source>Add images…</source>
        <translation>이미지 추가…</translation>
    </message>
    <message>
        <source>Show &amp;map</source>
        <translation>맵 보기(&amp;M)</translation>
    </message>
    <message>
        <source>low</source>
        <translation>낮음</translation>
    </message>
    <message>
        <source>high</source>
        <translation>높음</translation>
    </message>
    <message>
        <source>&amp;Compute</source>
        <translation>계산(&amp;C)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
    <message>
        <source> filters</source>
        <translation>개 필터</translation>
    </message>
    <message>
        <source>The layer whose feature maps Grad-CAM weighs</source>
        <translation>Grad-CAM이 특성 맵에 가중치를 매기는 층</translation>
    </message>
    <message>
        <source>Predicted class</source>
        <translation>예측한 클래스</translation>
    </message>
    <message>
        <source>Class: %1</source>
        <translation>클래스: %1</translation>
    </message>
    <message>
        <source>Whose evidence the map shows: the predicted class, or another</source>
        <translation>맵이 보여 줄 근거의 주인: 예측한 클래스, 또는 다른 클래스</translation>
    </message>
    <message>
        <source>Add an image (Add images…) to see what the model makes of it.</source>
        <translation>이미지를 추가하면(이미지 추가…) 모델이 그것을 어떻게 보는지 볼 수 있습니다.</translation>
    </message>
    <message>
        <source>Gradient ascent, 8 filters at a time: step %1 of %2 · about %3 left</source>
        <translation>경사 상승, 한 번에 필터 8개: %2단계 중 %1단계 · 약 %3 남음</translation>
    </message>
    <message>
        <source>Compute draws, for each filter, the input it responds to most: 40 steps of gradient ascent from grey noise.</source>
        <translation>계산을 누르면 필터마다 가장 크게 반응하는 입력을 그립니다: 회색 노이즈에서 경사 상승 40단계.</translation>
    </message>
</context>
<context>
    <name>layerlab::ui::FineTuneDialog</name>
    <message>
        <source>Fine-tune from this run</source>
        <translation>이 실행에서 미세 조정</translation>
    </message>
    <message>
        <source>Unfreeze</source>
        <translation>동결 해제</translation>
    </message>
    <message>
        <source>Learning rate</source>
        <translation>학습률</translation>
    </message>
    <message>
        <source>More epochs</source>
        <translation>추가 에포크</translation>
    </message>
    <message>
        <source>Trainable params: %1 → %2</source>
        <translation>훈련되는 파라미터: %1 → %2</translation>
    </message>
    <message>
        <source>Tick the blocks to unfreeze (the lesson: block5, its three convolutions).</source>
        <translation>동결을 풀 블록을 고르세요 (수업: block5, 합성곱 세 개).</translation>
    </message>
    <message>
        <source>Every block of %1 trains already.</source>
        <translation>%1의 모든 블록이 이미 훈련됩니다.</translation>
    </message>
    <message>
        <source>Tick the blocks of %1 to unfreeze (proposed: %2, its last frozen block).</source>
        <translation>동결을 풀 %1 블록을 고르세요 (제안: 마지막으로 동결된 블록 %2).</translation>
    </message>
    <message>
        <source>Training goes on from this run's model with a lower learning rate; the curves continue with a marker.</source>
        <translation>이 실행의 모델에서 더 낮은 학습률로 훈련을 이어 가며, 곡선은 표시와 함께 이어집니다.</translation>
    </message>
</context>
<context>
    <name>layerlab::ui::GetDataDialog</name>
    <message>
        <source>%1: %2 of %3 MB · %4 MB/s · ETA %5</source>
        <translation>%1: %3 MB 중 %2 MB · %4 MB/s · 남은 시간 %5</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1 실패: %2</translation>
    </message>
    <message>
        <source>%1: canceled. The partial file is kept; Get resumes it.</source>
        <translation>%1: 취소됨. 받던 파일은 남아 있어 다시 받기를 누르면 이어 받습니다.</translation>
    </message>
    <message>
        <source>%1: connecting…</source>
        <translation>%1: 연결 중…</translation>
    </message>
    <message>
        <source>Here</source>
        <translation>있음</translation>
    </message>
    <message>
        <source>Get</source>
        <translation>받기</translation>
    </message>
    <message>
        <source>Get the lesson's data</source>
        <translation>수업 데이터 받기</translation>
    </message>
    <message>
        <source>Get all missing</source>
        <translation>없는 것 모두 받기</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>닫기</translation>
    </message>
    <message>
        <source>%1: %2 and ready in %3</source>
        <translation>%1: %2, %3에 준비됨</translation>
    </message>
    <message>
        <source>The lesson's Keras code downloads these files itself. LayerLab first looks in the Keras cache (~/.keras, $KERAS_HOME), so nothing you already have is downloaded twice; every file is checked before it is used: against Keras's size and md5/sha256, or, for weights Keras publishes no hash for, by their structure (every layer, every shape). Without internet the built-in samples work offline.</source>
        <translation>수업의 Keras 코드는 이 파일들을 직접 내려받습니다. LayerLab은 먼저 Keras 캐시(~/.keras, $KERAS_HOME)를 살펴보므로 이미 있는 파일을 두 번 받지 않으며, 모든 파일은 사용하기 전에 확인합니다: Keras가 밝힌 크기와 md5/sha256으로, 또는 Keras가 해시를 밝히지 않은 가중치는 구조(모든 층, 모든 모양)로 확인합니다. 인터넷이 없어도 내장 샘플은 오프라인으로 동작합니다.</translation>
    </message>
</context>
<context>
    <name>layerlab::ui::HistoryChart</name>
    <message>
        <source>Loss</source>
        <translation>손실 (loss)</translation>
    </message>
    <message>
        <source>Accuracy</source>
        <translation>정확도 (accuracy)</translation>
    </message>
    <message>
        <source>per batch</source>
        <translation>배치별</translation>
    </message>
    <message>
        <source>overfitting gap</source>
        <translation>과대적합 격차</translation>
    </message>
    <message>
        <source>fine-tune</source>
        <translation>미세 조정</translation>
    </message>
    <message>
        <source>epoch</source>
        <translation>에포크</translation>
    </message>
    <message>
        <source>Overlaid (dashed: train, dotted: validation): %1</source>
        <translation>겹쳐 보기 (파선: 훈련, 점선: 검증): %1</translation>
    </message>
    <message>
        <source>Solid: %1.</source>
        <translation>실선: %1.</translation>
    </message>
    <message>
        <source>A click on an entry hides or shows its curves</source>
        <translation>항목을 클릭하면 그 곡선을 숨기거나 보여 줍니다</translation>
    </message>
</context>
<context>
    <name>layerlab::ui::ImdbPage</name>
    <message>
        <source>Load reviews first (the Reviews tab).</source>
        <translation>먼저 리뷰를 불러오세요 (리뷰 탭).</translation>
    </message>
    <message>
        <source>Reviews</source>
        <translation>리뷰</translation>
    </message>
    <message>
        <source>Lengths &amp;&amp; padding</source>
        <translation>길이와 패딩</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>모델</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>훈련</translation>
    </message>
    <message>
        <source>Train a model (or show a run on the Training tab) first: it does the reading.</source>
        <translation>먼저 모델을 학습하세요(또는 학습 탭에서 실행을 보여 주세요). 그 모델이 리뷰를 읽습니다.</translation>
    </message>
</context>
<context>
    <name>layerlab::ui::LayerTreeModel</name>
    <message numerus="yes">
        <source>%n layer(s)</source>
        <translation><numerusform>%n개 층</numerusform></translation>
    </message>
    <message>
        <source>Trainable: its weights change during training</source>
        <translation>훈련 가능: 훈련 중 가중치가 바뀝니다</translation>
    </message>
    <message>
        <source>Frozen: its weights stay as loaded (trainable = False)</source>
        <translation>동결: 가중치가 불러온 그대로 유지됩니다 (trainable = False)</translation>
    </message>
    <message>
        <source>Layer (trainable)</source>
        <translation>층 (훈련 가능)</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>종류</translation>
    </message>
    <message>
        <source>Output shape</source>
        <translation>출력 크기</translation>
    </message>
    <message>
        <source>Params</source>
        <translation>파라미터</translation>
    </message>
    <message>
        <source>Trainable params</source>
        <translation>훈련 가능 파라미터</translation>
    </message>
</context>
<context>
    <name>layerlab::ui::LengthHistogram</name>
    <message>
        <source>Review lengths (words, start token included)</source>
        <translation>리뷰 길이 (단어 수, 시작 토큰 포함)</translation>
    </message>
    <message>
        <source>reviews</source>
        <translation>리뷰 수</translation>
    </message>
    <message>
        <source>mean %1</source>
        <translation>평균 %1</translation>
    </message>
    <message>
        <source>median %1</source>
        <translation>중앙값 %1</translation>
    </message>
    <message>
        <source>maxlen %1 (drag)</source>
        <translation>maxlen %1 (드래그)</translation>
    </message>
    <message>
        <source>length</source>
        <translation>길이</translation>
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
        <translation>pad_sequences를 거친 선택한 리뷰 (0 = 패딩):</translation>
    </message>
    <message>
        <source>maxlen %1: %2% of the training reviews are cut (longer), %3% are padded (shorter); mean length %4, median %5.</source>
        <translation>maxlen %1: 훈련 리뷰의 %2%는 잘리고(더 김), %3%는 패딩됩니다(더 짧음). 평균 길이 %4, 중앙값 %5.</translation>
    </message>
</context>
<context>
    <name>layerlab::ui::LessonFigures</name>
    <message>
        <source>Trainable params: %1</source>
        <translation>훈련되는 파라미터: %1</translation>
    </message>
    <message>
        <source>%1 as the model receives it (word indices); train an IMDB run to see what it reads</source>
        <translation>모델이 받는 그대로의 %1 (단어 번호). 모델이 읽는 모습을 보려면 IMDB 실행을 학습하세요</translation>
    </message>
</context>
<context>
    <name>layerlab::ui::LessonPanel</name>
    <message>
        <source>Working…</source>
        <translation>수행 중…</translation>
    </message>
    <message>
        <source>Done.</source>
        <translation>완료했습니다.</translation>
    </message>
    <message>
        <source>as in the lesson (%1)</source>
        <translation>수업과 같음 (%1)</translation>
    </message>
    <message>
        <source>the lesson has %1</source>
        <translation>수업의 값은 %1</translation>
    </message>
    <message>
        <source>◀ Previous</source>
        <translation>◀ 이전</translation>
    </message>
    <message>
        <source>The step before (Page Up: a figure's own steps first)</source>
        <translation>이전 단계 (Page Up: 그림에 자체 단계가 있으면 그것부터)</translation>
    </message>
    <message>
        <source>Do it</source>
        <translation>실행</translation>
    </message>
    <message>
        <source>LayerLab performs this step on its pages and shows the output (Ctrl+Return)</source>
        <translation>LayerLab이 이 단계를 화면에서 직접 수행하고 결과를 보여 줍니다 (Ctrl+Return)</translation>
    </message>
    <message>
        <source>Next ▶</source>
        <translation>다음 ▶</translation>
    </message>
    <message>
        <source>The next step (Page Down, a presenter's clicker: a figure's own steps first, such as the words of the unrolled review)</source>
        <translation>다음 단계 (Page Down, 프레젠터 리모컨: 펼친 리뷰의 단어처럼 그림에 자체 단계가 있으면 그것부터)</translation>
    </message>
    <message>
        <source>The training step trains at most 5 epochs of 10 steps without augmentation, so the feature store serves VGG16's features</source>
        <translation>학습 단계에서 증식 없이 10 step짜리 epoch를 최대 5번만 학습합니다. 그래서 특징 저장소가 VGG16의 특징을 바로 제공합니다</translation>
    </message>
    <message>
        <source>Output</source>
        <translation>출력</translation>
    </message>
    <message>
        <source>Class time (5 short epochs)</source>
        <translation>수업 시간용 (짧은 epoch 5번)</translation>
    </message>
    <message>
        <source>This is not the lesson's data: the values are its own, and the lesson's (from the full dataset) stand beside them, unticked.</source>
        <translation>수업의 데이터가 아닙니다. 값은 이 데이터의 것이고, 전체 데이터셋에서 나온 수업의 값은 체크 표시 없이 옆에 적었습니다.</translation>
    </message>
    <message>
        <source>lesson: %1</source>
        <translation>수업: %1</translation>
    </message>
    <message>
        <source>The pages changed since this step was done: Do it again for its numbers.</source>
        <translation>이 단계를 한 뒤에 화면의 데이터가 바뀌었습니다. 값을 보려면 다시 실행하세요.</translation>
    </message>
</context>
<context>
    <name>layerlab::ui::LessonStage</name>
    <message>
        <source>The reviews could not be loaded: the Reviews tab says why.</source>
        <translation>리뷰를 불러오지 못했습니다. 이유는 리뷰 탭에 있습니다.</translation>
    </message>
    <message>
        <source>This step reads a folder with train/ and validation/ in it, as cats_and_dogs_filtered has: open one first.</source>
        <translation>이 단계는 cats_and_dogs_filtered처럼 train/과 validation/이 있는 폴더를 읽습니다. 먼저 그런 폴더를 여세요.</translation>
    </message>
    <message>
        <source>Open a folder…</source>
        <translation>폴더 열기…</translation>
    </message>
    <message>
        <source>This step needs a run: train one first.</source>
        <translation>이 단계에는 학습 실행이 필요합니다. 먼저 학습하세요.</translation>
    </message>
    <message>
        <source>Go to the training step</source>
        <translation>학습 단계로 가기</translation>
    </message>
    <message>
        <source>This step works on the reviews: load them first.</source>
        <translation>이 단계는 리뷰를 다룹니다. 먼저 리뷰를 불러오세요.</translation>
    </message>
    <message>
        <source>This step changes the model: build it first.</source>
        <translation>이 단계는 모델을 바꿉니다. 먼저 모델을 만드세요.</translation>
    </message>
    <message>
        <source>Go to the loading step</source>
        <translation>불러오기 단계로 가기</translation>
    </message>
    <message>
        <source>Go to the model step</source>
        <translation>모델 단계로 가기</translation>
    </message>
    <message>
        <source>A run is already training: its curves are on the Training tab.</source>
        <translation>이미 학습 중인 실행이 있습니다. 곡선은 학습 탭에 있습니다.</translation>
    </message>
    <message>
        <source>Fine-tuning continues a finished run: do the training step first (the counts are the model's all the same).</source>
        <translation>미세 조정은 끝난 실행을 이어서 학습합니다. 먼저 학습 단계를 하세요 (파라미터 수는 그래도 이 모델의 값입니다).</translation>
    </message>
    <message>
        <source>Fine-tuning %1: %2 more epochs at learning rate %3.</source>
        <translation>%1 미세 조정: 학습률 %3로 %2 epoch 더 학습합니다.</translation>
    </message>
    <message>
        <source>No reviews are loaded: choose where they come from on the Reviews tab.</source>
        <translation>불러온 리뷰가 없습니다. 리뷰 탭에서 리뷰를 가져올 곳을 고르세요.</translation>
    </message>
    <message>
        <source>Training started: %1 epochs. The curves grow on the Training tab.</source>
        <translation>학습을 시작했습니다: epoch %1번. 곡선은 학습 탭에서 자랍니다.</translation>
    </message>
    <message>
        <source>Page Down now reads the review word by word; the ▶ button goes on.</source>
        <translation>이제 Page Down으로 리뷰를 한 단어씩 읽습니다. ▶ 버튼은 다음 단계로 갑니다.</translation>
    </message>
    <message>
        <source>The figure is on the Lesson figures page.</source>
        <translation>그림은 수업 그림 탭에 있습니다.</translation>
    </message>
    <message>
        <source>A run is training: fine-tune it once it has finished (the counts are the model's all the same).</source>
        <translation>학습 중인 실행이 있습니다. 끝난 뒤에 미세 조정하세요 (파라미터 수는 그래도 이 모델의 값입니다).</translation>
    </message>
    <message>
        <source>A run is training: save its model once it has finished.</source>
        <translation>학습 중인 실행이 있습니다. 끝난 뒤에 모델을 저장하세요.</translation>
    </message>
    <message>
        <source>Saving the model; the status bar says when it is written.</source>
        <translation>모델을 저장하고 있습니다. 다 쓰면 상태 표시줄에 나옵니다.</translation>
    </message>
    <message>
        <source>Not saved.</source>
        <translation>저장하지 않았습니다.</translation>
    </message>
</context>
<context>
    <name>layerlab::ui::LrFinderDialog</name>
    <message>
        <source>Preparing: scanning data, building the model…</source>
        <translation>준비 중: 데이터를 살피고 모델을 만드는 중…</translation>
    </message>
    <message>
        <source>Step %1 of %2: learning rate %3, loss %4 · about %5 left</source>
        <translation>%2단계 중 %1단계: 학습률 %3, 손실 %4 · 약 %5 남음</translation>
    </message>
    <message numerus="yes">
        <source>Stopped after %n step(s): too few for a suggestion.</source>
        <translation><numerusform>%n단계 후 멈춤: 제안하기에는 너무 적습니다.</numerusform></translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation>멈췄습니다.</translation>
    </message>
    <message numerus="yes">
        <source>%n step(s). The loss falls fastest at %1 (the red point): a good learning rate to start from.</source>
        <translation><numerusform>%n단계. 손실은 %1에서 가장 빠르게 줄어듭니다(빨간 점): 시작하기 좋은 학습률입니다.</numerusform></translation>
    </message>
    <message>
        <source>Find a learning rate</source>
        <translation>학습률 찾기</translation>
    </message>
    <message>
        <source>One batch per step while the learning rate grows from 1e-7 to 10, on a copy of the model this page would train: the run's settings and any saved run stay as they are. The loss is smoothed; the sweep stops when it explodes.</source>
        <translation>이 페이지가 학습할 모델의 복사본으로, 학습률을 1e-7에서 10까지 키우며 단계마다 배치 하나를 학습합니다. 실행 설정과 저장된 실행은 바뀌지 않습니다. 손실은 평활화하며, 손실이 폭발하면 멈춥니다.</translation>
    </message>
    <message>
        <source>learning rate (log scale)</source>
        <translation>학습률 (로그 눈금)</translation>
    </message>
    <message>
        <source>loss (smoothed)</source>
        <translation>손실 (평활화)</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>멈춤</translation>
    </message>
    <message>
        <source>&amp;Use %1</source>
        <translation>%1 사용(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Use the suggestion</source>
        <translation>제안값 사용(&amp;U)</translation>
    </message>
    <message>
        <source>No suggestion: the loss did not fall during the sweep. This model learns too little from a hundred single batches (an RNN trained from scratch often does): keep the usual learning rate, or look at the curve.</source>
        <translation>제안 없음: 훑는 동안 손실이 줄지 않았습니다. 이 모델은 배치 100개로는 거의 배우지 못합니다(처음부터 학습하는 RNN은 흔히 그렇습니다). 평소 학습률을 쓰거나 곡선을 살펴보세요.</translation>
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
    <message>
        <source>Training is running</source>
        <translation>훈련 중입니다</translation>
    </message>
    <message>
        <source>Stop training and quit? Finished epochs stay on disk and the run can be resumed.</source>
        <translation>훈련을 멈추고 종료할까요? 끝난 에포크는 디스크에 남고 실행을 이어서 할 수 있습니다.</translation>
    </message>
    <message>
        <source>&amp;Get the lesson's data…</source>
        <translation>수업 데이터 받기(&amp;G)…</translation>
    </message>
    <message>
        <source>Welcome to LayerLab</source>
        <translation>LayerLab에 오신 것을 환영합니다</translation>
    </message>
    <message>
        <source>LayerLab has opened its built-in samples: pictures of circles and squares, and generated short reviews. They work offline, so you can try everything now.</source>
        <translation>LayerLab이 내장 샘플을 열었습니다: 원과 사각형 그림, 그리고 생성된 짧은 리뷰입니다. 오프라인으로 동작하므로 지금 바로 모든 기능을 써 볼 수 있습니다.</translation>
    </message>
    <message>
        <source>The lesson's real data (cats and dogs photos, IMDB reviews, ImageNet weights) can be downloaded once — or is found in the Keras cache if you already ran the notebook. Get it now? (File → Get the lesson's data, Ctrl+D, at any time.)</source>
        <translation>수업의 실제 데이터(고양이와 개 사진, IMDB 리뷰, ImageNet 가중치)는 한 번만 내려받으면 됩니다. 노트북을 이미 실행했다면 Keras 캐시에서 찾습니다. 지금 받을까요? (언제든 파일 → 수업 데이터 받기, Ctrl+D)</translation>
    </message>
    <message>
        <source>Get data…</source>
        <translation>데이터 받기…</translation>
    </message>
    <message>
        <source>Use the samples</source>
        <translation>샘플 사용</translation>
    </message>
    <message>
        <source>Opened the lesson's photos from the Keras cache: %1</source>
        <translation>수업 사진을 Keras 캐시에서 열었습니다: %1</translation>
    </message>
    <message>
        <source>Opened the lesson's photos downloaded by LayerLab: %1</source>
        <translation>LayerLab이 내려받은 수업 사진을 열었습니다: %1</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>멈추는 중…</translation>
    </message>
    <message>
        <source>&amp;Presentation mode</source>
        <translation>발표 모드(&amp;P)</translation>
    </message>
    <message>
        <source>Zoom &amp;in</source>
        <translation>확대(&amp;I)</translation>
    </message>
    <message>
        <source>Zoom &amp;out</source>
        <translation>축소(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Actual size</source>
        <translation>원래 크기(&amp;A)</translation>
    </message>
    <message>
        <source>That is the largest type that fits the screen.</source>
        <translation>화면에 들어가는 가장 큰 글자 크기입니다.</translation>
    </message>
    <message>
        <source>&amp;Export run as Keras model…</source>
        <translation>Keras 모델로 실행 내보내기(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Prepare features for class…</source>
        <translation>수업용 특성 준비(&amp;P)…</translation>
    </message>
    <message>
        <source>Open lesson</source>
        <translation>수업 열기</translation>
    </message>
    <message>
        <source>Lessons (*.lesson);;All files (*)</source>
        <translation>수업 파일 (*.lesson);;모든 파일 (*)</translation>
    </message>
    <message>
        <source>Lesson not opened</source>
        <translation>수업을 열지 못했습니다</translation>
    </message>
    <message>
        <source>Open &amp;lesson…</source>
        <translation>수업 열기(&amp;L)…</translation>
    </message>
    <message>
        <source>&amp;Lesson</source>
        <translation>수업(&amp;L)</translation>
    </message>
    <message>
        <source>Lesson</source>
        <translation>수업</translation>
    </message>
    <message>
        <source>Lesson figures</source>
        <translation>수업 그림</translation>
    </message>
    <message>
        <source>Open lesson pac&amp;k…</source>
        <translation>수업 묶음 열기(&amp;K)…</translation>
    </message>
</context>
<context>
    <name>layerlab::ui::ModelPanel</name>
    <message>
        <source>Much data, unlike ImageNet: train the whole model; the pretrained weights are only a starting point.</source>
        <translation>데이터가 많고 ImageNet과 다름: 모델 전체를 훈련합니다. 사전 훈련 가중치는 출발점일 뿐입니다.</translation>
    </message>
    <message>
        <source>Much data, like ImageNet: train the top block and the head, freeze the rest.</source>
        <translation>데이터가 많고 ImageNet과 비슷함: 맨 위 블록과 헤드를 훈련하고 나머지는 동결합니다.</translation>
    </message>
    <message>
        <source>Little data, unlike ImageNet: train the upper blocks, keep the generic lower ones frozen.</source>
        <translation>데이터가 적고 ImageNet과 다름: 위쪽 블록을 훈련하고 일반적인 아래쪽 블록은 동결합니다.</translation>
    </message>
    <message>
        <source>Little data, like ImageNet (the lesson's cats and dogs): freeze the convolutional base, train only the head.</source>
        <translation>데이터가 적고 ImageNet과 비슷함 (수업의 고양이와 개): 합성곱 기반을 동결하고 헤드만 훈련합니다.</translation>
    </message>
    <message>
        <source>Pretrained weights: %1</source>
        <translation>사전 훈련 가중치: %1</translation>
    </message>
    <message>
        <source>No weights chosen: random initialisation.</source>
        <translation>가중치를 고르지 않았습니다: 무작위 초기화.</translation>
    </message>
    <message>
        <source>Keras weights</source>
        <translation>Keras 가중치</translation>
    </message>
    <message>
        <source>Keras HDF5 weights (*.h5 *.hdf5);;All files (*)</source>
        <translation>Keras HDF5 가중치 (*.h5 *.hdf5);;모든 파일 (*)</translation>
    </message>
    <message>
        <source>Total params: %1   Trainable params: %2   Non-trainable params: %3</source>
        <translation>전체 파라미터: %1   훈련 가능: %2   훈련 불가: %3</translation>
    </message>
    <message>
        <source>Backbone</source>
        <translation>기반 모델</translation>
    </message>
    <message>
        <source>MobileNetV2 alpha</source>
        <translation>MobileNetV2 alpha</translation>
    </message>
    <message>
        <source>Input size</source>
        <translation>입력 크기</translation>
    </message>
    <message>
        <source>Head</source>
        <translation>헤드</translation>
    </message>
    <message>
        <source>Preprocessing</source>
        <translation>전처리</translation>
    </message>
    <message>
        <source>Weights</source>
        <translation>가중치</translation>
    </message>
    <message>
        <source>Strategy</source>
        <translation>전략</translation>
    </message>
    <message>
        <source>VGG16 (the lesson's)</source>
        <translation>VGG16 (수업)</translation>
    </message>
    <message>
        <source>MobileNetV2 (fast on a CPU)</source>
        <translation>MobileNetV2 (CPU에서 빠름)</translation>
    </message>
    <message>
        <source>Lesson: Flatten → Dense 512 → Dropout 0.5 → Dense</source>
        <translation>수업: Flatten → Dense 512 → Dropout 0.5 → Dense</translation>
    </message>
    <message>
        <source>GlobalAveragePooling → Dense</source>
        <translation>GlobalAveragePooling → Dense</translation>
    </message>
    <message>
        <source>rescale 1/255 (the lesson's)</source>
        <translation>rescale 1/255 (수업)</translation>
    </message>
    <message>
        <source>caffe: BGR minus ImageNet mean (VGG16 weights)</source>
        <translation>caffe: BGR, ImageNet 평균 빼기 (VGG16 가중치)</translation>
    </message>
    <message>
        <source>tf: scale to [−1, 1] (MobileNetV2 weights)</source>
        <translation>tf: [−1, 1]로 조정 (MobileNetV2 가중치)</translation>
    </message>
    <message>
        <source>ImageNet, from the Keras cache</source>
        <translation>ImageNet, Keras 캐시에서</translation>
    </message>
    <message>
        <source>Keras .h5 file…</source>
        <translation>Keras .h5 파일…</translation>
    </message>
    <message>
        <source>None (random initialisation)</source>
        <translation>없음 (무작위 초기화)</translation>
    </message>
    <message>
        <source>Custom (tick the boxes)</source>
        <translation>직접 선택 (체크박스)</translation>
    </message>
    <message>
        <source>Large data, different from ImageNet</source>
        <translation>데이터 많음, ImageNet과 다름</translation>
    </message>
    <message>
        <source>Large data, similar to ImageNet</source>
        <translation>데이터 많음, ImageNet과 비슷함</translation>
    </message>
    <message>
        <source>Small data, different from ImageNet</source>
        <translation>데이터 적음, ImageNet과 다름</translation>
    </message>
    <message>
        <source>Small data, similar to ImageNet</source>
        <translation>데이터 적음, ImageNet과 비슷함</translation>
    </message>
    <message>
        <source>Keras summary…</source>
        <translation>Keras 요약…</translation>
    </message>
    <message>
        <source>Frozen base computes in</source>
        <translation>동결된 베이스의 계산 정밀도</translation>
    </message>
    <message>
        <source>fp32 (exact)</source>
        <translation>fp32 (정확)</translation>
    </message>
    <message>
        <source>bf16 (about twice as fast on this CPU)</source>
        <translation>bf16 (이 CPU에서 약 두 배 빠름)</translation>
    </message>
    <message>
        <source>bf16 (emulated: slower on this CPU)</source>
        <translation>bf16 (에뮬레이션: 이 CPU에서는 더 느림)</translation>
    </message>
    <message>
        <source>bfloat16 for the frozen layers' forward pass: their features stay within cosine 0.999 of fp32's; trained layers always compute in fp32.</source>
        <translation>동결된 층의 순전파를 bfloat16으로 계산합니다. 특성은 fp32와 코사인 유사도 0.999 이상을 유지하며, 학습하는 층은 항상 fp32로 계산합니다.</translation>
    </message>
    <message>
        <source>%1 is not in the Keras cache.</source>
        <translation>%1이(가) Keras 캐시에 없습니다.</translation>
    </message>
    <message>
        <source>the weights file %1 no longer exists.</source>
        <translation>가중치 파일 %1이(가) 더 이상 없습니다.</translation>
    </message>
    <message>
        <source>the Model tab's weights are set to None.</source>
        <translation>모델 탭의 가중치가 "없음"으로 설정되어 있습니다.</translation>
    </message>
    <message>
        <source>No pretrained weights: %1 Random initialisation: the base learns nothing useful frozen; get the weights or choose a file.</source>
        <translation>사전 훈련 가중치가 없습니다: %1 무작위 초기화입니다. 동결된 기반은 쓸모 있는 것을 배우지 못하니 가중치를 받거나 파일을 고르세요.</translation>
    </message>
    <message>
        <source>These were trained at %1 px (the shapes match at %2 px); Get data has the %2 px file.</source>
        <translation>이 가중치는 %1 px에서 훈련되었습니다 (%2 px에서도 모양은 맞습니다). 데이터 받기에 %2 px 파일이 있습니다.</translation>
    </message>
    <message>
        <source>Copied the model's Keras code to the clipboard</source>
        <translation>모델의 Keras 코드를 클립보드에 복사했습니다</translation>
    </message>
    <message>
        <source>Copy as Keras code</source>
        <translation>Keras 코드로 복사</translation>
    </message>
    <message>
        <source>The notebook cell that builds this model, frozen as ticked: paste it and model.summary() prints these totals</source>
        <translation>체크한 대로 동결된 이 모델을 만드는 노트북 셀입니다. 붙여 넣으면 model.summary()가 이 합계를 출력합니다</translation>
    </message>
</context>
<context>
    <name>layerlab::ui::PackDialog</name>
    <message>
        <source>Weights</source>
        <translation>가중치</translation>
    </message>
    <message>
        <source>Dataset</source>
        <translation>데이터셋</translation>
    </message>
    <message>
        <source>Reviews</source>
        <translation>리뷰</translation>
    </message>
    <message>
        <source>Features</source>
        <translation>특성</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>실행</translation>
    </message>
    <message>
        <source>Lesson</source>
        <translation>수업</translation>
    </message>
    <message numerus="yes">
        <source>%1 %2: %n file(s), %3</source>
        <translation><numerusform>%1 %2: 파일 %n개, %3</numerusform></translation>
    </message>
    <message>
        <source>&amp;Install</source>
        <translation>설치(&amp;I)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
    <message>
        <source>Lesson pack</source>
        <translation>수업 묶음</translation>
    </message>
    <message>
        <source>This file cannot be installed.</source>
        <translation>이 파일은 설치할 수 없습니다.</translation>
    </message>
    <message>
        <source>Made with LayerLab %1 on %2.</source>
        <translation>LayerLab %1(으)로 %2에 만들었습니다.</translation>
    </message>
    <message>
        <source>It needs %1; %2 are free.</source>
        <translation>%1이(가) 필요합니다. 남은 공간은 %2입니다.</translation>
    </message>
    <message>
        <source>Checking every file of the pack…</source>
        <translation>묶음의 모든 파일을 확인하는 중…</translation>
    </message>
    <message numerus="yes">
        <source>Installed %n file(s) (%1).</source>
        <translation><numerusform>파일 %n개를 설치했습니다 (%1).</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) were installed already.</source>
        <translation><numerusform>파일 %n개는 이미 설치되어 있었습니다.</numerusform></translation>
    </message>
    <message>
        <source>Cancelled: nothing was installed.</source>
        <translation>취소했습니다: 아무것도 설치하지 않았습니다.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>닫기</translation>
    </message>
    <message>
        <source>Open lesson pack</source>
        <translation>수업 묶음 열기</translation>
    </message>
    <message>
        <source>Lesson packs (*.llpack);;All files (*)</source>
        <translation>수업 묶음 (*.llpack);;모든 파일 (*)</translation>
    </message>
</context>
<context>
    <name>layerlab::ui::PhotoTryout</name>
    <message>
        <source>Try a photo</source>
        <translation>사진으로 해 보기</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.bmp *.ppm *.tif *.tiff);;All files (*)</source>
        <translation>이미지 (*.png *.jpg *.jpeg *.bmp *.ppm *.tif *.tiff);;모든 파일 (*)</translation>
    </message>
    <message>
        <source>Show or train a run first: its model answers.</source>
        <translation>먼저 실행을 열거나 훈련하세요: 그 실행의 모델이 답합니다.</translation>
    </message>
    <message>
        <source>Drop a photo here, or choose one: the run on screen says what it sees, from the picture as its model saw it (resized to its input size).</source>
        <translation>여기에 사진을 끌어다 놓거나 고르세요: 화면의 실행이 무엇으로 보는지 알려 줍니다. 모델이 본 그대로(입력 크기로 줄인 그림) 판단합니다.</translation>
    </message>
    <message>
        <source>Choose photo…</source>
        <translation>사진 고르기…</translation>
    </message>
    <message>
        <source>Show &amp;Grad-CAM</source>
        <translation>Grad-CAM 보기(&amp;G)</translation>
    </message>
    <message>
        <source>Lay over the photo where the model looked to choose its class (blue: nothing, red: the most)</source>
        <translation>모델이 클래스를 고를 때 본 곳을 사진 위에 겹쳐 보여 줍니다 (파랑: 없음, 빨강: 가장 많이)</translation>
    </message>
    <message>
        <source>&amp;Explain…</source>
        <translation>설명(&amp;E)…</translation>
    </message>
</context>
<context>
    <name>layerlab::ui::PrepareFeaturesDialog</name>
    <message>
        <source>Batch %1 of %2 · about %3 left</source>
        <translation>%2개 배치 중 %1번째 · 약 %3 남음</translation>
    </message>
    <message numerus="yes">
        <source>Feature store %1: %n entries, %2 MB</source>
        <translation><numerusform>특성 저장소 %1: 항목 %n개, %2 MB</numerusform></translation>
    </message>
    <message>
        <source>Preparing: scanning data, building the model…</source>
        <translation>준비 중: 데이터를 살피고 모델을 만드는 중…</translation>
    </message>
    <message>
        <source>%1 images were stored already, %2 computed now</source>
        <translation>이미지 %1개는 이미 저장되어 있었고, %2개를 지금 계산했습니다</translation>
    </message>
    <message>
        <source>Cancelled: %1. What was computed is kept.</source>
        <translation>취소됨: %1. 계산한 것은 남아 있습니다.</translation>
    </message>
    <message>
        <source>Ready in %1: %2. Runs over these images start at once.</source>
        <translation>%1 만에 준비됨: %2. 이 이미지들로 하는 실행은 바로 시작합니다.</translation>
    </message>
    <message>
        <source>Clear the feature store</source>
        <translation>특성 저장소 비우기</translation>
    </message>
    <message>
        <source>Delete every stored feature? Runs will compute them again.</source>
        <translation>저장된 특성을 모두 지울까요? 실행할 때 다시 계산합니다.</translation>
    </message>
    <message>
        <source>Prepare features</source>
        <translation>특성 준비</translation>
    </message>
    <message>
        <source>Computes, once, what the frozen base makes of every image of this page's experiment (its model, weights, input size, freezing and augmentation bank, as Start would train it) and keeps it in the feature store. Every run over the same images then starts at once, whatever its head, learning rate or epochs. Best done the evening before class.</source>
        <translation>이 페이지 실험의 모든 이미지에 대해 동결된 베이스의 출력을 한 번 계산해(시작 버튼이 학습할 모델, 가중치, 입력 크기, 동결, 증식 묶음 그대로) 특성 저장소에 보관합니다. 그러면 같은 이미지로 하는 실행은 헤드, 학습률, 에포크와 상관없이 바로 시작합니다. 수업 전날 저녁에 해 두면 좋습니다.</translation>
    </message>
    <message>
        <source>Size cap: </source>
        <translation>크기 상한: </translation>
    </message>
    <message>
        <source> MB</source>
        <translation> MB</translation>
    </message>
    <message>
        <source>Clear…</source>
        <translation>비우기…</translation>
    </message>
    <message>
        <source>&amp;Prepare</source>
        <translation>준비(&amp;P)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
    <message numerus="yes">
        <source>The size cap made the store drop its %n oldest entries: raise the cap to keep everything prepared.</source>
        <translation><numerusform>크기 상한 때문에 저장소가 가장 오래된 항목 %n개를 지웠습니다. 준비한 것을 모두 두려면 상한을 올리세요.</numerusform></translation>
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
    <name>layerlab::ui::ResourceListModel</name>
    <message>
        <source>checking…</source>
        <translation>확인 중…</translation>
    </message>
    <message>
        <source>in Keras cache</source>
        <translation>Keras 캐시에 있음</translation>
    </message>
    <message>
        <source>downloaded</source>
        <translation>내려받음</translation>
    </message>
    <message>
        <source>corrupt: %1</source>
        <translation>손상됨: %1</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>없음</translation>
    </message>
    <message>
        <source>Resource</source>
        <translation>자원</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>크기</translation>
    </message>
    <message>
        <source>State</source>
        <translation>상태</translation>
    </message>
    <message>
        <source>Where / what</source>
        <translation>위치 / 설명</translation>
    </message>
    <message>
        <source>downloading…</source>
        <translation>내려받는 중…</translation>
    </message>
</context>
<context>
    <name>layerlab::ui::ReviewBrowser</name>
    <message>
        <source>Source</source>
        <translation>데이터</translation>
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
        <translation>NumPy 아카이브 (*.npz)</translation>
    </message>
    <message>
        <source>aclImdb folder</source>
        <translation>aclImdb 폴더</translation>
    </message>
    <message>
        <source>Loading reviews…</source>
        <translation>리뷰를 불러오는 중…</translation>
    </message>
    <message>
        <source>Cannot load reviews: %1</source>
        <translation>리뷰를 불러올 수 없습니다: %1</translation>
    </message>
    <message>
        <source>%1 — x_train %2, x_test %3 (num_words %4, skip_top %5)</source>
        <translation>%1 — x_train %2, x_test %3 (num_words %4, skip_top %5)</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s): </source>
        <translation><numerusform>문제 %n개: </numerusform></translation>
    </message>
    <message>
        <source>No review contains “%1”.</source>
        <translation>“%1”이(가) 들어간 리뷰가 없습니다.</translation>
    </message>
    <message>
        <source>positive</source>
        <translation>긍정</translation>
    </message>
    <message>
        <source>negative</source>
        <translation>부정</translation>
    </message>
    <message numerus="yes">
        <source>%n word(s)</source>
        <translation><numerusform>%n 단어</numerusform></translation>
    </message>
    <message>
        <source>&lt;p&gt;Rating: %1/10&lt;/p&gt;</source>
        <translation>&lt;p&gt;평점: %1/10&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Automatic (Keras cache, else built-in sample)</source>
        <translation>자동 (Keras 캐시, 없으면 내장 샘플)</translation>
    </message>
    <message>
        <source>imdb.npz file…</source>
        <translation>imdb.npz 파일…</translation>
    </message>
    <message>
        <source>aclImdb folder…</source>
        <translation>aclImdb 폴더…</translation>
    </message>
    <message>
        <source>Built-in sample (offline)</source>
        <translation>내장 샘플 (오프라인)</translation>
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
        <translation>복원한 텍스트에서 검색…</translation>
    </message>
    <message>
        <source>&amp;Read with the run…</source>
        <translation>실행 모델로 읽기(&amp;R)…</translation>
    </message>
    <message>
        <source>The run on the Training tab reads this review token by token</source>
        <translation>학습 탭의 실행 모델이 이 리뷰를 토큰 하나씩 읽습니다</translation>
    </message>
    <message>
        <source>load_data(num_words): rarer words become the OOV index 2</source>
        <translation>load_data(num_words): 드문 단어는 OOV 인덱스 2가 됩니다</translation>
    </message>
    <message>
        <source>load_data(skip_top): the most frequent words also become OOV</source>
        <translation>load_data(skip_top): 가장 흔한 단어도 OOV가 됩니다</translation>
    </message>
    <message>
        <source>load_data(seed): the shuffle; 113 is Keras's default</source>
        <translation>load_data(seed): 섞기 시드, 113이 Keras 기본값입니다</translation>
    </message>
</context>
<context>
    <name>layerlab::ui::ReviewListModel</name>
    <message>
        <source>positive</source>
        <translation>긍정</translation>
    </message>
    <message>
        <source>negative</source>
        <translation>부정</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>레이블</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>길이</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>평점</translation>
    </message>
</context>
<context>
    <name>layerlab::ui::ReviewReadingDialog</name>
    <message>
        <source>Loading the run's model and reviews…</source>
        <translation>실행의 모델과 리뷰를 불러오는 중…</translation>
    </message>
    <message>
        <source>Reading a review</source>
        <translation>리뷰 읽기</translation>
    </message>
    <message>
        <source>&amp;Read</source>
        <translation>읽기(&amp;R)</translation>
    </message>
    <message>
        <source>Read &amp;text</source>
        <translation>문장 읽기(&amp;T)</translation>
    </message>
    <message>
        <source>Or type a review, e.g. not good at all</source>
        <translation>또는 리뷰를 입력하세요. 예: not good at all</translation>
    </message>
    <message>
        <source>Which review of the run's data</source>
        <translation>실행 데이터의 몇 번째 리뷰인지</translation>
    </message>
    <message>
        <source>step (token)</source>
        <translation>단계 (토큰)</translation>
    </message>
    <message>
        <source>P(positive)</source>
        <translation>P(긍정)</translation>
    </message>
    <message>
        <source>Hidden state: one row per unit, one column per step (blue −1, white 0, red +1)</source>
        <translation>은닉 상태: 유닛마다 한 행, 단계마다 한 열 (파랑 −1, 흰색 0, 빨강 +1)</translation>
    </message>
    <message numerus="yes">
        <source>Padding 'pre': %n pad token(s) (·) come first, then the review, so the last state has just read its last word.</source>
        <translation><numerusform>패딩 'pre': 패딩 토큰 %n개(·)가 먼저 오고 리뷰가 뒤따르므로, 마지막 상태는 리뷰의 마지막 단어를 막 읽은 상태입니다.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Padding 'post': the review comes first, then %n pad token(s) (·), so the last state read padding last and may have forgotten the review.</source>
        <translation><numerusform>패딩 'post': 리뷰가 먼저 오고 패딩 토큰 %n개(·)가 뒤따르므로, 마지막 상태는 패딩을 마지막으로 읽어 리뷰를 잊었을 수 있습니다.</numerusform></translation>
    </message>
    <message>
        <source>%1 Prediction: %2 (P(positive) = %3). Underlined words were out of the vocabulary (OOV).</source>
        <translation>%1 예측: %2 (P(긍정) = %3). 밑줄 친 단어는 어휘 밖(OOV) 단어입니다.</translation>
    </message>
    <message>
        <source>positive</source>
        <translation>긍정</translation>
    </message>
    <message>
        <source>negative</source>
        <translation>부정</translation>
    </message>
    <message>
        <source>This run cannot read reviews: %1</source>
        <translation>이 실행으로는 리뷰를 읽을 수 없습니다: %1</translation>
    </message>
    <message>
        <source>Type some words first.</source>
        <translation>먼저 단어를 입력하세요.</translation>
    </message>
    <message numerus="yes">
        <source>maxlen %1: the first %n token(s) were cut (truncating 'pre').</source>
        <translation><numerusform>maxlen %1: 앞쪽 토큰 %n개가 잘렸습니다 (truncating 'pre').</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>maxlen %1: the last %n token(s) were cut (truncating 'post').</source>
        <translation><numerusform>maxlen %1: 뒤쪽 토큰 %n개가 잘렸습니다 (truncating 'post').</numerusform></translation>
    </message>
</context>
<context>
    <name>layerlab::ui::RnnTypesFigure</name>
    <message>
        <source>one to one</source>
        <translation>일대일</translation>
    </message>
    <message>
        <source>one to many</source>
        <translation>일대다</translation>
    </message>
    <message>
        <source>many to one</source>
        <translation>다대일</translation>
    </message>
    <message>
        <source>many to many</source>
        <translation>다대다</translation>
    </message>
    <message>
        <source>no sequence (a plain network)</source>
        <translation>시퀀스 없음 (일반 신경망)</translation>
    </message>
    <message>
        <source>image captioning</source>
        <translation>이미지 캡셔닝</translation>
    </message>
    <message>
        <source>sentiment analysis</source>
        <translation>감성 분석</translation>
    </message>
    <message>
        <source>machine translation</source>
        <translation>기계 번역</translation>
    </message>
    <message>
        <source>video classification per frame</source>
        <translation>프레임별 비디오 분류</translation>
    </message>
    <message>
        <source>input</source>
        <translation>입력</translation>
    </message>
    <message>
        <source>RNN cell</source>
        <translation>RNN 셀</translation>
    </message>
    <message>
        <source>hidden state</source>
        <translation>은닉 상태</translation>
    </message>
    <message>
        <source>output</source>
        <translation>출력</translation>
    </message>
    <message>
        <source>this lesson</source>
        <translation>이번 수업</translation>
    </message>
</context>
<context>
    <name>layerlab::ui::RunComparisonDialog</name>
    <message>
        <source>Compare runs</source>
        <translation>실행 비교</translation>
    </message>
</context>
<context>
    <name>layerlab::ui::RunComparisonModel</name>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation><numerusform>%n개 항목</numerusform></translation>
    </message>
    <message>
        <source>%1 (epoch %2)</source>
        <translation>%1 (에포크 %2)</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>예</translation>
    </message>
    <message>
        <source>no</source>
        <translation>아니요</translation>
    </message>
    <message>
        <source>Epochs done</source>
        <translation>마친 에포크</translation>
    </message>
    <message>
        <source>Best val_acc</source>
        <translation>최고 val_acc</translation>
    </message>
    <message>
        <source>Training time</source>
        <translation>훈련 시간</translation>
    </message>
    <message>
        <source>Training images</source>
        <translation>훈련 이미지</translation>
    </message>
    <message>
        <source>Validation images</source>
        <translation>검증 이미지</translation>
    </message>
    <message>
        <source>Classes</source>
        <translation>클래스</translation>
    </message>
    <message>
        <source>Reviews</source>
        <translation>리뷰</translation>
    </message>
    <message>
        <source>Vocabulary (num_words)</source>
        <translation>어휘 크기 (num_words)</translation>
    </message>
    <message>
        <source>Most frequent words left out (skip_top)</source>
        <translation>빼는 최빈 단어 수 (skip_top)</translation>
    </message>
    <message>
        <source>Review length (maxlen)</source>
        <translation>리뷰 길이 (maxlen)</translation>
    </message>
    <message>
        <source>Backbone</source>
        <translation>기반 모델</translation>
    </message>
    <message>
        <source>MobileNetV2 alpha</source>
        <translation>MobileNetV2 alpha</translation>
    </message>
    <message>
        <source>Input size</source>
        <translation>입력 크기</translation>
    </message>
    <message>
        <source>Head</source>
        <translation>헤드</translation>
    </message>
    <message>
        <source>Preprocessing</source>
        <translation>전처리</translation>
    </message>
    <message>
        <source>Weights</source>
        <translation>가중치</translation>
    </message>
    <message>
        <source>Frozen layers</source>
        <translation>동결된 층</translation>
    </message>
    <message>
        <source>Recurrent layer</source>
        <translation>순환 층</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>유닛 수</translation>
    </message>
    <message>
        <source>Input</source>
        <translation>입력</translation>
    </message>
    <message>
        <source>Embedding size</source>
        <translation>임베딩 크기</translation>
    </message>
    <message>
        <source>Bidirectional</source>
        <translation>양방향</translation>
    </message>
    <message>
        <source>Epochs</source>
        <translation>에포크</translation>
    </message>
    <message>
        <source>Steps per epoch</source>
        <translation>에포크당 스텝</translation>
    </message>
    <message>
        <source>Validation steps</source>
        <translation>검증 스텝</translation>
    </message>
    <message>
        <source>Batch size</source>
        <translation>배치 크기</translation>
    </message>
    <message>
        <source>Optimizer</source>
        <translation>옵티마이저</translation>
    </message>
    <message>
        <source>Learning rate</source>
        <translation>학습률</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>시드</translation>
    </message>
    <message>
        <source>Cache frozen features</source>
        <translation>동결된 특성 캐시</translation>
    </message>
    <message>
        <source>Augmented copies</source>
        <translation>증식 사본 수</translation>
    </message>
    <message>
        <source>Augmentation</source>
        <translation>데이터 증식</translation>
    </message>
    <message>
        <source>Validation split</source>
        <translation>검증 비율</translation>
    </message>
    <message>
        <source>Stacked layers</source>
        <translation>쌓은 층 수</translation>
    </message>
    <message>
        <source>Resizing (interpolation)</source>
        <translation>크기 조정 (interpolation)</translation>
    </message>
</context>
<context>
    <name>layerlab::ui::RunExplainer</name>
    <message>
        <source>%1 channels of %2×%3</source>
        <translation>%2×%3 채널 %1개</translation>
    </message>
    <message>
        <source>%1 filters (from the cache)</source>
        <translation>필터 %1개 (캐시에서)</translation>
    </message>
    <message>
        <source>%1 filters</source>
        <translation>필터 %1개</translation>
    </message>
</context>
<context>
    <name>layerlab::ui::RunExporter</name>
    <message>
        <source>Keras model written to %1</source>
        <translation>Keras 모델을 %1에 썼습니다</translation>
    </message>
    <message>
        <source>Export failed: %1</source>
        <translation>내보내기 실패: %1</translation>
    </message>
</context>
<context>
    <name>layerlab::ui::RunExports</name>
    <message>
        <source>Export run as a Keras model</source>
        <translation>실행을 Keras 모델로 내보내기</translation>
    </message>
    <message>
        <source>Choose a run to export first (Runs tab).</source>
        <translation>먼저 내보낼 실행을 고르세요 (실행 탭).</translation>
    </message>
    <message>
        <source>Keras HDF5 model (*.h5)</source>
        <translation>Keras HDF5 모델 (*.h5)</translation>
    </message>
    <message>
        <source>Exporting %1…</source>
        <translation>%1 내보내는 중…</translation>
    </message>
    <message>
        <source>Save chart</source>
        <translation>그래프 저장</translation>
    </message>
    <message>
        <source>PNG image (*.png);;SVG drawing (*.svg)</source>
        <translation>PNG 이미지 (*.png);;SVG 그림 (*.svg)</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>%1 저장됨</translation>
    </message>
    <message>
        <source>Could not write %1</source>
        <translation>%1을(를) 쓸 수 없습니다</translation>
    </message>
    <message>
        <source>Export history</source>
        <translation>기록 내보내기</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>Copied the equivalent layerlab-cli command.</source>
        <translation>같은 일을 하는 layerlab-cli 명령을 복사했습니다.</translation>
    </message>
    <message>
        <source>Save chart…</source>
        <translation>그래프 저장…</translation>
    </message>
    <message>
        <source>Export history CSV…</source>
        <translation>기록 CSV 내보내기…</translation>
    </message>
    <message>
        <source>Copy as CLI command</source>
        <translation>CLI 명령으로 복사</translation>
    </message>
    <message>
        <source>Not exported</source>
        <translation>내보내지 않았습니다</translation>
    </message>
</context>
<context>
    <name>layerlab::ui::RunsBrowser</name>
    <message>
        <source>Tick two or more runs in the list to compare them.</source>
        <translation>비교하려면 목록에서 실행을 두 개 이상 체크하세요.</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>보기</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>계속</translation>
    </message>
    <message>
        <source>Fine-tune from this run…</source>
        <translation>이 실행에서 미세 조정…</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>삭제…</translation>
    </message>
    <message>
        <source>Compare ticked runs…</source>
        <translation>체크한 실행 비교…</translation>
    </message>
    <message>
        <source>Export to Keras…</source>
        <translation>Keras로 내보내기…</translation>
    </message>
    <message>
        <source>Write the run's model as a Keras .h5 file (keras.models.load_model reads it)</source>
        <translation>실행의 모델을 Keras .h5 파일로 씁니다 (keras.models.load_model로 읽을 수 있음)</translation>
    </message>
</context>
<context>
    <name>layerlab::ui::RunsModel</name>
    <message>
        <source>Run (overlay)</source>
        <translation>실행 (겹쳐 보기)</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>설정</translation>
    </message>
    <message>
        <source>Epochs</source>
        <translation>에포크</translation>
    </message>
    <message>
        <source>Best val_acc</source>
        <translation>최고 val_acc</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>시간</translation>
    </message>
    <message>
        <source>%1 / %2 (training)</source>
        <translation>%1 / %2 (훈련 중)</translation>
    </message>
    <message>
        <source>%1 / %2 (stopped)</source>
        <translation>%1 / %2 (멈춤)</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>메모</translation>
    </message>
    <message>
        <source> fine-tune</source>
        <translation> 미세 조정</translation>
    </message>
    <message>
        <source> frozen</source>
        <translation> 동결</translation>
    </message>
    <message>
        <source>run %1 · %2 lr %3</source>
        <translation>실행 %1 · %2 lr %3</translation>
    </message>
    <message>
        <source>, %1 frozen</source>
        <translation>, %1개 동결</translation>
    </message>
    <message>
        <source>, fine-tune</source>
        <translation>, 미세 조정</translation>
    </message>
    <message>
        <source>Made by</source>
        <translation>만든 사람</translation>
    </message>
</context>
<context>
    <name>layerlab::ui::SequenceModelForm</name>
    <message>
        <source>Input</source>
        <translation>입력</translation>
    </message>
    <message>
        <source>Recurrent layer</source>
        <translation>순환 층</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>유닛 수</translation>
    </message>
    <message>
        <source>Embedding size</source>
        <translation>임베딩 크기</translation>
    </message>
    <message>
        <source>Stacked layers</source>
        <translation>쌓은 층 수</translation>
    </message>
    <message>
        <source>One-hot vectors of num_words (the book's first model)</source>
        <translation>num_words 크기의 원-핫 벡터 (책의 첫 모델)</translation>
    </message>
    <message>
        <source>Embedding</source>
        <translation>임베딩</translation>
    </message>
    <message>
        <source>Bidirectional</source>
        <translation>양방향</translation>
    </message>
    <message>
        <source>Copied load_data, pad_sequences and the model as Keras code to the clipboard</source>
        <translation>load_data, pad_sequences와 모델을 Keras 코드로 클립보드에 복사했습니다</translation>
    </message>
    <message>
        <source>Copy as Keras code</source>
        <translation>Keras 코드로 복사</translation>
    </message>
    <message>
        <source>imdb.load_data, pad_sequences and this model as the notebook's cells</source>
        <translation>imdb.load_data, pad_sequences와 이 모델을 노트북 셀로</translation>
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
    <name>layerlab::ui::StrategiesFigure</name>
    <message>
        <source>Train the whole model</source>
        <translation>모델 전체를 훈련</translation>
    </message>
    <message>
        <source>Train the top block</source>
        <translation>맨 위 블록만 훈련</translation>
    </message>
    <message>
        <source>Train the upper blocks</source>
        <translation>위쪽 블록들을 훈련</translation>
    </message>
    <message>
        <source>Freeze the convolutional base, train only the head</source>
        <translation>합성곱 기반을 동결하고 헤드만 훈련</translation>
    </message>
    <message>
        <source>Enough data to learn new features: the weights are only a start.</source>
        <translation>새 특성을 배울 만큼 데이터가 많음: 가중치는 출발점일 뿐입니다.</translation>
    </message>
    <message>
        <source>ImageNet's features fit; enough data to adapt the last block.</source>
        <translation>ImageNet의 특성이 맞고, 마지막 블록을 맞출 만큼 데이터가 있습니다.</translation>
    </message>
    <message>
        <source>Few images: keep the generic lower blocks, adapt the upper ones.</source>
        <translation>이미지가 적음: 일반적인 아래 블록은 두고 위 블록만 맞춥니다.</translation>
    </message>
    <message>
        <source>Few images, familiar things: reuse the features as they are.</source>
        <translation>이미지가 적고 익숙한 대상: 특성을 그대로 재사용합니다.</translation>
    </message>
    <message>
        <source>Size of your data</source>
        <translation>데이터의 양</translation>
    </message>
    <message>
        <source>Similarity to ImageNet</source>
        <translation>ImageNet과의 유사도</translation>
    </message>
    <message>
        <source>large</source>
        <translation>많음</translation>
    </message>
    <message>
        <source>small</source>
        <translation>적음</translation>
    </message>
    <message>
        <source>different</source>
        <translation>다름</translation>
    </message>
    <message>
        <source>similar</source>
        <translation>비슷함</translation>
    </message>
    <message>
        <source>frozen</source>
        <translation>동결</translation>
    </message>
    <message>
        <source>trained</source>
        <translation>훈련</translation>
    </message>
    <message>
        <source>Click a quadrant or press 1–4</source>
        <translation>칸을 클릭하거나 1–4를 누르세요</translation>
    </message>
    <message>
        <source>this lesson</source>
        <translation>이번 수업</translation>
    </message>
    <message>
        <source>head</source>
        <translation>헤드</translation>
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
        <translation>Keras가 출력하는 그대로</translation>
    </message>
    <message>
        <source>Every layer (LayerLab)</source>
        <translation>모든 층 (LayerLab)</translation>
    </message>
    <message>
        <source>The notebook's Sequential: the base is one layer, its totals the same</source>
        <translation>노트북의 Sequential: 기반 모델이 한 층으로 보이며 합계는 같습니다</translation>
    </message>
    <message>
        <source>The base's layers one by one, the frozen ones marked</source>
        <translation>기반 모델의 층을 하나씩, 동결된 층은 표시하여</translation>
    </message>
</context>
<context>
    <name>layerlab::ui::TrainingPanel</name>
    <message>
        <source>Resume (F6)</source>
        <translation>계속 (F6)</translation>
    </message>
    <message>
        <source>Pause (F6)</source>
        <translation>일시 정지 (F6)</translation>
    </message>
    <message>
        <source>epoch %1/%2 · step %3/%4</source>
        <translation>에포크 %1/%2 · 스텝 %3/%4</translation>
    </message>
    <message>
        <source>loss %1 · acc %2 · ETA %3</source>
        <translation>loss %1 · acc %2 · 남은 시간 %3</translation>
    </message>
    <message>
        <source>Epochs</source>
        <translation>에포크</translation>
    </message>
    <message>
        <source>Steps per epoch</source>
        <translation>에포크당 스텝</translation>
    </message>
    <message>
        <source>Validation steps</source>
        <translation>검증 스텝</translation>
    </message>
    <message>
        <source>Batch size</source>
        <translation>배치 크기</translation>
    </message>
    <message>
        <source>Optimizer</source>
        <translation>옵티마이저</translation>
    </message>
    <message>
        <source>Learning rate</source>
        <translation>학습률</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>시드</translation>
    </message>
    <message>
        <source>Validation split</source>
        <translation>검증 비율</translation>
    </message>
    <message>
        <source>one pass</source>
        <translation>한 바퀴</translation>
    </message>
    <message>
        <source>steps_per_epoch: batches per epoch (0: one pass over the data)</source>
        <translation>steps_per_epoch: 에포크당 배치 수 (0: 데이터 한 바퀴)</translation>
    </message>
    <message>
        <source>Augment training images</source>
        <translation>훈련 이미지 증식</translation>
    </message>
    <message>
        <source>With the Augmentation tab's settings; validation images are never augmented</source>
        <translation>데이터 증식 탭의 설정으로, 검증 이미지는 증식하지 않습니다</translation>
    </message>
    <message>
        <source>Cache frozen features</source>
        <translation>동결된 특성 캐시</translation>
    </message>
    <message>
        <source>The frozen base's outputs are computed once per image: the same results, much faster</source>
        <translation>동결된 기반의 출력을 이미지마다 한 번만 계산합니다: 결과는 같고 훨씬 빠릅니다</translation>
    </message>
    <message>
        <source>Lesson defaults</source>
        <translation>수업 기본값</translation>
    </message>
    <message>
        <source>Book defaults</source>
        <translation>책 기본값</translation>
    </message>
    <message>
        <source>Start (F5)</source>
        <translation>시작 (F5)</translation>
    </message>
    <message>
        <source>Stop (Shift+F5)</source>
        <translation>중지 (Shift+F5)</translation>
    </message>
    <message>
        <source>change…</source>
        <translation>바꾸기…</translation>
    </message>
    <message>
        <source>Training images are only rescaled, as validation images are.</source>
        <translation>훈련 이미지도 검증 이미지처럼 크기 조정(rescale)만 합니다.</translation>
    </message>
    <message>
        <source>Find learning rate…</source>
        <translation>학습률 찾기…</translation>
    </message>
    <message>
        <source>The learning-rate finder: a short sweep on a copy of the model suggests a value</source>
        <translation>학습률 찾기: 모델 복사본으로 짧게 훑어 보고 값을 제안합니다</translation>
    </message>
    <message>
        <source>Paused · %1</source>
        <translation>일시 정지됨 · %1</translation>
    </message>
    <message>
        <source>Paused. Resume (F6) continues with the next batch; the ETA leaves the pause out.</source>
        <translation>일시 정지됨. 계속(F6)을 누르면 다음 배치부터 이어 갑니다. 남은 시간(ETA)에는 멈춘 시간을 넣지 않습니다.</translation>
    </message>
    <message>
        <source>This run will train on a randomly initialised base: %1</source>
        <translation>이번 실행은 무작위로 초기화된 기반을 훈련합니다: %1</translation>
    </message>
    <message>
        <source>Advanced settings</source>
        <translation>고급 설정</translation>
    </message>
    <message>
        <source>Checkpoint every</source>
        <translation>체크포인트 간격</translation>
    </message>
    <message>
        <source> s</source>
        <translation>초</translation>
    </message>
    <message>
        <source>every epoch</source>
        <translation>에포크마다</translation>
    </message>
    <message>
        <source>How often a resumable checkpoint is written, at most: a large model takes longer to save than a short epoch takes to train. Pause, Stop, the end and a failure always write one; the history is saved after every epoch.</source>
        <translation>이어서 훈련할 수 있는 체크포인트를 최대 이 간격마다 저장합니다. 큰 모델은 저장하는 데 짧은 에포크 하나를 훈련하는 것보다 오래 걸리기 때문입니다. 일시 정지, 멈춤, 훈련 종료, 실패 때에는 항상 저장하며, 기록(history)은 에포크마다 저장합니다.</translation>
    </message>
    <message>
        <source>Copy as Keras code</source>
        <translation>Keras 코드로 복사</translation>
    </message>
    <message>
        <source>model.compile() and model.fit() with these settings, as the notebook's cell</source>
        <translation>이 설정의 model.compile()과 model.fit()을 노트북 셀로</translation>
    </message>
    <message>
        <source>Copied compile() and fit() as Keras code to the clipboard</source>
        <translation>compile()과 fit()을 Keras 코드로 클립보드에 복사했습니다</translation>
    </message>
</context>
<context>
    <name>layerlab::ui::TrainingWorker</name>
    <message>
        <source>An unknown error stopped the training.</source>
        <translation>알 수 없는 오류로 훈련이 멈췄습니다.</translation>
    </message>
</context>
<context>
    <name>layerlab::ui::TrainingWorkspace</name>
    <message>
        <source>Preparing: scanning data, building the model…</source>
        <translation>준비 중: 데이터를 살피고 모델을 만드는 중…</translation>
    </message>
    <message>
        <source>Stopping after this batch…</source>
        <translation>이 배치가 끝나면 멈춥니다…</translation>
    </message>
    <message>
        <source>Training into %1</source>
        <translation>%1에 훈련 중</translation>
    </message>
    <message>
        <source>Stopped. The run is on disk up to its last full epoch; Resume continues it.</source>
        <translation>중지됨. 마지막으로 끝난 에포크까지 디스크에 있으며, 계속하기로 이어서 할 수 있습니다.</translation>
    </message>
    <message>
        <source>Finished. The run is in %1.</source>
        <translation>완료. 실행 결과는 %1에 있습니다.</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>오류: %1</translation>
    </message>
    <message>
        <source>Training failed: %1</source>
        <translation>훈련 실패: %1</translation>
    </message>
    <message>
        <source>Nothing to train yet.</source>
        <translation>아직 훈련할 것이 없습니다.</translation>
    </message>
    <message>
        <source>This run is training; stop it first.</source>
        <translation>이 실행은 훈련 중입니다. 먼저 멈추세요.</translation>
    </message>
    <message>
        <source>Delete run</source>
        <translation>실행 삭제</translation>
    </message>
    <message>
        <source>Delete the run %1 and everything in its folder?</source>
        <translation>실행 %1과(와) 폴더 안의 모든 것을 삭제할까요?</translation>
    </message>
    <message>
        <source>Could not delete all of %1</source>
        <translation>%1을(를) 모두 삭제하지 못했습니다</translation>
    </message>
    <message>
        <source>Log</source>
        <translation>로그</translation>
    </message>
    <message>
        <source>Runs</source>
        <translation>실행 목록</translation>
    </message>
    <message>
        <source>Confusion matrix</source>
        <translation>오차 행렬</translation>
    </message>
    <message>
        <source>Try a photo</source>
        <translation>사진으로 해 보기</translation>
    </message>
    <message>
        <source>negative</source>
        <translation>부정</translation>
    </message>
    <message>
        <source>positive</source>
        <translation>긍정</translation>
    </message>
    <message>
        <source>Stopped before training began: no run was made.</source>
        <translation>훈련이 시작되기 전에 멈췄습니다: 실행은 만들어지지 않았습니다.</translation>
    </message>
    <message>
        <source>Stopped before the first epoch ended: the run is kept, and Resume trains it from epoch 1.</source>
        <translation>첫 에포크가 끝나기 전에 멈췄습니다: 실행은 남아 있으며, 계속을 누르면 에포크 1부터 훈련합니다.</translation>
    </message>
    <message>
        <source>Another's run</source>
        <translation>다른 사람의 실행</translation>
    </message>
    <message>
        <source>%1 was made by %2. Resume it here anyway? Its folder is then written by this LayerLab.</source>
        <translation>%1은(는) %2이(가) 만든 실행입니다. 그래도 여기서 이어서 훈련할까요? 그러면 이 LayerLab이 그 폴더에 씁니다.</translation>
    </message>
    <message>
        <source>%1 was made by %2. Delete it and everything in its folder, for everyone who shares the folder?</source>
        <translation>%1은(는) %2이(가) 만든 실행입니다. 폴더를 함께 쓰는 모든 사람에게서 이 실행과 폴더 안의 모든 것을 삭제할까요?</translation>
    </message>
</context>
<context>
    <name>layerlab::ui::TransferFigure</name>
    <message>
        <source>Pretrained on ImageNet</source>
        <translation>ImageNet으로 사전 훈련</translation>
    </message>
    <message>
        <source>Reused for cats vs dogs</source>
        <translation>고양이와 개 분류에 재사용</translation>
    </message>
    <message>
        <source>1,000 classes · 14 million images</source>
        <translation>클래스 1,000개 · 이미지 1,400만 장</translation>
    </message>
    <message>
        <source>2 classes · 2,000 images</source>
        <translation>클래스 2개 · 이미지 2,000장</translation>
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
        <translation>동결 (trainable=False)</translation>
    </message>
    <message>
        <source>convolutional base</source>
        <translation>합성곱 기반</translation>
    </message>
    <message>
        <source>new head, trained</source>
        <translation>새 헤드, 훈련함</translation>
    </message>
    <message>
        <source>ImageNet classifier, not reused</source>
        <translation>ImageNet 분류기, 재사용 안 함</translation>
    </message>
    <message>
        <source>reuse the features</source>
        <translation>특성을 재사용</translation>
    </message>
    <message>
        <source>the same weights</source>
        <translation>같은 가중치</translation>
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
    <message>
        <source>Open an image folder first (File → Open, or the built-in sample).</source>
        <translation>먼저 이미지 폴더를 여세요 (파일 → 열기, 또는 내장 샘플).</translation>
    </message>
    <message>
        <source>Model &amp;&amp; freezing</source>
        <translation>모델과 동결</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>훈련</translation>
    </message>
</context>
<context>
    <name>layerlab::ui::UnrolledRnnFigure</name>
    <message>
        <source>Train an IMDB run to see its hidden states</source>
        <translation>IMDB 실행을 학습하면 은닉 상태가 보입니다</translation>
    </message>
    <message>
        <source>Squares: h_t, the first %1 of %2 units (blue −1, white 0, red +1) · bar: P(positive) so far (red below 0.5, green above)</source>
        <translation>사각형: h_t, 유닛 %2개 중 처음 %1개 (파랑 −1, 흰색 0, 빨강 +1) · 막대: 지금까지의 P(긍정) (0.5 아래는 빨강, 위는 초록)</translation>
    </message>
    <message>
        <source>0 (pad)</source>
        <translation>0 (패딩)</translation>
    </message>
    <message>
        <source>step %1 / %2</source>
        <translation>단계 %1 / %2</translation>
    </message>
    <message>
        <source>P(positive) = %1</source>
        <translation>P(긍정) = %1</translation>
    </message>
    <message>
        <source>one output, after the last word</source>
        <translation>마지막 단어 뒤에 한 번만 출력</translation>
    </message>
</context>
</TS>