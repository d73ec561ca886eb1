using CallWarden.Core.Cases;
using CallWarden.Data;
using CallWarden.Data.Workflow;
using CallWarden.Web.Cases;
using CallWarden.Web.Problems;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace CallWarden.Web.Pages.Desk.Cases;

/// <summary>
/// Verifies and routes many cases with one note, each through the same <see cref="CaseChanges"/>
/// as the API and the case page (one transition path): a case still received is verified first,
/// then routed to its number's carrier (and the police when asked). Each case stands alone: one
/// refusal stops only that case.
/// </summary>
internal static class BulkTriage
{
    public static async Task<BulkResult> VerifyAndRouteAsync(
        IReadOnlyList<long> ids, string note, bool police, Actor actor, CaseWorkflow flow, CallWardenDbContext db, IStringLocalizer<CaseDeskText> text, CancellationToken cancellationToken)
    {
        var changed = 0;
        List<(long Id, string Why)> refused = [];
        foreach (var id in ids)
        {
            var why = await OneAsync(id);
            if (why is null)
            {
                changed++;
            }
            else
            {
                refused.Add((id, why));
            }
        }

        return new BulkResult(changed, refused);

        async Task<string?> OneAsync(long id)
        {
            var errors = new FieldErrors();
            try
            {
                var state = await StateAsync(id);
                if (state == CaseState.Received)
                {
                    var (_, notVerified) = await CaseChanges.Verify(id, new CaseRequest(note), actor, flow, errors, cancellationToken);
                    if (notVerified is { } error)
                    {
                        return CaseRefusals.Message(error, state.Value, text);
                    }
                }

                var (_, notRouted) = await CaseChanges.Route(id, new CaseRequest(note, Police: police), actor, flow, errors, cancellationToken);
                return notRouted is { } refusal ? CaseRefusals.Message(refusal, await StateAsync(id) ?? CaseState.Received, text) : null;
            }
            catch (DbUpdateConcurrencyException)
            {
                return CaseRefusals.Stale(text);
            }
        }

        async Task<CaseState?> StateAsync(long id) =>
            await db.Cases.AsNoTracking().Where(c => c.Id == id).Select(c => (CaseState?)c.State).FirstOrDefaultAsync(cancellationToken);
    }
}
