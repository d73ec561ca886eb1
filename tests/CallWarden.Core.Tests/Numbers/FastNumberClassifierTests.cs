using CallWarden.Core.Numbers;

namespace CallWarden.Core.Tests.Numbers;

/// <summary>
/// The differential test: the fast path must give exactly libphonenumber's answer (plus CallWarden's
/// documented short-number rules, which both paths share) on every input.
/// </summary>
public sealed class FastNumberClassifierTests(ITestOutputHelper output)
{
    private const int Inputs = 1_000_000;
    private const int Seed = 20261128;

    [Fact]
    public void Fast_path_agrees_with_libphonenumber_on_a_million_generated_inputs()
    {
        var normalizer = PhoneNumberNormalizer.Default;
        var chunks = Environment.ProcessorCount * 4;
        var perChunk = Inputs / chunks;
        var disagreements = new System.Collections.Concurrent.ConcurrentBag<string>();
        long handledFast = 0, valid = 0;
        Parallel.For(0, chunks, chunk =>
        {
            var random = new Random(Seed + chunk);
            long fast = 0, validHere = 0;
            for (var i = 0; i < perChunk; i++)
            {
                var (text, region) = NumberShapes.Next(random);
                var expected = normalizer.NormalizeSlow(text, region);
                validHere += expected.IsValid ? 1 : 0;
                if (FastNumberClassifier.Shared.TryClassify(text, region, out var quick))
                {
                    fast++;
                    if (quick != expected)
                    {
                        disagreements.Add($"chunk {chunk} #{i} '{text}' ({region}): fast {quick}/{quick.Kind}, libphonenumber {expected}/{expected.Kind}");
                    }
                }

                var viaNormalize = normalizer.Normalize(text, region);
                if (viaNormalize != expected)
                {
                    disagreements.Add($"chunk {chunk} #{i} '{text}' ({region}): Normalize {viaNormalize}, reference {expected}");
                }
            }

            Interlocked.Add(ref handledFast, fast);
            Interlocked.Add(ref valid, validHere);
        });

        output.WriteLine($"{chunks * perChunk:N0} inputs, {valid:N0} valid, {handledFast:N0} answered by the fast path, {disagreements.Count} disagreements");
        Assert.True(disagreements.IsEmpty, string.Join('\n', disagreements.Take(20)));
        // Most invalid input, other calling codes and short codes are left to libphonenumber;
        // the shapes the fast path exists for are most of the valid input.
        Assert.True(handledFast > valid / 2, $"The fast path answered only {handledFast:N0} of {valid:N0} valid inputs.");
    }

    /// <summary>
    /// The digits packed by AVX-512's compress from two overlapping loads (8–15 and 16–32 characters): a
    /// separator, a bracket or a character that is neither at every position of every length, at both
    /// loads' edges and in their overlap, read exactly as libphonenumber reads them.
    /// </summary>
    [Fact]
    public void Separated_text_of_every_length_the_vectors_read_agrees_with_libphonenumber()
    {
        var normalizer = PhoneNumberNormalizer.Default;
        string[] numbers = ["13912345678", "075581234567", "01062345678", "8613912345678", "0086075581234567", "179510755812345678", "2025550123"];
        char[] odd = [' ', '-', '(', ')', '.', 'x', '０', '９', '\0', '＋', '一', '+'];
        var disagreements = new List<string>();
        var random = new Random(Seed);
        foreach (var number in numbers)
        {
            for (var length = 7; length <= 34; length++)
            {
                for (var sample = 0; sample < 40; sample++)
                {
                    var text = new System.Text.StringBuilder(number);
                    while (text.Length < length)
                    {
                        text.Insert(random.Next(1, text.Length), random.Next(4) switch { 0 => ' ', 1 => '-', 2 => '(', _ => ')' });
                    }

                    if (sample % 2 == 1)
                    {
                        text[random.Next(text.Length)] = odd[random.Next(odd.Length)];
                    }

                    foreach (var region in new[] { "CN", "US" })
                    {
                        var input = text.ToString();
                        var expected = normalizer.NormalizeSlow(input, region);
                        if ((FastNumberClassifier.Shared.TryClassify(input, region, out var quick) && quick != expected) || normalizer.Normalize(input, region) != expected)
                        {
                            disagreements.Add($"'{input}' ({region}): fast {quick}, libphonenumber {expected}");
                        }
                    }
                }
            }
        }

        Assert.True(disagreements.Count == 0, string.Join('\n', disagreements.Take(20)));
    }

    [Fact]
    public void Fast_path_agrees_with_libphonenumber_on_every_FTC_complaint_number()
    {
        var rows = File.ReadLines(Path.Combine(AppContext.BaseDirectory, "Data", "ftc-dnc-90days-numbers-2025-10.csv")).Skip(1).ToArray();
        Assert.Equal(227_566, rows.Length);
        var normalizer = PhoneNumberNormalizer.Default;
        var disagreements = new System.Collections.Concurrent.ConcurrentBag<string>();
        long handledFast = 0, valid = 0;
        Parallel.ForEach(rows, row =>
        {
            var expected = normalizer.NormalizeSlow(row, "US");
            if (expected.IsValid)
            {
                Interlocked.Increment(ref valid);
            }

            if (FastNumberClassifier.Shared.TryClassify(row, "US", out var quick))
            {
                Interlocked.Increment(ref handledFast);
                if (quick != expected)
                {
                    disagreements.Add($"'{row}': fast {quick}/{quick.Kind}, libphonenumber {expected}/{expected.Kind}");
                }
            }
        });

        output.WriteLine($"{rows.Length:N0} rows, {valid:N0} valid, {handledFast:N0} answered by the fast path");
        Assert.True(disagreements.IsEmpty, string.Join('\n', disagreements.Take(20)));
        Assert.True(handledFast >= valid * 99 / 100, $"fast path answered {handledFast} of {valid} valid rows");
    }

    [Fact]
    public void Fast_path_agrees_with_libphonenumber_on_prefixed_CN_shapes_over_every_area_code()
    {
        const int prefixedInputs = 300_000;
        var texts = new string[prefixedInputs];
        var random = new Random(Seed);
        for (var i = 0; i < texts.Length; i++)
        {
            texts[i] = PrefixedNumberShapes.Next(random);
        }

        var (valid, fast, fastValid) = AssertAgreement(texts);
        output.WriteLine($"{texts.Length:N0} prefixed inputs over {PrefixedNumberShapes.AreaCodes.Length} area codes, {valid:N0} valid, {fast:N0} answered by the fast path ({fastValid:N0} of them valid)");
        Assert.True(fastValid >= valid * 99 / 100, $"The fast path answered only {fastValid:N0} of {valid:N0} valid prefixed inputs.");
    }

    /// <summary>Real reported numbers (the FTC file's digits) as CN subscriber numbers behind real area codes and mobile blocks, in every prefixed shape.</summary>
    [Fact]
    public void Fast_path_agrees_with_libphonenumber_on_FTC_complaint_numbers_rewritten_as_prefixed_CN_numbers()
    {
        var areas = PrefixedNumberShapes.AreaCodes;
        var blocks = PrefixedNumberShapes.MobileBlocks;
        string[] ips = ["17951", "17911", "12593"];
        var texts = File.ReadLines(Path.Combine(AppContext.BaseDirectory, "Data", "ftc-dnc-90days-numbers-2025-10.csv")).Skip(1)
            .Where(row => row.Length == 10 && row.All(char.IsAsciiDigit))
            .Select((row, i) =>
            {
                var area = areas[i % areas.Length];
                var subscriber = row[(area.Length == 2 ? 2 : 3)..];
                var mobile = blocks[i % blocks.Length] + row[6..];
                return PrefixedNumberShapes.Write(i % PrefixedNumberShapes.ShapeCount, area, subscriber, mobile, ips[i % ips.Length], new Random(i));
            })
            .ToArray();

        var (valid, fast, fastValid) = AssertAgreement(texts);
        output.WriteLine($"{texts.Length:N0} rewritten rows, {valid:N0} valid, {fast:N0} answered by the fast path ({fastValid:N0} of them valid)");
        Assert.True(fastValid >= valid * 99 / 100, $"The fast path answered only {fastValid:N0} of {valid:N0} valid rewritten rows.");
    }

    /// <summary>Fast path and Normalize against NormalizeSlow (region CN) on every text; returns the counts.</summary>
    private static (long Valid, long Fast, long FastValid) AssertAgreement(string[] texts)
    {
        var normalizer = PhoneNumberNormalizer.Default;
        var disagreements = new System.Collections.Concurrent.ConcurrentBag<string>();
        long valid = 0, fast = 0, fastValid = 0;
        Parallel.For(0, texts.Length, i =>
        {
            var text = texts[i];
            var expected = normalizer.NormalizeSlow(text, "CN");
            if (expected.IsValid)
            {
                Interlocked.Increment(ref valid);
            }

            if (FastNumberClassifier.Shared.TryClassify(text, "CN", out var quick))
            {
                Interlocked.Increment(ref fast);
                if (quick.IsValid)
                {
                    Interlocked.Increment(ref fastValid);
                }

                if (quick != expected)
                {
                    disagreements.Add($"#{i} '{text}': fast {quick}/{quick.Kind}, libphonenumber {expected}/{expected.Kind}");
                }
            }


            var viaNormalize = normalizer.Normalize(text, "CN");
            if (viaNormalize != expected)
            {
                disagreements.Add($"#{i} '{text}': Normalize {viaNormalize}, reference {expected}");
            }
        });

        Assert.True(disagreements.IsEmpty, $"{disagreements.Count} disagreements:\n" + string.Join('\n', disagreements.Take(20)));
        return (valid, fast, fastValid);
    }

    [Theory]
    [InlineData("+8613912345678", "CN", 8613912345678, NumberKind.Mobile)]
    [InlineData("13912345678", "CN", 8613912345678, NumberKind.Mobile)]
    [InlineData("139 1234 5678", "CN", 8613912345678, NumberKind.Mobile)]
    [InlineData("１３９１２３４５６７８", "CN", 8613912345678, NumberKind.Mobile)]
    [InlineData("8613912345678", "CN", 8613912345678, NumberKind.Mobile)]
    [InlineData("2025550123", "US", 12025550123, NumberKind.FixedLineOrMobile)]
    [InlineData("12025550123", "US", 12025550123, NumberKind.FixedLineOrMobile)]
    [InlineData("+1 202-555-0123", "US", 12025550123, NumberKind.FixedLineOrMobile)]
    [InlineData("+8613912345678", "US", 8613912345678, NumberKind.International)]
    [InlineData("8005550123", "US", 18005550123, NumberKind.TollFree)]
    public void Common_shapes_are_answered_without_libphonenumber(string text, string region, long e164, NumberKind kind)
    {
        Assert.True(FastNumberClassifier.Shared.TryClassify(text, region, out var number));
        Assert.Equal(new PhoneNumber(e164, kind), number);
    }

    [Theory]
    [InlineData("12321", "CN")]
    [InlineData("106900001234", "CN")]
    [InlineData("17951 12321", "CN")]
    [InlineData("+44 20 7946 0958", "CN")]
    [InlineData("0044 20 7946 0958", "CN")]
    [InlineData("（0755）88889999", "CN")]
    [InlineData("13912345678", "GB")]
    [InlineData("", "CN")]
    [InlineData("0255501234", "US")]
    public void Short_codes_other_calling_codes_and_other_regions_are_left_to_libphonenumber(string text, string region)
    {
        Assert.False(FastNumberClassifier.Shared.TryClassify(text, region, out _));
    }

    /// <summary>
    /// An IP prefix before a trunk landline is no number for libphonenumber; the fast path decides it
    /// on the digit after the prefix (the trunk 0, which no CN number starts with) without walking the
    /// rest (issue #12 part 6).
    /// </summary>
    [Theory]
    [InlineData("17911 0755 8123456")]
    [InlineData("17951 010 62345678")]
    [InlineData("12593-0755-8123456")]
    [InlineData("(17909)07558123456")]
    [InlineData("１７９５１ ０１０ ６２３４５６７８")]
    [InlineData("+86 17951 0755 8123456")]
    public void IP_prefix_before_a_trunk_landline_is_no_number_on_the_fast_path(string text)
    {
        Assert.True(FastNumberClassifier.Shared.TryClassify(text, "CN", out var number));
        Assert.Equal(PhoneNumber.Invalid, number);
        Assert.Equal(PhoneNumberNormalizer.Default.NormalizeSlow(text, "CN"), number);
    }
}
