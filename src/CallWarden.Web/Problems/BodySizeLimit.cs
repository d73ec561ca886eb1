using Microsoft.AspNetCore.Http.Metadata;

namespace CallWarden.Web.Problems;

/// <summary>An endpoint's own body limit, honoured by <see cref="RequestBodyLimit"/> instead of the site-wide one.</summary>
internal sealed record BodySizeLimit(long Bytes) : IRequestSizeLimitMetadata
{
    public long? MaxRequestBodySize => Bytes;
}
