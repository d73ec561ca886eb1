using CallWarden.Core.Numbers;
using CallWarden.Data.Cases;
using CallWarden.Web.Access;

namespace CallWarden.Web.Cases;

/// <summary>
/// The cases a caller may know exist: the centre sees all, a carrier operator those routed to its
/// carrier, a police liaison those referred to the police. Outside its scope a case answers 404.
/// </summary>
internal static class CaseScope
{
    public static IQueryable<CaseRecord> VisibleTo(this IQueryable<CaseRecord> cases, Caller caller)
    {
        if (caller.IsCentre)
        {
            return cases;
        }

        if (caller.Role == Roles.CarrierOperator && caller.Carrier is not (Carrier.Unknown or Carrier.Other))
        {
            var code = caller.Carrier.Code();
            return cases.Where(c => c.CarrierCode == code);
        }

        return caller.Role == Roles.PoliceLiaison ? cases.Where(c => c.Police) : cases.Where(c => false);
    }
}
