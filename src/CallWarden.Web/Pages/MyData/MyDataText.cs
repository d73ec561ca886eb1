namespace CallWarden.Web.Pages.MyData;

/// <summary>The texts of <c>/my-data</c> and its pages, in <c>MyDataText.resx</c> and its two translations.</summary>
internal sealed class MyDataText;
