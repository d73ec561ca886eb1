using CallWarden.Core.Privacy;

namespace CallWarden.Data.Privacy;

/// <summary>Reads the retention policy a deployment names (<c>Privacy:RetentionFile</c>, <c>--policy</c>); none is the shipped one.</summary>
public static class RetentionFile
{
    /// <summary>The policy, or the problem with the file naming the file, line and key.</summary>
    public static (RetentionPolicy? Policy, string? Problem) Read(string? path)
    {
        if (string.IsNullOrWhiteSpace(path))
        {
            return (RetentionPolicy.Shipped, null);
        }

        if (!File.Exists(path))
        {
            return (null, $"the retention policy file {path} does not exist");
        }

        return RetentionPolicy.TryParse(File.ReadAllText(path), out var policy, out var error)
            ? (policy, null)
            : (null, $"the retention policy file {path}, {error}");
    }
}
