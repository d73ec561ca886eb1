using CallWarden.Core.Evidence;
using Microsoft.EntityFrameworkCore;

namespace CallWarden.Data.Evidence;

/// <summary>
/// Keeps evidence files in a folder, each named by its SHA-256 (<c>ab/abcdef….bin</c>), and one row per
/// report and file. Files are written before the report is committed: an orphan file is harmless,
/// a row without its file is not. Every channel that takes files (mail, the web form) stores them here.
/// </summary>
public sealed class EvidenceStore(IDbContextFactory<CallWardenDbContext> contexts, string folder)
{
    /// <summary>True for 64 lower-case hex digits: the only names that lead into the folder (never a path a client wrote).</summary>
    public static bool IsSha256(string? text) => text is { Length: 64 } && text.All(c => char.IsAsciiDigit(c) || c is >= 'a' and <= 'f');

    public string PathOf(string sha256) => IsSha256(sha256)
        ? Path.Combine(folder, sha256[..2], sha256 + ".bin")
        : throw new ArgumentException("must be 64 lower-case hex digits", nameof(sha256));

    public async Task WriteFilesAsync(IReadOnlyList<EvidenceFile> files, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(files);
        foreach (var file in files)
        {
            var path = PathOf(file.Sha256);
            if (File.Exists(path))
            {
                continue;
            }

            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            var temporary = path + "." + Guid.NewGuid().ToString("N") + ".tmp";
            await File.WriteAllBytesAsync(temporary, file.Bytes, cancellationToken).ConfigureAwait(false);
            File.Move(temporary, path, overwrite: true);
        }
    }

    /// <summary>The bytes kept under <paramref name="sha256"/>, or null when there are none (or the name is no hash).</summary>
    public async Task<byte[]?> ReadAsync(string? sha256, CancellationToken cancellationToken)
    {
        if (!IsSha256(sha256) || !File.Exists(PathOf(sha256!)))
        {
            return null;
        }

        return await File.ReadAllBytesAsync(PathOf(sha256!), cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Adds the rows of <paramref name="files"/> to the report, skipping those it already has (a resent mail, a double submit).</summary>
    public async Task RecordAsync(string reference, IReadOnlyList<EvidenceFile> files, DateTimeOffset now, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(files);
        if (files.Count == 0)
        {
            return;
        }

        var db = await contexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        await using (db.ConfigureAwait(false))
        {
            var reportId = await db.Reports.Where(r => r.Reference == reference).Select(r => r.Id).SingleAsync(cancellationToken).ConfigureAwait(false);
            var held = await db.Evidence.Where(e => e.ReportId == reportId).Select(e => e.Sha256).ToListAsync(cancellationToken).ConfigureAwait(false);
            foreach (var file in files.Where(f => !held.Contains(f.Sha256)).DistinctBy(f => f.Sha256))
            {
                db.Evidence.Add(new EvidenceRecord
                {
                    ReportId = reportId,
                    ReportReference = reference,
                    FileName = EvidenceCheck.Printable(file.FileName),
                    DeclaredType = file.DeclaredType,
                    DetectedType = file.DetectedType,
                    Size = file.Bytes.LongLength,
                    Sha256 = file.Sha256,
                    ReceivedAt = now,
                });
            }

            await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        }
    }
}
