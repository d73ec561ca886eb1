using System.Net;
using System.Net.Http.Headers;
using System.Text;
using CallWarden.Core.Localization;
using CallWarden.Core.Registry;
using CallWarden.Data;
using CallWarden.Data.Registry;
using CallWarden.Data.Sqlite;
using CallWarden.System.Tests.Components;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CallWarden.System.Tests.Registry;

/// <summary>
/// <c>POST /api/v1/registry/scrub</c> of a running <c>callwarden serve</c> with a list far larger than a
/// connection's buffers, sent by .NET's HttpClient — which, like most HTTP/1.1 clients, sends the whole
/// list before it reads a byte of the answer. An answer written while the list still arrived stalled
/// both sides for ever (issue #10 part 7, found by the <c>scrub-serve</c> benchmark).
/// </summary>
public sealed class ScrubOverHttpTests
{
    private const int Port = 22610;
    private const int Rows = 1_500_000;
    private const long MarketingLine = 8613800138999;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_list_of_a_million_and_a_half_rows_from_a_client_that_sends_it_all_first_is_answered_whole()
    {
        await using var server = new CallWardenServer(Port);
        await server.StartAsync();
        var business = await ApprovedMarketerAsync(server.Database);
        var key = (await server.CliAsync("keys", "create", "--name", "lender", "--scope", "registry:scrub", "--business", business.ToString(global::System.Globalization.CultureInfo.InvariantCulture)))
            .Split('\n', StringSplitOptions.TrimEntries).First(l => l.StartsWith("cw_", StringComparison.Ordinal));

        // Every other row holds no number, so the answer (a line for each) is as large as the list: ~36 MB each way.
        var list = new StringBuilder("phone\n");
        for (var i = 0; i < Rows; i++)
        {
            list.Append(i % 2 == 0 ? "not a number, row\n" : "13600136000,客户\n");
        }

        using var http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{Port}"), Timeout = TimeSpan.FromSeconds(90) };
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/registry/scrub") { Content = new StringContent(list.ToString(), Encoding.UTF8) };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("text/csv");
        request.Headers.Add("X-Api-Key", key);

        using var response = await http.SendAsync(request, Ct);
        var answer = await response.Content.ReadAsStringAsync(Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var lines = answer.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("line,number,problem", lines[0]);
        Assert.Equal(1 + (Rows / 2), lines.Length);
        Assert.Equal("2,,not_a_number", lines[1]);
        Assert.Equal($"{Rows},,not_a_number", lines[^1]);
    }

    /// <summary>A lender with an approved marketing line, written to the server's store as the desk would.</summary>
    private static async Task<int> ApprovedMarketerAsync(string database)
    {
        await using var services = new ServiceCollection().AddSingleton(TimeProvider.System).AddCallWardenSqlite($"Data Source={database}").BuildServiceProvider();
        var businesses = new BusinessRegistry(services.GetRequiredService<IDbContextFactory<CallWardenDbContext>>(), TimeProvider.System);
        var id = await businesses.ApplyAsync(
            new CheckedApplication(new BusinessName("某某贷款"), "91350100M000100Y43", "王经理", 861012345678, null, [new RegisteredLine(MarketingLine, 0, BusinessLineKind.Marketing, MarketingCategories.Loans)]),
            "web", DisplayLanguage.ZhHans, Ct);
        Assert.Equal(BusinessDecision.Done, await businesses.ApproveAsync(id, "user:root", Ct));
        return id;
    }
}
