namespace CallWarden.Web.Pages.MyData;

/// <summary>One report as <c>/my-data</c> lists it.</summary>
internal sealed record MyReportRow(string Reference, string? Number, string TargetText, DateTimeOffset ReceivedAt, string Category, string Channel);
