namespace CallWarden.System.Tests.Components;

/// <summary>
/// A real component a system test needs. Under <c>CI=true</c> a missing one fails the test (CI must
/// have installed it); on a developer's machine the test is skipped with the command that installs it.
/// </summary>
internal static class RequiredTool
{
    public static string Find(string program, string debianPackages)
    {
        var found = (Environment.GetEnvironmentVariable("PATH") ?? string.Empty)
            .Split(':', StringSplitOptions.RemoveEmptyEntries)
            .Append("/usr/sbin")
            .Select(dir => Path.Combine(dir, program))
            .FirstOrDefault(File.Exists);
        if (found is not null)
        {
            return found;
        }

        var message = $"{program} is not installed: apt-get install -y --no-install-recommends {debianPackages}";
        if (string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase))
        {
            Assert.Fail(message);
        }

        Assert.Skip(message);
        return string.Empty;
    }
}
