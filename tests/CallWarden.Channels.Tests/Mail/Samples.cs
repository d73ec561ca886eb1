using System.Text;
using MimeKit;

namespace CallWarden.Channels.Tests.Mail;

/// <summary>Bytes of each evidence kind and report mails built with MimeKit.</summary>
internal static class Samples
{
    public static byte[] Wav => [.. "RIFF"u8, 36, 0, 0, 0, .. "WAVEfmt "u8, 16, 0, 0, 0, 1, 0, 1, 0, 0x40, 0x1F, 0, 0];

    public static byte[] Jpeg => [0xFF, 0xD8, 0xFF, 0xE0, 0, 16, .. "JFIF"u8, 0];

    public static byte[] Png => [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13];

    public static byte[] Pe => [.. "MZ"u8, 0x90, 0, 3, 0, 0, 0];

    /// <summary>The envelope sender (MAIL FROM) of <see cref="Mail"/>'s From: address.</summary>
    public const string Envelope = "reporter@example.test";

    public static MimeMessage Mail(string subject, string body, params (string Name, string Type, byte[] Bytes)[] attachments)
    {
        var message = new MimeMessage { Subject = subject, MessageId = Guid.NewGuid().ToString("N") + "@test" };
        message.From.Add(MailboxAddress.Parse("Reporter@Example.test"));
        message.To.Add(MailboxAddress.Parse("intake@callwarden.test"));
        var builder = new BodyBuilder { TextBody = body };
        foreach (var (name, type, bytes) in attachments)
        {
            builder.Attachments.Add(name, bytes, ContentType.Parse(type));
        }

        message.Body = builder.ToMessageBody();
        return message;
    }

    public static byte[] Bytes(MimeMessage message)
    {
        using MemoryStream stream = new();
        message.WriteTo(stream);
        return stream.ToArray();
    }

    public static byte[] Raw(string text) => Encoding.UTF8.GetBytes(text.ReplaceLineEndings("\r\n"));
}
