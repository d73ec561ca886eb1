using System.Text.RegularExpressions;

namespace CallWarden.System.Tests.Sms;

/// <summary>
/// SMS with the real Kannel 1.4.5: fake SMSC → bearerbox → smsbox → GET /sms/mo → intake, and the
/// replies back through sendsms → bearerbox → the fake SMSC. One stack for the class: the fixed ports
/// and the fake SMSC's one-client rule allow no second one.
/// </summary>
[Collection(nameof(KannelCollection))]
public sealed partial class KannelSmsTests
{
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(20);

    [Fact]
    public async Task Reports_queries_and_a_notification_due_while_kannel_is_down_round_trip_through_kannel()
    {
        await using var stack = await KannelSmsStack.StartAsync();
        try
        {
            // A report written in digits only to 12321 is acknowledged in simplified Chinese (issue #14), with its reference.
            await stack.Phones.SendTextAsync("13800138000", "12321", $"13912345678*{Yesterday()} 14:30");
            var ack = await stack.Phones.WaitForAsync(m => m.Text.StartsWith("已受理您对 13912345678 的举报，编号 R", StringComparison.Ordinal), Wait);
            Assert.Equal("ucs-2", ack.Type);
            Assert.Equal("12321", ack.From);
            Assert.EndsWith("13800138000", ack.To, StringComparison.Ordinal);
            var reference = Reference().Match(ack.Text).Value;

            // A Chinese report to 10086999 in UCS-2 is acknowledged in Chinese, in UCS-2, from China Mobile's own number.
            await stack.Phones.SendUcs2Async("13800138000", "10086999", "13612345678*推销保险");
            var chinese = await stack.Phones.WaitForAsync(m => m.Text.StartsWith("已受理您对 13612345678 的举报", StringComparison.Ordinal), Wait);
            Assert.Equal("ucs-2", chinese.Type);
            Assert.Equal("10086999", chinese.From);

            // … and it is on China Mobile's desk at once, before anyone at the centre routed it (issue #14 item 4).
            var mobile = await stack.KeyAsync("cmcc-desk", "carrier_operator", ["cases:read"], "china_mobile");
            var desk = await stack.ApiAsync(mobile, HttpMethod.Get, "/api/v1/cases");
            var onDesk = Assert.Single(desk.EnumerateArray(), c => c.GetProperty("number").GetString() == "+8613612345678");
            Assert.Equal(("forwarded", "china_mobile"), (onDesk.GetProperty("state").GetString(), onDesk.GetProperty("carrier").GetString()));

            // A threat in plain words is acknowledged with the advice to call 110, and reaches the police once routed (item 3).
            await stack.Phones.SendUcs2Async("13800138000", "12321", $"13712345678*{Yesterday()} 21:00 扬言要上门报复我家人");
            var threat = await stack.Phones.WaitForAsync(m => m.Text.StartsWith("已受理您对 13712345678 的举报", StringComparison.Ordinal), Wait);
            Assert.Contains("110", threat.Text, StringComparison.Ordinal);
            var analyst = await stack.KeyAsync("centre", "analyst", ["cases:read", "cases:write"]);
            var threatCase = Assert.Single((await stack.ApiAsync(analyst, HttpMethod.Get, "/api/v1/cases")).EnumerateArray(), c => c.GetProperty("number").GetString() == "+8613712345678");
            var threatId = threatCase.GetProperty("id").GetInt64();
            await stack.ApiAsync(analyst, HttpMethod.Post, $"/api/v1/cases/{threatId}/verify", new { reason = "threat in the reporter's words" });
            await stack.ApiAsync(analyst, HttpMethod.Post, $"/api/v1/cases/{threatId}/route", new { reason = "threat: police and carrier" });
            var police = await stack.KeyAsync("police-desk", "police_liaison", ["cases:read"]);
            var referred = Assert.Single((await stack.ApiAsync(police, HttpMethod.Get, "/api/v1/cases")).EnumerateArray());
            Assert.Equal(threatId, referred.GetProperty("id").GetInt64());
            Assert.True(referred.GetProperty("police").GetBoolean());

            // The status query of the first report.
            await stack.Phones.SendTextAsync("13800138000", "12321", "CX " + reference);
            await stack.Phones.WaitForAsync(m => m.Text == $"举报 {reference} 的进度：已受理，待核实。", Wait);

            // Kannel down while a reply is due: it goes out once Kannel is back, exactly once.
            var before = stack.Phones.Received.Count;
            await stack.StopKannelAsync();
            await InjectWhileDownAsync(stack);
            await Task.Delay(TimeSpan.FromSeconds(4), TestContext.Current.CancellationToken);
            await stack.StartKannelAgainAsync();
            await stack.Phones.WaitForAsync(m => m.Text.StartsWith("已为您开通骚扰电话拦截", StringComparison.Ordinal), Wait);
            await Task.Delay(TimeSpan.FromSeconds(5), TestContext.Current.CancellationToken);
            Assert.Single(stack.Phones.Received, m => m.Text.StartsWith("已为您开通骚扰电话拦截", StringComparison.Ordinal));
        }
        catch (Exception) when (Dump(stack))
        {
            throw;
        }
    }

    /// <summary>With Kannel down no MO can arrive: the command is delivered the way smsbox would, straight to /sms/mo.</summary>
    private static async Task InjectWhileDownAsync(KannelSmsStack stack)
    {
        using var http = new HttpClient();
        using var response = await http.GetAsync(
            $"http://127.0.0.1:{KannelSmsStack.CallWardenPort}/sms/mo?secret={KannelSmsStack.Secret}&from=13800138000&to=12321&text=KTLJ&id=while-down-1");
        Assert.True(response.IsSuccessStatusCode, $"/sms/mo answered {(int)response.StatusCode}");
    }

    private static string Yesterday() =>
        TimeProvider.System.GetUtcNow().ToOffset(TimeSpan.FromHours(8)).AddDays(-1).ToString("yyyy-MM-dd", global::System.Globalization.CultureInfo.InvariantCulture);

    private static bool Dump(KannelSmsStack stack)
    {
        TestContext.Current.SendDiagnosticMessage(stack.Log);
        Console.Error.WriteLine(stack.Log);
        return false;
    }

    [GeneratedRegex(@"R\d{8}-\d{6}")]
    private static partial Regex Reference();
}
