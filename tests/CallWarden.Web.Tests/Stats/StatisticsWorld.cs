using CallWarden.Core.Calendar;
using CallWarden.Core.Cases;
using CallWarden.Core.Numbers;
using CallWarden.Data.Intake;
using CallWarden.Data.Stats;
using CallWarden.Data.Workflow;

namespace CallWarden.Web.Tests.Stats;

/// <summary>
/// A store with reports in several months, channels and categories, and cases forwarded to China
/// Mobile and China Unicom and handled in a known number of working days, through the real intake
/// and workflow. The clock ends on Tuesday 22 December 2026, 10:00 China time, and the published
/// figures are rebuilt once more at that moment. November and December 2026 have no holidays, so a
/// working day is a weekday.
/// </summary>
public sealed class StatisticsWorld : IAsyncLifetime
{
    /// <summary>Six China Mobile numbers (Jiangsu), reported 1 to 6 working days before Monday 30 November.</summary>
    public static readonly string[] Mobile = ["13912345671", "13912345672", "13912345673", "13912345674", "13912345675", "13912345676"];

    /// <summary>Three China Unicom numbers (Beijing), reported on Friday 27 November.</summary>
    public static readonly string[] Unicom = ["18612345671", "18612345672", "18612345673"];

    /// <summary>A Beijing landline (no carrier), reported in January; and a number reported in December 2025, before the period.</summary>
    public const string Landline = "01062345678";

    public const string BeforeThePeriod = "13912345679";

    /// <summary>A China Unicom number reported on the last day, through the web.</summary>
    public const string Today = "18612345679";

    private readonly List<string> _references = [];
    private readonly List<string> _reporters = [];

    internal TestApi Api { get; private set; } = null!;

    /// <summary>Every report reference intake handed out: none may be published.</summary>
    public IReadOnlyList<string> References => _references;

    /// <summary>Every reporter's phone: none may be published.</summary>
    public IReadOnlyList<string> Reporters => _reporters;

    public static DateTimeOffset China(int year, int month, int day, int hour = 10) => new(year, month, day, hour, 0, 0, ChinaTime.Offset);

    public async ValueTask InitializeAsync()
    {
        Api = await TestApi.StartAsync();
        var ct = TestContext.Current.CancellationToken;
        var workflow = Api.Get<CaseWorkflow>();
        var analyst = new Actor("analyst", ActorRole.Analyst);

        (IntakeChannel Channel, string Category)[] mobile =
            [(IntakeChannel.Sms, "fraud"), (IntakeChannel.Sms, "fraud"), (IntakeChannel.Email, "harassment"), (IntakeChannel.Web, "marketing"), (IntakeChannel.Api, "fraud"), (IntakeChannel.Import, "insurance")];
        DateOnly[] mobileDays = [new(2026, 11, 27), new(2026, 11, 26), new(2026, 11, 25), new(2026, 11, 24), new(2026, 11, 23), new(2026, 11, 20)];
        List<long> mobileCases = [], unicomCases = [];
        for (var i = 0; i < Mobile.Length; i++)
        {
            mobileCases.Add(await ReportAsync(Mobile[i], mobile[i].Channel, mobile[i].Category, China(mobileDays[i].Year, mobileDays[i].Month, mobileDays[i].Day)));
        }

        (IntakeChannel Channel, string Category)[] unicom = [(IntakeChannel.Sms, "harassment"), (IntakeChannel.Web, "harassment"), (IntakeChannel.Web, "fraud")];
        for (var i = 0; i < Unicom.Length; i++)
        {
            unicomCases.Add(await ReportAsync(Unicom[i], unicom[i].Channel, unicom[i].Category, China(2026, 11, 27)));
        }

        await ReportAsync(Landline, IntakeChannel.Email, "marketing", China(2026, 1, 15));
        await ReportAsync(BeforeThePeriod, IntakeChannel.Sms, "fraud", China(2025, 12, 10));

        // Monday 30 November: every Mobile and Unicom case is verified and forwarded.
        foreach (var id in mobileCases.Concat(unicomCases))
        {
            await workflow.VerifyAsync(id, analyst, "credible", ct);
            await workflow.ForwardAsync(id, analyst, "to the number's carrier", cancellationToken: ct);
        }

        var cmcc = new Actor("cmcc", ActorRole.CarrierOperator, Carrier.ChinaMobile);
        var unicomOperator = new Actor("unicom", ActorRole.CarrierOperator, Carrier.ChinaUnicom);
        await ActAtAsync(China(2026, 12, 1), (mobileCases[0], cmcc), (mobileCases[1], cmcc), (unicomCases[0], unicomOperator));
        await ActAtAsync(China(2026, 12, 3), (mobileCases[2], cmcc), (mobileCases[3], cmcc));

        // The act deadline of a case forwarded on 30 November ends as 22 December begins: this one is late.
        await ActAtAsync(China(2026, 12, 22), (mobileCases[4], cmcc));
        await ReportAsync(Today, IntakeChannel.Web, "fraud", Api.Time.GetUtcNow());
        await Api.Get<PublicStatisticsFollower>().BuildAsync(ct);

        async Task ActAtAsync(DateTimeOffset at, params (long Case, Actor Operator)[] acts)
        {
            Api.Time.SetUtcNow(at);
            foreach (var (id, by) in acts)
            {
                var result = await workflow.RecordActionAsync(id, CarrierActionKind.Warning, null, by, "warned the number's holder", ct);
                Assert.True(result?.Succeeded, $"case {id}: {result?.Error}");
            }
        }
    }

    public async ValueTask DisposeAsync() => await Api.DisposeAsync();

    private async Task<long> ReportAsync(string target, IntakeChannel channel, string category, DateTimeOffset at)
    {
        var reporter = $"138001380{_reporters.Count + 10:00}";
        _reporters.Add(reporter);
        var result = await Api.Get<ReportIntake>().SubmitAsync(
            new ReportSubmission(channel, $"{target}*{category}", at, reporter, null, $"stats-{_reporters.Count}", target, category, at.AddMinutes(-5)),
            TestContext.Current.CancellationToken);
        Assert.True(result.Accepted, string.Join("; ", result.Errors));
        _references.Add(result.Receipt!.Reference);
        return result.Receipt.CaseId;
    }
}
