using CallWarden.Core.Cases;

namespace CallWarden.Web.Pages.Desk.Cases;

/// <summary>One case in the queue: its number as people write it (for a withheld caller: the line called), where it stands, its reports' categories, its deadline flag.</summary>
internal sealed record QueueRow(
    long Id,
    string Number,
    CaseState State,
    string? CarrierCode,
    bool Police,
    DateTimeOffset ReceivedAt,
    IReadOnlyList<string> Categories,
    int Reports,
    DeadlineFlag? Flag,
    bool CallerWithheld = false);
