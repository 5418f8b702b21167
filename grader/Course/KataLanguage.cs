namespace NeuralKatas.Grader.Course;

/// <summary>The languages a kata can be solved in; the tests are C# either way.</summary>
public enum KataLanguage
{
    /// <summary>C#, the default.</summary>
    CSharp,

    /// <summary>F#, compiled to the same CLR surface the C# tests call.</summary>
    FSharp,
}
