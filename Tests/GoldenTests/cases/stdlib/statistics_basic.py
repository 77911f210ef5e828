# statistics: averages, spread, modes and quantiles; exact sums; errors.
import statistics as st
from fractions import Fraction

ints = [2, 4, 4, 4, 5, 5, 7, 9]
floats = [1.5, 2.5, 2.5, 2.75, 3.25, 4.75]
print(st.mean(ints), st.mean([1, 2, 3, 4]), st.mean(floats), st.mean([0.1] * 10), st.mean([Fraction(1, 3), Fraction(2, 3)]))
print(st.mean([1, 2.5]), st.mean([True, False, True]), st.mean(range(1, 101)), st.mean(iter([3, 4])))
print(st.fmean(ints), st.fmean([3.5, 4.0, 5.25]), st.fmean([1, 2, 3], weights=[3, 2, 1]))
print(st.geometric_mean([54, 24, 36]), st.harmonic_mean([40, 60]), st.harmonic_mean([40, 60], weights=[5, 30]), st.harmonic_mean([2.5]))
print(st.median([1, 3, 5]), st.median([1, 3, 5, 7]), st.median([2.5, 1.0]), st.median_low([1, 3, 5, 7]), st.median_high([1, 3, 5, 7]))
print(st.median_grouped([52, 52, 53, 54]), st.median_grouped([1, 3, 3, 5, 7], interval=2), st.median(["b", "a", "c"]))
print(st.mode([1, 1, 2, 3, 3, 3, 3, 4]), st.mode(["red", "blue", "blue", "red", "green", "red", "red"]), st.mode("aabbb"), st.mode([1, 2]))
print(st.multimode("aabbbbccddddeeffffgg"), st.multimode([]), st.multimode([3]))
print(st.variance(ints), st.variance(floats), st.variance([1, 2, 3, 4]), st.variance([Fraction(1, 4), Fraction(5, 4), Fraction(1, 2)]))
print(st.pvariance(ints), st.pvariance(floats), st.pvariance([1, 2, 3, 4], mu=2.5), st.variance([1, 2, 3], xbar=2))
print(st.stdev(ints), st.stdev(floats), st.pstdev(ints), st.pstdev(floats), st.stdev([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]))
print(st.stdev([0.1, 0.2, 0.3, 0.4]), st.pstdev([10 ** 20, 10 ** 20 + 2]), st.stdev(range(20)))
print(st.quantiles([105, 129, 87, 86, 111, 111, 89, 81, 108, 92, 110, 100, 75, 105, 103, 109, 76, 119, 99, 91, 103, 129, 106, 101, 84, 111, 74, 87, 86, 103, 103, 106, 86, 111, 75, 87, 102, 121, 111, 88, 89, 101, 106, 95, 103, 107, 101, 81, 109, 104], n=10))
print(st.quantiles([1, 2, 3, 4, 5], n=4), st.quantiles([1, 2, 3, 4, 5], n=4, method="inclusive"), st.quantiles([1.0, 10.0]))
print(st.covariance([1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 2, 3, 1, 2, 3, 1, 2, 3]), st.correlation([1, 2, 3, 4], [2, 4, 5, 8]))
print(st.linear_regression([1, 2, 3, 4, 5], [3, 5, 7, 9, 11]), tuple(st.linear_regression([1, 2, 3], [2, 4, 6], proportional=True)))
nd = st.NormalDist(100, 15)
print(nd, nd.mean, nd.stdev, nd.variance, round(nd.cdf(115), 6), round(nd.pdf(100), 6), nd.zscore(130), nd + 5, nd * 2)
print(st.NormalDist.from_samples([2.5, 3.1, 2.1, 2.4, 2.7, 3.5]))
print(issubclass(st.StatisticsError, ValueError))
failures = [lambda: st.mean([]), lambda: st.fmean([]), lambda: st.median([]), lambda: st.mode([]),
            lambda: st.variance([1]), lambda: st.stdev([]), lambda: st.pvariance([]), lambda: st.pstdev([]),
            lambda: st.quantiles([1]), lambda: st.quantiles([1, 2], n=0), lambda: st.harmonic_mean([-1, 2]),
            lambda: st.harmonic_mean([]), lambda: st.geometric_mean([0, 1]), lambda: st.covariance([1], [1]),
            lambda: st.correlation([1, 1], [2, 3]), lambda: st.NormalDist(0, -1), lambda: st.median_low([]),
            lambda: st.mean(["a", "b"]), lambda: st.quantiles([1, 2], method="bad")]
for fail in failures:
    try:
        fail()
    except (st.StatisticsError, TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)
