using System.Buffers;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace NeuralKatas.Grader.Reporting.Internal;

/// <summary>Writes one JSON document byte-stably: 2-space indentation, LF line endings, a trailing newline.</summary>
internal static class JsonOutput
{
    private static readonly JsonWriterOptions Options = new()
    {
        Indented = true,
        IndentSize = 2,
        NewLine = "\n",

        // The default encoder escapes every non-ASCII character and HTML's <, > and quotes, so a
        // teaching message such as "σ′(z) < 0.25" would read as \u03C3\u2032(z) \u003C 0.25.
        // These files are read by tools and people, never pasted into HTML, so the relaxed encoder
        // is safe here; it still escapes control characters.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>Writes the document <paramref name="write"/> produces to <paramref name="output"/>, then a newline.</summary>
    public static void Write(TextWriter output, Action<Utf8JsonWriter> write)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var json = new Utf8JsonWriter(buffer, Options))
        {
            write(json);
        }

        output.Write(Encoding.UTF8.GetString(buffer.WrittenSpan));
        output.Write('\n');
    }

    /// <summary>Writes a points value, rounded to 4 decimals.</summary>
    public static void WritePoints(this Utf8JsonWriter json, string name, double value) =>
        json.WriteNumber(name, Numbers.Points(value));

    /// <summary>Writes a string property only when it has a value: the schema omits nulls rather than writing them.</summary>
    public static void WriteOptional(this Utf8JsonWriter json, string name, string? value)
    {
        if (!string.IsNullOrEmpty(value))
        {
            json.WriteString(name, value);
        }
    }
}
