namespace CallWarden.Web.Site;

/// <summary>The element id of a form field named in model state (<c>Input.Target</c> → <c>Input_Target</c>, as the tag helpers write it).</summary>
public static class FieldIds
{
    public static string Of(string field) => field.Replace('.', '_').Replace('[', '_').Replace(']', '_');
}
