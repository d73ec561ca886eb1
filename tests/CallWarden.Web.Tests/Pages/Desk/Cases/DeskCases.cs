using System.Net.Http.Json;
using CallWarden.Core.Evidence;
using CallWarden.Core.Numbers;
using CallWarden.Data.Access;
using CallWarden.Data.Evidence;
using CallWarden.Web.Access;
using CallWarden.Web.Tests.Site;

namespace CallWarden.Web.Tests.Pages.Desk.Cases;

/// <summary>
/// A running site with the desk's people (an analyst, an administrator, a China Mobile and a China
/// Unicom operator, the police liaison) and a way to file reports, each opening a case.
/// </summary>
public sealed class DeskCases : IAsyncLifetime
{
    public const string Password = "correct horse battery staple";
    public static readonly string[] ReporterPhones = ["13800138001", "13800138002"];

    private readonly string _evidence = Path.Combine(Path.GetTempPath(), "callwarden-desk-evidence", Guid.NewGuid().ToString("N"));
    private HttpClient _form = null!;

    internal TestApi Api { get; private set; } = null!;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync()
    {
        Api = await TestApi.StartAsync(new Dictionary<string, string?>(TestApi.Generous) { ["Evidence:Folder"] = _evidence });
        var accounts = Api.Get<AccessAccounts>();
        await accounts.CreateUserAsync("ana", Password, AccessRole.Analyst);
        await accounts.CreateUserAsync("root", Password, AccessRole.Administrator);
        await accounts.CreateUserAsync("mo", Password, AccessRole.CarrierOperator, Carrier.ChinaMobile);
        await accounts.CreateUserAsync("uni", Password, AccessRole.CarrierOperator, Carrier.ChinaUnicom);
        await accounts.CreateUserAsync("police", Password, AccessRole.PoliceLiaison);
        var (_, key) = await accounts.CreateKeyAsync("web-form", AccessRole.Client, [Scopes.ReportsWrite]);
        _form = Api.WithKey(key);
    }

    public async ValueTask DisposeAsync()
    {
        _form.Dispose();
        await Api.DisposeAsync();
        if (Directory.Exists(_evidence))
        {
            Directory.Delete(_evidence, recursive: true);
        }
    }

    /// <summary>Files a report against <paramref name="target"/>; returns its reference and the case it opened or joined.</summary>
    internal async Task<(string Reference, long CaseId)> ReportAsync(string target, string category = "harassment", string? reporter = null, string? content = null)
    {
        var response = await _form.PostAsJsonAsync("/api/v1/reports", new { target, category, reporterPhone = reporter ?? ReporterPhones[0], reason = "keeps calling", content }, Ct);
        response.EnsureSuccessStatusCode();
        var receipt = (await response.Content.ReadFromJsonAsync<ReportReceiptBody>(Ct))!;
        return (receipt.Reference, receipt.CaseId);
    }

    /// <summary>Attaches a file to a report as the channels do: the bytes under their hash, a row per report.</summary>
    internal async Task<string> AttachAsync(string reference, string fileName, string type, byte[] bytes)
    {
        var sha = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(bytes));
        var store = new EvidenceStore(Api.Get<Microsoft.EntityFrameworkCore.IDbContextFactory<CallWarden.Data.CallWardenDbContext>>(), _evidence);
        EvidenceFile[] files = [new(fileName, type, type, bytes, sha)];
        await store.WriteFilesAsync(files, Ct);
        await store.RecordAsync(reference, files, TestApi.Start, Ct);
        return sha;
    }

    /// <summary>A browser signed in on the desk as <paramref name="login"/>, reading <paramref name="language"/>.</summary>
    internal async Task<PageVisitor> SignInAsync(string login, string language = "en-GB")
    {
        var visitor = new PageVisitor(Api, language);
        await visitor.GetAsync("/desk/sign-in");
        await visitor.PostAsync("/desk/sign-in", ("Login", login), ("Password", Password));
        return visitor;
    }
}
