using CallWarden.System.Tests.Components;

namespace CallWarden.System.Tests.Screening;

/// <summary>
/// Real SIP through a real Kamailio in front of a real CallWarden: the screening issue's system test.
/// </summary>
public sealed class KamailioScreeningTests
{
    [Fact]
    public async Task A_blocked_caller_gets_603_with_the_rule_a_powered_off_rule_480_and_others_are_relayed_and_answered()
    {
        await using var stack = await KamailioStack.StartAsync(basePort: 15060);
        await stack.Server.CliAsync("rules", "add", "--subscriber", KamailioStack.Subscriber, "--pattern", "13800138000", "--block", "--disposition", "reject");
        await stack.Server.CliAsync("rules", "add", "--subscriber", KamailioStack.Subscriber, "--pattern", "1370013*", "--block", "--disposition", "powered_off");
        await Task.Delay(TimeSpan.FromSeconds(1), TestContext.Current.CancellationToken); // the rules reach the server through the change feed

        var blocked = await stack.CallAsync("13800138000", "invite-expect-603.xml");
        Assert.True(blocked.Passed, "expected 603 Decline with X-Screening:\n" + blocked.Output);

        var poweredOff = await stack.CallAsync("13700137000", "invite-expect-480.xml");
        Assert.True(poweredOff.Passed, "expected 480 with X-Screening:\n" + poweredOff.Output);

        var allowed = await stack.CallAsync("13600136000", "invite-expect-200.xml");
        Assert.True(allowed.Passed, "expected the call relayed and answered 200:\n" + allowed.Output);
    }

    [Fact]
    public async Task A_caller_suspended_by_its_carrier_after_a_report_is_blocked_without_a_restart()
    {
        await using var stack = await KamailioStack.StartAsync(basePort: 15260);
        const string caller = "13500135000";
        var before = await stack.CallAsync(caller, "invite-expect-200.xml");
        Assert.True(before.Passed, "a clean caller must be relayed:\n" + before.Output);

        var reporterKey = await stack.Server.KeyAsync("app", "client", ["reports:write"]);
        var analystKey = await stack.Server.KeyAsync("triage", "analyst", ["cases:read", "cases:write"]);
        var mobileKey = await stack.Server.KeyAsync("cmcc", "carrier_operator", ["cases:read", "cases:write"], "china_mobile");
        var report = await stack.Server.PostAsync(reporterKey, "/api/v1/reports", new { target = caller, category = "fraud", reporterPhone = "13800138001", reason = "冒充公检法", proofOfCall = true });
        var caseId = report.GetProperty("caseId").GetInt64();
        await stack.Server.PostAsync(analystKey, $"/api/v1/cases/{caseId}/verify", new { reason = "call record matches" });
        await stack.Server.PostAsync(analystKey, $"/api/v1/cases/{caseId}/route", new { reason = "to the owning carrier" });
        await stack.Server.PostAsync(mobileKey, $"/api/v1/cases/{caseId}/actions", new { kind = "suspend_outbound", reason = "fraud confirmed" });
        await Task.Delay(TimeSpan.FromSeconds(1), TestContext.Current.CancellationToken); // the enforcement reaches the snapshot through the change feed

        var after = await stack.CallAsync(caller, "invite-expect-603.xml");
        Assert.True(after.Passed, "the suspended caller must get 603:\n" + after.Output);
    }

    [Fact]
    public async Task When_CallWarden_is_down_Kamailio_lets_the_call_through()
    {
        await using var stack = await KamailioStack.StartAsync(basePort: 15460);
        await stack.Server.CliAsync("rules", "add", "--subscriber", KamailioStack.Subscriber, "--pattern", "13800138000", "--block", "--disposition", "reject");

        stack.Server.Kill();
        var call = await stack.CallAsync("13800138000", "invite-expect-200.xml");

        Assert.True(call.Passed, "with CallWarden down the call must be relayed (fail-open):\n" + call.Output);
        Assert.Contains("FAIL-OPEN", stack.Proxy.Log, StringComparison.Ordinal);
    }

    /// <summary>
    /// The ACK of a 200 is end to end: it must follow the Record-Route set to the phone that answered. The config
    /// once dropped it (its ACK branch only knew the proxy's own transactions), so every answered call, the report
    /// line's included, was hung up by the answering side after 64*T1 = 32 s (found by PhoneLineEndToEndTests).
    /// No screening node answers here (port 18660 is closed), so the call goes through fail-open to a phone that
    /// takes one call and fails unless its ACK arrives. Ports: Kamailio 15660, the phone 15670, the caller 15760.
    /// </summary>
    [Fact]
    public async Task An_answered_calls_ACK_reaches_the_answering_phone_through_Kamailio()
    {
        var kamailio = RequiredTool.Find("kamailio", "kamailio kamailio-utils-modules kamailio-json-modules");
        var sipp = RequiredTool.Find("sipp", "sip-tester");
        using var proxy = new KamailioProxy(15660, 15670);
        await proxy.StartAsync(kamailio, [18660], "cw_no_node");
        var phone = RunningProcess.RunAsync(
            sipp, ["-sf", Path.Combine(AppContext.BaseDirectory, "Sip", "uas.xml"), "-i", "127.0.0.1", "-p", "15670", "-m", "1", "-nostdin"], TimeSpan.FromSeconds(30));

        var call = await SippCall.CallAsync(sipp, proxy.SipPort, "13600136000", KamailioStack.Subscriber, "invite-expect-200.xml", 15760);

        Assert.True(call.Passed, "expected the call relayed and answered 200:\n" + call.Output + proxy.Log);
        var (exit, output) = await phone;
        Assert.True(exit == 0, "the answering phone's call failed (no ACK):\n" + output);
    }
}
