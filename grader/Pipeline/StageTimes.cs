using System.Diagnostics;
using System.Globalization;

namespace NeuralKatas.Grader.Pipeline;

/// <summary>
/// Where one grade's time went, stage by stage, for the grade server's log line: a grade that took
/// twice its usual time says which stage took it, without a debugger. Stages of one name add up.
/// </summary>
public sealed class StageTimes
{
    private readonly List<(string Stage, TimeSpan Took)> stages = [];

    /// <summary>Runs <paramref name="work"/> and adds its time to <paramref name="stage"/>.</summary>
    public T Measure<T>(string stage, Func<T> work)
    {
        ArgumentNullException.ThrowIfNull(work);
        var clock = Stopwatch.StartNew();
        try
        {
            return work();
        }
        finally
        {
            Add(stage, clock.Elapsed);
        }
    }

    /// <summary>Runs <paramref name="work"/> and adds its time to <paramref name="stage"/>.</summary>
    public void Measure(string stage, Action work)
    {
        ArgumentNullException.ThrowIfNull(work);
        Measure(stage, () =>
        {
            work();
            return true;
        });
    }

    /// <summary>Adds <paramref name="took"/> to <paramref name="stage"/>.</summary>
    public void Add(string stage, TimeSpan took)
    {
        lock (stages)
        {
            var index = stages.FindIndex(s => s.Stage == stage);
            if (index < 0)
            {
                stages.Add((stage, took));
            }
            else
            {
                stages[index] = (stage, stages[index].Took + took);
            }
        }
    }

    /// <summary>"read 0.012, compile 0.210, run 0.190": seconds, in the order the stages first ran.</summary>
    public override string ToString()
    {
        lock (stages)
        {
            return string.Join(", ", stages.Select(s => $"{s.Stage} {s.Took.TotalSeconds.ToString("0.000", CultureInfo.InvariantCulture)}"));
        }
    }
}
