namespace CallWarden.Core.Reputation;

/// <summary>
/// The Wilson score interval's lower bound on a proportion, for weighted (non-integer) counts:
/// a cautious "at least this share is spam", which stays low while the evidence is thin.
/// </summary>
internal static class WilsonBound
{
    public static double Lower(double positive, double total, double z)
    {
        if (total <= 0)
        {
            return 0;
        }

        var p = Math.Clamp(positive / total, 0, 1);
        var z2 = z * z;
        var centre = p + (z2 / (2 * total));
        var margin = z * Math.Sqrt((p * (1 - p) / total) + (z2 / (4 * total * total)));
        return Math.Clamp((centre - margin) / (1 + (z2 / total)), 0, 1);
    }
}
