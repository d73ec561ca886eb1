namespace CallWarden.System.Tests.Sms;

/// <summary>
/// The tests that start Kannel: its fixed ports and the fake SMSC's one client allow one stack at a
/// time, so they form one collection and never run side by side.
/// </summary>
[CollectionDefinition(nameof(KannelCollection))]
public sealed class KannelCollection;
