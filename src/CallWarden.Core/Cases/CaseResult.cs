namespace CallWarden.Core.Cases;

/// <summary>Either the changed case (or cases) or the reason the change was refused; never both.</summary>
public sealed class CaseResult<T>
    where T : class
{
    private readonly T? _value;

    private CaseResult(T? value, CaseError? error)
    {
        _value = value;
        Error = error;
    }

    public CaseError? Error { get; }

    public bool Succeeded => Error is null;

    /// <summary>The result; reading it after a refusal is a bug, hence the exception.</summary>
    public T Value => _value ?? throw new InvalidOperationException($"The change was refused: {Error}");

    public static CaseResult<T> Success(T value) => new(value, null);

    public static CaseResult<T> Failure(CaseError error) => new(null, error);

#pragma warning disable CA2225 // Success and Failure are the named alternates.
    public static implicit operator CaseResult<T>(T value) => Success(value);

    public static implicit operator CaseResult<T>(CaseError error) => Failure(error);
#pragma warning restore CA2225

    public override string ToString() => Succeeded ? $"Ok: {_value}" : $"Refused: {Error}";
}
