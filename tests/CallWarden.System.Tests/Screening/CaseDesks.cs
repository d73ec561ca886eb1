using System.Diagnostics;

namespace CallWarden.System.Tests.Screening;

/// <summary>
/// The people behind a suspension, each on their own node: a reporter's app files on node 1, the analyst and the
/// carrier's operator work the case on node 2 (keys made with <c>callwarden keys create</c>, as an operator would).
/// </summary>
internal sealed class CaseDesks
{
    private readonly KamailioNodesStack _stack;
    private readonly string _reporterKey;
    private readonly string _analystKey;
    private readonly string _carrierKey;

    private CaseDesks(KamailioNodesStack stack, string reporterKey, string analystKey, string carrierKey)
    {
        _stack = stack;
        _reporterKey = reporterKey;
        _analystKey = analystKey;
        _carrierKey = carrierKey;
    }

    public static async Task<CaseDesks> CreateAsync(KamailioNodesStack stack) => new(
        stack,
        await stack.Nodes[0].KeyAsync("app", "client", ["reports:write"]),
        await stack.Nodes[1].KeyAsync("triage", "analyst", ["cases:read", "cases:write"]),
        await stack.Nodes[1].KeyAsync("cmcc", "carrier_operator", ["cases:read", "cases:write"], "china_mobile"));

    /// <summary>Report, verify, route, suspend; returns the <see cref="Stopwatch"/> timestamp of the suspension's answer.</summary>
    public async Task<long> SuspendAsync(string caller)
    {
        var reporting = _stack.Nodes[0];
        var desk = _stack.Nodes[1];
        var report = await reporting.PostAsync(_reporterKey, "/api/v1/reports", new { target = caller, category = "fraud", reporterPhone = "13800138001", reason = "冒充公检法", proofOfCall = true });
        var caseId = report.GetProperty("caseId").GetInt64();
        await desk.PostAsync(_analystKey, $"/api/v1/cases/{caseId}/verify", new { reason = "call record matches" });
        await desk.PostAsync(_analystKey, $"/api/v1/cases/{caseId}/route", new { reason = "to the owning carrier" });
        await desk.PostAsync(_carrierKey, $"/api/v1/cases/{caseId}/actions", new { kind = "suspend_outbound", reason = "fraud confirmed" });
        return Stopwatch.GetTimestamp();
    }
}
