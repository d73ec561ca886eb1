namespace CallWarden.Core.Reports;

/// <summary>What a reported number does; stored as a code (<see cref="ReportCategoryExtensions.ToCode"/>), shown localised.</summary>
public enum ReportCategory
{
    Other = 0,
    Harassment,
    /// <summary>Also routed to the police.</summary>
    Fraud,
    Marketing,
    RealEstate,
    Finance,
    Insurance,
    Education,
    Recruiting,
    Delivery,
    OneRing,
    /// <summary>Also routed to the police.</summary>
    Threat,
}
