using CallWarden.Core.Registry;

namespace CallWarden.Core.Reports;

/// <summary>A message that starts like a keyword command: the command, or why it cannot be carried out; <see cref="Categories"/> for <c>TD 贷款</c>.</summary>
internal sealed record KeywordMatch(SmsCommandKind Kind, string? Reference, SmsRefusalReason? Problem, MarketingCategories Categories = MarketingCategories.None);
