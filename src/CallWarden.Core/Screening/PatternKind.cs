namespace CallWarden.Core.Screening;

/// <summary>How a rule entry's pattern matches numbers.</summary>
public enum PatternKind : byte
{
    /// <summary>One number: <c>13912345678</c>.</summary>
    Exact = 0,

    /// <summary>Every number starting with the digits: <c>+86139*</c>, <c>0755*</c>, <c>+234*</c>.</summary>
    Prefix,

    /// <summary>Digits with any-digit positions, of a fixed length or open-ended: <c>139****5678</c>, <c>139?5*</c>.</summary>
    Wildcard,
}
