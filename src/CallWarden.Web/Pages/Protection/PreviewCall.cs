using CallWarden.Core.Screening;

namespace CallWarden.Web.Pages.Protection;

/// <summary>One past call in the dry run: what it got under the stored rules and what it would get, and why.</summary>
/// <param name="Caller">As the network presented it; null when the number was withheld.</param>
internal sealed record PreviewCall(DateTimeOffset At, string? Caller, Disposition Now, Disposition Then, IReadOnlyList<PreviewReason> Reasons);
