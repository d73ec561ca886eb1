using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace CallWarden.Data.Storage;

/// <summary>Writes every instant with offset zero (timestamptz accepts nothing else through Npgsql).</summary>
internal sealed class UtcConverter() : ValueConverter<DateTimeOffset, DateTimeOffset>(
    v => v.ToUniversalTime(),
    v => v.ToUniversalTime());
