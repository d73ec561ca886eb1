namespace CallWarden.Fuzz;

/// <summary>A parser broke its own contract without throwing: e.g. the fast number path disagrees with the reference.</summary>
internal sealed class FuzzFinding(string message) : Exception(message);
