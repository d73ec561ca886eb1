namespace CallWarden.Core.Reputation;

/// <summary>What screening may do with a number's reputation.</summary>
public enum ReputationState
{
    /// <summary>Not enough evidence to say anything.</summary>
    Clean,

    /// <summary>Shown with its top category; blocked only when the score reaches the block threshold and the callee wants it.</summary>
    Labelled,

    /// <summary>Its evidence looks manipulated (a burst, or reports against a verified business): an analyst decides, nothing is raised meanwhile.</summary>
    UnderReview,

    /// <summary>A verified business line, shown with its owner.</summary>
    VerifiedBusiness,

    /// <summary>The holder appealed: labelled at most, never blocked, until decided.</summary>
    Disputed,
}
