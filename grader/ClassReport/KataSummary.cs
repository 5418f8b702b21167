namespace NeuralKatas.Grader.ClassReport;

/// <summary>One kata across the class.</summary>
/// <param name="Id">The kata's id.</param>
/// <param name="Title">Its title.</param>
/// <param name="MaxScore">Its points.</param>
/// <param name="Graded">Students graded on it.</param>
/// <param name="FullMarks">Students who passed every test.</param>
/// <param name="Mean">The mean score of those graded.</param>
/// <param name="Histogram">
/// Students per score band: <see cref="ClassStatistics.Bins"/> equal bands from 0 to the kata's
/// points, the last one including full marks.
/// </param>
/// <param name="Tests">Every test's pass rate, in source order.</param>
public sealed record KataSummary(string Id, string Title, double MaxScore, int Graded, int FullMarks, double Mean, IReadOnlyList<int> Histogram, IReadOnlyList<TestPassRate> Tests);
