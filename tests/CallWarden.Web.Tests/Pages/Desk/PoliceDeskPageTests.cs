using System.IO.Compression;
using System.Net;
using System.Security.Cryptography;
using System.Text;
using CallWarden.Core.Cases;
using CallWarden.Data;
using CallWarden.Data.Evidence;
using Microsoft.EntityFrameworkCore;

namespace CallWarden.Web.Tests.Pages.Desk;

/// <summary>The police liaison's reporters' contacts (each view audited) and the case dossier (its hash audited).</summary>
public sealed class PoliceDeskPageTests : IAsyncLifetime
{
    private DeskCases _desk = null!;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync() => _desk = await DeskCases.StartAsync();

    public async ValueTask DisposeAsync() => await _desk.DisposeAsync();

    [Fact]
    public async Task The_liaison_sees_full_contacts_and_every_view_joins_the_audit_without_them()
    {
        var (id, _) = await _desk.FileAsync("13912345678", "fraud", "13800138001");
        await _desk.FileAsync("13912345678", "fraud", "13800138002");
        using var police = await _desk.SignedInAsync("police");

        var first = await police.GetAsync($"/desk/cases/{id}/contacts");
        await police.GetAsync($"/desk/cases/{id}/contacts");

        Assert.Equal(HttpStatusCode.OK, first.Status);
        Assert.Contains("+8613800138001", police.Text, StringComparison.Ordinal);
        Assert.Contains("+8613800138002", police.Text, StringComparison.Ordinal);
        var views = await _desk.Api.Open().CaseAudit.Where(a => a.HolderCaseId == id && a.Action == CaseAction.ReporterContactsViewed).ToListAsync(Ct);
        Assert.Equal(2, views.Count);
        Assert.All(views, v => Assert.Equal("user:police", v.Actor));
        Assert.All(views, v => Assert.DoesNotContain("13800138", v.Reason, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("mo")]
    [InlineData("ana")]
    public async Task Carriers_and_analysts_are_refused_the_contacts_and_the_dossier(string login)
    {
        var (id, _) = await _desk.FileAsync("13912345678", "fraud", "13800138001");
        using var visitor = await _desk.SignedInAsync(login);

        Assert.Equal(HttpStatusCode.Forbidden, (await visitor.GetAsync($"/desk/cases/{id}/contacts")).Status);
        Assert.Equal(HttpStatusCode.Forbidden, (await visitor.GetAsync($"/desk/cases/{id}/dossier")).Status);
        Assert.False(await _desk.Api.Open().CaseAudit.AnyAsync(a => a.HolderCaseId == id && (a.Action == CaseAction.ReporterContactsViewed || a.Action == CaseAction.DossierIssued), Ct));
    }

    [Fact]
    public async Task A_case_not_referred_to_the_police_is_not_found()
    {
        var (id, _) = await _desk.FileAsync("13912345678", "marketing", "13800138001");
        using var police = await _desk.SignedInAsync("police");

        Assert.Equal(HttpStatusCode.NotFound, (await police.GetAsync($"/desk/cases/{id}/contacts")).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await police.GetAsync($"/desk/cases/{id}/dossier")).Status);
    }

    [Fact]
    public async Task The_dossier_holds_the_cover_the_evidence_and_a_manifest_whose_hashes_match_the_stored_files()
    {
        var (id, reference) = await _desk.FileAsync("13912345678", "fraud", "13800138001");
        var (_, second) = await _desk.FileAsync("13912345678", "threat", "13800138002");
        var evidence = new[] { await _desk.AttachAsync(reference, "聊天记录.txt", "转账到 6222 0000 1111"), await _desk.AttachAsync(second, "../../etc/passwd", "我知道你住哪里") };
        using var police = await _desk.Api.SignInAsync("police", DeskCases.Password);

        using var response = await police.GetAsync($"/desk/cases/{id}/dossier", Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/zip", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal($"dossier-{id}-20261130.zip", response.Content.Headers.ContentDisposition?.FileNameStar ?? response.Content.Headers.ContentDisposition?.FileName?.Trim('"'));
        var zip = await response.Content.ReadAsByteArrayAsync(Ct);
        using var archive = new ZipArchive(new MemoryStream(zip));
        var manifest = Read(archive, "manifest.csv").Split('\n', StringSplitOptions.RemoveEmptyEntries).Skip(1).Select(l => l.Split(',')).ToList();
        Assert.Equal(archive.Entries.Count - 1, manifest.Count);
        foreach (var line in manifest)
        {
            var bytes = Bytes(archive, line[0]);
            Assert.Equal(line[1], bytes.Length.ToString(System.Globalization.CultureInfo.InvariantCulture));
            Assert.Equal(line[2], Convert.ToHexStringLower(SHA256.HashData(bytes)));
        }

        // The evidence in the ZIP is byte for byte what the store keeps under the hash intake recorded.
        await using var db = _desk.Api.Open();
        var store = new EvidenceStore(_desk.Api.Get<IDbContextFactory<CallWardenDbContext>>(), _desk.EvidenceFolder);
        var stored = await db.Evidence.ToListAsync(Ct);
        Assert.Equal(2, stored.Count);
        foreach (var file in stored)
        {
            var kept = await store.ReadAsync(file.Sha256, Ct);
            Assert.Contains(manifest, l => l[0].StartsWith("evidence/", StringComparison.Ordinal) && l[2] == file.Sha256 && Bytes(archive, l[0]).SequenceEqual(kept!));
        }

        Assert.All(evidence, e => Assert.Contains(manifest, l => l[2] == Convert.ToHexStringLower(SHA256.HashData(e))));
        Assert.DoesNotContain(archive.Entries, e => e.FullName.Contains("..", StringComparison.Ordinal));

        var cover = Read(archive, "cover.txt");
        Assert.Contains("《中华人民共和国反电信网络诈骗法》", cover, StringComparison.Ordinal);
        Assert.Contains("《中华人民共和国治安管理处罚法》第四十二条", cover, StringComparison.Ordinal);
        Assert.Contains("+8613800138001", cover, StringComparison.Ordinal);
        Assert.Contains(reference, Read(archive, "cover.html"), StringComparison.Ordinal);
        Assert.Contains("立案", cover, StringComparison.Ordinal);

        var issued = await db.CaseAudit.SingleAsync(a => a.HolderCaseId == id && a.Action == CaseAction.DossierIssued, Ct);
        Assert.Equal("sha256:" + Convert.ToHexStringLower(SHA256.HashData(zip)), issued.Reason);
    }

    [Fact]
    public async Task A_fraud_case_cites_only_the_anti_fraud_law()
    {
        var (id, _) = await _desk.FileAsync("13912345678", "fraud", "13800138001");
        using var police = await _desk.Api.SignInAsync("police", DeskCases.Password);

        var zip = await police.GetByteArrayAsync($"/desk/cases/{id}/dossier", Ct);

        using var archive = new ZipArchive(new MemoryStream(zip));
        var cover = Read(archive, "cover.html");
        Assert.Contains("反电信网络诈骗法", cover, StringComparison.Ordinal);
        Assert.DoesNotContain("第四十二条", cover, StringComparison.Ordinal);
        Assert.Contains("举报人未提交证据文件。", cover, StringComparison.Ordinal);
    }

    private static byte[] Bytes(ZipArchive archive, string name)
    {
        using var stream = archive.GetEntry(name)!.Open();
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }

    private static string Read(ZipArchive archive, string name) => Encoding.UTF8.GetString(Bytes(archive, name));
}
