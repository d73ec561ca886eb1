namespace CallWarden.Web.Stats.OpenData;

/// <summary>The deadlines the scorecard judges by, in working days.</summary>
internal sealed record OpenDataDeadlines(int ForwardWithin, int ActWithinAfterForwarding, int TellReportersWithinAfterAction);
