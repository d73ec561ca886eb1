using System.Text;

namespace CallWarden.Core.Imports;

/// <summary>
/// RFC 4180 records from a text stream: quoted fields may hold commas, doubled quotes and line
/// breaks. A record longer than <see cref="MaxRecordLength"/> is cut off and reported, never
/// buffered without bound. A record whose quote ran over line breaks and turned out wrong (an
/// unterminated quote) can be taken back with <see cref="Resync"/>: reading goes on at the line after
/// the one it started on, so one stray quote does not swallow the rows after it (issue #9 part 6).
/// </summary>
internal sealed class CsvRecordReader(TextReader reader)
{
    public const int MaxRecordLength = 64 * 1024;

    /// <summary>The physical line the last record started on (1-based).</summary>
    public int LineNumber { get; private set; }

    private int _nextLine = 1;

    /// <summary>The characters of the current record as read, to give back on <see cref="Resync"/>.</summary>
    private readonly StringBuilder _raw = new();

    /// <summary>Where in <see cref="_raw"/> the first line break inside quotes is; -1 when the record kept to its line.</summary>
    private int _firstBreak = -1;

    /// <summary>Text given back by <see cref="Resync"/>, read before the stream.</summary>
    private string _replay = string.Empty;

    private int _replayAt;

    /// <summary>The last record ran over one or more line breaks inside quotes.</summary>
    public bool SpannedLines => _firstBreak >= 0;

    /// <summary>
    /// Takes back the last record from the line after the one it started on: that line is the caller's to
    /// report, everything after it is read again as records.
    /// </summary>
    public void Resync()
    {
        if (_firstBreak < 0)
        {
            return;
        }

        _replay = _raw.ToString(_firstBreak + 1, _raw.Length - _firstBreak - 1) + _replay[_replayAt..];
        _replayAt = 0;
        _nextLine = LineNumber + 1;
        _firstBreak = -1;
    }

    /// <summary>Reads the next record; false at the end. <paramref name="tooLong"/> is set when it was cut off.</summary>
    public bool TryRead(out List<string> fields, out bool tooLong)
    {
        fields = [];
        tooLong = false;
        LineNumber = _nextLine;
        _raw.Clear();
        _firstBreak = -1;
        var field = new StringBuilder();
        var quoted = false;
        var length = 0;
        var any = false;
        while (true)
        {
            var read = Read();
            if (read < 0)
            {
                if (!any)
                {
                    return false;
                }

                fields.Add(field.ToString());
                return true;
            }

            any = true;
            var c = (char)read;
            if (++length > MaxRecordLength)
            {
                tooLong = true;
                if (!(quoted && SpannedLines))
                {
                    SkipToEndOfLine(quoted); // one long line: the rest of it goes
                }

                fields.Add(field.ToString());
                return true;
            }

            _raw.Append(c);

            if (quoted)
            {
                if (c == '"')
                {
                    if (Peek() == '"')
                    {
                        _raw.Append((char)Read());
                        field.Append('"');
                    }
                    else
                    {
                        quoted = false;
                    }
                }
                else
                {
                    if (c == '\n')
                    {
                        _nextLine++;
                        _firstBreak = _firstBreak < 0 ? _raw.Length - 1 : _firstBreak;
                    }

                    field.Append(c);
                }
            }
            else if (c == '"' && field.Length == 0)
            {
                quoted = true;
            }
            else if (c == ',')
            {
                fields.Add(field.ToString());
                field.Clear();
            }
            else if (c == '\n')
            {
                _nextLine++;
                fields.Add(field.ToString().TrimEnd('\r'));
                return true;
            }
            else
            {
                field.Append(c);
            }
        }
    }

    private void SkipToEndOfLine(bool quoted)
    {
        int read;
        while ((read = Read()) >= 0)
        {
            if (read == '"')
            {
                quoted = !quoted;
            }
            else if (read == '\n')
            {
                _nextLine++;
                if (!quoted)
                {
                    return;
                }
            }
        }
    }

    private int Read() => _replayAt < _replay.Length ? _replay[_replayAt++] : reader.Read();

    private int Peek() => _replayAt < _replay.Length ? _replay[_replayAt] : reader.Peek();
}
