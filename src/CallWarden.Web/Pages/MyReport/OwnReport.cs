namespace CallWarden.Web.Pages.MyReport;

/// <summary>One report of the signed-in phone, for the list on My report.</summary>
internal sealed record OwnReport(string Reference, string Number, DateTimeOffset ReceivedAt);
