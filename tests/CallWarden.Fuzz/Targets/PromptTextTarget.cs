using System.Text;
using CallWarden.Voice.Prompts;

namespace CallWarden.Fuzz.Targets;

/// <summary>
/// The prompt file parser, <see cref="PromptTextFile.Parse"/>, over the input read as UTF-8 (issue #11
/// part 2): every prompt it returns is a known key with a text of allowed length, and a file it accepts
/// without problems has every key.
/// </summary>
internal sealed class PromptTextTarget : IFuzzTarget
{
    public void Run(byte[] input)
    {
        var texts = PromptTextFile.Parse(Encoding.UTF8.GetString(input), out var problems);
        foreach (var (key, text) in texts)
        {
            if (!PromptKeys.All.Contains(key) || text.Length is 0 or > PromptTextFile.MaxTextChars)
            {
                throw new FuzzFinding($"accepted '{key}' with {text.Length} characters");
            }
        }

        if (problems.Count == 0 && texts.Count != PromptKeys.All.Count)
        {
            throw new FuzzFinding("no problem named, yet keys are missing");
        }
    }
}
