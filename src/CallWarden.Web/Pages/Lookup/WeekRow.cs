namespace CallWarden.Web.Pages.Lookup;

/// <summary>One row of the reports-per-week table: the week's Monday as the reader writes dates, and its count.</summary>
internal sealed record WeekRow(string Week, int Count, string CountText);
