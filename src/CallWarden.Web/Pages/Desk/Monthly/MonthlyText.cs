namespace CallWarden.Web.Pages.Desk.Monthly;

/// <summary>The monthly report's texts: the desk page, and the HTML and CSV files of its ZIP (<c>MonthlyText.resx</c> and its <c>zh-Hant</c> and <c>en</c> siblings).</summary>
internal sealed class MonthlyText;
