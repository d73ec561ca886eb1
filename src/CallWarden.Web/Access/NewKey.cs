namespace CallWarden.Web.Access;

/// <summary>The created key: <see cref="Key"/> is shown this once and never again.</summary>
internal sealed record NewKey(long Id, string Name, string Key);
