using System.CommandLine;
using NeuralKatas.Grader.Commands;

try
{
    return CommandLine.Build().Parse(args).Invoke(new InvocationConfiguration { EnableDefaultExceptionHandler = false });
}
catch (Exception error) when (error is InvalidDataException or DirectoryNotFoundException or FileNotFoundException)
{
    // A missing repository or a malformed manifest is the user's to fix: say what, without a stack trace.
    Console.Error.WriteLine(error.Message);
    return ExitCodes.UsageError;
}
