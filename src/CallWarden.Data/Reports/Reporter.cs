namespace CallWarden.Data.Reports;

/// <summary>Someone who reports: known by a phone number when the channel gives one, else by the channel's identity.</summary>
public sealed class Reporter
{
    public long Id { get; set; }

    /// <summary>The E.164 text of the phone (<c>+8613912345678</c>) or the channel identity (<c>mail:ann@example.cn</c>).</summary>
    public required string Identity { get; set; }

    public long? Phone { get; set; }

    /// <summary>0..1, from the reporter's track record; weighs their reports (ADR-002).</summary>
    public double Trust { get; set; }

    public DateTimeOffset CreatedAt { get; set; }
}
