namespace CallWarden.Core.Screening.Index;

/// <summary>
/// Numbers of regions too small for an Elias-Fano set of their own (a few numbers of a foreign
/// country, or keys past 15 digits): a sorted array searched by bisection.
/// </summary>
internal sealed class FallbackSet(long[] keys, CommunityState[] states)
{
    public static readonly FallbackSet Empty = new([], []);

    public int Count => keys.Length;

    public long SizeInBytes => 48 + (keys.Length * 9L);

    public bool TryGet(long key, out CommunityState state)
    {
        var index = Array.BinarySearch(keys, key);
        state = index >= 0 ? states[index] : CommunityState.None;
        return index >= 0;
    }

    public ReadOnlySpan<long> Keys => keys;

    public ReadOnlySpan<CommunityState> States => states;
}
