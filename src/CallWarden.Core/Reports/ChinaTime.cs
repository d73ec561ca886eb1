namespace CallWarden.Core.Reports;

/// <summary>China Standard Time: UTC+8 all year (no daylight saving since 1991), so a fixed offset is exact.</summary>
internal static class ChinaTime
{
    public static readonly TimeSpan Offset = TimeSpan.FromHours(8);

    public static DateTimeOffset Now(TimeProvider time) => time.GetUtcNow().ToOffset(Offset);
}
