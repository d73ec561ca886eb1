using Microsoft.Extensions.Options;

namespace CallWarden.Channels.Mail;

/// <summary>A bad <c>Channels:Mail</c> setting stops the start with the key named.</summary>
internal sealed class MailOptionsValidation : IValidateOptions<MailOptions>
{
    public ValidateOptionsResult Validate(string? name, MailOptions options)
    {
        var problems = options.Validate();
        return problems.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(problems);
    }
}
