using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;
using Microsoft.AspNetCore.Mvc.ViewFeatures;

namespace CallWarden.Web.Pages.Report;

/// <summary>
/// The form between its steps, in TempData (a data-protected cookie: the browser carries it but cannot
/// read or change it): the answers as typed, and the phone the person proved with a code, so that a
/// second round of corrections needs no second code. Everything is checked again on the final submit.
/// </summary>
internal sealed record ReportDraft(ReportAnswers Answers, long? ProvenPhone)
{
    private const string DraftKey = "report-draft";
    private const string FiledKey = "report-filed";

    /// <summary>Chinese as UTF-8, not as \uXXXX: the draft travels in a cookie, and 2,000 characters of content must fit.</summary>
    private static readonly JsonSerializerOptions Json = new() { Encoder = JavaScriptEncoder.Create(UnicodeRanges.All) };

    public static ReportDraft? Read(ITempDataDictionary tempData)
    {
        if (tempData.Peek(DraftKey) is not string json)
        {
            return null;
        }

        try
        {
            return JsonSerializer.Deserialize<ReportDraft>(json, Json);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    public void Save(ITempDataDictionary tempData) => tempData[DraftKey] = JsonSerializer.Serialize(this, Json);

    /// <summary>The form is filed: its draft goes, its reference stays, so that a second click on "send" finds the first one's answer.</summary>
    public static void Filed(ITempDataDictionary tempData, string reference)
    {
        tempData.Remove(DraftKey);
        tempData[FiledKey] = reference;
    }

    /// <summary>The reference of the form this browser filed last, if any.</summary>
    public static string? LastFiled(ITempDataDictionary tempData) => tempData.Peek(FiledKey) as string;
}
