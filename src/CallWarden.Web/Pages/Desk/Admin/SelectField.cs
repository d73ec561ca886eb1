namespace CallWarden.Web.Pages.Desk.Admin;

/// <summary>A labelled list to choose from on the admin pages (<c>_SelectField.cshtml</c>): its message beside it when model state has one.</summary>
internal sealed record SelectField(string Name, string Label, string? Hint, IReadOnlyList<(string Value, string Text)> Options, string? Selected);
