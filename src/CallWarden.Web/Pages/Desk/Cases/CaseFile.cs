using CallWarden.Core.Cases;
using CallWarden.Data.Cases;
using CallWarden.Data.Evidence;
using CallWarden.Data.Reports;
using CallWarden.Web.Cases;
using CallWarden.Web.Numbers;

namespace CallWarden.Web.Pages.Desk.Cases;

/// <summary>
/// Everything the case page shows about one case: the API's own view of it (<see cref="CaseDetail"/>,
/// so reporters are masked exactly as the API masks them), the stored reports for their content,
/// the evidence, the number as the lookup describes it, the deadlines and the open cases it may merge into.
/// </summary>
internal sealed record CaseFile(
    CaseRecord Record,
    CaseDetail Detail,
    IReadOnlyDictionary<string, ReportRecord> Reports,
    IReadOnlyList<EvidenceRecord> Evidence,
    NumberLookup Number,
    IReadOnlyList<Deadline> Deadlines,
    IReadOnlyList<long> MergeCandidates)
{
    public bool May(CaseAction action) => CaseTransitions.IsLegal(action, Record.State);
}
