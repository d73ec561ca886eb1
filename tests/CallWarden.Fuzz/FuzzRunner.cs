using SharpFuzz;

namespace CallWarden.Fuzz;

/// <summary>Runs a target under afl-fuzz or on saved inputs.</summary>
internal static class FuzzRunner
{
    /// <summary>
    /// Out of process: SharpFuzz's server talks to afl-fuzz and restarts the worker when it dies, so
    /// a stack overflow is a crash and a timeout is a hang instead of the end of the campaign.
    /// </summary>
    public static int UnderAfl(Func<IFuzzTarget> create)
    {
        IFuzzTarget? target = null;
        Fuzzer.OutOfProcess.Run(stream =>
        {
            using var memory = new MemoryStream();
            stream.CopyTo(memory);
            target ??= create();
            target.Run(memory.ToArray());
        });
        return 0;
    }

    /// <summary>Runs each file and prints the exception it raises; exit code 1 when any did.</summary>
    public static int Replay(IFuzzTarget target, IEnumerable<string> files)
    {
        var findings = 0;
        foreach (var file in files)
        {
            try
            {
                target.Run(File.ReadAllBytes(file));
                Console.WriteLine($"{file}: ok");
            }
#pragma warning disable CA1031 // Every exception that escapes a harness is the finding being replayed.
            catch (Exception e)
#pragma warning restore CA1031
            {
                findings++;
                Console.WriteLine($"{file}: {e}");
            }
        }

        return findings == 0 ? 0 : 1;
    }
}
