using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace NeuralKatas.Grader.ClassReport;

/// <summary>
/// Reduces C# to what survives a disguise: Roslyn's tokens with trivia (comments, white space,
/// line breaks) dropped, every identifier one placeholder (so renaming changes nothing) and every
/// literal only its kind (so 0.5 and 1e-3 read alike). The tokens are cut per member, so the
/// order of members does not matter once each member is fingerprinted on its own.
/// </summary>
internal static class CSharpTokens
{
    /// <summary>The members of <paramref name="source"/>, each with its normalised tokens.</summary>
    public static IReadOnlyList<MemberTokens> Members(LearnerSource source)
    {
        var root = CSharpSyntaxTree.ParseText(source.Text).GetRoot();
        var members = new List<MemberTokens>();
        Collect(root, source.File, members);
        return members;
    }

    private static void Collect(SyntaxNode node, string file, List<MemberTokens> members)
    {
        // Types and namespaces only hold members; their own headers are shared with the stub anyway.
        foreach (var child in node.ChildNodes())
        {
            if (child is BaseNamespaceDeclarationSyntax or BaseTypeDeclarationSyntax)
            {
                Collect(child, file, members);
            }
            else if (child is MemberDeclarationSyntax or StatementSyntax)
            {
                members.Add(new MemberTokens(file, [.. child.DescendantTokens().Select(Normalise)]));
            }
        }
    }

    private static NormalisedToken Normalise(SyntaxToken token)
    {
        var kind = token.Kind() switch
        {
            SyntaxKind.IdentifierToken => SyntaxKind.IdentifierToken,
            SyntaxKind.InterpolatedStringTextToken => SyntaxKind.StringLiteralToken,
            var other => other,
        };
        return new NormalisedToken((int)kind, token.GetLocation().GetLineSpan().StartLinePosition.Line + 1);
    }
}
