namespace CallWarden.Web.Registry;

/// <summary>A subscriber's refusals after a change, and its confirmation in the language asked for (also sent by SMS).</summary>
internal sealed record RefusalAnswer(string Number, string[] Refused, string? Confirmation);
