namespace CallWarden.Data.Privacy;

/// <summary>
/// One area's part of "every record held about me" (issue #10 part 2): what it exports, and what it
/// removes when the person withdraws. Each area registers its sections
/// (<see cref="PersonalDataServices.AddPersonalDataSection{T}"/>); the export and the withdrawal go through
/// all of them, so an area added later (the refusal registry) joins by registering one more.
/// </summary>
public interface IPersonalDataSection
{
    /// <summary>The section's name in the export (<c>reports</c>, <c>rules</c>).</summary>
    string Name { get; }

    /// <summary>The section's records about <paramref name="subject"/>, serialisable as JSON.</summary>
    Task<object> ExportAsync(CallWardenDbContext db, DataSubject subject, CancellationToken cancellationToken);

    /// <summary>
    /// Removes <paramref name="subject"/> from the section inside the withdrawal's transaction; returns how
    /// many records were removed or made anonymous. Evidence and counts others rely on stay.
    /// </summary>
    Task<int> WithdrawAsync(CallWardenDbContext db, DataSubject subject, DateTimeOffset now, CancellationToken cancellationToken);
}
