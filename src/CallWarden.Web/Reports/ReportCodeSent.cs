namespace CallWarden.Web.Reports;

/// <summary>
/// A code went to <see cref="SentTo"/> (masked), whatever the reference: the answer tells nobody whether the
/// report exists or came from that phone. <see cref="DemoCode"/> only in a demonstration without an SMS gateway.
/// </summary>
internal sealed record ReportCodeSent(
    string SentTo,
    DateTimeOffset ExpiresAt,
    [property: System.Text.Json.Serialization.JsonIgnore(Condition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull)] string? DemoCode = null);
