namespace CallWarden.Data.Stats.Monthly;

/// <summary>Why a month asked for cannot have a report.</summary>
public enum MonthProblem
{
    None,

    /// <summary>No month was given.</summary>
    Missing,

    /// <summary>Not a month written yyyy-MM.</summary>
    NotAMonth,

    /// <summary>The month has not begun in China.</summary>
    InTheFuture,

    /// <summary>The month ended before the first report the store holds (or it holds none).</summary>
    BeforeTheData,
}
