namespace CallWarden.Core.Imports;

/// <summary>Why a row of the file was skipped; <see cref="Reason"/> is short and stable so rows can be counted by it.</summary>
public sealed record FtcRowProblem(int Line, string Reason, string Detail);
