namespace CallWarden.Web.Pages.Desk.Police;

/// <summary>Marker for the police desk's texts (PoliceDeskText.resx and its languages): the reporters' contacts and the dossier.</summary>
internal sealed class PoliceDeskText;
