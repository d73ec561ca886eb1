using Microsoft.EntityFrameworkCore;

namespace CallWarden.Data.Verification;

/// <summary>Makes issuing phone codes one at a time, so that the limits on codes hold under concurrent requests.</summary>
public static class IssueLock
{
    /// <summary>An arbitrary constant naming the advisory lock ("CW_OTP").</summary>
    private const long Key = 0x43575F4F5450;

    /// <summary>
    /// Call inside the transaction before counting recent codes: otherwise two requests at once on
    /// PostgreSQL both see room under a limit and both send. SQLite has a single writer already
    /// (its transactions begin immediate).
    /// </summary>
    public static async Task HoldAsync(CallWardenDbContext db, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        if (db.IsPostgres)
        {
            await db.Database.ExecuteSqlAsync($"SELECT pg_advisory_xact_lock({Key})", cancellationToken).ConfigureAwait(false);
        }
    }
}
