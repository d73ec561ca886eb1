using System.Globalization;

namespace CallWarden.Bench.Sip;

/// <summary>CPU time a process and its direct children have used (utime + stime from <c>/proc/&lt;pid&gt;/stat</c>).</summary>
internal static class ProcessCpu
{
    /// <summary>Clock ticks per second of <c>/proc</c>'s times (USER_HZ, 100 on Linux for x86-64 and arm64).</summary>
    private const double TicksPerSecond = 100;

    /// <summary>Seconds of CPU used so far by <paramref name="pid"/> and every living process whose parent it is
    /// (Kamailio's workers and timers are children of its main process).</summary>
    public static double Seconds(int pid)
    {
        var ticks = 0L;
        foreach (var folder in Directory.EnumerateDirectories("/proc"))
        {
            if (!int.TryParse(Path.GetFileName(folder), NumberStyles.None, CultureInfo.InvariantCulture, out var candidate))
            {
                continue;
            }

            var fields = Fields(candidate);
            if (fields is not null && (candidate == pid || fields[1] == pid.ToString(CultureInfo.InvariantCulture)))
            {
                ticks += long.Parse(fields[11], CultureInfo.InvariantCulture) + long.Parse(fields[12], CultureInfo.InvariantCulture);
            }
        }

        return ticks / TicksPerSecond;
    }

    /// <summary>Seconds of CPU used so far by the threads of <paramref name="pid"/> whose name starts with <paramref name="name"/>
    /// (e.g. ".NET Tiered Com", the runtime's tiered-compilation worker; 0 when it has none right now).</summary>
    public static double ThreadSeconds(int pid, string name)
    {
        var ticks = 0L;
        try
        {
            foreach (var task in Directory.EnumerateDirectories($"/proc/{pid}/task"))
            {
                var stat = File.ReadAllText(Path.Combine(task, "stat"));
                var comm = stat[(stat.IndexOf('(') + 1)..stat.LastIndexOf(')')];
                if (comm.StartsWith(name, StringComparison.Ordinal))
                {
                    var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
                    ticks += long.Parse(fields[11], CultureInfo.InvariantCulture) + long.Parse(fields[12], CultureInfo.InvariantCulture);
                }
            }
        }
        catch (IOException)
        {
            // a thread ended meanwhile: count what was read
        }

        return ticks / TicksPerSecond;
    }

    /// <summary>The fields after the command name: [0] state, [1] ppid, …, [11] utime, [12] stime (proc(5) fields 3, 4, 14, 15).</summary>
    private static string[]? Fields(int pid)
    {
        try
        {
            var stat = File.ReadAllText($"/proc/{pid}/stat");
            return stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
        }
        catch (IOException)
        {
            return null; // gone meanwhile
        }
        catch (UnauthorizedAccessException)
        {
            return null;
        }
    }
}
