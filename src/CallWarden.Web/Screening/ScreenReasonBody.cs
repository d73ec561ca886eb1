namespace CallWarden.Web.Screening;

/// <summary>One reason in the screening answer.</summary>
internal sealed record ScreenReasonBody(string Rule, string Outcome, bool Decisive, string Text);
