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
    // Learner code for these katas nests a dozen brackets deep. Hostile files nest far deeper to
    // overflow the stack of whatever walks their syntax tree, and a stack overflow cannot be caught,
    // so such a file is not parsed at all (it counts as too short to compare).
    private const int MaxNesting = 200;

    /// <summary>The members of <paramref name="source"/>, each with its normalised tokens; none for a file nested too deeply to parse safely.</summary>
    public static IReadOnlyList<MemberTokens> Members(LearnerSource source)
    {
        if (NestsDeeperThan(source.Text, MaxNesting))
        {
            return [];
        }

        var root = CSharpSyntaxTree.ParseText(source.Text).GetRoot();
        var members = new List<MemberTokens>();
        Collect(root, source.File, members);
        return members;
    }

    // Counts brackets over the lexer's tokens (flat, no tree, so no deep recursion), not raw text,
    // so brackets inside strings and comments can neither hide nor fake depth.
    private static bool NestsDeeperThan(string text, int limit)
    {
        var depth = 0;
        foreach (var token in SyntaxFactory.ParseTokens(text))
        {
            // Never below 0: closing brackets with no opening ones must not buy depth for later ones.
            depth = Math.Max(0, depth + token.Kind() switch
            {
                SyntaxKind.OpenParenToken or SyntaxKind.OpenBracketToken or SyntaxKind.OpenBraceToken => 1,
                SyntaxKind.CloseParenToken or SyntaxKind.CloseBracketToken or SyntaxKind.CloseBraceToken => -1,
                _ => 0,
            });
            if (depth > limit)
            {
                return true;
            }
        }

        return false;
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
