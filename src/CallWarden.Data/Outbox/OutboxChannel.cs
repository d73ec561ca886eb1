namespace CallWarden.Data.Outbox;

/// <summary>How a message leaves: an SMS via the gateway, an email, or a callback for API clients.</summary>
public enum OutboxChannel
{
    Sms,
    Email,
    Api,
}
