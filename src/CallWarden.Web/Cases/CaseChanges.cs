using CallWarden.Core.Cases;
using CallWarden.Core.Numbers;
using CallWarden.Core.Text;
using CallWarden.Data.Workflow;
using CallWarden.Web.Problems;

namespace CallWarden.Web.Cases;

/// <summary>The transitions the API offers, each a <see cref="CaseChange"/>.</summary>
internal static class CaseChanges
{
    /// <summary>The longest note (reason) the audit trail keeps.</summary>
    public const int MaxReason = 1000;

    /// <summary>The longest restriction a carrier may record, in days (ten years).</summary>
    public const int MaxRestrictionDays = 3650;

    public static Task<(bool, CaseError?)> Verify(long id, CaseRequest r, Actor actor, CaseWorkflow flow, FieldErrors errors, CancellationToken ct) =>
        Reason(r, errors) is { } reason ? Run(flow.VerifyAsync(id, actor, reason, ct)) : Refused;

    public static Task<(bool, CaseError?)> Reject(long id, CaseRequest r, Actor actor, CaseWorkflow flow, FieldErrors errors, CancellationToken ct) =>
        Reason(r, errors) is { } reason ? Run(flow.RejectAsync(id, actor, reason, ct)) : Refused;

    public static Task<(bool, CaseError?)> Dispute(long id, CaseRequest r, Actor actor, CaseWorkflow flow, FieldErrors errors, CancellationToken ct) =>
        Reason(r, errors) is { } reason ? Run(flow.DisputeAsync(id, actor, reason, ct)) : Refused;

    public static Task<(bool, CaseError?)> Close(long id, CaseRequest r, Actor actor, CaseWorkflow flow, FieldErrors errors, CancellationToken ct) =>
        Reason(r, errors) is { } reason ? Run(flow.CloseAsync(id, actor, reason, ct)) : Refused;

    public static Task<(bool, CaseError?)> Route(long id, CaseRequest r, Actor actor, CaseWorkflow flow, FieldErrors errors, CancellationToken ct)
    {
        Carrier? carrier = null;
        if (r.Carrier is not null)
        {
            if (CarrierNames.TryParseCode(r.Carrier, out var named) && named is not (Carrier.Unknown or Carrier.Other))
            {
                carrier = named;
            }
            else
            {
                errors.Add("carrier", "must be china_mobile, china_unicom, china_telecom or china_broadnet");
            }
        }

        var reason = Reason(r, errors);
        return errors.Any ? Refused : Run(flow.ForwardAsync(id, actor, reason!, carrier, ct, r.Police == true));
    }

    public static async Task<(bool, CaseError?)> Merge(long id, CaseRequest r, Actor actor, CaseWorkflow flow, FieldErrors errors, CancellationToken ct)
    {
        if (r.Into is not > 0)
        {
            errors.Add("into", "must name the case to merge into");
        }

        var reason = Reason(r, errors);
        if (errors.Any)
        {
            return (true, null);
        }

        var result = await flow.MergeAsync(id, r.Into!.Value, actor, reason!, ct);
        return (result is not null, result?.Error);
    }

    public static Task<(bool, CaseError?)> Resolve(long id, CaseRequest r, Actor actor, CaseWorkflow flow, FieldErrors errors, CancellationToken ct)
    {
        if (r.Upheld is null)
        {
            errors.Add("upheld", "must say whether the holder's appeal is upheld (true) or dismissed (false)");
        }

        var reason = Reason(r, errors);
        return errors.Any ? Refused : Run(flow.ResolveDisputeAsync(id, r.Upheld!.Value, actor, reason!, ct));
    }

    public static Task<(bool, CaseError?)> RecordAction(long id, CaseRequest r, Actor actor, CaseWorkflow flow, FieldErrors errors, CancellationToken ct)
    {
        if (!CarrierActionKinds.TryParse(r.Kind, out var kind))
        {
            errors.Add("kind", $"must be one of {string.Join(", ", CarrierActionKinds.Codes)}");
        }

        if (r.Days is < 1 or > MaxRestrictionDays)
        {
            errors.Add("days", $"must be between 1 and {MaxRestrictionDays}");
        }

        var reason = Reason(r, errors);
        return errors.Any ? Refused : Run(flow.RecordActionAsync(id, kind, r.Days, actor, reason!, ct));
    }

    private static Task<(bool, CaseError?)> Refused => Task.FromResult<(bool, CaseError?)>((true, null));

    private static async Task<(bool, CaseError?)> Run(Task<CaseResult<Case>?> transition)
    {
        var result = await transition.ConfigureAwait(false);
        return (result is not null, result?.Error);
    }

    private static string? Reason(CaseRequest r, FieldErrors errors)
    {
        if (string.IsNullOrWhiteSpace(r.Reason) || r.Reason.Length > MaxReason)
        {
            errors.Add("reason", $"is required for the audit trail, at most {MaxReason} characters");
            return null;
        }

        if (VisibleText.Problem(r.Reason, MaxReason, multiline: true) is { } problem)
        {
            errors.Add("reason", problem);
            return null;
        }

        return r.Reason;
    }
}
