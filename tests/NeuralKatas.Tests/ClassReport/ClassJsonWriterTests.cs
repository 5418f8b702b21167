using NeuralKatas.Grader.ClassReport;
using NeuralKatas.Tests.Reporting;

namespace NeuralKatas.Tests.ClassReport;

/// <summary>class.json follows its documented schema and is byte-stable.</summary>
[TestFixture]
public sealed class ClassJsonWriterTests
{
    private static string Json()
    {
        var students = SampleClass.Everyone();
        var similarity = new SimilarityCheck(SimilarityOptions.Default).Run(students, SampleClass.AllKatas, ClassSources.Stubs(RepositoryRoot.Course, SampleClass.AllKatas));
        var summary = ClassStatistics.Compute([.. students.Select(s => s.Report)], SampleClass.AllKatas, similarity);
        return Rendered.Text(output => new ClassJsonWriter().Write(summary, output));
    }

    private static IEnumerable<string?> Pairs(string json)
    {
        using var document = System.Text.Json.JsonDocument.Parse(json);
        return [.. document.RootElement.GetProperty("similarity").GetProperty("pairs").EnumerateArray().Select(p => p.GetProperty("kata").GetString())];
    }

    [Test]
    public void Every_property_class_json_writes_is_declared_in_its_schema()
    {
        using var schema = JsonSchemaNames.Schema("class.schema.json");

        var used = JsonSchemaNames.Used(Json());

        Assert.That(used, Is.SubsetOf(JsonSchemaNames.Declared(schema.RootElement)));
    }

    [Test]
    public void The_schema_lists_every_flag_a_student_can_carry()
    {
        using var schema = JsonSchemaNames.Schema("class.schema.json");

        var flags = schema.RootElement.GetProperty("properties").GetProperty("students").GetProperty("items").GetProperty("properties").GetProperty("flags");

        Assert.That(JsonSchemaNames.EnumValues(flags), Is.EquivalentTo(StudentFlags.All));
    }

    [Test]
    public void Class_json_is_byte_stable_lf_only_with_no_nulls_and_lists_the_planted_pairs()
    {
        var first = Json();

        Assert.Multiple(() =>
        {
            Assert.That(Json(), Is.EqualTo(first));
            Assert.That(first, Does.EndWith("}\n").And.Not.Contain("\r").And.Not.Contain("null"));
            Assert.That(Pairs(first), Is.EquivalentTo(new[] { "04-backprop", "05-train" }));
        });
    }
}
