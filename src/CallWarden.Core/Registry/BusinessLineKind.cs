namespace CallWarden.Core.Registry;

/// <summary>What a business declares a number for.</summary>
public enum BusinessLineKind : byte
{
    None = 0,

    /// <summary>Customer service: shown with the verified label "已认证：某某银行客服".</summary>
    CustomerService = 1,

    /// <summary>Marketing in declared categories: it does not reach subscribers who refused them.</summary>
    Marketing = 2,
}
