using System.Linq.Expressions;
using CallWarden.Core.Calendar;
using CallWarden.Core.Cases;
using CallWarden.Core.Numbers;
using CallWarden.Core.Reports;
using CallWarden.Data;
using CallWarden.Data.Cases;
using CallWarden.Data.Intake;

namespace CallWarden.Web.Pages.Desk.Cases;

/// <summary>
/// A checked queue filter. Everything but the province is a condition in SQL; the province comes
/// from the number's prefix data (libphonenumber), which the database does not have, so
/// <see cref="CaseQueue"/> resolves it over a bounded set of numbers.
/// </summary>
internal sealed record CaseQuery(
    CaseSearch? Search,
    CaseState? State,
    ReportCategory? Category,
    Carrier? Carrier,
    Province? Province,
    IntakeChannel? Channel,
    DateOnly? From,
    DateOnly? To,
    bool Overdue)
{
    /// <summary>The SQL part of the filter over the cases the caller may see.</summary>
    public IQueryable<CaseRecord> Apply(IQueryable<CaseRecord> cases, CallWardenDbContext db, OverdueCutoffs cutoffs)
    {
        if (Search?.Number is { } number)
        {
            // A number is also the line a withheld caller rang: the company looking for its anonymous calls finds them.
            cases = cases.Where(c => c.Number == number.E164 || c.CalledNumber == number.E164);
        }

        if (Search?.Reference is { } reference)
        {
            cases = cases.Where(c => db.CaseReports.Any(l => l.CaseId == c.Id && l.Report!.Reference == reference));
        }

        if (Search?.Prefix is not null)
        {
            cases = cases.Where(InRanges(Search.Ranges()));
        }

        if (State is { } state)
        {
            cases = cases.Where(c => c.State == state);
        }

        if (Category is { } category)
        {
            var code = category.ToCode();
            cases = cases.Where(c => db.CaseReports.Any(l => l.CaseId == c.Id && l.Report!.CategoryCode == code));
        }

        if (Carrier is { } carrier)
        {
            var code = carrier.Code();
            cases = cases.Where(c => c.CarrierCode == code);
        }

        if (Channel is { } channel)
        {
            cases = cases.Where(c => db.CaseReports.Any(l => l.CaseId == c.Id && l.Report!.Channel == channel));
        }

        if (From is { } from)
        {
            var start = ChinaTime.StartOf(from);
            cases = cases.Where(c => c.ReceivedAt >= start);
        }

        if (To is { } to)
        {
            var end = ChinaTime.StartOf(to.AddDays(1));
            cases = cases.Where(c => c.ReceivedAt < end);
        }

        if (Overdue)
        {
            var (forward, act, tell) = (cutoffs.Forward, cutoffs.Act, cutoffs.Tell);
            cases = cases.Where(c =>
                ((c.State == CaseState.Received || c.State == CaseState.Verified) && c.ReceivedAt < forward)
                || (c.State == CaseState.Forwarded && c.ForwardedAt < act)
                || (c.State == CaseState.Actioned && c.ActionedAt < tell));
        }

        return cases;
    }

    /// <summary>One interval per national length: a handful of ORed ranges on the indexed number (the values are numbers, never text).</summary>
    private static Expression<Func<CaseRecord, bool>> InRanges(IEnumerable<(long From, long To)> ranges)
    {
        var c = Expression.Parameter(typeof(CaseRecord), "c");
        var number = Expression.Property(c, nameof(CaseRecord.Number));
        var body = ranges
            .Select(r => (Expression)Expression.AndAlso(Expression.GreaterThanOrEqual(number, Expression.Constant(r.From)), Expression.LessThanOrEqual(number, Expression.Constant(r.To))))
            .Aggregate(Expression.OrElse);
        return Expression.Lambda<Func<CaseRecord, bool>>(body, c);
    }
}
