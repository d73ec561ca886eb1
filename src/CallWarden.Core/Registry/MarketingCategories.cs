namespace CallWarden.Core.Registry;

/// <summary>
/// The marketing categories a subscriber can refuse and a marketing line declares, after the
/// carriers' 拒接 categories. Kept to six bits: the refusal index stores them as a number's state
/// (issue #10 parts 5 and 8).
/// </summary>
[Flags]
public enum MarketingCategories : byte
{
    None = 0,

    /// <summary>贷款: loans and credit.</summary>
    Loans = 1,

    /// <summary>保险: insurance.</summary>
    Insurance = 2,

    /// <summary>房产: real estate.</summary>
    RealEstate = 4,

    /// <summary>教育培训: education and training.</summary>
    Education = 8,

    /// <summary>金融理财: investment and wealth management.</summary>
    Finance = 16,

    /// <summary>Marketing in none of the named categories.</summary>
    Other = 32,

    /// <summary>全部营销: every marketing call.</summary>
    All = Loans | Insurance | RealEstate | Education | Finance | Other,
}
