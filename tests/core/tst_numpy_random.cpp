// NumpyRandom against numbers printed by numpy 1.24's RandomState (the real tool).
#include <QtTest>

#include "util/NumpyRandom.h"

using layerlab::NumpyRandom;

class TestNumpyRandom : public QObject {
    Q_OBJECT
  private Q_SLOTS:
    void rawStreamMatchesRandomState113() {
        // np.random.RandomState(113).randint(0, 2**32, 5, dtype=np.uint64)
        NumpyRandom random(113);
        const std::uint32_t expected[] = {3659249829u, 529109724u, 317413538u, 548173386u,
                                          3843702636u};
        for (auto value : expected) QCOMPARE(random.nextUInt32(), value);
    }
    void randomSampleAndUniform() {
        NumpyRandom random(113);  // RandomState(113).random_sample(3)
        QCOMPARE(random.randomSample(), 0.8519854927300882);
        QCOMPARE(random.randomSample(), 0.07390359884225994);
        NumpyRandom one(1);  // RandomState(1).uniform(-40, 40)
        QCOMPARE(one.uniform(-40, 40), -6.638239623794078);
        QCOMPARE(one.uniform(-0.2, 0.2), 0.08812979737686322);
    }
    void legacyShuffle() {
        // r = RandomState(113); a = list(range(10)); r.shuffle(a)
        NumpyRandom random(113);
        std::vector<int> items{0, 1, 2, 3, 4, 5, 6, 7, 8, 9};
        random.shuffle(items);
        QCOMPARE(items, (std::vector<int>{9, 3, 6, 1, 0, 7, 4, 8, 2, 5}));
    }
    void choiceOfInt() {
        // r = RandomState(7); [r.choice(5) for _ in range(8)], then r.random_sample()
        NumpyRandom random(7);
        const int expected[] = {4, 1, 3, 3, 4, 1, 0, 1};
        for (int value : expected) QCOMPARE(random.below(5), static_cast<std::int64_t>(value));
        QCOMPARE(random.randomSample(), 0.07205113335976154);
    }
};

QTEST_GUILESS_MAIN(TestNumpyRandom)
#include "tst_numpy_random.moc"
