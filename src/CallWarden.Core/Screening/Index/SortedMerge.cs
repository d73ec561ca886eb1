namespace CallWarden.Core.Screening.Index;

/// <summary>Merges sorted changes into sorted entries: a change replaces, adds, or (state None) removes.</summary>
internal static class SortedMerge
{
    public static (long[] Keys, CommunityState[] States) Apply(
        ReadOnlySpan<long> keys, ReadOnlySpan<CommunityState> states, ReadOnlySpan<long> changeKeys, ReadOnlySpan<CommunityState> changeStates)
    {
        var outKeys = new long[keys.Length + changeKeys.Length];
        var outStates = new CommunityState[outKeys.Length];
        int i = 0, j = 0, n = 0;
        while (i < keys.Length || j < changeKeys.Length)
        {
            if (j == changeKeys.Length || (i < keys.Length && keys[i] < changeKeys[j]))
            {
                outKeys[n] = keys[i];
                outStates[n++] = states[i++];
                continue;
            }

            if (i < keys.Length && keys[i] == changeKeys[j])
            {
                i++;
            }

            if (changeStates[j] != CommunityState.None)
            {
                outKeys[n] = changeKeys[j];
                outStates[n++] = changeStates[j];
            }

            j++;
        }

        return (outKeys[..n], outStates[..n]);
    }
}
