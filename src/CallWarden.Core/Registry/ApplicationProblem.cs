namespace CallWarden.Core.Registry;

/// <summary>One problem with an application; <see cref="Line"/> is the 0-based line it is about, for the line fields.</summary>
public sealed record ApplicationProblem(ApplicationField Field, ApplicationProblemKind Kind, int? Line = null);
