using CallWarden.Core.Cases;
using CallWarden.Core.Localization;
using CallWarden.Core.Numbers;
using CallWarden.Core.Reports;
using CallWarden.Data;
using CallWarden.Data.Workflow;
using CallWarden.Web.Site;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace CallWarden.Web.Pages.MyReport;

/// <summary>
/// Tells a reporter how their report is going: the case as the workflow stores it (its audit events,
/// routing and carrier action, <see cref="CaseWorkflow.LoadAsync"/>), its deadlines from the working-day
/// calendar (<see cref="CaseDeadlines"/>), in the reader's language. A report is found only together
/// with the phone it was sent from; a wrong phone and a missing report are the same null.
/// </summary>
internal sealed class ReportProgressReader(
    IDbContextFactory<CallWardenDbContext> contexts, CaseWorkflow workflow, CaseDeadlines deadlines, TimeProvider time, IStringLocalizer<MyReportText> text)
{
    /// <summary>Merges chain rarely; a bound keeps a corrupt chain from looping.</summary>
    private const int MergeHops = 8;

    public async Task<ReportProgress?> ReadAsync(string reference, long phone, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var report = await db.Reports.AsNoTracking().Where(r => r.Reference == reference && r.Reporter!.Phone == phone)
            .Select(r => new { r.Reference, r.TargetText, r.CategoryCode, r.ReceivedAt, r.CaseId })
            .FirstOrDefaultAsync(cancellationToken);
        if (report is null || await workflow.LoadAsync(report.CaseId, cancellationToken) is not { } own)
        {
            return null;
        }

        // A merged case's history continues in the case it joined.
        var holder = own;
        for (var hop = 0; hop < MergeHops && holder is { State: CaseState.Merged, MergedInto: { } into }; hop++)
        {
            holder = await workflow.LoadAsync(into, cancellationToken) ?? holder;
        }

        var language = SiteLanguages.Current;
        var now = time.GetUtcNow();
        List<ProgressStep> steps = [new(report.ReceivedAt, text["StepReceived"])];
        foreach (var e in holder.Audit.Where(e => e.CaseId == holder.Id || e.CaseId == own.Id).OrderBy(e => e.At))
        {
            if (Describe(e, holder, language) is { } said)
            {
                steps.Add(new(e.At, said));
            }
        }

        return new ReportProgress(
            report.Reference,
            report.TargetText,
            ReportCategoryExtensions.TryParseCode(report.CategoryCode, out var category) ? category : ReportCategory.Other,
            report.ReceivedAt,
            own.State == CaseState.Merged ? holder.State : own.State,
            [.. steps.OrderBy(s => s.At)],
            [.. deadlines.For(holder).Select(d => Deadline(d, now, language))],
            Result(holder, now, language));
    }

    private string? Describe(AuditEvent e, Case c, DisplayLanguage language) => e.Action switch
    {
        CaseAction.Verified => text["StepVerified"],
        CaseAction.Rejected => text["StepRejected"],
        CaseAction.Forwarded => text[c.Routing?.Police == true ? "StepForwardedPolice" : "StepForwarded", Carrier(c, language)],
        CaseAction.ActionRecorded when c.Action is { } action => Action(action, c, language),
        CaseAction.Closed => text["StepClosed"],
        CaseAction.MergedInto => text["StepMerged"],
        CaseAction.Disputed => text["StepDisputed"],
        CaseAction.DisputeUpheld => text["StepDisputeUpheld"],
        CaseAction.DisputeDismissed => text["StepDisputeDismissed"],

        // Opened is the report's own receipt above; another case absorbed and a look at reporters' numbers are not the reporter's news.
        _ => null,
    };

    private string Action(CarrierAction action, Case c, DisplayLanguage language)
    {
        var carrier = Carrier(c, language);
        return action.Kind switch
        {
            CarrierActionKind.Warning => text["StepWarning", carrier],
            CarrierActionKind.RestrictOutbound when action.EndsAt is { } ends =>
                text["StepRestrict", carrier, (int)Math.Round((ends - action.TakenAt).TotalDays), SiteFormat.Date(ends, language)],
            CarrierActionKind.RestrictOutbound or CarrierActionKind.SuspendOutbound => text["StepSuspend", carrier],
            CarrierActionKind.RestrictOutboundSms when action.EndsAt is { } ends =>
                text["StepRestrictSms", carrier, (int)Math.Round((ends - action.TakenAt).TotalDays), SiteFormat.Date(ends, language)],
            CarrierActionKind.ReclaimNumber => text["StepReclaim", carrier],
            _ => text["StepNoViolation", carrier],
        };
    }

    private List<string> Result(Case c, DateTimeOffset now, DisplayLanguage language)
    {
        if (c.Action is { } action)
        {
            List<string> result = [Action(action, c, language)];
            if (action.LiftedAt is { } lifted && lifted <= now)
            {
                result.Add(text["ResultLifted", SiteFormat.Date(lifted, language)]);
            }
            else if (action.EndsAt is { } ends && ends <= now)
            {
                result.Add(text["ResultEnded", SiteFormat.Date(ends, language)]);
            }

            return result;
        }

        return [c.State == CaseState.Rejected ? text["ResultRejected"] : text["ResultNone"]];
    }

    private ProgressDeadline Deadline(Deadline d, DateTimeOffset now, DisplayLanguage language)
    {
        var step = d.Kind switch
        {
            DeadlineKind.Forward => text["DeadlineForward"],
            DeadlineKind.Act => text["DeadlineAct"],
            _ => text["DeadlineTell"],
        };
        var status = d.MetAt is { } met
            ? text[d.WasMetOnTime ? "DeadlineMet" : "DeadlineMetLate", SiteFormat.Date(met, language)]
            : text[d.IsOverdueAt(now) ? "DeadlineOverdue" : "DeadlinePending"];
        return new ProgressDeadline(step, deadlines.Calendar.LastWorkingDayBefore(d.Due), status);
    }

    private string Carrier(Case c, DisplayLanguage language) =>
        c.Routing is { } routing && routing.Carrier.DisplayName(language) is { Length: > 0 } name ? name : text["CarrierUnknown"];
}
