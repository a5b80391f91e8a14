# Korean for the "Get data" dialog and first-run guide (issue #6).
KO = {
'Downloaded by LayerLab: %1': 'LayerLab이 내려받음: %1',
'%1: %2 of %3 MB · %4 MB/s · ETA %5': '%1: %3 MB 중 %2 MB · %4 MB/s · 남은 시간 %5',
'%1: verified and ready in %2': '%1: 확인 완료, %2에 준비됨',
'%1 failed: %2': '%1 실패: %2',
'%1: canceled. The partial file is kept; Get resumes it.': '%1: 취소됨. 받던 파일은 남아 있어 다시 받기를 누르면 이어 받습니다.',
'%1: connecting…': '%1: 연결 중…',
'Here': '있음',
'Get': '받기',
"Get the lesson's data": '수업 데이터 받기',
"The lesson's Keras code downloads these files itself. LayerLab first looks in the Keras cache (~/.keras, $KERAS_HOME), so nothing you already have is downloaded twice; every file is checked against Keras's size and md5/sha256 before it is used. Without internet the built-in samples work offline.": '수업의 Keras 코드는 이 파일들을 직접 내려받습니다. LayerLab은 먼저 Keras 캐시(~/.keras, $KERAS_HOME)를 살펴보므로 이미 있는 파일을 두 번 받지 않으며, 모든 파일은 사용하기 전에 Keras가 밝힌 크기와 md5/sha256으로 확인합니다. 인터넷이 없어도 내장 샘플은 오프라인으로 동작합니다.',
'Get all missing': '없는 것 모두 받기',
'Cancel': '취소',
'Close': '닫기',
"&Get the lesson's data…": '수업 데이터 받기(&G)…',
'Welcome to LayerLab': 'LayerLab에 오신 것을 환영합니다',
'LayerLab has opened its built-in samples: pictures of circles and squares, and generated short reviews. They work offline, so you can try everything now.': 'LayerLab이 내장 샘플을 열었습니다: 원과 사각형 그림, 그리고 생성된 짧은 리뷰입니다. 오프라인으로 동작하므로 지금 바로 모든 기능을 써 볼 수 있습니다.',
"The lesson's real data (cats and dogs photos, IMDB reviews, ImageNet weights) can be downloaded once — or is found in the Keras cache if you already ran the notebook. Get it now? (File → Get the lesson's data, Ctrl+D, at any time.)": '수업의 실제 데이터(고양이와 개 사진, IMDB 리뷰, ImageNet 가중치)는 한 번만 내려받으면 됩니다. 노트북을 이미 실행했다면 Keras 캐시에서 찾습니다. 지금 받을까요? (언제든 파일 → 수업 데이터 받기, Ctrl+D)',
'Get data…': '데이터 받기…',
'Use the samples': '샘플 사용',
'checking…': '확인 중…',
'in Keras cache': 'Keras 캐시에 있음',
'downloaded': '내려받음',
'corrupt: %1': '손상됨: %1',
'missing': '없음',
'Resource': '자원',
'Size': '크기',
'State': '상태',
'Where / what': '위치 / 설명',
}
KO.update({
'the server answered HTTP %1 %2 for %3': '서버가 %3에 대해 HTTP %1 %2로 응답했습니다',
'cannot reach %1 (offline?): %2': '%1에 연결할 수 없습니다 (오프라인?): %2',
'no data from %1 for too long: the connection timed out': '%1에서 너무 오래 데이터가 오지 않아 연결 시간이 초과되었습니다',
'cannot write %1: %2': '%1에 쓸 수 없습니다: %2',
})
KO.update({'downloading…': '내려받는 중…'})
KO.update({
"VGG16 ImageNet weights, no top (the lesson's base)": 'VGG16 ImageNet 가중치, top 제외 (수업의 기반 모델)',
'MobileNetV2 ImageNet weights, no top, 224 px': 'MobileNetV2 ImageNet 가중치, top 제외, 224 px',
'IMDB reviews as keras.datasets.imdb loads them': 'keras.datasets.imdb가 불러오는 IMDB 리뷰',
'IMDB word index (to decode reviews)': 'IMDB 단어 인덱스 (리뷰 복원용)',
'cats_and_dogs_filtered: 2,000 + 1,000 photos of cats and dogs': 'cats_and_dogs_filtered: 고양이와 개 사진 2,000 + 1,000장',
})
KO.update({
"Opened the lesson's photos from the Keras cache: %1": '수업 사진을 Keras 캐시에서 열었습니다: %1',
"Opened the lesson's photos downloaded by LayerLab: %1": 'LayerLab이 내려받은 수업 사진을 열었습니다: %1',
})
KO.update({
'%1: %2 and ready in %3': '%1: %2, %3에 준비됨',
'verified': '확인 완료',
'checked by structure': '구조 확인 완료',
'the server resumed %1 at the wrong place (%2)': '서버가 %1을(를) 잘못된 위치에서 이어 보냈습니다 (%2)',
'the server sends more than the %1 bytes %2 has: refused': '서버가 %2의 크기인 %1바이트보다 많이 보냅니다: 거부했습니다',
'the server sends too slowly (%1 bytes/s over %2 s; LayerLab gives up below %3 bytes/s)': '서버가 너무 느리게 보냅니다 (%2초 동안 초당 %1바이트; LayerLab은 초당 %3바이트 미만이면 중단합니다)',
})
KO.update({
"The lesson's Keras code downloads these files itself. LayerLab first looks in the Keras cache (~/.keras, $KERAS_HOME), so nothing you already have is downloaded twice; every file is checked before it is used: against Keras's size and md5/sha256, or, for weights Keras publishes no hash for, by their structure (every layer, every shape). Without internet the built-in samples work offline.": '수업의 Keras 코드는 이 파일들을 직접 내려받습니다. LayerLab은 먼저 Keras 캐시(~/.keras, $KERAS_HOME)를 살펴보므로 이미 있는 파일을 두 번 받지 않으며, 모든 파일은 사용하기 전에 확인합니다: Keras가 밝힌 크기와 md5/sha256으로, 또는 Keras가 해시를 밝히지 않은 가중치는 구조(모든 층, 모든 모양)로 확인합니다. 인터넷이 없어도 내장 샘플은 오프라인으로 동작합니다.',
})
KO.update({
'checked by size': '크기 확인 완료',
'the archive does not hold %1/train and %1/validation': '압축 파일에 %1/train과 %1/validation이 없습니다',
})
KO.update({
'downloading %1 failed: %2': '%1을(를) 내려받지 못했습니다: %2',
'will not write the download to %1: it is a link or not a plain file of yours; remove it and try again': '%1에 내려받은 내용을 쓰지 않습니다: 링크이거나 사용자의 일반 파일이 아닙니다. 지우고 다시 시도하세요',
'the downloaded %1 is not the expected file (%2); it was removed': '내려받은 %1이(가) 기대한 파일이 아니라서 (%2) 삭제했습니다',
'will not replace %1 with the download: it is not a plain file (a link, a folder or a device); remove it and try again': '%1을(를) 내려받은 파일로 바꾸지 않습니다: 일반 파일이 아닙니다 (링크, 폴더 또는 장치). 지우고 다시 시도하세요',
'cannot move the download into place as %1: %2': '내려받은 파일을 %1(으)로 옮길 수 없습니다: %2',
})
