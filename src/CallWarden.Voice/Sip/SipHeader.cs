namespace CallWarden.Voice.Sip;

/// <summary>One header line as received: its canonical name (compact forms expanded) and its value, trimmed.</summary>
internal readonly record struct SipHeader(string Name, string Value);
