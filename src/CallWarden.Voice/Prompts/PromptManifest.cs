using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace CallWarden.Voice.Prompts;

/// <summary>
/// What the prompt folder holds: per language and key the voice and a hash of what was rendered
/// (text, voice, speed, this code's rendering version) and the length in samples. A rerun renders a
/// prompt again only when its hash changed or its files are gone; the loader refuses a folder whose
/// hashes do not match the texts of this build.
/// </summary>
internal sealed record PromptManifest(int Format, List<PromptManifestEntry> Prompts)
{
    public const string FileName = "manifest.json";

    /// <summary>Raised when the resampler or the coders change what a text renders to, so that every prompt is rendered again.</summary>
    public const string RenderingVersion = "espeak-ng/kaiser-3400-4000/g711-1";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { WriteIndented = true };

    public static string Hash(string voice, string text) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes($"{RenderingVersion}\n{voice}\n{EspeakNg.Speed}\n{text}")).AsSpan(0, 16));

    public static string FilePath(string folder, VoiceLanguage language, string key, string extension) =>
        Path.Combine(folder, language.FileTag(), key + extension);

    /// <summary>The manifest in <paramref name="folder"/>; an empty one when there is none or it cannot be read.</summary>
    public static PromptManifest Read(string folder)
    {
        var path = Path.Combine(folder, FileName);
        try
        {
            return File.Exists(path) ? JsonSerializer.Deserialize<PromptManifest>(File.ReadAllText(path), Json) ?? Empty : Empty;
        }
        catch (JsonException)
        {
            return Empty;
        }
    }

    public void Write(string folder)
    {
        var path = Path.Combine(folder, FileName);
        var temporary = path + ".tmp";
        File.WriteAllText(temporary, JsonSerializer.Serialize(this, Json));
        File.Move(temporary, path, overwrite: true);
    }

    private static PromptManifest Empty => new(1, []);
}

internal sealed record PromptManifestEntry(string Language, string Key, string Voice, string TextHash, int Samples);
