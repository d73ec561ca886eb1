using System.Text.Json;
using CallWarden.Core.Calendar;
using CallWarden.Core.Cases;
using CallWarden.Core.Localization;
using CallWarden.Core.Numbers;
using CallWarden.Core.Reports;
using CallWarden.Core.Reputation;
using CallWarden.Data.Cases;
using CallWarden.Data.Feed;
using CallWarden.Data.Outbox;
using CallWarden.Data.Reports;
using CallWarden.Data.Reputation;
using CallWarden.Data.Stats;
using CallWarden.Data.Storage;
using Microsoft.EntityFrameworkCore;

namespace CallWarden.Data.Intake;

/// <summary>
/// Stores a batch of validated submissions in one transaction: idempotency, reporter, daily
/// ordinal, reference, case, reputation and feed, rollups, acknowledgement. This is intake's hot
/// path, kept in one place; each step reads what it needs for the whole batch in one query.
/// </summary>
internal sealed class IntakeBatch(CallWardenDbContext db, IntakeSettings settings, DateTimeOffset now)
{
    private const string CaseCounter = "case";
    private readonly Dictionary<string, Counter> _counters = new(StringComparer.Ordinal);

    public async Task<IntakeResult[]> RunAsync(IReadOnlyList<ValidatedSubmission> items, CancellationToken cancellationToken)
    {
        var results = new IntakeResult[items.Count];
        var transaction = await db.Database.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        await using (transaction.ConfigureAwait(false))
        {
            var fresh = await SkipKnownKeysAsync(items, results, cancellationToken).ConfigureAwait(false);
            if (fresh.Count > 0)
            {
                var stored = await StoreAsync(fresh, cancellationToken).ConfigureAwait(false);
                foreach (var (index, receipt) in stored)
                {
                    results[index] = IntakeResult.Of(receipt);
                }

                await ChangeFeed.LockForAppendAsync(db, cancellationToken).ConfigureAwait(false);
                await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
            }

            await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        }

        // A key seen twice within the batch: the later one gets the earlier one's receipt.
        var byKey = new Dictionary<string, ReportReceipt>(StringComparer.Ordinal);
        for (var i = 0; i < items.Count; i++)
        {
            if (results[i]?.Receipt is { } receipt)
            {
                byKey.TryAdd(items[i].Submission.IdempotencyKey, receipt);
            }
        }

        for (var i = 0; i < items.Count; i++)
        {
            results[i] ??= IntakeResult.Of(byKey[items[i].Submission.IdempotencyKey] with { Duplicate = true });
        }

        return results;
    }

    /// <summary>Answers keys already stored with their report's receipt; returns the first submission of each new key.</summary>
    private async Task<List<(int Index, ValidatedSubmission Item)>> SkipKnownKeysAsync(IReadOnlyList<ValidatedSubmission> items, IntakeResult[] results, CancellationToken cancellationToken)
    {
        var keys = items.Select(i => i.Submission.IdempotencyKey).Distinct(StringComparer.Ordinal).ToList();
        var known = await db.Reports.AsNoTracking()
            .Where(r => keys.Contains(r.IdempotencyKey))
            .Join(db.Cases, r => r.CaseId, c => c.Id, (r, c) => new { r.IdempotencyKey, r.Reference, r.CaseId, c.State })
            .ToDictionaryAsync(r => r.IdempotencyKey, StringComparer.Ordinal, cancellationToken).ConfigureAwait(false);
        HashSet<string> taken = new(StringComparer.Ordinal);
        List<(int, ValidatedSubmission)> fresh = [];
        for (var i = 0; i < items.Count; i++)
        {
            var key = items[i].Submission.IdempotencyKey;
            if (known.TryGetValue(key, out var r))
            {
                results[i] = IntakeResult.Of(new ReportReceipt(r.Reference, r.CaseId, r.State, Duplicate: true));
            }
            else if (taken.Add(key))
            {
                fresh.Add((i, items[i]));
            }
        }

        return fresh;
    }

    private async Task<List<(int Index, ReportReceipt Receipt)>> StoreAsync(List<(int Index, ValidatedSubmission Item)> fresh, CancellationToken cancellationToken)
    {
        var reporters = await ReportersAsync(fresh, cancellationToken).ConfigureAwait(false);
        var ordinals = await DailyCountsAsync(fresh, reporters, cancellationToken).ConfigureAwait(false);
        var numbers = fresh.Select(f => f.Item.Target.E164).Distinct().ToList();
        var openCases = (await db.Cases
                .Where(c => numbers.Contains(c.Number) && OpenCases.States.Contains(c.State))
                .ToListAsync(cancellationToken).ConfigureAwait(false))
            .GroupBy(c => c.Number)
            .ToDictionary(g => g.Key, g => g.MinBy(c => c.Id)!);
        await LoadCountersAsync(fresh, cancellationToken).ConfigureAwait(false);

        List<(int, ReportReceipt)> receipts = [];
        List<(long Number, ReputationEvidence Evidence)> evidence = [];
        var rollups = new Dictionary<(DateOnly, string, string, string, string), long>();
        foreach (var (index, item) in fresh)
        {
            var s = item.Submission;
            var day = ChinaTime.DateOf(s.ReceivedAt);
            var reporter = reporters[item.ReporterIdentity];
            var ordinal = ++ordinals[(item.ReporterIdentity, day)];
            var reference = ReportReference.Format(day, Next(ReportReference.CounterName(day)));
            if (!openCases.TryGetValue(item.Target.E164, out var caseRecord))
            {
                caseRecord = OpenCase(item, reference);
                openCases[item.Target.E164] = caseRecord;
            }

            var isNew = reporter.CreatedAt > s.ReceivedAt - settings.Options.NewReporterAge;
            var report = new ReportRecord
            {
                Reference = reference,
                Channel = s.Channel,
                Reporter = reporter,
                Target = item.Target.E164,
                TargetKind = item.Target.Kind,
                TargetText = s.TargetText,
                Kind = s.Kind,
                CategoryCode = item.Category.ToCode(),
                OccurredAt = s.OccurredAt,
                ReceivedAt = s.ReceivedAt,
                Reason = s.Reason,
                Content = s.Content,
                RawPayload = s.RawPayload ?? string.Empty,
                IdempotencyKey = s.IdempotencyKey,
                ProofOfCall = s.ProofOfCall,
                CaseId = caseRecord.Id,
                ReporterTrust = reporter.Trust,
                NewReporter = isNew,
                DailyOrdinal = ordinal,
            };
            db.Reports.Add(report);
            db.CaseReports.Add(new CaseReportLink { CaseId = caseRecord.Id, Report = report });
            evidence.Add((report.Target, new ReputationEvidence(
                EvidenceKey(reporter), reporter.Trust, isNew, s.Kind == EvidenceKind.SpamReport ? item.Category : null, s.ProofOfCall, s.ReceivedAt, s.Kind, ordinal)));
            var attribution = settings.Attributor.Attribute(item.Target, DisplayLanguage.En);
            var rollup = (day, s.Channel.ToString().ToLowerInvariant(), report.CategoryCode, attribution.Carrier.Code(), attribution.ProvinceCode ?? string.Empty);
            rollups[rollup] = rollups.GetValueOrDefault(rollup) + 1;
            db.Outbox.Add(Acknowledgement(item, reporter, reference));
            receipts.Add((index, new ReportReceipt(reference, caseRecord.Id, caseRecord.State, Duplicate: false)));
        }

        await UpdateReputationAsync(numbers, evidence, openCases, cancellationToken).ConfigureAwait(false);
        await UpdateRollupsAsync(rollups, cancellationToken).ConfigureAwait(false);
        return receipts;
    }

    private async Task<Dictionary<string, Reporter>> ReportersAsync(List<(int Index, ValidatedSubmission Item)> fresh, CancellationToken cancellationToken)
    {
        var identities = fresh.Select(f => f.Item.ReporterIdentity).Distinct(StringComparer.Ordinal).ToList();
        var reporters = await db.Reporters.Where(r => identities.Contains(r.Identity))
            .ToDictionaryAsync(r => r.Identity, StringComparer.Ordinal, cancellationToken).ConfigureAwait(false);
        foreach (var (_, item) in fresh)
        {
            if (!reporters.ContainsKey(item.ReporterIdentity))
            {
                var reporter = new Reporter { Identity = item.ReporterIdentity, Phone = item.ReporterPhone, Trust = settings.Options.NewReporterTrust, CreatedAt = item.Submission.ReceivedAt };
                db.Reporters.Add(reporter);
                reporters[item.ReporterIdentity] = reporter;
            }
        }

        return reporters;
    }

    /// <summary>How many reports each reporter already made on each China day of the batch, across all numbers.</summary>
    private async Task<Dictionary<(string, DateOnly), int>> DailyCountsAsync(List<(int Index, ValidatedSubmission Item)> fresh, Dictionary<string, Reporter> reporters, CancellationToken cancellationToken)
    {
        var counts = new Dictionary<(string, DateOnly), int>();
        foreach (var day in fresh.Select(f => ChinaTime.DateOf(f.Item.Submission.ReceivedAt)).Distinct())
        {
            var ids = fresh.Where(f => ChinaTime.DateOf(f.Item.Submission.ReceivedAt) == day)
                .Select(f => reporters[f.Item.ReporterIdentity]).Where(r => r.Id != 0).Select(r => r.Id).Distinct().ToList();
            var (start, end) = (ChinaTime.StartOf(day), ChinaTime.StartOf(day.AddDays(1)));
            var stored = ids.Count == 0 ? [] : await db.Reports
                .Where(r => ids.Contains(r.ReporterId) && r.ReceivedAt >= start && r.ReceivedAt < end)
                .GroupBy(r => r.ReporterId)
                .Select(g => new { g.Key, Count = g.Count() })
                .ToDictionaryAsync(g => g.Key, g => g.Count, cancellationToken).ConfigureAwait(false);
            foreach (var f in fresh)
            {
                var reporter = reporters[f.Item.ReporterIdentity];
                counts.TryAdd((reporter.Identity, day), stored.GetValueOrDefault(reporter.Id));
            }
        }

        return counts;
    }

    private async Task LoadCountersAsync(List<(int Index, ValidatedSubmission Item)> fresh, CancellationToken cancellationToken)
    {
        var names = fresh.Select(f => ReportReference.CounterName(ChinaTime.DateOf(f.Item.Submission.ReceivedAt))).Append(CaseCounter).Distinct().ToList();
        foreach (var counter in await db.Counters.Where(c => names.Contains(c.Name)).ToListAsync(cancellationToken).ConfigureAwait(false))
        {
            _counters[counter.Name] = counter;
        }

        foreach (var name in names.Where(n => !_counters.ContainsKey(n)))
        {
            _counters[name] = db.Counters.Add(new Counter { Name = name }).Entity;
        }
    }

    private long Next(string counter) => ++_counters[counter].Value;

    private CaseRecord OpenCase(ValidatedSubmission item, string reference)
    {
        var at = item.Submission.ReceivedAt;
        var opened = Case.Open(Next(CaseCounter), item.Target, new CaseReport(reference, item.Category, at), Actor.System, at).Value;
        var record = new CaseRecord { Id = opened.Id, Number = item.Target.E164, NumberKind = item.Target.Kind, State = opened.State, ReceivedAt = at, UpdatedAt = now };
        db.Cases.Add(record);
        db.CaseAudit.AddRange(opened.Audit.Select(e => CaseMapping.ToRecord(e, opened.Id)));
        return record;
    }

    private async Task UpdateReputationAsync(List<long> numbers, List<(long Number, ReputationEvidence Evidence)> added, Dictionary<long, CaseRecord> cases, CancellationToken cancellationToken)
    {
        var since = now - settings.Calculator.Policy.Window;
        var stored = await db.Reports.AsNoTracking()
            .Where(r => numbers.Contains(r.Target) && r.ReceivedAt > since)
            .Select(r => new { r.Target, r.ReporterId, r.ReporterTrust, r.NewReporter, r.CategoryCode, r.ProofOfCall, r.ReceivedAt, r.Kind, r.DailyOrdinal })
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        var evidence = stored
            .Select(r => (Number: r.Target, Evidence: new ReputationEvidence(
                r.ReporterId.ToString(System.Globalization.CultureInfo.InvariantCulture), r.ReporterTrust, r.NewReporter,
                r.Kind == EvidenceKind.SpamReport && ReportCategoryExtensions.TryParseCode(r.CategoryCode, out var c) ? c : null,
                r.ProofOfCall, r.ReceivedAt, r.Kind, r.DailyOrdinal)))
            .Concat(added)
            .ToLookup(e => e.Number, e => e.Evidence);
        var records = await db.Reputations.Where(r => numbers.Contains(r.Number))
            .ToDictionaryAsync(r => r.Number, cancellationToken).ConfigureAwait(false);
        foreach (var number in numbers)
        {
            var facts = cases.TryGetValue(number, out var open) && open.State == CaseState.Disputed ? new NumberFacts(Disputed: true) : NumberFacts.Ordinary;
            var reputation = settings.Calculator.Evaluate(facts, evidence[number], now);
            records.TryGetValue(number, out var record);
            if (ReputationBand.Moved(record, reputation))
            {
                ChangeFeed.Append(db, ChangeKind.Reputation, number, ReputationPayload.Of(reputation), now);
            }

            if (record is null)
            {
                record = db.Reputations.Add(new NumberReputationRecord { Number = number }).Entity;
            }

            ReputationPayload.Copy(reputation, record, now);
        }
    }

    private async Task UpdateRollupsAsync(Dictionary<(DateOnly Day, string Channel, string Category, string Carrier, string Province), long> counts, CancellationToken cancellationToken)
    {
        var days = counts.Keys.Select(k => k.Day).Distinct().ToList();
        var categories = counts.Keys.Select(k => k.Category).Distinct().ToList();
        var provinces = counts.Keys.Select(k => k.Province).Distinct().ToList();
        var existing = await db.Rollups
            .Where(r => days.Contains(r.Day) && categories.Contains(r.Category) && provinces.Contains(r.Province))
            .ToDictionaryAsync(r => (r.Day, r.Channel, r.Category, r.Carrier, r.Province), cancellationToken).ConfigureAwait(false);
        foreach (var (key, count) in counts)
        {
            if (existing.TryGetValue(key, out var rollup))
            {
                rollup.Count += count;
            }
            else
            {
                db.Rollups.Add(new DailyRollup { Day = key.Day, Channel = key.Channel, Category = key.Category, Carrier = key.Carrier, Province = key.Province, Count = count });
            }
        }
    }

    private OutboxMessage Acknowledgement(ValidatedSubmission item, Reporter reporter, string reference)
    {
        var s = item.Submission;
        var channel = s.Channel switch
        {
            IntakeChannel.Sms => OutboxChannel.Sms,
            IntakeChannel.Email => OutboxChannel.Email,
            _ => OutboxChannel.Api,
        };
        var parameters = JsonSerializer.Serialize(new { reference, number = item.Target.ToE164String() }, FeedJson.Options);
        return new OutboxMessage
        {
            Channel = channel,
            Recipient = reporter.Identity,
            Language = s.Language.Tag(),
            TemplateKey = "report.acknowledged",
            Parameters = parameters,
            DedupKey = "ack:" + reference,
            CreatedAt = now,
            NextAttemptAt = now,
        };
    }

    /// <summary>A reporter stored before has an id; one first seen in this batch is keyed by identity, which no stored report uses.</summary>
    private static string EvidenceKey(Reporter reporter) =>
        reporter.Id != 0 ? reporter.Id.ToString(System.Globalization.CultureInfo.InvariantCulture) : "new:" + reporter.Identity;
}
