namespace CallWarden.Web.Problems;

/// <summary>One problem with one field: the API's English message and, where the field does not say enough, a code for the pages.</summary>
internal sealed record FieldProblem(string Field, string Message, string? Code);
