using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace CallWarden.Web.Tests;

/// <summary>Issue #12 part 6: the access log, when switched on, writes every error and a sample of the rest.</summary>
public sealed class RequestLogTests
{
    [Theory]
    [InlineData(1, 30)]
    [InlineData(10, 3)]
    [InlineData(100, 1)]
    public async Task One_successful_request_in_N_is_written_and_every_error(int every, int successLines)
    {
        var lines = new List<string>();
        var status = StatusCodes.Status200OK;
        var log = new RequestLog(http => { http.Response.StatusCode = status; return Task.CompletedTask; }, new ListLogger(lines), Microsoft.Extensions.Options.Options.Create(new WebOptions { AccessLogEvery = every }));

        for (var i = 0; i < 30; i++)
        {
            await log.InvokeAsync(Request("/"));
        }

        status = StatusCodes.Status404NotFound;
        await log.InvokeAsync(Request("/api/v1/numbers/13912345678"));
        status = StatusCodes.Status500InternalServerError;
        await log.InvokeAsync(Request("/"));

        Assert.Equal(successLines, lines.Count(l => l.Contains("answered 200", StringComparison.Ordinal)));
        Assert.Single(lines, l => l.Contains("answered 404", StringComparison.Ordinal));
        Assert.Single(lines, l => l.Contains("answered 500", StringComparison.Ordinal));
        Assert.DoesNotContain(lines, l => l.Contains("13912345678", StringComparison.Ordinal));
    }

    private static DefaultHttpContext Request(string path) => new() { Request = { Method = "GET", Path = path } };

    private sealed class ListLogger(List<string> lines) : ILogger<RequestLog>
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            lines.Add(formatter(state, exception));
    }
}
