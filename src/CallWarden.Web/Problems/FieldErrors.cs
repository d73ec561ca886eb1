using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;

namespace CallWarden.Web.Problems;

/// <summary>
/// Collects what is wrong with each field of a request, for one RFC 7807 answer naming them all,
/// or, through <see cref="Problems"/>, for a page that words each problem in its reader's language.
/// </summary>
internal sealed class FieldErrors
{
    private readonly Dictionary<string, List<string>> _errors = new(StringComparer.Ordinal);
    private readonly List<FieldProblem> _problems = [];

    public bool Any => _errors.Count > 0;

    /// <summary>Every problem in the order it was found.</summary>
    public IReadOnlyList<FieldProblem> Problems => _problems;

    /// <param name="code">What kind of problem it is (<c>letters</c>), for a reader who words it themself; null when the field says enough.</param>
    public FieldErrors Add(string field, string message, string? code = null)
    {
        if (!_errors.TryGetValue(field, out var messages))
        {
            _errors[field] = messages = [];
        }

        messages.Add(message);
        _problems.Add(new FieldProblem(field, message, code));
        return this;
    }

    public ValidationProblem ToProblem() =>
        TypedResults.ValidationProblem(_errors.ToDictionary(e => e.Key, e => e.Value.ToArray(), StringComparer.Ordinal));

    /// <summary>The same answer with another status than 400: a 409 that names the field in conflict.</summary>
    public ProblemHttpResult ToProblem(int statusCode, string title) =>
        TypedResults.Problem(new HttpValidationProblemDetails(_errors.ToDictionary(e => e.Key, e => e.Value.ToArray(), StringComparer.Ordinal))
        {
            Status = statusCode,
            Title = title,
        });
}
