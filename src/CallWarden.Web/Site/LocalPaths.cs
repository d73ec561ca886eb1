using System.Diagnostics.CodeAnalysis;

namespace CallWarden.Web.Site;

/// <summary>Where a page may send a person back to: only paths on this site, never another host.</summary>
internal static class LocalPaths
{
    /// <summary>A path on this site: starts with one slash (not <c>//host</c> or <c>/\host</c>).</summary>
    public static bool IsLocal([NotNullWhen(true)] string? path) =>
        !string.IsNullOrEmpty(path) && path[0] == '/' && (path.Length == 1 || (path[1] != '/' && path[1] != '\\')) && path.Length <= 2048;
}
