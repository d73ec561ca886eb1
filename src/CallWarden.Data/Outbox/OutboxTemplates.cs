namespace CallWarden.Data.Outbox;

/// <summary>
/// The template keys of <see cref="OutboxMessage.TemplateKey"/>: one set, written by intake, the
/// workflow and the mail channel and read by every sender, so a key cannot drift between the code
/// that queues a message and the code that renders it.
/// </summary>
public static class OutboxTemplates
{
    /// <summary>A report was stored. Parameters: <c>reference</c>, <c>number</c>, <c>category</c> (code).</summary>
    public const string ReportAcknowledged = "report.acknowledged";

    /// <summary>The carrier acted on a reported number. Parameters: <c>reference</c>, <c>number</c>, <c>action</c> (code), <c>until</c>, <c>days</c>.</summary>
    public const string CaseResult = "case.result";

    /// <summary>A mail in which no number was found: how to write a report. No parameters.</summary>
    public const string MailFormatHelp = "mail.format_help";

    /// <summary>
    /// A refusal registered or withdrawn on the web or through the API, confirmed to the phone.
    /// Parameters: <c>refused</c> (category codes now refused, empty when none), <c>withdrawn</c> (true when categories were withdrawn).
    /// </summary>
    public const string RefusalChanged = "registry.refusal_changed";

    /// <summary>
    /// An administrator decided a business's application, told to its contact phone. Parameters: <c>approved</c>,
    /// <c>name</c> (the business's name), <c>lines</c> (how many numbers it declared), <c>note</c> (the refusal's reason, or null).
    /// </summary>
    public const string BusinessDecided = "registry.business_decided";

    /// <summary>A person withdrew their consent (issue #10 part 2): what was removed and what stays. No parameters.</summary>
    public const string ConsentWithdrawn = "privacy.withdrawn";
}
