using CallWarden.Core.Cases;
using CallWarden.Core.Reputation;
using CallWarden.Data.Cases;
using CallWarden.Data.Intake;
using CallWarden.Data.Reports;
using CallWarden.Data.Reputation;

namespace CallWarden.Web.Tests.Numbers;

/// <summary>Puts what the lookup page reads straight into the store: reputation, reports at chosen times, carrier actions.</summary>
internal static class LookupStore
{
    public static async Task ReputationAsync(TestApi api, long number, ReputationState state, string? category, int reporters, DateTimeOffset? lastReport = null)
    {
        await using var db = api.Open();
        var existing = await db.Reputations.FindAsync(number);
        var row = existing ?? new NumberReputationRecord { Number = number };
        row.State = state;
        row.TopCategory = category;
        row.DistinctReporters = reporters;
        row.Score = state == ReputationState.Labelled ? 87 : 40;
        row.LastReportAt = lastReport;
        if (existing is null)
        {
            db.Reputations.Add(row);
        }

        await db.SaveChangesAsync();
    }

    /// <summary>Reports against <paramref name="number"/> received at each of <paramref name="times"/>, from one reporter.</summary>
    public static async Task ReportsAsync(TestApi api, long number, params DateTimeOffset[] times)
    {
        await using var db = api.Open();
        var reporter = new Reporter { Identity = $"test:{Guid.NewGuid():N}", Trust = 0.5, CreatedAt = TestApi.Start };
        db.Reporters.Add(reporter);
        await db.SaveChangesAsync();
        foreach (var at in times)
        {
            var key = Guid.NewGuid().ToString("N");
            db.Reports.Add(new ReportRecord
            {
                Reference = "T" + key[..12],
                Channel = IntakeChannel.Web,
                ReporterId = reporter.Id,
                Target = number,
                TargetText = number.ToString(System.Globalization.CultureInfo.InvariantCulture),
                CategoryCode = "harassment",
                ReceivedAt = at,
                RawPayload = "{}",
                IdempotencyKey = key,
                CaseId = 1,
            });
        }

        await db.SaveChangesAsync();
    }

    public static async Task ActionAsync(TestApi api, long number, CarrierActionKind kind, string carrier, DateTimeOffset from, DateTimeOffset? until, DateTimeOffset? lifted = null)
    {
        await using var db = api.Open();
        db.CarrierActions.Add(new CarrierActionRecord { CaseId = 1, Number = number, CarrierCode = carrier, Kind = kind, From = from, Until = until, LiftedAt = lifted });
        await db.SaveChangesAsync();
    }
}
