using CallWarden.Core.Cases;
using CallWarden.Core.Reports;

namespace CallWarden.Web.Pages.MyReport;

/// <summary>How one report is going, in plain words for its reporter: what happened, the deadlines, the result.</summary>
internal sealed record ReportProgress(
    string Reference,
    string Number,
    ReportCategory Category,
    DateTimeOffset ReceivedAt,
    CaseState State,
    IReadOnlyList<ProgressStep> Steps,
    IReadOnlyList<ProgressDeadline> Deadlines,
    IReadOnlyList<string> Result);

/// <summary>One event of the case as its reporter reads it.</summary>
internal sealed record ProgressStep(DateTimeOffset At, string Text);

/// <summary>One deadline of the case: the step, the working day it is due by (working-day calendar), and whether it was met.</summary>
internal sealed record ProgressDeadline(string Step, DateOnly DueBy, string Status);
