using CallWarden.Core.Registry;

namespace CallWarden.Web.Registry;

/// <summary>One number of a business's application: <c>kind</c> is <c>customer_service</c> or <c>marketing</c>, categories as a refusal's.</summary>
internal sealed record DeclaredLineRequest(string? Number, BusinessLineKind? Kind, string[]? Categories);
