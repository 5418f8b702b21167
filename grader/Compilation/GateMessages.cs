namespace NeuralKatas.Grader.Compilation;

/// <summary>The compile gate's words for what it refuses that is not an API (see allow-list.json for those).</summary>
public static class GateMessages
{
    public const string Unsafe = "Unsafe code is not allowed in kata code: a kata needs no pointers, only the Matrix it is given.";
    public const string Pointer = "Pointers are not allowed in kata code: use arrays or the Matrix you are given.";
    public const string FunctionPointer = "Function pointers are not allowed in kata code: pass a Func or a lambda.";
    public const string Extern = "extern methods (native code) are not allowed in kata code: a kata is plain managed code.";
    public const string Dynamic = "dynamic is not allowed in kata code: it binds at run time through reflection; use the real type, such as Matrix or double.";
    public const string Async = "async and await are not allowed in kata code: a kata computes on the test's own thread and returns its answer.";
    public const string Lock = "lock is not allowed in kata code: a kata computes on one thread and needs no locks.";
    public const string Volatile = "volatile is not allowed in kata code: a kata computes on one thread.";
    public const string Finalizer = "Finalizers (~Type) are not allowed in kata code: they run on the runtime's own thread, outside any test.";
    public const string ArgList = "__arglist, __makeref, __reftype and __refvalue are not allowed in kata code: pass ordinary parameters.";
    public const string Attribute = "Attributes are not allowed in kata code: an attribute can make code run without being called (a module initializer, a test framework's hooks); remove it.";

    /// <summary>An attribute the allow-list does not name.</summary>
    public static string AttributeNamed(string name) => $"The attribute {name} is not allowed in kata code: an attribute can make code run without being called (a module initializer, a test framework's hooks); remove it.";

    /// <summary>A type outside the kata's namespace.</summary>
    public static string Namespace(string type, string space) =>
        $"The type {type} is declared in {(space.Length == 0 ? "no namespace" : "namespace " + space)}: kata code declares its types in namespace {LearnerBoundary.LearnerNamespace} only, where the tests look for them.";

    /// <summary>A type named like one of the course's own.</summary>
    public static string Reserved(string type) =>
        $"A type named {type} is not allowed in kata code: the given library or the tests already have a {type}; use theirs, or give yours another name.";
}
