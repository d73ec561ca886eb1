namespace CallWarden.System.Tests.Sms;

/// <summary>The tests that start Kannel: its ports are fixed and the fake SMSC takes one client, so they run one at a time.</summary>
[CollectionDefinition(nameof(KannelCollection))]
public sealed class KannelCollection;
