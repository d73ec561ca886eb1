using CallWarden.Core.Tests.Reports;
using CallWarden.Core.Calendar;
using CallWarden.Core.Cases;
using CallWarden.Core.Numbers;

namespace CallWarden.Core.Tests.Cases;

/// <summary>Cases brought to each state by the real transitions, one hour per step from a Monday morning.</summary>
internal static class SampleCases
{
    public static readonly PhoneNumber Number = new(8613912345678, NumberKind.Mobile);
    public static readonly DateTimeOffset Monday = new(2026, 3, 9, 10, 0, 0, ChinaTime.Offset);
    public static readonly Actor Analyst = new("analyst-7", ActorRole.Analyst);
    public static readonly Actor MobileOperator = new("cmcc-3", ActorRole.CarrierOperator, Carrier.ChinaMobile);
    public static readonly Actor Holder = new("holder-1", ActorRole.NumberHolder);

    public static CaseReport Report(string reference, string category = "harassment", DateTimeOffset? at = null) =>
        new(reference, Categories.FromCode(category), at ?? Monday);

    public static Case Opened(long id = 1, string category = "harassment", DateTimeOffset? at = null, PhoneNumber? number = null) =>
        Case.Open(id, number ?? Number, Report($"R20260309-{id:000000}", category, at), Actor.System, at ?? Monday).Ok();

    public static Case InState(CaseState state, long id = 1, string category = "harassment")
    {
        var c = Opened(id, category);
        var at = Monday;
        DateTimeOffset Next() => at = at.AddHours(1);
        return state switch
        {
            CaseState.Received => c,
            CaseState.Rejected => c.Reject(Analyst, Next(), "no call record matches").Ok(),
            CaseState.Merged => c.MergeInto(Opened(id + 1000), Analyst, Next(), "duplicate").Ok().Source,
            _ => Walk(c.Verify(Analyst, Next(), "call record matches").Ok()),
        };

        Case Walk(Case verified)
        {
            if (state == CaseState.Verified)
            {
                return verified;
            }

            var forwarded = verified.Forward(Carrier.ChinaMobile, Analyst, Next(), "routed to the owner").Ok();
            if (state is CaseState.Forwarded or CaseState.Disputed)
            {
                return state == CaseState.Forwarded ? forwarded : forwarded.Dispute(Holder, Next(), "my own number, I never called").Ok();
            }

            var actioned = forwarded.RecordAction(CarrierActionKind.Warning, null, MobileOperator, Next(), "holder warned").Ok();
            return state == CaseState.Actioned ? actioned : actioned.Close(Actor.System, Next(), "all reporters told").Ok();
        }
    }

    public static T Ok<T>(this CaseResult<T> result)
        where T : class
    {
        Assert.True(result.Succeeded, result.ToString());
        return result.Value;
    }

    public static CaseError Refused<T>(this CaseResult<T> result)
        where T : class
    {
        Assert.False(result.Succeeded, result.ToString());
        return result.Error!;
    }
}
