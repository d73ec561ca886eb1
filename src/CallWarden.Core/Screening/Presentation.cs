namespace CallWarden.Core.Screening;

/// <summary>Whether the caller let their number be shown (SIP Privacy / the presentation indicator).</summary>
public enum Presentation : byte
{
    Normal = 0,

    /// <summary>The caller withheld their number.</summary>
    Restricted,

    /// <summary>The network had no number to show (e.g. an interworked call).</summary>
    Unavailable,
}
