namespace CallWarden.Web.Registry;

/// <summary>What an applicant gets back: the application's id and that it waits for an administrator.</summary>
internal sealed record BusinessApplicationReceipt(int Id, string State);
