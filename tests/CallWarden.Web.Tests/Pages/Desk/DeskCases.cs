using System.Security.Cryptography;
using System.Text;
using CallWarden.Core.Evidence;
using CallWarden.Core.Numbers;
using CallWarden.Data;
using CallWarden.Data.Access;
using CallWarden.Web.Access;
using CallWarden.Data.Evidence;
using CallWarden.Data.Intake;
using CallWarden.Web.Tests.Site;
using Microsoft.EntityFrameworkCore;

namespace CallWarden.Web.Tests.Pages.Desk;

/// <summary>
/// A store for the carrier and police desk pages: a China Mobile operator (mo), a China Unicom
/// operator (uni), an analyst (ana), a police liaison (police), and helpers that file reports the
/// way the channels do — to China Mobile's own 10086999 (on its desk at once) or to 12321.
/// </summary>
internal sealed class DeskCases : IAsyncDisposable
{
    public const string Password = "correct horse battery staple";

    private int _reports;

    private DeskCases(TestApi api, string evidenceFolder)
    {
        Api = api;
        EvidenceFolder = evidenceFolder;
    }

    public TestApi Api { get; }

    public string EvidenceFolder { get; }

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public static async Task<DeskCases> StartAsync()
    {
        var folder = Path.Combine(Path.GetTempPath(), "callwarden-web-tests", "evidence-" + Guid.NewGuid().ToString("N"));
        var api = await TestApi.StartAsync(new Dictionary<string, string?>(TestApi.Generous) { ["Evidence:Folder"] = folder });
        var accounts = api.Get<AccessAccounts>();
        await accounts.CreateUserAsync("ana", Password, AccessRole.Analyst);
        await accounts.CreateUserAsync("mo", Password, AccessRole.CarrierOperator, Carrier.ChinaMobile);
        await accounts.CreateUserAsync("uni", Password, AccessRole.CarrierOperator, Carrier.ChinaUnicom);
        await accounts.CreateUserAsync("police", Password, AccessRole.PoliceLiaison);
        return new DeskCases(api, folder);
    }

    /// <summary>A visitor signed in on the desk sign-in page as <paramref name="login"/>.</summary>
    public async Task<PageVisitor> SignedInAsync(string login, string language = "en-GB")
    {
        var visitor = new PageVisitor(Api, language);
        await visitor.GetAsync("/desk/sign-in");
        await visitor.PostAsync("/desk/sign-in", ("Login", login), ("Password", Password));
        return visitor;
    }

    /// <summary>Files a report by SMS to <paramref name="serviceNumber"/>; returns the case id and the reference.</summary>
    public async Task<(long CaseId, string Reference)> FileAsync(string target, string category, string reporter, string serviceNumber = "10086999", DateTimeOffset? at = null)
    {
        var when = at ?? Api.Time.GetUtcNow();
        var n = Interlocked.Increment(ref _reports);
        var result = await Api.Get<ReportIntake>().SubmitAsync(
            new ReportSubmission(IntakeChannel.Sms, $"{target}*{category}", when, reporter, null, $"desk-{n}", target, category, when.AddMinutes(-5),
                Reason: $"report {n}", ServiceNumber: serviceNumber),
            Ct);
        Assert.True(result.Accepted, string.Join("; ", result.Errors));
        return (result.Receipt!.CaseId, result.Receipt.Reference);
    }

    /// <summary>Stores an evidence file for the report <paramref name="reference"/> as the web form does; returns its bytes.</summary>
    public async Task<byte[]> AttachAsync(string reference, string fileName, string content)
    {
        var bytes = Encoding.UTF8.GetBytes(content);
        var sha = Convert.ToHexStringLower(SHA256.HashData(bytes));
        var store = new EvidenceStore(Api.Get<IDbContextFactory<CallWardenDbContext>>(), EvidenceFolder);
        EvidenceFile[] files = [new(fileName, "text/plain", "text/plain", bytes, sha)];
        await store.WriteFilesAsync(files, Ct);
        await store.RecordAsync(reference, files, Api.Time.GetUtcNow(), Ct);
        return bytes;
    }

    public async ValueTask DisposeAsync()
    {
        await Api.DisposeAsync();
        if (Directory.Exists(EvidenceFolder))
        {
            Directory.Delete(EvidenceFolder, recursive: true);
        }
    }
}
