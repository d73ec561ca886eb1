using System.IO.Compression;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace CallWarden.System.Tests.Web;

/// <summary>The police liaison in the browser: the reporters' contacts (screenshot desk-contacts) and the dossier download.</summary>
[Collection(nameof(WebCollection))]
public sealed class PoliceDeskPageTests(Browser browser, SiteServer site)
{
    [Theory]
    [MemberData(nameof(PageLanguages.Each), MemberType = typeof(PageLanguages))]
    public async Task The_contacts_page_has_no_serious_accessibility_violation(PageLanguage language)
    {
        var server = await site.StartAsync(["--demo"], CarrierDeskPageTests.Environment);
        using var api = await DeskAccounts.ApiAsync(server, "police");
        var id = (await DeskAccounts.CasesAsync(api))[0].GetProperty("id").GetInt64();

        await using var tab = await DeskAccounts.OpenAsync(browser, server, language, "police", $"/desk/cases/{id}/contacts");

        Assert.True(await tab.Page.Locator("#reporter-contacts tbody tr").CountAsync() > 0);
        Assert.Matches(@"^\+86\d{11}$", (await tab.Page.TextContentAsync("#reporter-contacts tbody td.contact"))!.Trim());
        await Axe.AssertNoSeriousViolationsAsync(tab.Page);
        await Screenshots.SaveAsync(tab.Page, "desk-contacts", language);
    }

    [Fact]
    public async Task The_liaison_downloads_the_dossier_and_its_manifest_and_recorded_hash_check_out()
    {
        var server = await site.StartAsync(["--demo"], CarrierDeskPageTests.Environment);
        using var api = await DeskAccounts.ApiAsync(server, "police");
        var id = (await DeskAccounts.CasesAsync(api))[0].GetProperty("id").GetInt64();
        await using var tab = await DeskAccounts.OpenAsync(browser, server, PageLanguage.ZhHans, "police", $"/desk/cases/{id}/contacts");

        var download = await tab.Page.RunAndWaitForDownloadAsync(() => tab.Page.ClickAsync($"a[href='/desk/cases/{id}/dossier']"));

        Assert.Matches($"^dossier-{id}-\\d{{8}}\\.zip$", download.SuggestedFilename);
        var path = await download.PathAsync();
        var zip = await File.ReadAllBytesAsync(path, TestContext.Current.CancellationToken);
        using var archive = new ZipArchive(new MemoryStream(zip));
        var manifest = Text(archive, "manifest.csv").Split('\n', StringSplitOptions.RemoveEmptyEntries).Skip(1).Select(l => l.Split(',')).ToList();
        Assert.Contains(manifest, l => l[0] == "cover.html");
        Assert.Contains(manifest, l => l[0] == "cover.txt");
        foreach (var line in manifest)
        {
            var bytes = Bytes(archive, line[0]);
            Assert.Equal(line[1], bytes.Length.ToString(global::System.Globalization.CultureInfo.InvariantCulture));
            Assert.Equal(line[2], Convert.ToHexStringLower(SHA256.HashData(bytes)));
        }

        Assert.Contains("法律依据", Text(archive, "cover.txt"), StringComparison.Ordinal);
        var detail = await api.GetFromJsonAsync<JsonElement>($"/api/v1/cases/{id}", TestContext.Current.CancellationToken);
        var issued = detail.GetProperty("audit").EnumerateArray().Last(a => a.GetProperty("action").GetString() == "dossier_issued");
        Assert.Equal("sha256:" + Convert.ToHexStringLower(SHA256.HashData(zip)), issued.GetProperty("reason").GetString());
    }

    private static byte[] Bytes(ZipArchive archive, string name)
    {
        using var stream = archive.GetEntry(name)!.Open();
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }

    private static string Text(ZipArchive archive, string name) => Encoding.UTF8.GetString(Bytes(archive, name));
}
