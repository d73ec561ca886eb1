using CallWarden.Voice.Calls;
using CallWarden.Voice.Prompts;

namespace CallWarden.Voice.ReportLine;

/// <summary>The report line as the protocol half runs it: one <see cref="ReportLineCall"/> per answered call.</summary>
internal sealed class ReportLineScript(ReportLineServices services) : ICallScript
{
    public async Task RunAsync(IVoiceCall call, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(call);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, call.Ended);
        var dialog = new KeypadDialog(call, services.Prompts, services.Options, VoiceLanguages.ForCaller(call.Invite.CallerNumber));
        try
        {
            await new ReportLineCall(call, dialog, services).RunAsync(linked.Token);
        }
        catch (OperationCanceledException) when (call.Ended.IsCancellationRequested)
        {
            // The caller hung up: nothing is left to say.
        }
    }
}
