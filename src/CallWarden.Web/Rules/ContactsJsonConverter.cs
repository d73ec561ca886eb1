using System.Collections.Immutable;
using System.Text.Json;
using System.Text.Json.Serialization;
using CallWarden.Core.Screening;

namespace CallWarden.Web.Rules;

/// <summary>
/// Reads <see cref="SubscriberRules.Contacts"/> as clients write them — strings in any form the
/// number parser accepts, or bare integers, national or E.164 — in the screening region, and
/// writes them back as the E.164 integers they are stored as.
/// </summary>
internal sealed class ContactsJsonConverter(string region) : JsonConverter<ImmutableHashSet<long>>
{
    public override ImmutableHashSet<long> Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.StartArray)
        {
            throw new JsonException("Contacts must be an array of phone numbers.");
        }

        var contacts = ImmutableHashSet.CreateBuilder<long>();
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            var read = reader.TokenType switch
            {
                JsonTokenType.String => ContactNumbers.TryRead(reader.GetString(), region, out var e164) ? e164 : (long?)null,
                JsonTokenType.Number when reader.TryGetInt64(out var digits) => ContactNumbers.TryRead(digits, region, out var e164) ? e164 : null,
                _ => null,
            };
            contacts.Add(read ?? throw new JsonException("A contact is not a phone number, e.g. 13912345678 or +8613912345678."));
        }

        return contacts.ToImmutable();
    }

    public override void Write(Utf8JsonWriter writer, ImmutableHashSet<long> value, JsonSerializerOptions options)
    {
        writer.WriteStartArray();
        foreach (var contact in value.Order())
        {
            writer.WriteNumberValue(contact);
        }

        writer.WriteEndArray();
    }
}
