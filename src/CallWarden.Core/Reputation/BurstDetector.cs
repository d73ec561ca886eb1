namespace CallWarden.Core.Reputation;

/// <summary>Finds the reports that fall in some sliding window holding at least a given number of them.</summary>
internal static class BurstDetector
{
    /// <summary>
    /// For times in ascending order, marks each one that lies in a window [t, t + <paramref name="window"/>)
    /// containing at least <paramref name="minimum"/> of the times. Linear: each time is marked once.
    /// </summary>
    public static bool[] Mark(IReadOnlyList<DateTimeOffset> ascending, TimeSpan window, int minimum)
    {
        var marked = new bool[ascending.Count];
        var markedUpTo = -1;
        var first = 0;
        for (var last = 0; last < ascending.Count; last++)
        {
            while (ascending[last] - ascending[first] >= window)
            {
                first++;
            }

            if (last - first + 1 >= minimum)
            {
                for (var i = Math.Max(first, markedUpTo + 1); i <= last; i++)
                {
                    marked[i] = true;
                }

                markedUpTo = last;
            }
        }

        return marked;
    }
}
