using CallWarden.Core.Text;
using Spectre.Console;

namespace CallWarden.Cli;

/// <summary>
/// Text that came from input (a report's reason, a rule's note, a CSV row) as the CLI prints it:
/// hidden characters written as <c>\u001B</c> so no escape sequence reaches the terminal (issue #9 item 7),
/// and, in a Spectre table cell, markup brackets escaped.
/// </summary>
internal static class CliText
{
    public static string Plain(string? text) => VisibleText.Printable(text ?? string.Empty);

    public static string Cell(string? text) => Markup.Escape(Plain(text));
}
