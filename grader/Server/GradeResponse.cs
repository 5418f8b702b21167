using NeuralKatas.Grader.Scoring;

namespace NeuralKatas.Grader.Server;

/// <summary>A grade server's answer: the report, or why there is none (the client then grades the submission itself).</summary>
/// <param name="Id">The request's id.</param>
/// <param name="Report">The report, exactly as grading in the client would have made it.</param>
/// <param name="Error">Why the server did not grade the request; null with a report.</param>
public sealed record GradeResponse(string Id, GradeReport? Report, string? Error);
