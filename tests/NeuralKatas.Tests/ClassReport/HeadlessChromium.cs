using System.Diagnostics;

namespace NeuralKatas.Tests.ClassReport;

/// <summary>
/// Debian's chromium, headless, with nothing of its own going to the network and a fresh profile
/// each run. --no-sandbox because the tests run as root in CI, where chromium's sandbox refuses to start.
/// </summary>
public static class HeadlessChromium
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(90);

    /// <summary>The browser's path, or null when it is not installed (.ci/run installs it).</summary>
    public static string? Path { get; } = new[] { "/usr/bin/chromium", "/usr/bin/chromium-browser" }.FirstOrDefault(File.Exists);

    /// <summary>The page's DOM once its scripts have run.</summary>
    public static string DumpDom(string page) => Run(page, "--dump-dom").Output;

    /// <summary>Saves a screenshot of the page's top 1280 × 2000 pixels at <paramref name="png"/>; returns chromium's log.</summary>
    public static string Screenshot(string page, string png) => Run(page, $"--screenshot={png}", "--window-size=1280,2000").Error;

    private static (string Output, string Error) Run(string page, params string[] arguments)
    {
        var profile = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "nk-chromium-" + Guid.NewGuid().ToString("N"));
        var start = new ProcessStartInfo(Path ?? throw new InvalidOperationException("chromium is not installed: apt-get install -y chromium (.ci/run does)."))
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[] { "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync", $"--user-data-dir={profile}" }.Concat(arguments))
        {
            start.ArgumentList.Add(argument);
        }

        start.ArgumentList.Add(new Uri(page).AbsoluteUri);
        try
        {
            using var process = Process.Start(start)!;
            var output = process.StandardOutput.ReadToEndAsync();
            var error = process.StandardError.ReadToEndAsync();
            if (!process.WaitForExit(Timeout))
            {
                process.Kill(entireProcessTree: true);
                Assert.Fail($"chromium did not finish within {Timeout.TotalSeconds} s.");
            }

            return (output.Result, error.Result);
        }
        finally
        {
            if (Directory.Exists(profile))
            {
                Directory.Delete(profile, recursive: true);
            }
        }
    }
}
