namespace CallWarden.Core.Cases;

/// <summary>One step's deadline: started at <paramref name="Start"/>, due at <paramref name="Due"/>, met at <paramref name="MetAt"/> if done.</summary>
public sealed record Deadline(DeadlineKind Kind, DateTimeOffset Start, DateTimeOffset Due, DateTimeOffset? MetAt)
{
    public bool IsOverdueAt(DateTimeOffset now) => MetAt is null && now >= Due;

    public bool WasMetOnTime => MetAt < Due;
}
