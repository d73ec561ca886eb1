using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace CallWarden.Data.Storage;

/// <summary>An instant as UTC ticks: a 64-bit integer that sorts and compares in SQLite.</summary>
internal sealed class UtcTicksConverter() : ValueConverter<DateTimeOffset, long>(
    v => v.UtcTicks,
    v => new DateTimeOffset(v, TimeSpan.Zero));
