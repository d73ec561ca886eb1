using System.Text;
using System.Text.Json;
using CallWarden.Core.Numbers;
using CallWarden.Core.Registry;

namespace CallWarden.Data.Registry;

/// <summary>
/// Scrubs a business's call list against the refusal registry (issue #10 part 7): every number is
/// normalised, looked up in batches in the registry snapshot, and written out only when its
/// subscriber refused one of the categories the business markets — never why. A row without a
/// number is reported with its line and the rest of the list goes on. The API and the CLI both run
/// this one class; one instance scrubs one list.
/// </summary>
/// <remarks>
/// The CSV path is the one the budget is for (≥ 10^6 numbers/s with parsing and normalisation on
/// two cores, docs/performance.md): it reads 64 KiB at a time, splits lines with a vectorised search,
/// widens ASCII numbers without a string, and looks numbers up 4,096 at a time so the index's
/// memory reads overlap. Kept long and local on purpose.
/// </remarks>
public sealed class ListScrub
{
    /// <summary>A longer CSV row is reported as too long and skipped to its end, so a hostile file cannot make the scrub buffer it.</summary>
    public const int MaxRowBytes = 4096;

    /// <summary>No number as people write it is longer; a longer first field is reported as too long.</summary>
    public const int MaxFieldBytes = 128;

    private const int Batch = 4096;
    private const int ReadSize = 1 << 16;

    private readonly RegistrySnapshot _registry;
    private readonly MarketingCategories _marketed;
    private readonly string _region;
    private readonly PhoneNumberNormalizer _normalizer = PhoneNumberNormalizer.Default;
    private readonly long[] _numbers = new long[Batch];
    private readonly long[] _lines = new long[Batch];
    private readonly ScrubProblem[] _problems = new ScrubProblem[Batch];
    private readonly MarketingCategories[] _refused = new MarketingCategories[Batch];
    private ScrubRows _rows = new(ScrubFormat.Csv);
    private int _count;
    private long _in;
    private long _out;
    private long _bad;
    private bool _sawRow;
    private bool _used;

    /// <param name="marketed">What the business's approved marketing lines market: a number is returned when its subscriber refused any of it.</param>
    public ListScrub(RegistrySnapshot registry, MarketingCategories marketed, string region = "CN")
    {
        ArgumentNullException.ThrowIfNull(registry);
        _registry = registry;
        _marketed = marketed & MarketingCategories.All;
        _region = region;
    }

    /// <summary>Scrubs a CSV list read from <paramref name="input"/> to its end, writing the answer to <paramref name="output"/> as it goes.</summary>
    public async Task<ScrubTally> ScrubCsvAsync(Stream input, Stream output, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(output);
        Begin(ScrubFormat.Csv);
        var buffer = new byte[ReadSize];
        var filled = 0;
        var line = 0L;
        var skipping = false;
        while (true)
        {
            var read = await input.ReadAsync(buffer.AsMemory(filled), cancellationToken).ConfigureAwait(false);
            var end = filled + read;
            var start = 0;
            while (start < end)
            {
                var newline = buffer.AsSpan(start, end - start).IndexOf((byte)'\n');
                if (newline < 0)
                {
                    break;
                }

                if (skipping)
                {
                    skipping = false;
                }
                else
                {
                    Row(buffer.AsSpan(start, newline), ++line);
                }

                start += newline + 1;
            }

            var rest = end - start;
            if (read == 0)
            {
                if (rest > 0 && !skipping)
                {
                    Row(buffer.AsSpan(start, rest), ++line);
                }

                break;
            }

            if (!skipping && rest >= MaxRowBytes)
            {
                _in++;
                _sawRow = true;
                Add(++line, 0, ScrubProblem.TooLong);
                skipping = true;
            }

            if (skipping)
            {
                filled = 0;
            }
            else
            {
                buffer.AsSpan(start, rest).CopyTo(buffer);
                filled = rest;
            }

            if (_rows.Pending >= ReadSize)
            {
                await _rows.FlushAsync(output, cancellationToken).ConfigureAwait(false);
            }
        }

        return await EndAsync(output, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>True when <paramref name="json"/> is one well-formed JSON document shaped as a list of numbers (<see cref="ScrubFormat.Json"/>).</summary>
    public static bool IsJsonList(ReadOnlySpan<byte> json)
    {
        try
        {
            var reader = new Utf8JsonReader(json);
            if (!FindArray(ref reader))
            {
                return false;
            }

            reader.Skip();
            while (reader.Read())
            {
                if (reader.TokenType is not (JsonTokenType.PropertyName or JsonTokenType.EndObject))
                {
                    reader.Skip();
                }
            }

            return true;
        }
        catch (JsonException)
        {
            return false;
        }
    }

    /// <summary>Scrubs a JSON list (check it with <see cref="IsJsonList"/> first); the answer is written when the list is read.</summary>
    public async Task<ScrubTally> ScrubJsonAsync(ReadOnlyMemory<byte> json, Stream output, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(output);
        Begin(ScrubFormat.Json);
        ReadJson(json.Span);
        return await EndAsync(output, cancellationToken).ConfigureAwait(false);
    }

    private void Begin(ScrubFormat format)
    {
        if (_used)
        {
            throw new InvalidOperationException("One ListScrub scrubs one list.");
        }

        _used = true;
        _rows = new ScrubRows(format);
        _rows.Start();
    }

    private async Task<ScrubTally> EndAsync(Stream output, CancellationToken cancellationToken)
    {
        Flush();
        var tally = new ScrubTally(_in, _out, _bad);
        _rows.End(tally);
        await _rows.FlushAsync(output, cancellationToken).ConfigureAwait(false);
        await output.FlushAsync(cancellationToken).ConfigureAwait(false);
        return tally;
    }

    private void ReadJson(ReadOnlySpan<byte> json)
    {
        var reader = new Utf8JsonReader(json);
        FindArray(ref reader);
        var position = 0L;
        Span<byte> unescaped = stackalloc byte[MaxFieldBytes];
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            position++;
            _in++;
            if (reader.TokenType == JsonTokenType.Number)
            {
                Number(reader.ValueSpan, position);
            }
            else if (reader.TokenType != JsonTokenType.String)
            {
                reader.Skip();
                Add(position, 0, ScrubProblem.NotANumber);
            }
            else if (reader.ValueSpan.Length > MaxFieldBytes)
            {
                Add(position, 0, ScrubProblem.TooLong);
            }
            else if (reader.ValueIsEscaped)
            {
                var written = reader.CopyString(unescaped);
                Number(unescaped[..written], position);
            }
            else
            {
                Number(reader.ValueSpan, position);
            }
        }
    }

    /// <summary>Moves to the list: the root array, or the array of the root object's <c>numbers</c>.</summary>
    private static bool FindArray(ref Utf8JsonReader reader)
    {
        if (!reader.Read())
        {
            return false;
        }

        if (reader.TokenType == JsonTokenType.StartArray)
        {
            return true;
        }

        if (reader.TokenType != JsonTokenType.StartObject)
        {
            return false;
        }

        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var isNumbers = reader.ValueTextEquals("numbers"u8);
            reader.Read();
            if (isNumbers && reader.TokenType == JsonTokenType.StartArray)
            {
                return true;
            }

            reader.Skip();
        }

        return false;
    }

    /// <summary>One CSV row: its first field is the number; blank rows and a first row without digits (a header) are no rows.</summary>
    private void Row(ReadOnlySpan<byte> row, long line)
    {
        if (row.Length > 0 && row[^1] == (byte)'\r')
        {
            row = row[..^1];
        }

        if (line == 1 && row.StartsWith("\uFEFF"u8))
        {
            row = row[3..];
        }

        row = row.Trim(" \t"u8);
        if (row.IsEmpty)
        {
            return;
        }

        ReadOnlySpan<byte> field;
        if (row[0] == (byte)'"')
        {
            var close = row[1..].IndexOf((byte)'"');
            if (close < 0)
            {
                _in++;
                _sawRow = true;
                Add(line, 0, ScrubProblem.UnterminatedQuote);
                return;
            }

            field = row.Slice(1, close);
        }
        else
        {
            var separator = row.IndexOfAny(",;\t"u8);
            field = separator < 0 ? row : row[..separator];
        }

        if (!_sawRow)
        {
            _sawRow = true;
            if (!HasDigit(field))
            {
                return;
            }
        }

        _in++;
        if (field.Length > MaxFieldBytes)
        {
            Add(line, 0, ScrubProblem.TooLong);
            return;
        }

        Number(field, line);
    }

    /// <summary>Normalises the UTF-8 text of one number and queues it for the batch lookup.</summary>
    private void Number(ReadOnlySpan<byte> text, long line)
    {
        Span<char> chars = stackalloc char[MaxFieldBytes];
        int length;
        if (System.Text.Ascii.IsValid(text))
        {
            System.Text.Ascii.ToUtf16(text, chars, out length);
        }
        else
        {
            // Full-width digits (１３９…) and Chinese around them are UTF-8; broken UTF-8 becomes U+FFFD, which no number has.
            length = Encoding.UTF8.GetChars(text, chars);
        }

        var number = _normalizer.Normalize(chars[..length], _region);
        if (number.IsValid)
        {
            Add(line, number.E164, ScrubProblem.None);
        }
        else
        {
            Add(line, 0, ScrubProblem.NotANumber);
        }
    }

    private void Add(long line, long e164, ScrubProblem problem)
    {
        _lines[_count] = line;
        _numbers[_count] = e164;
        _problems[_count] = problem;
        if (++_count == Batch)
        {
            Flush();
        }
    }

    /// <summary>Looks the queued numbers up at once and writes the answer rows in input order.</summary>
    private void Flush()
    {
        if (_count == 0)
        {
            return;
        }

        _registry.RefusalsOf(_numbers.AsSpan(0, _count), _refused.AsSpan(0, _count));
        for (var i = 0; i < _count; i++)
        {
            if (_problems[i] != ScrubProblem.None)
            {
                _bad++;
                _rows.Bad(_lines[i], _problems[i]);
            }
            else if ((_refused[i] & _marketed) != 0)
            {
                _out++;
                _rows.Number(_lines[i], _numbers[i]);
            }
        }

        _count = 0;
    }

    /// <summary>An ASCII digit or a full-width one (U+FF10–FF19: EF BC 90–99 in UTF-8).</summary>
    private static bool HasDigit(ReadOnlySpan<byte> field)
    {
        if (field.IndexOfAnyInRange((byte)'0', (byte)'9') >= 0)
        {
            return true;
        }

        for (var i = 0; i + 2 < field.Length; i++)
        {
            if (field[i] == 0xEF && field[i + 1] == 0xBC && field[i + 2] is >= 0x90 and <= 0x99)
            {
                return true;
            }
        }

        return false;
    }
}
