using System.Net;

namespace CallWarden.Web.Operations;

/// <summary>Settings of <c>/metrics</c> (configuration section "Metrics", issue #12 part 5).</summary>
public sealed record MetricsOptions
{
    public const string Section = "Metrics";

    /// <summary>The loopback addresses: a Prometheus on the node itself, or a proxy that adds its own check.</summary>
    public static readonly IReadOnlyList<string> Loopback = ["127.0.0.0/8", "::1"];

    /// <summary>Whether the meter is exported at <c>/metrics</c>; off, the path is not served at all.</summary>
    public bool Enabled { get; init; } = true;

    /// <summary>
    /// Addresses or networks (<c>10.1.0.0/16</c>) that may scrape without a key; unset means
    /// <see cref="Loopback"/>. Anyone else needs an API key with the <c>metrics</c> scope.
    /// </summary>
    public IReadOnlyList<string>? AllowedAddresses { get; init; }

    /// <summary>The outbox and feed gauges read the store at most once per this interval.</summary>
    public TimeSpan StoreReadInterval { get; init; } = TimeSpan.FromSeconds(5);

    /// <summary>The allowed networks; call after <see cref="Validate"/> passed.</summary>
    public IReadOnlyList<IPNetwork> AllowedNetworks() => [.. (AllowedAddresses ?? Loopback).Select(a => TryParse(a, out var network) ? network : default)];

    public IReadOnlyList<string> Validate()
    {
        List<string> problems = [];
        foreach (var address in AllowedAddresses ?? [])
        {
            if (!TryParse(address, out _))
            {
                problems.Add($"{Section}:{nameof(AllowedAddresses)} must list IP addresses or networks such as 127.0.0.1 or 10.1.0.0/16; '{address}' is neither");
            }
        }

        if (StoreReadInterval < TimeSpan.FromSeconds(1) || StoreReadInterval > TimeSpan.FromMinutes(10))
        {
            problems.Add($"{Section}:{nameof(StoreReadInterval)} must be between 00:00:01 and 00:10:00");
        }

        return problems;
    }

    private static bool TryParse(string text, out IPNetwork network)
    {
        if (IPAddress.TryParse(text, out var address))
        {
            network = new IPNetwork(address, address.AddressFamily == System.Net.Sockets.AddressFamily.InterNetwork ? 32 : 128);
            return true;
        }

        return IPNetwork.TryParse(text, out network);
    }
}
