namespace CallWarden.Core.Reputation;

public enum EvidenceKind
{
    /// <summary>Someone reported the number as a nuisance.</summary>
    SpamReport,

    /// <summary>Someone said "this number is legitimate"; it counts against the reports.</summary>
    LegitimateFeedback,
}
