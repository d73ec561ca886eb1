namespace CallWarden.Web.Pages.Desk.Cases;

/// <summary>One page of the queue and the count of every case matching the filter.</summary>
internal sealed record QueuePage(IReadOnlyList<QueueRow> Rows, int Total, int Page, int Pages);
