using FSharp.Compiler.CodeAnalysis;
using FSharp.Compiler.Diagnostics;
using Microsoft.FSharp.Collections;
using Microsoft.FSharp.Control;
using Microsoft.FSharp.Core;

namespace NeuralKatas.Grader.Compilation;

/// <summary>
/// Compiles a learner's F# files to a library in process with FSharp.Compiler.Service: the
/// same compiler `dotnet build` runs, without MSBuild. The files are type-checked first and every
/// symbol they use goes through the compile gate (<see cref="FSharpGate"/>); only code that passes
/// is compiled. The compiler reads sources and references from disk, so each compile gets a
/// private folder; diagnostics are mapped back to the learner's own file names. The checker is
/// slow to warm up (seconds) and then quick, so one is shared.
/// </summary>
public static class FSharpCompiler
{
    private static readonly Lazy<FSharpChecker> Checker = new(() =>
        FSharpChecker.Create(null, null, null, null, null, null, null, null, null, null, null, null, null, null));

    // FSharpChecker.Compile is not documented as safe to call from several threads at once.
    private static readonly Lock Gate = new();

    /// <summary>The library image, or the errors (the compiler's and the gate's) that stopped it.</summary>
    /// <param name="assemblyName">The assembly's name.</param>
    /// <param name="sources">The F# files, in compilation order.</param>
    /// <param name="references">Assemblies to reference, as (file name, image) pairs.</param>
    /// <param name="boundary">What the learner's code may use.</param>
    public static (byte[]? Image, IReadOnlyList<CompileDiagnostic> Errors) Compile(
        string assemblyName, IReadOnlyList<SourceFile> sources, IReadOnlyList<(string FileName, byte[] Image)> references, LearnerBoundary boundary)
    {
        var folder = Directory.CreateTempSubdirectory("neuralkatas-fsc-");
        try
        {
            var displayNames = new Dictionary<string, string>(StringComparer.Ordinal);
            var sourcePaths = sources.Select((source, index) =>
            {
                // Under its display path, so the embedded PDB's file names end in katas/<kata>/...: the
                // worker finds the learner's frames in stack traces by that suffix.
                var inside = Path.IsPathRooted(source.DisplayPath) || source.DisplayPath.Contains("..", StringComparison.Ordinal)
                    ? Path.GetFileName(source.DisplayPath)
                    : source.DisplayPath;
                var path = Path.Combine(folder.FullName, $"{index:00}", inside);
                Directory.CreateDirectory(Path.GetDirectoryName(path)!);
                File.WriteAllText(path, source.Text);
                displayNames[path] = source.DisplayPath;
                return path;
            }).ToList();
            var referencePaths = references.Select(reference =>
            {
                var path = Path.Combine(folder.FullName, reference.FileName);
                File.WriteAllBytes(path, reference.Image);
                return path;
            }).ToList();
            var output = Path.Combine(folder.FullName, assemblyName + ".dll");
            string Display(string path) => displayNames.GetValueOrDefault(path, Path.GetFileName(path));

            string[] options =
            [
                "-o:" + output, "--target:library", "--noframework", "--targetprofile:netcore",
                "--optimize+", "--deterministic+", "--debug:embedded", "--nowin32manifest", "--nologo", "--warn:3",

                // Unverifiable code (FS0009), inline IL meant for FSharp.Core only (FS0042) and
                // native pointers (FS0051) are warnings by default: in kata code they are errors.
                "--warnaserror+:9,42,51",
                .. ReferenceAssemblies.Paths.Append(typeof(FSharpOption<>).Assembly.Location).Concat(referencePaths).Select(path => "-r:" + path),
            ];

            lock (Gate)
            {
                var refused = Check(Path.Combine(folder.FullName, assemblyName + ".fsproj"), [.. sourcePaths], options, assemblyName, boundary, Display);
                if (refused.Count > 0)
                {
                    return (null, refused);
                }

                var result = FSharpAsync.RunSynchronously(Checker.Value.Compile(["fsc.exe", .. options, .. sourcePaths], null), null, null);
                var errors = Errors(result.Item1, Display);

                // The compiler also raises when it stops on errors; its exception only adds news when there are none.
                if (result.Item2 is { } failure && errors.Count == 0)
                {
                    errors.Add(new CompileDiagnostic("(F# compiler)", 0, 0, "FS0000", failure.Value.Message));
                }

                return errors.Count == 0 && File.Exists(output) ? (File.ReadAllBytes(output), []) : (null, errors);
            }
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    // Type-checks the files as a project and runs the gate over their symbol uses; the checker's
    // own errors come back as they are, since a gate over code that does not check would guess.
    private static List<CompileDiagnostic> Check(
        string projectFile, string[] sourcePaths, string[] options, string assemblyName, LearnerBoundary boundary, Func<string, string> display)
    {
        var project = new FSharpProjectOptions(
            projectFile, null, sourcePaths, options, [], false, false, DateTime.MaxValue, null, FSharpList<Tuple<FSharp.Compiler.Text.Range, string, string>>.Empty, null);
        var results = FSharpAsync.RunSynchronously(Checker.Value.ParseAndCheckProject(project, null), null, null);
        var errors = Errors(results.Diagnostics, display);
        return errors.Count > 0 ? errors : [.. FSharpGate.Check(results, assemblyName, boundary, display)];
    }

    private static List<CompileDiagnostic> Errors(IEnumerable<FSharpDiagnostic> diagnostics, Func<string, string> display) =>
        diagnostics
            .Where(d => d.Severity == FSharpDiagnosticSeverity.Error)
            .Select(d => new CompileDiagnostic(
                display(d.FileName),
                d.StartLine,
                d.StartColumn + 1,
                d.ErrorNumberText,
                string.Join(' ', d.Message.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))))
            .Distinct()
            .ToList();
}
