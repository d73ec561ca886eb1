namespace CallWarden.Data.Registry;

/// <summary>What came of an administrator's approval or refusal.</summary>
public enum BusinessDecision
{
    Done,
    NotFound,

    /// <summary>Only an application still waiting can be decided.</summary>
    AlreadyDecided,

    /// <summary>One of its numbers is an approved line of another business already.</summary>
    NumberTaken,
}
