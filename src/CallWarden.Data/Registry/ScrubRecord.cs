namespace CallWarden.Data.Registry;

/// <summary>One scrub of a business's call list: when and how many, never the list itself (issue #10 part 7).</summary>
public sealed class ScrubRecord
{
    public long Id { get; set; }

    public int BusinessId { get; set; }

    public DateTimeOffset At { get; set; }

    /// <summary><c>api</c> (with the key, <c>api key:#12</c>) or <c>cli</c>.</summary>
    public required string Through { get; set; }

    /// <summary>Numbers read.</summary>
    public long NumbersIn { get; set; }

    /// <summary>Numbers returned as not to be called.</summary>
    public long NumbersOut { get; set; }

    /// <summary>Rows that held no number, reported back with their line.</summary>
    public long BadRows { get; set; }
}
