using CallWarden.Voice.Prompts;

namespace CallWarden.Voice.Tests.Prompts;

/// <summary>
/// Every shipped prompt rendered once with the real espeak-ng into a temporary folder, shared by the
/// tests that need speech (the renderer's, the library's, the report line's). Rendering takes a few seconds.
/// </summary>
public sealed class RenderedPrompts : IAsyncLifetime
{
    private string? _folder;

    public string Folder => _folder ?? throw new InvalidOperationException("not rendered");

    internal PromptRenderSummary? FirstRun { get; private set; }

    internal PromptLibrary Library => PromptLibrary.Load(Folder, PromptTexts.Shipped);

    /// <summary>Set when espeak-ng is missing: each test skips (or under CI fails) through <see cref="InstalledTool"/>.</summary>
    private bool _missing;

    public async ValueTask InitializeAsync()
    {
        var espeak = EspeakNg.Find();
        if (espeak is null)
        {
            _missing = true;
            return;
        }

        _folder = Directory.CreateTempSubdirectory("cw-prompts-").FullName;
        FirstRun = await new PromptRenderer(espeak, PromptTexts.Shipped).RenderAsync(_folder, null, CancellationToken.None);
    }

    /// <summary>Call first in each test: skips or fails when espeak-ng is not installed.</summary>
    public void Require()
    {
        if (_missing)
        {
            InstalledTool.Find("espeak-ng", "espeak-ng");
        }
    }

    /// <summary>A private copy of the rendered folder, for a test that changes it.</summary>
    public string Copy()
    {
        var copy = Directory.CreateTempSubdirectory("cw-prompts-").FullName;
        foreach (var file in Directory.EnumerateFiles(Folder, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(copy, Path.GetRelativePath(Folder, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }

        return copy;
    }

    public ValueTask DisposeAsync()
    {
        if (_folder is not null)
        {
            Directory.Delete(_folder, recursive: true);
        }

        return ValueTask.CompletedTask;
    }
}

[CollectionDefinition(Name)]
public sealed class RenderedPromptsCollection : ICollectionFixture<RenderedPrompts>
{
    public const string Name = "rendered prompts";
}
