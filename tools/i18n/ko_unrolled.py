# Korean for the lesson's unrolled RNN over a real review (issue #22; context
# "UnrolledRnnFigure"). Used with tools/fill_translations.py.
KO = {
'Train an IMDB run to see its hidden states': 'IMDB 실행을 학습하면 은닉 상태가 보입니다',
'Squares: h_t, the first %1 of %2 units (blue −1, white 0, red +1) · bar: P(positive) so far (red below 0.5, green above)': '사각형: h_t, 유닛 %2개 중 처음 %1개 (파랑 −1, 흰색 0, 빨강 +1) · 막대: 지금까지의 P(긍정) (0.5 아래는 빨강, 위는 초록)',
'0 (pad)': '0 (패딩)',
'step %1 / %2': '단계 %1 / %2',
'P(positive) = %1': 'P(긍정) = %1',
'one output, after the last word': '마지막 단어 뒤에 한 번만 출력',
}
