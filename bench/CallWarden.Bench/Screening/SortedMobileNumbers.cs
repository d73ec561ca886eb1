using CallWarden.Core.Reports;
using CallWarden.Core.Screening;

namespace CallWarden.Bench.Screening;

/// <summary>
/// Numbers spread evenly over the allocated mobile blocks (130–139, 150–153, 155–159, 180–189) and
/// handed out in increasing order, as a scan by primary key yields them: 10^8 of them need no array to sort.
/// </summary>
internal static class SortedMobileNumbers
{
    private const long BlockSpan = 100_000_000L;
    private static readonly int[] Blocks = [130, 131, 132, 133, 134, 135, 136, 137, 138, 139, 150, 151, 152, 153, 155, 156, 157, 158, 159, 180, 181, 182, 183, 184, 185, 186, 187, 188, 189];

    /// <summary>About <paramref name="count"/> numbers (exactly, unless the gaps run past the last block), increasing.</summary>
    public static IEnumerable<long> Generate(int count, int seed)
    {
        var random = new Random(seed);
        var space = Blocks.Length * BlockSpan;

        // Gaps are geometric, so every number is in with the same chance; a hair more than count/space so the end is reached rarely.
        var p = Math.Min(1.0, count * 1.0005 / space);
        var logMiss = Math.Log(1 - p);
        var position = -1L;
        for (var made = 0; made < count; made++)
        {
            position += p >= 1 ? 1 : 1 + (long)(Math.Log(1 - random.NextDouble()) / logMiss);
            if (position >= space)
            {
                yield break;
            }

            yield return 8_600_000_000_000L + (Blocks[position / BlockSpan] * BlockSpan) + (position % BlockSpan);
        }
    }

    /// <summary>What the community knows of a reported number, varied by the number itself: most labelled, a few under review, 1 % restricted until <paramref name="until"/>.</summary>
    public static CommunityFacts FactsFor(long number, DateTimeOffset until)
    {
        var hash = (ulong)number * 0x9E3779B97F4A7C15UL;
        var score = 1 + (int)(hash >> 57);
        var flags = score >= 60 ? CommunityFlags.Labelled : CommunityFlags.None;
        flags |= (hash & 0xFF) == 0 ? CommunityFlags.UnderReview : CommunityFlags.None;
        var restricted = (hash >> 8) % 100 == 0;
        flags |= restricted ? CommunityFlags.Restricted : CommunityFlags.None;
        return new CommunityFacts(Math.Min(100, score), (ReportCategory)((hash >> 16) % 10), 1 + (int)((hash >> 24) % 200), flags, restricted ? until : null);
    }
}
