using NeuralKatas.Grader.Compilation;

namespace NeuralKatas.Grader.Execution;

/// <summary>
/// NUnit runs and reports tests alphabetically; people read them in the order they were
/// written, which is also the order a kata's tests teach in. This puts results back in it.
/// </summary>
public static class SourceOrder
{
    /// <summary>Sorts by file, then line; test cases of one method keep NUnit's order among themselves.</summary>
    public static IReadOnlyList<TestOutcome> Sort(IEnumerable<TestOutcome> outcomes, IReadOnlyList<TestLocation> locations)
    {
        var files = locations.Select(l => l.File).Distinct().ToList();
        var places = locations
            .GroupBy(l => (l.ClassName, l.MethodName))
            .ToDictionary(g => g.Key, g => g.First());
        return outcomes
            .Select((outcome, index) => (outcome, index, place: places.GetValueOrDefault((outcome.ClassName, outcome.MethodName))))
            .OrderBy(x => x.place is null ? int.MaxValue : files.IndexOf(x.place.File))
            .ThenBy(x => x.place?.Line ?? int.MaxValue)
            .ThenBy(x => x.index)
            .Select(x => x.outcome)
            .ToList();
    }
}
