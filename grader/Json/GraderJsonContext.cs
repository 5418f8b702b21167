using System.Text.Json.Serialization;
using NeuralKatas.Grader.Compilation;
using NeuralKatas.Grader.CompileServer;
using NeuralKatas.Grader.Course;
using NeuralKatas.Grader.Execution;
using NeuralKatas.Grader.Scoring;
using NeuralKatas.Grader.Server;

namespace NeuralKatas.Grader.Json;

/// <summary>
/// The metadata of every type the grader reads or writes as JSON, generated when the grader is
/// built. Without it, System.Text.Json builds that metadata at run time with Reflection.Emit,
/// which cost tens of milliseconds in every short-lived grader process: a learner's command, a
/// worker, a compile server, a grade server's client (docs/performance.md). Metadata only: the
/// generated fast path wrote a null byte array as an empty string, which made a kata that did not
/// compile look compiled.
/// </summary>
[JsonSourceGenerationOptions(GenerationMode = JsonSourceGenerationMode.Metadata)]
[JsonSerializable(typeof(Manifest))]
[JsonSerializable(typeof(CompileServerSetup))]
[JsonSerializable(typeof(CompileRequest))]
[JsonSerializable(typeof(CompileResponse))]
[JsonSerializable(typeof(WorkerRequest))]
[JsonSerializable(typeof(WorkerReport))]
[JsonSerializable(typeof(KataGrade))]
[JsonSerializable(typeof(AllowListDocument))]
[JsonSerializable(typeof(GradeRequest))]
[JsonSerializable(typeof(GradeResponse))]
[JsonSerializable(typeof(Dictionary<string, int>))]
internal sealed partial class GraderJsonContext : JsonSerializerContext;
