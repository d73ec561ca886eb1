using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace CallWarden.Web.Site;

/// <summary>The message shown beside a form field: the first error model state holds for it.</summary>
internal static class FieldMessages
{
    public static string? Of(ModelStateDictionary state, string field) =>
        state.TryGetValue(field, out var entry) && entry.Errors.Count > 0 ? entry.Errors[0].ErrorMessage : null;

    /// <summary>The <c>aria-describedby</c> of a field: its hint, and its error when it has one.</summary>
    /// <returns>Null when there is neither, so that the attribute is left out.</returns>
    public static string? DescribedBy(ModelStateDictionary state, string field, params string?[] more)
    {
        var error = Of(state, field) is null ? null : FieldIds.Of(field) + "-error";
        var ids = more.Append(error).Where(s => !string.IsNullOrEmpty(s)).ToList();
        return ids.Count == 0 ? null : string.Join(' ', ids);
    }
}
