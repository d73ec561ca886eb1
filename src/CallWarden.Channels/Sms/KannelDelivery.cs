namespace CallWarden.Channels.Sms;

/// <summary>Kannel's DLR types (<c>%d</c>), as recorded on the outbox row.</summary>
internal static class KannelDelivery
{
    public static string Describe(int status) => status switch
    {
        1 => "delivered",
        2 => "failed",
        4 => "buffered",
        8 => "smsc-accepted",
        16 => "smsc-rejected",
        _ => "unknown",
    };
}
