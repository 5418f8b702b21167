using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace NeuralKatas.Grader.Compilation;

/// <summary>
/// The part of the C# gate that reads the operation tree of learner code: what the syntax does
/// not name but the compiled code calls (user-defined conversions and operators, implicit
/// constructors, index and range helpers, interpolated string handlers) and the type of every
/// value, implicit ones included.
/// </summary>
internal static class CSharpOperations
{
    /// <summary>The refusals in <paramref name="root"/> and everything below it.</summary>
    public static IEnumerable<(SyntaxNode Node, Refusal Refusal)> Refusals(IOperation root, CSharpSymbols symbols)
    {
        foreach (var operation in root.DescendantsAndSelf())
        {
            foreach (var refusal in Judge(operation, symbols).OfType<Refusal>())
            {
                yield return (operation.Syntax, refusal);
            }
        }
    }

    private static IEnumerable<Refusal?> Judge(IOperation operation, CSharpSymbols symbols)
    {
        yield return symbols.JudgeType(operation.Type);
        switch (operation)
        {
            case IInvocationOperation invocation:
                yield return symbols.Judge(invocation.TargetMethod);
                break;
            case IObjectCreationOperation creation:
                yield return symbols.Judge(creation.Constructor);
                break;
            case IMemberReferenceOperation reference:
                yield return symbols.Judge(reference.Member);
                break;
            case IConversionOperation conversion:
                yield return symbols.Judge(conversion.OperatorMethod);
                break;
            case IBinaryOperation binary:
                yield return symbols.Judge(binary.OperatorMethod);
                break;
            case IUnaryOperation unary:
                yield return symbols.Judge(unary.OperatorMethod);
                break;
            case ICompoundAssignmentOperation compound:
                yield return symbols.Judge(compound.OperatorMethod);
                break;
            case IIncrementOrDecrementOperation step:
                yield return symbols.Judge(step.OperatorMethod);
                break;
            case IRangeOperation range:
                yield return symbols.Judge(range.Method);
                break;
            case IImplicitIndexerReferenceOperation indexer:
                yield return symbols.Judge(indexer.IndexerSymbol);
                yield return symbols.Judge(indexer.LengthSymbol);
                break;
            case ITypeOfOperation typeOf:
                yield return symbols.JudgeType(typeOf.TypeOperand);
                break;
            case IDynamicInvocationOperation or IDynamicMemberReferenceOperation or IDynamicObjectCreationOperation or IDynamicIndexerAccessOperation:
                yield return Refusal.Feature(GateMessages.Dynamic);
                break;
            case ILockOperation:
                yield return Refusal.Feature(GateMessages.Lock);
                break;
            case IAwaitOperation:
                yield return Refusal.Feature(GateMessages.Async);
                break;
            case IAddressOfOperation or IFunctionPointerInvocationOperation:
                yield return Refusal.Feature(GateMessages.Pointer);
                break;
        }
    }
}
