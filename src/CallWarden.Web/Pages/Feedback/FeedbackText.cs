namespace CallWarden.Web.Pages.Feedback;

/// <summary>The "this number is legitimate" page's texts (<c>FeedbackText.resx</c> and its <c>zh-Hant</c> and <c>en</c> siblings).</summary>
internal sealed class FeedbackText;
