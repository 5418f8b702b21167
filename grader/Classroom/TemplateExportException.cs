namespace NeuralKatas.Grader.Classroom;

/// <summary>The student template could not be exported; the message says why and what to do.</summary>
public sealed class TemplateExportException(string message) : Exception(message);
