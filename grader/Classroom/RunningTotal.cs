using NeuralKatas.Grader.Scoring;

namespace NeuralKatas.Grader.Classroom;

/// <summary>
/// The reporter's running sum, kept on our side so that every test's score can be chosen to land it
/// on a clean figure: after each earning test the sum is exactly the double of a 4-decimal total,
/// and after a kata's last earning test it is exactly what <see cref="GradeReport.Score"/> computes
/// for the katas so far (the same Sum, the same rounding). After the last kata it is the grader's total.
/// </summary>
internal sealed class RunningTotal
{
    private readonly List<double> katas = [];

    /// <summary>What the reporter's sum holds after the scores handed out so far.</summary>
    public double Sum { get; private set; }

    /// <summary>
    /// The score of each of <paramref name="kata"/>'s result entries, in order: 0 where
    /// <paramref name="earns"/> is false, and shares of the kata's points where it is true.
    /// </summary>
    public IReadOnlyList<double> Scores(KataGrade kata, IReadOnlyList<bool> earns)
    {
        var before = katas.Sum();
        var earning = earns.Count(earning => earning);
        var after = ExactSum.Points(katas.Append(kata.Score).Sum());
        var scores = new List<double>(earns.Count);
        var seen = 0;
        foreach (var entry in earns)
        {
            if (!entry)
            {
                scores.Add(0);
                continue;
            }

            seen++;
            var target = seen == earning ? after : ExactSum.Points(before + ExactSum.Points(seen * kata.Score / earning));
            scores.Add(Add(target));
        }

        katas.Add(kata.Score);
        return scores;
    }

    /// <summary>The score that brings the sum to <paramref name="target"/>; the sum then is exactly that.</summary>
    public double Add(double target)
    {
        var score = ExactSum.Step(Sum, Math.Max(target, Sum));
        Sum += score;
        return score;
    }
}
