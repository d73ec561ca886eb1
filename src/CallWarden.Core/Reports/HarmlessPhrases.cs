namespace CallWarden.Core.Reports;

/// <summary>
/// Everyday phrases that contain a word of <see cref="CategoryLexicon"/> without meaning it: they are
/// blanked before the lexicon is read, so that selling antivirus (杀毒软件) or bargaining (杀价) is
/// never filed as a threat, nor a "hurdle" as fraud. Simplified Chinese or lower-case English, like
/// the lexicon.
/// </summary>
internal static class HarmlessPhrases
{
    public static readonly string[] All =
    [
        "杀毒", "杀价", "杀青", "抹杀", "杀手锏", "打你电话", "打你手机", "打给你", "打你的电话",
        "报复性消费", "skill", "antivirus",
    ];
}
