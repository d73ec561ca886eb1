using System.Globalization;
using System.Security.Cryptography;
using CallWarden.Cli;
using CallWarden.Core.Cases;
using CallWarden.Core.Numbers;
using CallWarden.Core.Reports;
using CallWarden.Data;
using CallWarden.Data.Access;
using CallWarden.Data.Intake;
using CallWarden.Data.Workflow;
using CallWarden.Web.Access;
using Microsoft.EntityFrameworkCore;

namespace CallWarden.Demo;

/// <summary>
/// The <c>serve --demo</c> data set: about 3,000 reports over the last 90 days from every channel
/// and category against 300 numbers of all four carriers, cases walked into every state a case
/// rests in (received, verified, forwarded, closed after a carrier action with its reporters told,
/// rejected, disputed — and nobody told, see <see cref="ForgetNoticesAsync"/>; "actioned" lasts only inside the action's transaction, and "merged" needs two
/// open cases of one number, which the single-writer intake never creates), and the staff
/// accounts to look at them with. Seeded, so two runs give the same data (but fresh passwords).
/// </summary>
internal sealed class DemoData(IDbContextFactory<CallWardenDbContext> contexts, ReportIntake intake, AccessAccounts accounts, TimeProvider time)
{
    private const int Seed = 12321;
    private const int Reports = 3_000;
    private const int Targets = 300;
    private const int Reporters = 1_200;

    private static readonly string[] Prefixes = ["139", "138", "135", "186", "185", "130", "156", "189", "133", "180", "199", "192"];

    /// <summary>How many reports the data set files.</summary>
    public int ReportCount => Reports;

    /// <summary>Loads the data unless the store already has reports; returns the accounts created, with their passwords.</summary>
    public async Task<IReadOnlyList<DemoAccount>> LoadAsync(CancellationToken cancellationToken)
    {
        await using (var db = await contexts.CreateDbContextAsync(cancellationToken))
        {
            if (await db.Reports.AnyAsync(cancellationToken))
            {
                return [];
            }
        }

        var random = new Random(Seed);
        var before = await LastOutboxIdAsync(cancellationToken);
        var accounts = await CreateAccountsAsync(cancellationToken);
        await SubmitReportsAsync(random, cancellationToken);
        await WalkCasesAsync(cancellationToken);
        await ForgetNoticesAsync(before, cancellationToken);
        return accounts;
    }

    private async Task<long> LastOutboxIdAsync(CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.Outbox.MaxAsync(m => (long?)m.Id, cancellationToken) ?? 0;
    }

    /// <summary>
    /// Deletes the acknowledgements and result notices the load queued (issue #14 item 5): the
    /// history is invented, its reporters are random phone numbers, and they must never get an SMS
    /// or a mail about reports "up to 90 days old". With no acknowledgement left, a later action on a
    /// demo case tells nobody either, because result notices go where the acknowledgement went.
    /// The load runs before the delivery workers start, so none of these rows was sent.
    /// </summary>
    private async Task ForgetNoticesAsync(long before, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await db.Outbox.Where(m => m.Id > before).ExecuteDeleteAsync(cancellationToken);
    }

    private async Task<IReadOnlyList<DemoAccount>> CreateAccountsAsync(CancellationToken cancellationToken)
    {
        (string Login, AccessRole Role, Carrier Carrier)[] staff =
        [
            ("analyst", AccessRole.Analyst, Carrier.Unknown),
            ("cmcc-operator", AccessRole.CarrierOperator, Carrier.ChinaMobile),
            ("unicom-operator", AccessRole.CarrierOperator, Carrier.ChinaUnicom),
            ("telecom-operator", AccessRole.CarrierOperator, Carrier.ChinaTelecom),
            ("broadnet-operator", AccessRole.CarrierOperator, Carrier.ChinaBroadnet),
            ("police", AccessRole.PoliceLiaison, Carrier.Unknown),
            ("admin", AccessRole.Administrator, Carrier.Unknown),
        ];
        var created = new List<DemoAccount>();
        foreach (var (login, role, carrier) in staff)
        {
            var password = Password();
            await accounts.CreateUserAsync(login, password, role, carrier, cancellationToken: cancellationToken);
            created.Add(new DemoAccount(login, role, carrier, password));
        }

        return created;
    }

    private async Task SubmitReportsAsync(Random random, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var targets = Enumerable.Range(0, Targets).Select(_ => Prefixes[random.Next(Prefixes.Length)] + Digits(random, 8)).ToArray();
        var reporters = Enumerable.Range(0, Reporters).Select(_ => "13" + random.Next(0, 10).ToString(CultureInfo.InvariantCulture) + Digits(random, 8)).ToArray();
        var categories = Enum.GetValues<ReportCategory>();
        var channels = Enum.GetValues<IntakeChannel>();
        var pending = new List<Task<IntakeResult>>();
        for (var i = 0; i < Reports; i++)
        {
            // A few numbers draw most reports, as in real life.
            var target = targets[(int)(Targets * Math.Pow(random.NextDouble(), 2.5))];
            var received = now - TimeSpan.FromMinutes(random.Next(5, 90 * 24 * 60));
            var channel = channels[random.Next(channels.Length)];
            var category = categories[random.Next(categories.Length)];
            pending.Add(intake.SubmitAsync(
                new ReportSubmission(
                    channel,
                    $"demo report {i}",
                    received,
                    ReporterPhone: reporters[random.Next(Reporters)],
                    ReporterIdentity: null,
                    IdempotencyKey: $"demo-{i}",
                    TargetText: target,
                    CategoryCode: category.ToCode(),
                    OccurredAt: received - TimeSpan.FromMinutes(random.Next(1, 600)),
                    Reason: category.DisplayName(Core.Localization.DisplayLanguage.ZhHans),
                    ProofOfCall: random.Next(3) == 0),
                cancellationToken));
        }

        await Task.WhenAll(pending);
    }

    /// <summary>
    /// Walks open cases through the workflow so that every state has some, each step a little after the case's
    /// last event (not all today): the desks' scorecards and the monthly reports of past months have a history.
    /// </summary>
    private async Task WalkCasesAsync(CancellationToken cancellationToken)
    {
        List<(long Id, DateTimeOffset Last)> cases;
        await using (var db = await contexts.CreateDbContextAsync(cancellationToken))
        {
            var last = await db.CaseAudit.GroupBy(a => a.HolderCaseId).Select(g => new { Id = g.Key, At = g.Max(a => a.At) }).ToListAsync(cancellationToken);
            cases = [.. last.Select(c => (c.Id, c.At)).OrderBy(c => c.Id)];
        }

        var analyst = new Actor("analyst", ActorRole.Analyst);
        var now = time.GetUtcNow();
        for (var i = 0; i < cases.Count; i++)
        {
            var (id, lastEvent) = cases[i];

            // The analyst acts within a working day or two, the carrier within the next days; never after now.
            CaseWorkflow At(double days) => new(contexts, new FixedTimeProvider(Min(lastEvent.AddDays(days), now)));
            var workflow = At(1 + (i % 3 * 0.5));
            switch (i % 10)
            {
                case 0 or 1:
                    break; // received
                case 2:
                    await workflow.VerifyAsync(id, analyst, "credible reports", cancellationToken);
                    break;
                case 3:
                    await workflow.RejectAsync(id, analyst, "reports do not describe harassment", cancellationToken);
                    break;
                case 4 or 5 or 6 or 7 or 8:
                    await ForwardAndActAsync(id, analyst, i % 10, workflow, At(2 + (i % 7)), cancellationToken);
                    break;
                default:
                    await workflow.VerifyAsync(id, analyst, "credible reports", cancellationToken);
                    await workflow.DisputeAsync(id, new Actor("holder", ActorRole.NumberHolder), "the holder says this is their shop's line", cancellationToken);
                    break;
            }
        }
    }

    private static DateTimeOffset Min(DateTimeOffset a, DateTimeOffset b) => a < b ? a : b;

    private static async Task ForwardAndActAsync(long id, Actor analyst, int step, CaseWorkflow workflow, CaseWorkflow later, CancellationToken cancellationToken)
    {
        await workflow.VerifyAsync(id, analyst, "credible reports", cancellationToken);
        var forwarded = await workflow.ForwardAsync(id, analyst, "route to the owning carrier", cancellationToken: cancellationToken);
        if (step == 4 || forwarded?.Value is not { Routing: { } routing })
        {
            return; // forwarded
        }

        var operatorActor = new Actor($"{routing.Carrier.Code()}-operator", ActorRole.CarrierOperator, routing.Carrier);
        var (kind, days) = step switch
        {
            5 => (CarrierActionKind.Warning, (int?)null),
            6 => (CarrierActionKind.RestrictOutbound, 30),
            7 => (CarrierActionKind.SuspendOutbound, (int?)null),
            _ => (CarrierActionKind.NoViolationFound, (int?)null),
        };
        // Recording the action tells every reporter and closes the case in one transaction.
        await later.RecordActionAsync(id, kind, days, operatorActor, "acted on the forwarded case", cancellationToken);
    }

    private static string Digits(Random random, int count) =>
        string.Concat(Enumerable.Range(0, count).Select(_ => (char)('0' + random.Next(10))));

    private static string Password() => "demo-" + Convert.ToHexString(RandomNumberGenerator.GetBytes(6)).ToLowerInvariant();
}
