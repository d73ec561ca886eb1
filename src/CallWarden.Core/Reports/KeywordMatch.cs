namespace CallWarden.Core.Reports;

/// <summary>A message that starts like a keyword command: the command, or why it cannot be carried out.</summary>
internal sealed record KeywordMatch(SmsCommandKind Kind, string? Reference, SmsRefusalReason? Problem);
