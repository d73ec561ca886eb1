using System.Text;

namespace CallWarden.Core.Imports;

/// <summary>
/// RFC 4180 records from a text stream: quoted fields may hold commas, doubled quotes and line
/// breaks. A record longer than <see cref="MaxRecordLength"/> is cut off and reported, never
/// buffered without bound.
/// </summary>
internal sealed class CsvRecordReader(TextReader reader)
{
    public const int MaxRecordLength = 64 * 1024;

    /// <summary>The physical line the last record started on (1-based).</summary>
    public int LineNumber { get; private set; }

    private int _nextLine = 1;

    /// <summary>Reads the next record; false at the end. <paramref name="tooLong"/> is set when it was cut off.</summary>
    public bool TryRead(out List<string> fields, out bool tooLong)
    {
        fields = [];
        tooLong = false;
        LineNumber = _nextLine;
        var field = new StringBuilder();
        var quoted = false;
        var length = 0;
        var any = false;
        while (true)
        {
            var read = reader.Read();
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
                SkipToEndOfLine(quoted);
                fields.Add(field.ToString());
                return true;
            }

            if (quoted)
            {
                if (c == '"')
                {
                    if (reader.Peek() == '"')
                    {
                        reader.Read();
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
        while ((read = reader.Read()) >= 0)
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
}
