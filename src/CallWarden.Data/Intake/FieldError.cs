namespace CallWarden.Data.Intake;

/// <summary>Why one field of a submission was refused; <see cref="Field"/> is the JSON name (<c>target</c>).</summary>
public sealed record FieldError(string Field, string Message);
