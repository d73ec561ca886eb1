namespace CallWarden.Data.Sqlite;

/// <summary>What a committed transaction survives.</summary>
public enum SqliteDurability
{
    /// <summary>
    /// <c>synchronous=NORMAL</c> in WAL mode: a commit is written to the WAL file before it
    /// returns, so it survives the process being killed; only losing power before the next
    /// checkpoint's fsync can undo it. The promise of DESIGN.md, at a fraction of FULL's cost.
    /// </summary>
    ProcessCrash,

    /// <summary><c>synchronous=FULL</c>: every commit is fsynced, so it survives a power loss too.</summary>
    PowerLoss,
}
