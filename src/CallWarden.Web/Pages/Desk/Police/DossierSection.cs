namespace CallWarden.Web.Pages.Desk.Police;

/// <summary>One section of the dossier's cover sheet: a heading, paragraphs, and a table (none when it has no rows).</summary>
internal sealed record DossierSection(string Heading, IReadOnlyList<string> Paragraphs, IReadOnlyList<string> Headers, IReadOnlyList<string[]> Rows);
