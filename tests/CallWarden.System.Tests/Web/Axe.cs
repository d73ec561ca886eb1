using System.Text;
using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace CallWarden.System.Tests.Web;

/// <summary>axe-core run in the page; serious and critical violations fail the test, listed so they can be fixed.</summary>
internal static class Axe
{
    private static readonly string[] Blocking = ["serious", "critical"];

    public static async Task AssertNoSeriousViolationsAsync(IPage page)
    {
        var result = await page.RunAxe();
        var blocking = result.Violations.Where(v => Blocking.Contains(v.Impact, StringComparer.Ordinal)).ToList();
        if (blocking.Count > 0)
        {
            Assert.Fail(Describe(page.Url, blocking));
        }
    }

    private static string Describe(string url, IReadOnlyList<AxeResultItem> violations)
    {
        var text = new StringBuilder($"axe: {violations.Count} serious or critical violation(s) on {url}\n");
        foreach (var violation in violations)
        {
            text.Append($"- {violation.Id} ({violation.Impact}): {violation.Help}\n  {violation.HelpUrl}\n");
            foreach (var node in violation.Nodes)
            {
                text.Append($"    at {node.Target}: {node.Html}\n");
            }
        }

        return text.ToString();
    }
}
