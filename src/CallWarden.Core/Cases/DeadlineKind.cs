namespace CallWarden.Core.Cases;

public enum DeadlineKind
{
    /// <summary>The centre forwards the case.</summary>
    Forward,

    /// <summary>The carrier records its action.</summary>
    Act,

    /// <summary>The reporters are told the result.</summary>
    TellReporters,
}
