namespace CallWarden.Web.Pages.MyData;

/// <summary>One consent as <c>/my-data</c> lists it.</summary>
internal sealed record MyConsentRow(string Notice, string Purpose, string Channel, DateTimeOffset At);
