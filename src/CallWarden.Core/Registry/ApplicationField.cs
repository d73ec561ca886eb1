namespace CallWarden.Core.Registry;

/// <summary>The fields of a business's application, as its problems name them.</summary>
public enum ApplicationField
{
    Name,
    NameTraditional,
    NameEnglish,
    Licence,
    ContactName,
    ContactPhone,
    ContactEmail,
    Lines,
    LineNumber,
    LineKind,
}
