using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace CallWarden.Web.Site;

/// <summary>
/// What a form field's markup needs from the model state: its message, and the ids its input is
/// described by (the hint, then the message), as the GOV.UK error pattern wires them.
/// </summary>
internal static class FormField
{
    /// <summary>The first message about <paramref name="field"/> (<c>Input.Target</c>), or null.</summary>
    public static string? Error(this ModelStateDictionary state, string field) =>
        state.TryGetValue(field, out var entry) && entry.Errors.Count > 0 ? entry.Errors[0].ErrorMessage : null;

    /// <summary><c>Input_Target-hint Input_Target-error</c>, leaving out what the field does not have; null when neither.</summary>
    public static string? DescribedBy(this ModelStateDictionary state, string field, bool hint = true)
    {
        var id = FieldIds.Of(field);
        var ids = string.Join(' ', new[] { hint ? id + "-hint" : null, state.Error(field) is null ? null : id + "-error" }.OfType<string>());
        return ids.Length == 0 ? null : ids;
    }

    /// <summary><c>field field-error</c> when the field has a message, else <c>field</c>.</summary>
    public static string FieldClass(this ModelStateDictionary state, string field) => state.Error(field) is null ? "field" : "field field-error";
}
