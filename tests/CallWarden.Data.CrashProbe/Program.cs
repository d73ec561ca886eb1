using System.Globalization;
using CallWarden.Data;
using CallWarden.Data.Intake;
using CallWarden.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;

// Submits reports against a SQLite file as fast as it can and prints each acknowledged reference,
// until it is killed: the crash test then checks that every printed reference was stored.
// usage: CallWarden.Data.CrashProbe <database file> <concurrent submitters>
var file = args[0];
var submitters = int.Parse(args[1], CultureInfo.InvariantCulture);
var options = SqliteStorage.Options($"Data Source={file}");
await using (var db = new CallWardenDbContext(options))
{
    await db.Database.MigrateAsync();
}

var contexts = new PooledDbContextFactory<CallWardenDbContext>(options);
await using var intake = new ReportIntake(contexts, TimeProvider.System);
var output = Console.Out;
var gate = new object();
Console.WriteLine("ready");
await Task.WhenAll(Enumerable.Range(0, submitters).Select(s => Task.Run(async () =>
{
    for (var i = 0; ; i++)
    {
        var result = await intake.SubmitAsync(new ReportSubmission(
            IntakeChannel.Api, "{}", TimeProvider.System.GetUtcNow(), null, $"probe-{s}", $"probe-{s}-{i}",
            string.Create(CultureInfo.InvariantCulture, $"1391{s:000}{i % 10000:0000}"), "harassment"));
        lock (gate)
        {
            // One line per acknowledgement, flushed at once: the test must see it before the kill.
            output.WriteLine(result.Receipt!.Reference);
            output.Flush();
        }
    }
})));
