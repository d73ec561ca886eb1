namespace CallWarden.Core.Screening;

/// <summary>Whether a personal rule entry lets matching callers through or stops them.</summary>
public enum RuleEffect : byte
{
    Allow = 0,
    Block,
}
