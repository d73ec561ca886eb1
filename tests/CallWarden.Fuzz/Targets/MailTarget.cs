using CallWarden.Channels.Mail;
using MimeKit;

namespace CallWarden.Fuzz.Targets;

/// <summary>
/// The mail reader, <see cref="MailReportReader"/>, over the input parsed by MimeKit as the mail
/// channel does: a <see cref="FormatException"/> from MimeKit is the documented refusal (554 5.6.0);
/// the reader itself answers every mail with a reading or a refusal.
/// </summary>
internal sealed class MailTarget : IFuzzTarget
{
    private readonly MailReportReader _reader = new(new MailOptions());


    public void Run(byte[] input)
    {
        MimeMessage message;
        try
        {
            using var stream = new MemoryStream(input, writable: false);
            message = MimeMessage.Load(stream);
        }
        catch (FormatException)
        {
            return;
        }

        var reading = _reader.Read(message, "reporter@example.test", input, FuzzClock.Now);
        if ((reading.Report is null) == (reading.Refusal is null))
        {
            throw new FuzzFinding("the reading has both a report and a refusal, or neither");
        }
    }
}
