namespace CallWarden.Web.Pages.Desk.CarrierDesk;

/// <summary>Marker for the carrier desk's texts (CarrierDeskText.resx and its languages): the action form and the scorecard.</summary>
internal sealed class CarrierDeskText;
