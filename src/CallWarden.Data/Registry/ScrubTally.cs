namespace CallWarden.Data.Registry;

/// <summary>What one scrub read and returned: the counts the scrub log keeps, never the list.</summary>
/// <param name="NumbersIn">Rows read with something in them (header and blank lines left out), bad rows included.</param>
/// <param name="NumbersOut">Numbers returned as not to be called.</param>
/// <param name="BadRows">Rows reported back as holding no number.</param>
public readonly record struct ScrubTally(long NumbersIn, long NumbersOut, long BadRows);
