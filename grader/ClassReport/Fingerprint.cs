namespace NeuralKatas.Grader.ClassReport;

/// <summary>One fingerprint winnowing kept: the hash of a k-gram of tokens, and where that k-gram is.</summary>
/// <param name="Hash">The k-gram's hash.</param>
/// <param name="Member">Which member of the submission's kata (an index into its members).</param>
/// <param name="FirstLine">The line of the k-gram's first token.</param>
/// <param name="LastLine">The line of its last token.</param>
internal readonly record struct Fingerprint(ulong Hash, int Member, int FirstLine, int LastLine);
