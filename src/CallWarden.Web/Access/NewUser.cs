namespace CallWarden.Web.Access;

internal sealed record NewUser(long Id, string Login);
