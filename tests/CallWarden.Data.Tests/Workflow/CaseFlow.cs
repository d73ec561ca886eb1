using CallWarden.Core.Cases;
using CallWarden.Core.Numbers;
using CallWarden.Data.Intake;
using CallWarden.Data.Tests.Intake;
using CallWarden.Data.Tests.Storage;
using Microsoft.EntityFrameworkCore;

namespace CallWarden.Data.Tests.Workflow;

/// <summary>Actors and a way to get cases through intake, as production does.</summary>
internal static class CaseFlow
{
    public static readonly Actor Analyst = new("analyst-7", ActorRole.Analyst);
    public static readonly Actor MobileOperator = new("cmcc-3", ActorRole.CarrierOperator, Carrier.ChinaMobile);

    public static async Task<long> ReportAsync(TestStore store, int n, string target = Submissions.Target)
    {
        await using var intake = new ReportIntake(store.Contexts, store.Time);
        var result = await intake.SubmitAsync(Submissions.Api(store.Time.GetUtcNow(), n, target), TestContext.Current.CancellationToken);
        return result.Receipt!.CaseId;
    }

    /// <summary>Sets a case's state behind the workflow's back: only to stage a second open case of one number.</summary>
    public static async Task SetStateAsync(TestStore store, long caseId, CaseState state)
    {
        await using var db = store.Open();
        var c = await db.Cases.SingleAsync(c => c.Id == caseId, TestContext.Current.CancellationToken);
        c.State = state;
        await db.SaveChangesAsync(TestContext.Current.CancellationToken);
    }
}
