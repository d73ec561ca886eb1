namespace CallWarden.Data.Privacy;

/// <summary>The privacy settings (configuration section "Privacy", issue #10).</summary>
public sealed record PrivacyOptions
{
    public const string Section = "Privacy";

    /// <summary>A folder of further notice versions (<c>privacy-2027-06.zh-Hans.md</c> …) beside the shipped ones; none when empty.</summary>
    public string? NoticeFolder { get; init; }

    /// <summary>The retention policy file; empty for the shipped policy (<c>callwarden retention --dry-run</c> shows what it does).</summary>
    public string? RetentionFile { get; init; }

    /// <summary>How long an SMS <c>删除</c> / <c>DELETE</c> waits for its <c>确认删除</c> / <c>CONFIRM DELETE</c>.</summary>
    public TimeSpan ConfirmWithin { get; init; } = TimeSpan.FromMinutes(10);

    public IReadOnlyList<string> Validate()
    {
        List<string> problems = [];
        if (ConfirmWithin < TimeSpan.FromMinutes(1) || ConfirmWithin > TimeSpan.FromDays(1))
        {
            problems.Add($"{Section}:{nameof(ConfirmWithin)} must be between 00:01:00 and 1.00:00:00");
        }

        if (!string.IsNullOrWhiteSpace(NoticeFolder) && !Directory.Exists(NoticeFolder))
        {
            problems.Add($"{Section}:{nameof(NoticeFolder)} names no folder: {NoticeFolder}");
        }

        if (Privacy.RetentionFile.Read(RetentionFile).Problem is { } problem)
        {
            problems.Add($"{Section}:{nameof(RetentionFile)}: {problem}");
        }

        return problems;
    }
}
