namespace CallWarden.Web.Pages.Desk.Registry;

/// <summary>One business's row of the complaints desk.</summary>
internal sealed record BusinessComplaints(int Business, string Name, int Last30Days, int Total, DateTimeOffset Latest);
