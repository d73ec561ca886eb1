namespace CallWarden.Data.Privacy;

/// <summary>The contact details as stored (<see cref="ContactDetails"/>); they live in the reports and messages, whose sections remove them.</summary>
internal sealed class ContactSection : IPersonalDataSection
{
    public string Name => "contact";

    public async Task<object> ExportAsync(CallWardenDbContext db, DataSubject subject, CancellationToken cancellationToken)
    {
        var contact = await ContactDetails.ReadAsync(db, subject, cancellationToken).ConfigureAwait(false);
        return new { contact.Phone, contact.Name, contact.Email, language = contact.Language is { } l ? Core.Localization.DisplayLanguages.Tag(l) : null };
    }

    public Task<int> WithdrawAsync(CallWardenDbContext db, DataSubject subject, DateTimeOffset now, CancellationToken cancellationToken) => Task.FromResult(0);
}
