using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using CallWarden.Core.Screening;

namespace CallWarden.Web.Pages.Protection;

/// <summary>
/// The My protection form as posted: the list kept (minus what is ticked for removal), one number
/// to block and one to always allow, and the settings a person understands. Everything else of the
/// subscriber's rules (regions, contacts, spoofing rules …) is kept as stored.
/// </summary>
internal sealed class ProtectionForm
{
    public const string Allow = "allow";
    public const string Label = "label";
    public const string Block = "block";

    /// <summary>The version of the stored rules the form was filled from.</summary>
    public long Version { get; set; }

    /// <summary>The <see cref="Fingerprint"/> of the form the last dry run was shown for.</summary>
    public string? PreviewedAs { get; set; }

    /// <summary>Canonical patterns of stored entries to remove.</summary>
    public List<string> Remove { get; set; } = [];

    public string? BlockPattern { get; set; }

    public string? BlockNote { get; set; }

    public string? AllowPattern { get; set; }

    public string? AllowNote { get; set; }

    public bool ContactsOnly { get; set; }

    /// <summary><see cref="Allow"/>, <see cref="Label"/> or <see cref="Block"/>.</summary>
    public string? Anonymous { get; set; }

    /// <summary><see cref="Allow"/>, <see cref="Label"/> or <see cref="Block"/>.</summary>
    public string? International { get; set; }

    /// <summary>HH:mm, China time.</summary>
    public string? QuietFrom { get; set; }

    public string? QuietTo { get; set; }

    /// <summary><see cref="Block"/> from the threshold, or <see cref="Label"/> only.</summary>
    public string? Community { get; set; }

    public string? Threshold { get; set; }

    /// <summary>The disposition code every block of the page answers with (<c>reject</c>, <c>busy</c> …).</summary>
    public string? Answer { get; set; }

    /// <summary>The form showing <paramref name="rules"/> as stored.</summary>
    public static ProtectionForm Of(SubscriberRules rules) => new()
    {
        Version = rules.Version,
        ContactsOnly = rules.ContactsOnly.Blocks(),
        Anonymous = Choice(rules.Anonymous),
        International = Choice(rules.International),
        QuietFrom = rules.QuietHours?.Start.ToString("HH:mm", CultureInfo.InvariantCulture),
        QuietTo = rules.QuietHours?.End.ToString("HH:mm", CultureInfo.InvariantCulture),
        Community = rules.LabelOnly ? Label : Block,
        Threshold = rules.ReputationThreshold.ToString(CultureInfo.InvariantCulture),
        Answer = rules.ReputationDisposition.ToCode(),
    };

    /// <summary>What the form says, so that a save can tell whether it is what the dry run was shown for.</summary>
    public string Fingerprint()
    {
        string[] parts =
        [
            Version.ToString(CultureInfo.InvariantCulture), string.Join(' ', Remove.Order(StringComparer.Ordinal)),
            BlockPattern?.Trim() ?? string.Empty, BlockNote?.Trim() ?? string.Empty, AllowPattern?.Trim() ?? string.Empty, AllowNote?.Trim() ?? string.Empty,
            ContactsOnly ? "1" : "0", Anonymous ?? string.Empty, International ?? string.Empty, QuietFrom?.Trim() ?? string.Empty, QuietTo?.Trim() ?? string.Empty,
            Community ?? string.Empty, Threshold?.Trim() ?? string.Empty, Answer ?? string.Empty,
        ];
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(string.Join('\u001f', parts))))[..32];
    }

    private static string Choice(Disposition disposition) => disposition switch
    {
        Disposition.Allow => Allow,
        Disposition.Label => Label,
        _ => Block,
    };
}
