using CallWarden.Data.Cases;
using CallWarden.Data.Evidence;
using CallWarden.Data.Reports;

namespace CallWarden.Web.Pages.Desk.Police;

/// <summary>What a case dossier is made of, read from the store; <see cref="Files"/> holds the evidence bytes by SHA-256 (absent when the file is gone).</summary>
internal sealed record DossierContent(
    CaseRecord Case,
    IReadOnlyList<ReportRecord> Reports,
    IReadOnlyList<EvidenceRecord> Evidence,
    IReadOnlyDictionary<string, byte[]> Files,
    IReadOnlyList<CarrierActionRecord> Actions,
    IReadOnlyList<CaseAuditRecord> Audit,
    string IssuedBy,
    DateTimeOffset IssuedAt);
