using CallWarden.Core.Reports;

namespace CallWarden.Fuzz.Targets;

/// <summary>
/// The SMS grammar, <see cref="SmsCommandParser.Parse"/>: input <c>service&lt;tab&gt;sender&lt;tab&gt;text</c>
/// (an empty sender is none) or the text alone, sent to 12321. It documents that it never throws.
/// </summary>
internal sealed class SmsTarget : IFuzzTarget
{
    private readonly SmsCommandParser _parser = new(FuzzClock.Time(), new SmsGrammarOptions());


    public void Run(byte[] input)
    {
        var (service, sender, text) = FuzzText.Fields(input, 3) is [var s, var f, var t] ? (s, f, t) : ("12321", "", FuzzText.Utf8(input));
        _parser.Parse(service, text, sender.Length == 0 ? null : sender);
    }
}
