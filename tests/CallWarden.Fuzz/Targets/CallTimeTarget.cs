using CallWarden.Core.Reports;

namespace CallWarden.Fuzz.Targets;

/// <summary>
/// The call-time parser, <see cref="CallTimeParser"/>: the whole input as the time, and as the start
/// of a time followed by a reason. It answers bad input with a refusal, never an exception; a time it
/// accepts must lie in the report window.
/// </summary>
internal sealed class CallTimeTarget : IFuzzTarget
{
    private static readonly TimeSpan Tolerance = TimeSpan.FromMinutes(5);
    private static readonly TimeSpan Window = TimeSpan.FromDays(30);


    public void Run(byte[] input)
    {
        var text = FuzzText.Utf8(input);
        if (CallTimeParser.Parse(text, FuzzClock.Now, Tolerance, Window, out var at) is null)
        {
            InWindow(text, at);
        }

        if (CallTimeParser.ParseLeading(text, FuzzClock.Now, Tolerance, Window, out var leading, out var length) is null)
        {
            InWindow(text, leading);
            if (length is < 1 || length > text.Length)
            {
                throw new FuzzFinding($"'{text}': the time read is {length} characters long");
            }
        }
    }

    private static void InWindow(string text, DateTimeOffset at)
    {
        if (at > FuzzClock.Now + Tolerance || at < FuzzClock.Now - Window)
        {
            throw new FuzzFinding($"'{text}' was accepted as {at:O}, outside the report window");
        }
    }
}
