using System.Reflection;

namespace CallWarden.Tests.Composition;

/// <summary>
/// Dependencies point inward: Core references no CallWarden assembly, Data only Core, and the areas
/// (Web, Channels) only Core and Data; the executable composes them (issue #12 part 1).
/// </summary>
public sealed class AreaReferenceTests
{
    [Theory]
    [InlineData("CallWarden.Core", new string[0])]
    [InlineData("CallWarden.Data", new[] { "CallWarden.Core" })]
    [InlineData("CallWarden.Web", new[] { "CallWarden.Core", "CallWarden.Data" })]
    [InlineData("CallWarden.Channels", new[] { "CallWarden.Core", "CallWarden.Data" })]
    public void An_assembly_references_only_the_assemblies_inward_of_it(string assembly, string[] allowed)
    {
        var references = Assembly.Load(assembly).GetReferencedAssemblies()
            .Select(a => a.Name!)
            .Where(n => n.StartsWith("CallWarden.", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal);

        Assert.Equal(allowed.Order(StringComparer.Ordinal), references);
    }
}
