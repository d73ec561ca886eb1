using System.Data.Common;
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
using Microsoft.EntityFrameworkCore.Storage;

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
    private readonly Dictionary<string, long> _stored = new(StringComparer.Ordinal);

    public async Task<IntakeResult[]> RunAsync(IReadOnlyList<ValidatedSubmission> items, CancellationToken cancellationToken)
    {
        var results = new IntakeResult[items.Count];
        var transaction = await db.Database.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        await using (transaction.ConfigureAwait(false))
        {
            var writer = new RowWriter(db.Database.GetDbConnection(), transaction.GetDbTransaction(), db.IsSqlite);
            var fresh = await SkipKnownKeysAsync(items, results, writer, cancellationToken).ConfigureAwait(false);
            if (fresh.Count > 0)
            {
                try
                {
                    var stored = await StoreAsync(fresh, writer, cancellationToken).ConfigureAwait(false);
                    foreach (var (index, receipt) in stored)
                    {
                        results[index] = IntakeResult.Of(receipt);
                    }
                }
                catch (DbException e)
                {
                    // Another node took a counter value or a key first: the caller redoes the batch.
                    throw new DbUpdateException(e.Message, e);
                }
            }

            await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        }

        // A key seen twice within the batch with the same report: the later one gets the earlier one's receipt.
        var byKey = new Dictionary<(string, string), ReportReceipt>();
        for (var i = 0; i < items.Count; i++)
        {
            if (results[i]?.Receipt is { } receipt)
            {
                byKey.TryAdd(KeyOf(items[i]), receipt);
            }
        }

        for (var i = 0; i < items.Count; i++)
        {
            results[i] ??= IntakeResult.Of(byKey[KeyOf(items[i])] with { Duplicate = true, FollowToken = null });
        }

        return results;
    }

    /// <summary>A key names a report only together with its caller's scope (issue #9).</summary>
    private static (string Key, string Scope) KeyOf(ValidatedSubmission item) => (item.Submission.IdempotencyKey, item.Scope);

    /// <summary>
    /// Answers a caller's key already stored with its report's receipt when the report is the same, and as a
    /// conflict when it is not; returns the first submission of each new key.
    /// </summary>
    private async Task<List<(int Index, ValidatedSubmission Item)>> SkipKnownKeysAsync(IReadOnlyList<ValidatedSubmission> items, IntakeResult[] results, RowWriter reads, CancellationToken cancellationToken)
    {
        var keys = items.Select(i => i.Submission.IdempotencyKey).Distinct(StringComparer.Ordinal).ToArray();
        var known = new Dictionary<(string, string), (string? Digest, ReportReceipt Receipt)>();
        await reads.ReadAsync(
            "SELECT r.\"IdempotencyKey\", r.\"IdempotencyScope\", r.\"PayloadHash\", r.\"Reference\", r.\"CaseId\", c.\"State\" " +
            $"FROM \"reports\" r JOIN \"cases\" c ON c.\"Id\" = r.\"CaseId\" WHERE r.\"IdempotencyKey\" {reads.InList(0)}",
            [keys],
            r => known[(r.GetString(0), r.GetString(1))] = (
                r.IsDBNull(2) ? null : r.GetString(2),
                new ReportReceipt(r.GetString(3), r.GetInt64(4), Enum.Parse<CaseState>(r.GetString(5)), Duplicate: true)),
            cancellationToken).ConfigureAwait(false);
        Dictionary<(string, string), string> taken = [];
        List<(int, ValidatedSubmission)> fresh = [];
        for (var i = 0; i < items.Count; i++)
        {
            var key = KeyOf(items[i]);
            if (known.TryGetValue(key, out var stored))
            {
                results[i] = stored.Digest == items[i].Digest ? IntakeResult.Of(stored.Receipt) : IntakeResult.KeyConflict;
            }
            else if (taken.TryGetValue(key, out var digest))
            {
                // The same report again is left empty: RunAsync answers it with the first one's receipt.
                if (digest != items[i].Digest)
                {
                    results[i] = IntakeResult.KeyConflict;
                }
            }
            else
            {
                taken[key] = items[i].Digest;
                fresh.Add((i, items[i]));
            }
        }

        return fresh;
    }

    private async Task<List<(int Index, ReportReceipt Receipt)>> StoreAsync(List<(int Index, ValidatedSubmission Item)> fresh, RowWriter writer, CancellationToken cancellationToken)
    {
        var reporters = await ReportersAsync(fresh, writer, cancellationToken).ConfigureAwait(false);
        var ordinals = await DailyCountsAsync(fresh, reporters, writer, cancellationToken).ConfigureAwait(false);
        await InsertReportersAsync(reporters, writer, cancellationToken).ConfigureAwait(false);
        // A withheld caller has no number: nothing is counted against one, and the case is the called line's.
        var numbers = fresh.Where(f => f.Item.Called is null).Select(f => f.Item.Target.E164).Distinct().ToList();
        var calledLines = fresh.Where(f => f.Item.Called is not null).Select(f => f.Item.Called!.Value.E164).Distinct().ToList();
        var openCases = new Dictionary<long, CaseRecord>();
        await writer.ReadAsync(
            $"SELECT \"Id\", \"Number\", \"State\" FROM \"cases\" WHERE \"Number\" {writer.InList(0)} AND \"State\" {writer.InList(1)}",
            [numbers.ToArray(), OpenStateNames],
            r =>
            {
                var open = new CaseRecord { Id = r.GetInt64(0), Number = r.GetInt64(1), State = Enum.Parse<CaseState>(r.GetString(2)) };
                if (!openCases.TryGetValue(open.Number, out var other) || open.Id < other.Id)
                {
                    openCases[open.Number] = open;
                }
            },
            cancellationToken).ConfigureAwait(false);
        var withheldCases = new Dictionary<long, CaseRecord>();
        if (calledLines.Count > 0)
        {
            await writer.ReadAsync(
                $"SELECT \"Id\", \"CalledNumber\", \"State\" FROM \"cases\" WHERE \"CalledNumber\" {writer.InList(0)} AND \"State\" {writer.InList(1)}",
                [calledLines.ToArray(), OpenStateNames],
                r =>
                {
                    var open = new CaseRecord { Id = r.GetInt64(0), CalledNumber = r.GetInt64(1), State = Enum.Parse<CaseState>(r.GetString(2)) };
                    if (!withheldCases.TryGetValue(open.CalledNumber.Value, out var other) || open.Id < other.Id)
                    {
                        withheldCases[open.CalledNumber.Value] = open;
                    }
                },
                cancellationToken).ConfigureAwait(false);
        }

        await LoadCountersAsync(fresh, writer, cancellationToken).ConfigureAwait(false);
        var storedEvidence = await StoredEvidenceAsync(numbers, writer, cancellationToken).ConfigureAwait(false);

        List<(int, ReportReceipt)> receipts = new(fresh.Count);
        List<(long Number, ReputationEvidence Evidence)> evidence = new(fresh.Count);
        List<object?[]> reports = new(fresh.Count), cases = [], audit = [], outbox = new(fresh.Count), consents = new(fresh.Count);
        var rollups = new Dictionary<(DateOnly, string, string, string, string), long>();
        foreach (var (index, item) in fresh)
        {
            var s = item.Submission;
            var day = ChinaTime.DateOf(s.ReceivedAt);
            var reporter = reporters[item.ReporterIdentity];
            var ordinal = ++ordinals[(item.ReporterIdentity, day)];
            var reference = ReportReference.Format(day, Next(ReportReference.CounterName(day)));
            var (caseKey, casesOfKind) = item.Called is { } called ? (called.E164, withheldCases) : (item.Target.E164, openCases);
            if (!casesOfKind.TryGetValue(caseKey, out var caseRecord))
            {
                caseRecord = OpenCase(item, reference, cases, audit);
                casesOfKind[caseKey] = caseRecord;
            }

            var isNew = reporter.CreatedAt > s.ReceivedAt - settings.Options.NewReporterAge;
            var category = item.Category.ToCode();
            // A reporter without a phone has no code to prove themself with: they follow the report with a token (issue #9).
            var followToken = item.ReporterPhone is null ? FollowToken.New() : null;
            // Every report records the notice its reporter agreed to (issue #10 part 1): the one the form showed, else
            // the one in force, which the channel's acknowledgement links to. An import's reporters never saw ours.
            var notice = s.ConsentNotice ?? (s.Channel == IntakeChannel.Import ? null : settings.Notice);
            reports.Add([
                reference, s.Channel, reporter.Id, item.Target.E164, item.Target.Kind, s.TargetText, s.Kind, category, s.OccurredAt, s.ReceivedAt,
                s.Reason, s.Content, s.RawPayload ?? string.Empty, s.IdempotencyKey, s.ProofOfCall, caseRecord.Id, reporter.Trust, isNew, ordinal, notice,
                item.Called?.E164, item.Scope, item.Digest, followToken is null ? null : FollowToken.Hash(followToken)]);
            if (notice is not null)
            {
                consents.Add([reporter.Identity, reporter.Phone, notice, Privacy.ConsentPurpose.Report, s.Channel, s.ReceivedAt]);
            }

            if (item.Called is null)
            {
                evidence.Add((item.Target.E164, new ReputationEvidence(
                    EvidenceKey(reporter), reporter.Trust, isNew, s.Kind == EvidenceKind.SpamReport ? item.Category : null, s.ProofOfCall, s.ReceivedAt, s.Kind, ordinal)));
            }
            if (s.Kind == EvidenceKind.SpamReport)
            {
                // The statistics count reports of nuisance; "this number is legitimate" is evidence, not a report of a category.
                var (carrier, province) = settings.Attributions.Of(item.Target);
                var rollup = (day, s.Channel.Code(), category, carrier, province);
                rollups[rollup] = rollups.GetValueOrDefault(rollup) + 1;
            }

            if (s.Acknowledge)
            {
                outbox.Add(Acknowledgement(item, reporter, reference));
            }

            receipts.Add((index, new ReportReceipt(reference, caseRecord.Id, caseRecord.State, Duplicate: false, followToken)));
        }

        await writer.InsertAsync("cases", CaseColumns, cases, cancellationToken).ConfigureAwait(false);
        await writer.InsertAsync("case_audit", AuditColumns, audit, cancellationToken).ConfigureAwait(false);
        List<object?[]> links = new(reports.Count);
        await writer.InsertReturningAsync("reports", ReportColumns, reports, "\"Id\", \"CaseId\"", r => links.Add([r.GetInt64(1), r.GetInt64(0)]), cancellationToken).ConfigureAwait(false);
        await writer.InsertAsync("case_reports", LinkColumns, links, cancellationToken).ConfigureAwait(false);
        await writer.InsertAsync("outbox", OutboxColumns, outbox, cancellationToken).ConfigureAwait(false);
        await writer.InsertAsync("consents", ConsentColumns, consents, cancellationToken).ConfigureAwait(false);
        await UpdateRollupsAsync(rollups, writer, cancellationToken).ConfigureAwait(false);
        await SaveCountersAsync(writer, cancellationToken).ConfigureAwait(false);

        // Last, so that PostgreSQL's feed lock is held from the feed's insert to the commit only.
        await UpdateReputationAsync(numbers, storedEvidence, evidence, openCases, writer, cancellationToken).ConfigureAwait(false);
        return receipts;
    }

    private static readonly string[] ReportColumns =
        ["Reference", "Channel", "ReporterId", "Target", "TargetKind", "TargetText", "Kind", "CategoryCode", "OccurredAt", "ReceivedAt",
 "Reason", "Content", "RawPayload", "IdempotencyKey", "ProofOfCall", "CaseId", "ReporterTrust", "NewReporter", "DailyOrdinal", "ConsentNotice", "CalledNumber",
 "IdempotencyScope", "PayloadHash", "FollowTokenHash"];

    private static readonly string[] OpenStateNames = [.. OpenCases.States.Select(s => s.ToString())];

    private static readonly string[] CaseColumns =
        ["Id", "Number", "NumberKind", "State", "CarrierCode", "Police", "ReceivedAt", "ForwardedAt", "UpdatedAt", "Version", "CalledNumber", "CalledNumberKind"];

    private static readonly string[] AuditColumns = ["HolderCaseId", "CaseId", "Actor", "Role", "At", "Action", "From", "To", "Reason"];

    private static readonly string[] LinkColumns = ["CaseId", "ReportId"];

    private static readonly string[] OutboxColumns = ["Channel", "Recipient", "Language", "TemplateKey", "Parameters", "DedupKey", "Sender", "CreatedAt", "Attempts", "NextAttemptAt"];

    private static readonly string[] ConsentColumns = ["Subject", "Phone", "Notice", "Purpose", "Channel", "At"];

    private static readonly string[] ReporterColumns = ["Identity", "Phone", "Trust", "CreatedAt"];

    private static readonly string[] ReputationColumns =
        ["Number", "Score", "TopCategory", "DistinctReporters", "LastReportAt", "State", "SuggestsBlock", "Heat", "HeldForReview", "UpdatedAt"];

    private static readonly string ReputationUpsert =
        " ON CONFLICT (\"Number\") DO UPDATE SET " + string.Join(", ", ReputationColumns.Skip(1).Select(c => $"\"{c}\" = excluded.\"{c}\""));

    private static readonly string[] RollupColumns = ["Day", "Channel", "Category", "Carrier", "Province", "Count"];

    private const string RollupUpsert =
        " ON CONFLICT (\"Day\", \"Channel\", \"Category\", \"Carrier\", \"Province\") DO UPDATE SET \"Count\" = \"daily_rollups\".\"Count\" + excluded.\"Count\"";

    private static readonly string[] FeedColumns = ["Kind", "Number", "Payload", "At"];

    private async Task<Dictionary<string, Reporter>> ReportersAsync(List<(int Index, ValidatedSubmission Item)> fresh, RowWriter writer, CancellationToken cancellationToken)
    {
        var identities = fresh.Select(f => f.Item.ReporterIdentity).Distinct(StringComparer.Ordinal).ToList();
        var reporters = new Dictionary<string, Reporter>(StringComparer.Ordinal);
        await writer.ReadAsync(
            $"SELECT \"Id\", \"Identity\", \"Phone\", \"Trust\", \"CreatedAt\" FROM \"reporters\" WHERE \"Identity\" {writer.InList(0)}",
            [identities.ToArray()],
            r => reporters[r.GetString(1)] = new Reporter
            {
                Id = r.GetInt64(0), Identity = r.GetString(1), Phone = r.IsDBNull(2) ? null : r.GetInt64(2), Trust = r.GetDouble(3), CreatedAt = writer.Instant(r, 4),
            },
            cancellationToken).ConfigureAwait(false);
        foreach (var (_, item) in fresh)
        {
            if (!reporters.ContainsKey(item.ReporterIdentity))
            {
                reporters[item.ReporterIdentity] = new Reporter { Identity = item.ReporterIdentity, Phone = item.ReporterPhone, Trust = settings.Options.NewReporterTrust, CreatedAt = item.Submission.ReceivedAt };
            }
        }

        return reporters;
    }

    /// <summary>Stores the reporters first seen in this batch, so that their reports can name them.</summary>
    private static async Task InsertReportersAsync(Dictionary<string, Reporter> reporters, RowWriter writer, CancellationToken cancellationToken)
    {
        var added = reporters.Values.Where(r => r.Id == 0).ToList();
        await writer.InsertReturningAsync("reporters", ReporterColumns, [.. added.Select(r => new object?[] { r.Identity, r.Phone, r.Trust, r.CreatedAt })],
            "\"Id\", \"Identity\"", r => reporters[r.GetString(1)].Id = r.GetInt64(0), cancellationToken).ConfigureAwait(false);
    }
    /// <summary>How many reports each reporter already made on each China day of the batch, across all numbers.</summary>
    private async Task<Dictionary<(string, DateOnly), int>> DailyCountsAsync(List<(int Index, ValidatedSubmission Item)> fresh, Dictionary<string, Reporter> reporters, RowWriter writer, CancellationToken cancellationToken)
    {
        var counts = new Dictionary<(string, DateOnly), int>();
        foreach (var day in fresh.Select(f => ChinaTime.DateOf(f.Item.Submission.ReceivedAt)).Distinct())
        {
            var ids = fresh.Where(f => ChinaTime.DateOf(f.Item.Submission.ReceivedAt) == day)
                .Select(f => reporters[f.Item.ReporterIdentity]).Where(r => r.Id != 0).Select(r => r.Id).Distinct().ToList();
            var (start, end) = (ChinaTime.StartOf(day), ChinaTime.StartOf(day.AddDays(1)));
            var stored = new Dictionary<long, int>();
            if (ids.Count > 0)
            {
                await writer.ReadAsync(
                    $"SELECT \"ReporterId\", COUNT(*) FROM \"reports\" WHERE \"ReporterId\" {writer.InList(0)} AND \"ReceivedAt\" >= @p1 AND \"ReceivedAt\" < @p2 GROUP BY \"ReporterId\"",
                    [ids.ToArray(), start, end],
                    r => stored[r.GetInt64(0)] = (int)r.GetInt64(1),
                    cancellationToken).ConfigureAwait(false);
            }

            foreach (var f in fresh)
            {
                var reporter = reporters[f.Item.ReporterIdentity];
                counts.TryAdd((reporter.Identity, day), stored.GetValueOrDefault(reporter.Id));
            }
        }

        return counts;
    }

    private async Task LoadCountersAsync(List<(int Index, ValidatedSubmission Item)> fresh, RowWriter writer, CancellationToken cancellationToken)
    {
        var names = fresh.Select(f => ReportReference.CounterName(ChinaTime.DateOf(f.Item.Submission.ReceivedAt))).Append(CaseCounter).Distinct().ToList();
        await writer.ReadAsync(
            $"SELECT \"Name\", \"Value\" FROM \"counters\" WHERE \"Name\" {writer.InList(0)}",
            [names.ToArray()],
            r =>
            {
                _counters[r.GetString(0)] = new Counter { Name = r.GetString(0), Value = r.GetInt64(1) };
                _stored[r.GetString(0)] = r.GetInt64(1);
            },
            cancellationToken).ConfigureAwait(false);

        foreach (var name in names.Where(n => !_counters.ContainsKey(n)))
        {
            _counters[name] = new Counter { Name = name };
        }
    }

    private long Next(string counter) => ++_counters[counter].Value;

    /// <summary>A counter moves only if nobody else moved it since it was read (its value is its concurrency token).</summary>
    private async Task SaveCountersAsync(RowWriter writer, CancellationToken cancellationToken)
    {
        List<object?[]> added = [];
        foreach (var counter in _counters.Values)
        {
            if (!_stored.TryGetValue(counter.Name, out var before))
            {
                added.Add([counter.Name, counter.Value]);
            }
            else if (before != counter.Value
                && !await writer.ExecuteOneAsync("UPDATE \"counters\" SET \"Value\" = @p0 WHERE \"Name\" = @p1 AND \"Value\" = @p2", [counter.Value, counter.Name, before], cancellationToken).ConfigureAwait(false))
            {
                throw new DbUpdateConcurrencyException($"Counter {counter.Name} was moved by another writer");
            }
        }

        await writer.InsertAsync("counters", ["Name", "Value"], added, cancellationToken).ConfigureAwait(false);
    }

    private CaseRecord OpenCase(ValidatedSubmission item, string reference, List<object?[]> cases, List<object?[]> audit)
    {
        var at = item.Submission.ReceivedAt;
        var opened = Case.Open(Next(CaseCounter), item.Target, new CaseReport(reference, item.Category, at), Actor.System, at, item.Called).Value;
        var desk = CarrierHotlines.Of(item.Submission.ServiceNumber);
        var tracer = item.Called is { } called && CarrierNames.TryParseCode(settings.Attributions.Of(called).Carrier, out var lineCarrier) ? lineCarrier : Carrier.Unknown;
        if (tracer is not (Carrier.Unknown or Carrier.Other))
        {
            // The caller withheld their number: only the called line's carrier can find the call in its records
            // (issue #14 item 8), even when the report was texted to another carrier's number, which has no record
            // of the call. A line whose carrier is not known (most landlines) waits for an analyst to name it.
            var reason = $"caller withheld; {tracer.Code()} serves the called line and can trace the call";
            opened = opened.Verify(Actor.System, at, reason).Value.Forward(tracer, Actor.System, at, reason).Value;
        }
        else if (desk is not (Carrier.Unknown or Carrier.Other))
        {
            // Sent to the carrier's own report number (10086999 …): the carrier's desk has it at once,
            // the centre supervises it with the same deadlines, counted from now (issue #14).
            var reason = $"reported to {desk.Code()}'s own number {item.Submission.ServiceNumber}";
            opened = opened.Verify(Actor.System, at, reason).Value.Forward(desk, Actor.System, at, reason).Value;
        }

        var record = new CaseRecord
        {
            Id = opened.Id, Number = item.Target.E164, NumberKind = item.Target.Kind, State = opened.State, CarrierCode = opened.Routing?.Carrier.Code(),
            Police = opened.Routing?.Police ?? false, ReceivedAt = at, ForwardedAt = opened.FirstEnteredAt(CaseState.Forwarded), UpdatedAt = now,
            CalledNumber = item.Called?.E164, CalledNumberKind = item.Called?.Kind,
        };
        cases.Add([
            record.Id, record.Number, record.NumberKind, record.State, record.CarrierCode, record.Police, record.ReceivedAt, record.ForwardedAt, record.UpdatedAt, record.Version,
            record.CalledNumber, record.CalledNumberKind]);
        foreach (var e in opened.Audit)
        {
            audit.Add([opened.Id, e.CaseId, e.Actor, e.Role, e.At, e.Action, e.From, e.To, e.Reason]);
        }

        return record;
    }

    /// <summary>
    /// The evidence already stored against each number, read before this batch's reports are
    /// inserted: the batch's own evidence is added to it, and must not be read back and counted twice.
    /// </summary>
    private async Task<Dictionary<long, List<ReputationEvidence>>> StoredEvidenceAsync(List<long> numbers, RowWriter writer, CancellationToken cancellationToken)
    {
        var since = now - settings.Calculator.Policy.Window;
        var evidence = numbers.ToDictionary(n => n, _ => new List<ReputationEvidence>());
        var reporterKeys = new Dictionary<long, string>();
        await writer.ReadAsync(
            "SELECT \"Target\", \"ReporterId\", \"ReporterTrust\", \"NewReporter\", \"CategoryCode\", \"ProofOfCall\", \"ReceivedAt\", \"Kind\", \"DailyOrdinal\" " +
            $"FROM \"reports\" WHERE \"Target\" {writer.InList(0)} AND \"ReceivedAt\" > @p1",
            [numbers.ToArray(), since],
            r =>
            {
                var reporter = r.GetInt64(1);
                if (!reporterKeys.TryGetValue(reporter, out var key))
                {
                    key = reporter.ToString(System.Globalization.CultureInfo.InvariantCulture);
                    reporterKeys[reporter] = key;
                }

                var kind = Enum.Parse<EvidenceKind>(r.GetString(7));
                evidence[r.GetInt64(0)].Add(new ReputationEvidence(
                    key, r.GetDouble(2), r.GetBoolean(3),
                    kind == EvidenceKind.SpamReport && ReportCategoryExtensions.TryParseCode(r.GetString(4), out var c) ? c : null,
                    r.GetBoolean(5), writer.Instant(r, 6), kind, r.GetInt32(8)));
            },
            cancellationToken).ConfigureAwait(false);
        return evidence;
    }

    private async Task UpdateReputationAsync(
        List<long> numbers, Dictionary<long, List<ReputationEvidence>> evidence, List<(long Number, ReputationEvidence Evidence)> added, Dictionary<long, CaseRecord> cases, RowWriter writer, CancellationToken cancellationToken)
    {
        foreach (var (number, e) in added)
        {
            evidence[number].Add(e);
        }

        var records = new Dictionary<long, NumberReputationRecord>();
        await writer.ReadAsync(
            $"SELECT \"Number\", \"Score\", \"State\" FROM \"number_reputation\" WHERE \"Number\" {writer.InList(0)}",
            [numbers.ToArray()],
            r => records[r.GetInt64(0)] = new NumberReputationRecord { Number = r.GetInt64(0), Score = r.GetInt32(1), State = Enum.Parse<ReputationState>(r.GetString(2)) },
            cancellationToken).ConfigureAwait(false);
        List<object?[]> rows = new(numbers.Count), changes = [];
        foreach (var number in numbers)
        {
            var facts = cases.TryGetValue(number, out var open) && open.State == CaseState.Disputed ? new NumberFacts(Disputed: true) : NumberFacts.Ordinary;
            var reputation = settings.Calculator.Evaluate(facts, evidence[number], now);
            records.TryGetValue(number, out var record);
            if (ReputationBand.Moved(record, reputation))
            {
                changes.Add([ChangeKind.Reputation, number, JsonSerializer.Serialize(ReputationPayload.Of(reputation), FeedJson.Options), now]);
            }

            rows.Add([number, reputation.Score, reputation.TopCategory?.ToCode(), reputation.DistinctReporters, reputation.LastReportAt,
                reputation.State, reputation.SuggestsBlock, reputation.Heat, reputation.HeldForReview, now]);
        }

        await writer.InsertAsync("number_reputation", ReputationColumns, rows, cancellationToken, ReputationUpsert).ConfigureAwait(false);
        if (changes.Count > 0)
        {
            await ChangeFeed.LockAsync(db, cancellationToken).ConfigureAwait(false);
            await writer.InsertAsync("change_feed", FeedColumns, changes, cancellationToken).ConfigureAwait(false);
        }
    }

    private static Task UpdateRollupsAsync(Dictionary<(DateOnly Day, string Channel, string Category, string Carrier, string Province), long> counts, RowWriter writer, CancellationToken cancellationToken) =>
        writer.InsertAsync("daily_rollups", RollupColumns, [.. counts.Select(c => new object?[] { c.Key.Day, c.Key.Channel, c.Key.Category, c.Key.Carrier, c.Key.Province, c.Value })], cancellationToken, RollupUpsert);

    private object?[] Acknowledgement(ValidatedSubmission item, Reporter reporter, string reference)
    {
        var s = item.Submission;
        var channel = s.Channel switch
        {
            IntakeChannel.Sms => OutboxChannel.Sms,
            IntakeChannel.Email => OutboxChannel.Email,
            // A caller of the report line hears the reference and gets it by SMS from the number they rang (issue #11).
            IntakeChannel.Voice => OutboxChannel.Sms,
            _ => OutboxChannel.Api,
        };
        var parameters = JsonSerializer.Serialize(new { reference, number = item.Target.ToE164String(), category = item.Category.ToCode() }, FeedJson.Options);
        return [channel, reporter.Identity, s.Language.Tag(), OutboxTemplates.ReportAcknowledged, parameters, "ack:" + reference, s.ServiceNumber, now, 0, now];
    }

    private static string EvidenceKey(Reporter reporter) => reporter.Id.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
