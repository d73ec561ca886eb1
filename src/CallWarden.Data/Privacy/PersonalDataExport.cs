namespace CallWarden.Data.Privacy;

/// <summary>Every record held about one phone, section by section, as the download and the API give it.</summary>
public sealed record PersonalDataExport(string Phone, DateTimeOffset ExportedAt, string CurrentNotice, IReadOnlyDictionary<string, object> Sections);
