using Microsoft.Extensions.Options;

namespace CallWarden.Data.Intake;

/// <summary>A bad <c>ReporterLimits</c> setting stops the start with the key named.</summary>
public sealed class ReporterLimitsOptionsValidation : IValidateOptions<ReporterLimitsOptions>
{
    public ValidateOptionsResult Validate(string? name, ReporterLimitsOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var problems = options.Validate();
        return problems.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(problems);
    }
}
