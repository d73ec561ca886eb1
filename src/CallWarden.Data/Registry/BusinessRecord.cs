namespace CallWarden.Data.Registry;

/// <summary>A business that applied to register its numbers (issue #10 part 6).</summary>
public sealed class BusinessRecord
{
    public int Id { get; set; }

    /// <summary>The name in simplified Chinese, shown in the verified label.</summary>
    public required string Name { get; set; }

    public string? NameTraditional { get; set; }

    public string? NameEnglish { get; set; }

    /// <summary>The 统一社会信用代码 from its licence, validated with its check character.</summary>
    public required string Licence { get; set; }

    public required string ContactName { get; set; }

    /// <summary>The contact's phone, E.164.</summary>
    public long ContactPhone { get; set; }

    public string? ContactEmail { get; set; }

    /// <summary>The language the application was written in (<c>zh-Hans</c>, <c>zh-Hant</c>, <c>en</c>): the decision's notice is sent in it.</summary>
    public string Language { get; set; } = "zh-Hans";

    public BusinessState State { get; set; }

    public DateTimeOffset AppliedAt { get; set; }

    /// <summary>How it applied: <c>web</c> or <c>api</c> (with the key, <c>key:#12</c>).</summary>
    public required string AppliedThrough { get; set; }

    public DateTimeOffset? DecidedAt { get; set; }

    /// <summary>The administrator who approved or refused it.</summary>
    public string? DecidedBy { get; set; }

    /// <summary>Why it was refused, as the administrator wrote it.</summary>
    public string? DecisionNote { get; set; }

    public List<BusinessLineRecord> Lines { get; set; } = [];
}
