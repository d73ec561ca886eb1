using CallWarden.Core.Registry;

namespace CallWarden.Web.Registry;

/// <summary>One declared number as the API shows it.</summary>
internal sealed record BusinessLineView(string Number, BusinessLineKind Kind, string[] Categories);
