namespace CallWarden.Web.Pages.Desk.Cases;

/// <summary>What the <c>_NoteField</c> partial draws: the note of the <paramref name="Action"/> form, with the value it came back with.</summary>
internal sealed record NoteField(string Action, string? Value, string? Label = null, string Name = "note");
