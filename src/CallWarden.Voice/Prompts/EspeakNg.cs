using System.Diagnostics;
using System.Text;

namespace CallWarden.Voice.Prompts;

/// <summary>
/// Debian's espeak-ng, run once per prompt: the text goes in on stdin (so a text can never be read as
/// an option), UTF-8 (<c>-b 1</c>), and a WAV comes back on stdout.
/// </summary>
internal sealed class EspeakNg(string program)
{
    /// <summary>Words per minute: a little slower than espeak's 175, as service lines speak.</summary>
    public const int Speed = 150;

    public const string InstallHint = "apt-get install -y --no-install-recommends espeak-ng";

    public string Program { get; } = program;

    /// <summary>espeak-ng on the PATH; null when it is not installed.</summary>
    public static EspeakNg? Find()
    {
        var found = (Environment.GetEnvironmentVariable("PATH") ?? string.Empty)
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(dir => Path.Combine(dir, "espeak-ng"))
            .FirstOrDefault(File.Exists);
        return found is null ? null : new EspeakNg(found);
    }

    /// <summary>The speech of <paramref name="text"/> at 8 kHz; an exception naming the voice when espeak-ng fails.</summary>
    public async Task<short[]> SpeakAsync(string voice, string text, CancellationToken cancellationToken)
    {
        var start = new ProcessStartInfo(Program)
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardInputEncoding = new UTF8Encoding(false),
        };
        foreach (var argument in new[] { "-v", voice, "-s", Speed.ToString(System.Globalization.CultureInfo.InvariantCulture), "-b", "1", "--stdin", "--stdout" })
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException($"{Program} did not start");
        using var wav = new MemoryStream();
        var output = process.StandardOutput.BaseStream.CopyToAsync(wav, cancellationToken);
        var error = process.StandardError.ReadToEndAsync(cancellationToken);
        try
        {
            await process.StandardInput.WriteAsync(text.AsMemory(), cancellationToken);
            process.StandardInput.Close();
        }
        catch (IOException)
        {
            // espeak-ng exited before reading its input (a bad voice, a broken install): its exit code says why.
        }

        await output;
        await process.WaitForExitAsync(cancellationToken);
        var problem = (await error).Trim();
        if (process.ExitCode != 0)
        {
            throw new PromptRenderingException($"espeak-ng (voice {voice}) failed with exit code {process.ExitCode}: {problem}");
        }

        var audio = WavReader.Read(wav.GetBuffer().AsSpan(0, (int)wav.Length), out var wavProblem)
            ?? throw new PromptRenderingException($"espeak-ng (voice {voice}) wrote no usable WAV: {wavProblem} {problem}".Trim());
        if (audio.Samples.Length == 0)
        {
            throw new PromptRenderingException($"espeak-ng (voice {voice}) wrote no speech for \"{text}\" {problem}".Trim());
        }

        return Resampler.To8k(audio);
    }
}
