using System.Globalization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace CallWarden.Bench.Sip;

/// <summary>
/// <c>sip-stub &lt;port&gt;</c>: the trivial screening service sip-scale compares CallWarden with, in a process of its
/// own so that its CPU is counted apart: <c>POST /api/v1/screen</c> answers a constant allow line, <c>/healthz</c>
/// answers 200 (Kamailio's probe), nothing is logged.
/// </summary>
internal static class ScreeningStub
{
    private const string Allow = """{"action":"allow","sipCode":200,"label":null,"reasons":[],"decisionId":"0","rule":"default"}""";

    public static async Task<int> RunAsync(string[] args)
    {
        var port = int.Parse(args[0], CultureInfo.InvariantCulture);
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls($"http://127.0.0.1:{port}");
        var app = builder.Build();
        app.MapPost("/api/v1/screen", () => Results.Text(Allow, "application/json"));
        app.MapGet("/healthz", () => Results.Text("ok"));
        await app.RunAsync();
        return 0;
    }
}
