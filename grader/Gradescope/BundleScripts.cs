namespace NeuralKatas.Grader.Gradescope;

/// <summary>
/// The two scripts Gradescope's autograder specification asks for at the root of the bundle. The
/// root folder, /autograder on Gradescope, can be moved with NEURALKATAS_AUTOGRADER_ROOT, which is
/// how the project's tests run the very same scripts against a simulated layout.
/// </summary>
public static class BundleScripts
{
    /// <summary>The variable that moves /autograder (for tests).</summary>
    public const string RootVariable = "NEURALKATAS_AUTOGRADER_ROOT";

    /// <summary>
    /// setup.sh: run once, as root, when Gradescope builds the autograder image. It installs the .NET 10
    /// SDK with Microsoft's dotnet-install.sh (and bubblewrap, the sandbox the grader uses when it can)
    /// unless a .NET 10 SDK is there already, then builds the grader, so each submission only grades.
    /// The installing half cannot be tried here (no Gradescope image, no network beyond package
    /// registries); the project's tests run the building half.
    /// </summary>
    public const string Setup = """
        #!/usr/bin/env bash
        # Gradescope runs this once, as root, on its Ubuntu image when it builds the autograder.
        set -euo pipefail
        root="${NEURALKATAS_AUTOGRADER_ROOT:-/autograder}"
        export DOTNET_NOLOGO=true DOTNET_CLI_TELEMETRY_OPTOUT=true

        if ! command -v dotnet > /dev/null || ! dotnet --list-sdks | grep -q '^10\.'; then
          apt-get update
          apt-get install -y --no-install-recommends ca-certificates curl bubblewrap
          curl -sSL https://dot.net/v1/dotnet-install.sh -o /tmp/dotnet-install.sh
          bash /tmp/dotnet-install.sh --channel 10.0 --install-dir /usr/share/dotnet
          ln -sf /usr/share/dotnet/dotnet /usr/local/bin/dotnet
        fi

        cd "$root/source"
        dotnet build grader -c Release -p:Plotting=false
        """;

    /// <summary>
    /// run_autograder: run for every submission. It grades /autograder/submission with the bundle's own
    /// course and writes /autograder/results/results.json; if the grader cannot even start, it still
    /// writes a results file that says so, since Gradescope shows nothing without one.
    /// </summary>
    public static string RunAutograder(IReadOnlyList<string> hiddenTestFolders, string hiddenVisibility)
    {
        var tests = string.Concat(hiddenTestFolders.Select(folder => $" --tests {folder}"));
        return $$"""
            #!/usr/bin/env bash
            # Gradescope runs this for every submission, from /autograder.
            set -uo pipefail
            root="${NEURALKATAS_AUTOGRADER_ROOT:-/autograder}"
            export DOTNET_NOLOGO=true DOTNET_CLI_TELEMETRY_OPTOUT=true
            mkdir -p "$root/results"
            cd "$root/source"
            dotnet run --project grader -c Release --no-build -- gradescope run "$root/submission" --results "$root/results/results.json" --hidden-visibility {{hiddenVisibility}}{{tests}}
            status=$?
            if [ ! -s "$root/results/results.json" ]; then
              printf '{"score":0,"output":"The grader could not run (exit code %s). Please tell your instructor.","visibility":"visible","tests":[]}\n' "$status" > "$root/results/results.json"
            fi
            """;
    }
}
