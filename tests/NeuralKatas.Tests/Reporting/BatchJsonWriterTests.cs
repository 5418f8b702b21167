using System.Text.Json;
using NeuralKatas.Grader.Reporting;

namespace NeuralKatas.Tests.Reporting;

[TestFixture]
public sealed class BatchJsonWriterTests
{
    [Test]
    public void Grades_json_lists_students_sorted_by_name_whatever_order_they_were_graded_in()
    {
        var json = Rendered.Text(output => new BatchJsonWriter().Write(SampleReports.Batch, output));

        using var document = JsonDocument.Parse(json);
        var names = document.RootElement.GetProperty("students").EnumerateArray().Select(s => s.GetProperty("submission").GetString());
        Assert.That(names, Is.EqualTo(new[] { "ada", "grace", "katas", "mallory.zip", "O'Brien, \"Zoë\" <z>" }));
    }

    [Test]
    public void Each_student_has_the_shape_of_the_single_json_report()
    {
        var single = Rendered.Text(new JsonReportWriter(includeDurations: false), SampleReports.Mixed);
        var batch = Rendered.Text(output => new BatchJsonWriter(includeDurations: false).Write([SampleReports.Mixed], output));

        using var singleDocument = JsonDocument.Parse(single);
        using var batchDocument = JsonDocument.Parse(batch);
        var student = batchDocument.RootElement.GetProperty("students")[0];
        var expected = singleDocument.RootElement.EnumerateObject().Where(p => p.Name != "schema_version").ToList();
        Assert.Multiple(() =>
        {
            Assert.That(batchDocument.RootElement.GetProperty("schema_version").GetInt32(), Is.EqualTo(1));
            Assert.That(student.EnumerateObject().Select(p => p.Name), Is.EqualTo(expected.Select(p => p.Name)));
            Assert.That(expected.All(p => JsonElement.DeepEquals(p.Value, student.GetProperty(p.Name))), Is.True);
        });
    }
}
