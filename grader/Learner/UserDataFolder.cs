namespace NeuralKatas.Grader.Learner;

/// <summary>
/// The grader's folder for what it keeps about a learner between runs (hint counts, compiled
/// katas): the user's local application-data folder, outside every repository, or the folder
/// NEURALKATAS_HOME names (tests use it).
/// </summary>
public static class UserDataFolder
{
    /// <summary>The environment variable that moves the folder.</summary>
    public const string HomeVariable = "NEURALKATAS_HOME";

    /// <summary>The folder; it may not exist yet.</summary>
    public static string Path
    {
        get
        {
            var home = Environment.GetEnvironmentVariable(HomeVariable);
            return string.IsNullOrEmpty(home)
                ? System.IO.Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData, Environment.SpecialFolderOption.DoNotVerify), "NeuralKatas")
                : home;
        }
    }
}
