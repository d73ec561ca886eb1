using System.Globalization;

namespace CallWarden.Bench.Sip;

/// <summary>The whole machine's busy and total CPU ticks (first line of <c>/proc/stat</c>), to tell a saturated machine.</summary>
internal readonly record struct MachineCpu(long Busy, long Total)
{
    public static MachineCpu Now()
    {
        var ticks = File.ReadLines("/proc/stat").First().Split(' ', StringSplitOptions.RemoveEmptyEntries).Skip(1)
            .Select(t => long.Parse(t, CultureInfo.InvariantCulture)).ToArray();
        var idle = ticks[3] + ticks[4]; // idle + iowait
        var total = ticks.Take(8).Sum(); // guest time is already in user
        return new MachineCpu(total - idle, total);
    }

    /// <summary>Share of all cores busy between <paramref name="before"/> and now.</summary>
    public double BusySince(MachineCpu before) => Total == before.Total ? 0 : (double)(Busy - before.Busy) / (Total - before.Total);
}
