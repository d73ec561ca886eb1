namespace CallWarden.Core.Screening.Index;

/// <summary>Sorts numbers given in arrival order and keeps, for each number, the state that arrived last.</summary>
internal static class LastWinsSort
{
    public static (long[] Keys, CommunityState[] States) Apply(long[] keys, int[] order, Func<int, CommunityState> stateAt)
    {
        if (!IsStrictlyIncreasing(keys))
        {
            // Array.Sort is not stable: the arrival order travels with each key and decides ties.
            Array.Sort(keys, order);
        }

        var outKeys = new long[keys.Length];
        var outStates = new CommunityState[keys.Length];
        var n = 0;
        for (var i = 0; i < keys.Length;)
        {
            var last = order[i];
            var j = i + 1;
            for (; j < keys.Length && keys[j] == keys[i]; j++)
            {
                last = Math.Max(last, order[j]);
            }

            outKeys[n] = keys[i];
            outStates[n++] = stateAt(last);
            i = j;
        }

        return n == keys.Length ? (outKeys, outStates) : (outKeys[..n], outStates[..n]);
    }

    private static bool IsStrictlyIncreasing(ReadOnlySpan<long> keys)
    {
        for (var i = 1; i < keys.Length; i++)
        {
            if (keys[i] <= keys[i - 1])
            {
                return false;
            }
        }

        return true;
    }
}
