namespace CallWarden.Bench.Sip;

/// <summary>One side at one offered rate: what SIPp saw, what Kamailio and the screening process spent.</summary>
internal sealed record SipStep(string Side, int Offered, SippRun Calls, long FailOpen, double KamailioCpuSeconds, double ScreeningCpuSeconds, double MachineBusy, string Load)
{
    /// <summary>Carried: under 1 % of the calls failed, none went through unscreened, and SIPp placed at least 95 % of the offered rate.</summary>
    public bool Sustained => Calls.FailedShare < 0.01 && FailOpen == 0 && Calls.PlacedPerSecond >= 0.95 * Offered;

    public double KamailioMicrosPerCall => KamailioCpuSeconds * 1e6 / Math.Max(1, Calls.Placed);

    public double ScreeningMicrosPerCall => ScreeningCpuSeconds * 1e6 / Math.Max(1, Calls.Placed);
}
