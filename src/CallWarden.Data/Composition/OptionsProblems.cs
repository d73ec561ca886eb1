using Microsoft.Extensions.Options;

namespace CallWarden.Data.Composition;

/// <summary>Runs an options type's own Validate() at start, so a bad setting stops the process with its key named.</summary>
internal sealed class OptionsProblems<T>(Func<T, IReadOnlyList<string>> validate) : IValidateOptions<T>
    where T : class
{
    public ValidateOptionsResult Validate(string? name, T options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var problems = validate(options);
        return problems.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(problems);
    }
}
