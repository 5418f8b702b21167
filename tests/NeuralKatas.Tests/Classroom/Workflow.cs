using YamlDotNet.RepresentationModel;

namespace NeuralKatas.Tests.Classroom;

/// <summary>A GitHub Actions workflow file read with a real YAML parser, and the few questions the tests ask of it.</summary>
public sealed class Workflow
{
    private Workflow(string path, YamlMappingNode root)
    {
        Path = path;
        Root = root;
    }

    /// <summary>The file it was read from.</summary>
    public string Path { get; }

    /// <summary>The document's top-level mapping.</summary>
    public YamlMappingNode Root { get; }

    /// <summary>The only job of the workflow.</summary>
    public YamlMappingNode Job
    {
        get
        {
            var jobs = (YamlMappingNode)Root["jobs"];
            Assert.That(jobs.Children, Has.Count.EqualTo(1), $"{Path} should have one job.");
            return (YamlMappingNode)jobs.Children.Single().Value;
        }
    }

    /// <summary>The steps of the only job, in order.</summary>
    public IReadOnlyList<Step> Steps => [.. ((YamlSequenceNode)Job["steps"]).Children.Cast<YamlMappingNode>().Select(step => new Step(step))];

    /// <summary>Reads <paramref name="path"/>.</summary>
    public static Workflow Read(string path)
    {
        var stream = new YamlStream();
        using (var reader = new StreamReader(path))
        {
            stream.Load(reader);
        }

        Assert.That(stream.Documents, Has.Count.EqualTo(1), $"{path} should hold one YAML document.");
        return new Workflow(path, (YamlMappingNode)stream.Documents[0].RootNode);
    }

    /// <summary>The scalar at <paramref name="key"/> of <paramref name="node"/>, or null.</summary>
    public static string? Scalar(YamlMappingNode node, string key) =>
        node.Children.TryGetValue(new YamlScalarNode(key), out var value) ? (value as YamlScalarNode)?.Value : null;

    /// <summary>The mapping at <paramref name="key"/> of <paramref name="node"/> as a dictionary of scalars (empty when absent).</summary>
    public static IReadOnlyDictionary<string, string> Map(YamlMappingNode node, string key) =>
        node.Children.TryGetValue(new YamlScalarNode(key), out var value) && value is YamlMappingNode map
            ? map.Children.ToDictionary(pair => ((YamlScalarNode)pair.Key).Value!, pair => (pair.Value as YamlScalarNode)?.Value ?? string.Empty)
            : new Dictionary<string, string>();

    /// <summary>One step of a job.</summary>
    /// <param name="Node">The step's mapping.</param>
    public sealed record Step(YamlMappingNode Node)
    {
        /// <summary>The step's id, or null.</summary>
        public string? Id => Scalar(Node, "id");

        /// <summary>The step's name, or null.</summary>
        public string? Name => Scalar(Node, "name");

        /// <summary>The shell script of a run step, or null for an action step.</summary>
        public string? Run => Scalar(Node, "run");

        /// <summary>The action of a uses step, or null for a run step.</summary>
        public string? Uses => Scalar(Node, "uses");

        /// <summary>The step's with: inputs.</summary>
        public IReadOnlyDictionary<string, string> With => Map(Node, "with");

        /// <summary>The step's env:.</summary>
        public IReadOnlyDictionary<string, string> Env => Map(Node, "env");
    }
}
