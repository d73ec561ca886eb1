namespace CallWarden.Data.Stats.Monthly;

/// <summary>Reports of one group (a channel, category, carrier or province code) in the month, the month before, and the same month a year before.</summary>
public sealed record MonthlyVolume(string Code, long Month, long PreviousMonth, long SameMonthLastYear)
{
    /// <summary>The change against the month before, as a share of it (0.25 = up a quarter); null when the month before had none.</summary>
    public double? ChangeOnPreviousMonth => Change(PreviousMonth);

    public double? ChangeOnLastYear => Change(SameMonthLastYear);

    private double? Change(long before) => before == 0 ? null : Math.Round((double)(Month - before) / before, 4);
}
