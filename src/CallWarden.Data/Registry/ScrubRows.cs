using System.Buffers;
using System.Buffers.Text;

namespace CallWarden.Data.Registry;

/// <summary>Writes a scrub's answer rows as CSV or JSON into a growing buffer that the scrub hands to the output stream in pieces.</summary>
internal sealed class ScrubRows(ScrubFormat format)
{
    private readonly ArrayBufferWriter<byte> _buffer = new(1 << 17);
    private bool _any;

    public int Pending => _buffer.WrittenCount;

    public void Start() => Ascii(format == ScrubFormat.Csv ? "line,number,problem\n" : "{\"rows\":[");

    public void Number(long line, long e164)
    {
        if (format == ScrubFormat.Csv)
        {
            Long(line);
            Ascii(",+");
            Long(e164);
            Ascii(",\n");
        }
        else
        {
            Ascii(_any ? ",{\"line\":" : "{\"line\":");
            Long(line);
            Ascii(",\"number\":\"+");
            Long(e164);
            Ascii("\"}");
        }

        _any = true;
    }

    public void Bad(long line, ScrubProblem problem)
    {
        if (format == ScrubFormat.Csv)
        {
            Long(line);
            Ascii(",,");
            Ascii(Code(problem));
            Ascii("\n");
        }
        else
        {
            Ascii(_any ? ",{\"line\":" : "{\"line\":");
            Long(line);
            Ascii(",\"problem\":\"");
            Ascii(Code(problem));
            Ascii("\"}");
        }

        _any = true;
    }

    public void End(ScrubTally tally)
    {
        if (format == ScrubFormat.Json)
        {
            Ascii("],\"numbersIn\":");
            Long(tally.NumbersIn);
            Ascii(",\"numbersOut\":");
            Long(tally.NumbersOut);
            Ascii(",\"badRows\":");
            Long(tally.BadRows);
            Ascii("}");
        }
    }

    public async Task FlushAsync(Stream output, CancellationToken cancellationToken)
    {
        if (_buffer.WrittenCount > 0)
        {
            await output.WriteAsync(_buffer.WrittenMemory, cancellationToken).ConfigureAwait(false);
            _buffer.ResetWrittenCount();
        }
    }

    public static string Code(ScrubProblem problem) => problem switch
    {
        ScrubProblem.TooLong => "too_long",
        ScrubProblem.UnterminatedQuote => "unterminated_quote",
        _ => "not_a_number",
    };

    private void Long(long value)
    {
        var span = _buffer.GetSpan(20);
        Utf8Formatter.TryFormat(value, span, out var written);
        _buffer.Advance(written);
    }

    private void Ascii(string text)
    {
        var span = _buffer.GetSpan(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            span[i] = (byte)text[i];
        }

        _buffer.Advance(text.Length);
    }
}
